import fc from 'fast-check';
import type { AnyStateMachine } from 'xstate';
import { assign, createMachine, setup } from 'xstate';
import { describe, expect, it } from 'vitest';
import type { MachineEvent } from '../../src/engine/chain.ts';
import { fold, initialSnapshot, stateName, step } from '../../src/engine/fold.ts';
import { foldStored, notCompiledBecause, replayOf, replayWithXState } from '../../src/engine/replay.ts';
import type { Replay, ReplayState } from '../../src/engine/replay.ts';
import { fourCardMachines, householdMachines, meetingMachines, monitoringMachines, noticeMachines, roundMachines } from '../../workflows/registry.ts';
import { webhookMachine } from '../../workflows/webhooks/machine.ts';
import { seeded } from '../support/property.ts';

const machines: Array<[string, AnyStateMachine]> = [
  ...Object.entries({ ...fourCardMachines, ...householdMachines, ...monitoringMachines }),
  ...Object.entries(meetingMachines).map(([v, m]): [string, AnyStateMachine] => [`meeting ${v}`, m]),
  ...Object.entries(roundMachines).map(([v, m]): [string, AnyStateMachine] => [`round ${v}`, m]),
  ...Object.entries(noticeMachines).map(([v, m]): [string, AnyStateMachine] => [`notice ${v}`, m]),
  ['webhooks', webhookMachine],
];

const statesOf = (machine: AnyStateMachine) => (machine.config as { states: Record<string, { on?: Record<string, unknown>; type?: string }> }).states;
/** the event types a state has a transition for, but those that can only end the chain (withdrawn, refused …) */
const onwards = (machine: AnyStateMachine, state: string): string[] => {
  const states = statesOf(machine);
  // a late-entered objection pulls a case back (objectionAfterCompletion / objectionAfterNotice): a detour, not
  // onwards; the walks still take it when they draw any type of event
  const ends = (t: unknown) => {
    const target = typeof t === 'string' ? t : (t as { target?: string }).target;
    return target !== undefined && (states[target]?.type === 'final' || /bjectionAfter/.test(target));
  };
  return Object.entries(states[state]?.on ?? {}).filter(([, ts]) => !(Array.isArray(ts) ? ts : [ts]).every(ends)).map(([type]) => type);
};
/** every event type a machine names in its states */
const eventTypes = (machine: AnyStateMachine): string[] => [...new Set(Object.values(statesOf(machine)).flatMap((s) => Object.keys(s.on ?? {})))];

const dates = ['2026-04-01T00:00:00.000Z', '2026-04-10T16:00:00.000Z', '2026-04-11T00:00:00.000Z'] as const;
/** one of the values, and now and then the field missing */
const few = <T>(...values: T[]) => fc.oneof({ weight: 12, arbitrary: fc.constantFrom(...values) }, { weight: 1, arbitrary: fc.constant(undefined) });
/** the fields our machines' guards and assignments read, from small pools so that guards go both ways */
const fields = {
  occurredAt: fc.constantFrom(...dates), at: few(dates[1], dates[2]), startsAt: few(...dates), endsAt: few(...dates),
  // the values that move a chain on come more often than those that end or return it, so that walks get deep
  decision: few('approved', 'approved', 'approved', 'rejected', 'included', 'included', 'included', 'notIncluded'),
  outcome: few('confirmed', 'confirmed', 'adjusted', 'sentBack', 'refused', 'upheld', 'dismissed', 'dismissed', 'approved', 'approved', 'agreed', 'agreed', 'notAgreed'),
  result: few('clear', 'exclusionFound'), rules: few([], ['car']), phase: few('inclusion', 'elimination'),
  roundId: few('r1'), objectionId: few('o1'), noticeId: few('n1'), planId: few('p1'), meetingId: few('m1'),
  card: few('red', 'yellow'), proposedCard: few('green'), proposedType: few(null, 'edgeProne'), monitoringType: few(null, 'unstableEscaped'),
  commitment: few(null, { signature: { by: 'a' }, thumbprint: 't', signedOn: '2026-04-01' }),
  reason: few(undefined, '', '调动'), capacities: fc.subarray(['firstSecretary', 'partySecretary', 'villageDirector', 'other']),
  minInspectors: fc.integer({ min: 1, max: 3 }), warnings: few([], [{ rule: 'w', message: 'm' }]), signatures: few([]),
  householdId: few('h1'), villageCode: few('430623101201'), year: few(2025), active: fc.boolean(), through: fc.integer({ min: 0, max: 3 }),
};

/**
 * A walk through a machine: mostly an event type the current state has a transition for that does not only end the
 * chain (so that walks get deep), sometimes any type of the machine (so that refusals and endings are compared too);
 * fields from the pools above.
 */
const walk = (machine: AnyStateMachine) =>
  fc.array(fc.tuple(fc.noBias(fc.nat({ max: 9999 })), fc.noBias(fc.nat({ max: 4 })), eventOf('')), { minLength: 10, maxLength: 120 }).map((draws) => {
    const all = eventTypes(machine);
    let snapshot = initialSnapshot(machine);
    return draws.map(([pick, anyType, fields]) => {
      const here = onwards(machine, stateName(snapshot));
      const types = anyType === 0 || here.length === 0 ? all : here;
      const event = { ...fields, type: types[pick % types.length] ?? 'none' } as MachineEvent;
      try {
        snapshot = step(machine, snapshot, event) ?? snapshot;
      } catch {
        // the walk goes on from where it was; the comparison sees the throw
      }
      return event;
    });
  });

const eventOf = (type: string) =>
  fc.record({ type: fc.constant(type), actor: fc.record({ id: fc.constantFrom('a', 'b', 'c'), capacity: fc.constant('investigator') }), ...fields })
    .map((e) => e as unknown as MachineEvent);

/** each step as XState's `step` takes it: the state, the context, or what it threw; null where refused */
const viaXState = (machine: AnyStateMachine, events: MachineEvent[]) => {
  let snapshot = initialSnapshot(machine);
  return events.map((event) => {
    try {
      const next = step(machine, snapshot, event);
      if (!next) return null;
      snapshot = next;
      return { value: stateName(next), context: next.context as object };
    } catch {
      return { threw: true }; // XState wraps a guard's error in its own message
    }
  });
};

const viaReplay = (replay: Replay, events: MachineEvent[]) => {
  let state: ReplayState = replay.initial;
  return events.map((event) => {
    try {
      const next = replay.step(state, event);
      if (!next) return null;
      state = next;
      return { value: next.value, context: next.context };
    } catch {
      return { threw: true }; // XState wraps a guard's error in its own message
    }
  });
};

describe('compiled replay of the chains (read models fold every event of a county with it)', () => {
  it.each(machines)('%s: compiled, not left to XState', (_name, machine) => {
    expect(notCompiledBecause(machine)).toBeUndefined();
  });

  it.each(machines)('%s: every step as XState takes it — the same state, context and refusals — on random event sequences', (_name, machine) => {
    const replay = replayOf(machine);
    fc.assert(
      fc.property(walk(machine), (events) => {
        expect(viaReplay(replay, events)).toEqual(viaXState(machine, events));
      }),
      seeded({ numRuns: 400 }),
    );
  });

  it.each(machines)('%s: the engine\'s fold of stored facts gives XState the snapshot its own fold gives: state, context, status, and what it accepts next', (_name, machine) => {
    fc.assert(
      fc.property(walk(machine), (events) => {
        // what a stream holds: the steps the machine accepted
        const stored: MachineEvent[] = [];
        let snapshot = initialSnapshot(machine);
        for (const event of events) {
          try {
            const next = step(machine, snapshot, event);
            if (next) {
              stored.push(event);
              snapshot = next;
            }
          } catch {
            // a step XState cannot take is not stored
          }
        }
        const ours = foldStored(machine, stored);
        const theirs = fold(machine, stored);
        expect({ value: ours.value, context: ours.context, status: ours.status }).toEqual({ value: theirs.value, context: theirs.context, status: theirs.status });
        for (const next of events.slice(0, 10)) {
          let expected: boolean | 'threw';
          try { expected = theirs.can(next); } catch { expected = 'threw'; }
          let actual: boolean | 'threw';
          try { actual = ours.can(next); } catch { actual = 'threw'; }
          expect(actual).toBe(expected);
        }
      }),
      seeded({ numRuns: 200 }),
    );
  });

  it('the engine\'s fold refuses a stored fact the machine would not accept, as XState\'s fold does', () => {
    const [machine] = Object.values(fourCardMachines);
    if (!machine) throw new Error('no four-card machine');
    const stray = [{ type: 'TownshipReviewed', actor: { id: 'a' }, occurredAt: dates[0] }] as unknown as MachineEvent[];
    expect(() => fold(machine, stray)).toThrow(/refused stored TownshipReviewed in "new"/);
    expect(() => foldStored(machine, stray)).toThrow(/refused stored TownshipReviewed in "new"/);
  });

  /** every state the replay passes through on the walks of a fixed seed */
  const statesReached = (machine: AnyStateMachine | undefined): string[] => {
    if (!machine) throw new Error('no machine');
    const reached = new Set<string>();
    fc.assert(fc.property(walk(machine), (events) => {
      for (const s of viaReplay(replayOf(machine), events)) if (s?.value) reached.add(s.value);
    }), { numRuns: 400, seed: 42 });
    return [...reached];
  };

  it('reaches deep into the four-card chain on those sequences (the comparison is not only of refusals)', () => {
    expect(statesReached(Object.values(fourCardMachines)[0])).toEqual(expect.arrayContaining(['awaitingAppraisal', 'awaitingTownshipReview', 'spotCheck', 'awaitingNotice', 'inNotice', 'designated', 'refused']));
  });

  it('reaches deep into the monitoring chain too: monitored, and on to risk elimination', () => {
    expect(statesReached(Object.values(monitoringMachines)[0])).toEqual(expect.arrayContaining(['inNotice', 'awaitingDistrictFiling', 'monitored', 'eliminationAppraisal']));
  });
});

describe('machines outside the compiled subset', () => {
  const nested = createMachine({ id: 'nested', initial: 'a', states: { a: { initial: 'x', states: { x: { on: { GO: 'y' } }, y: {} } } } });
  const withEntry = setup({ actions: { note: assign({ n: 1 }) } }).createMachine({ id: 'entry', context: { n: 0 }, initial: 'a', states: { a: { on: { GO: 'b' } }, b: { entry: 'note' } } });

  it.each([['nested states', nested], ['entry actions', withEntry]])('%s: replayed by XState itself, with the same results', (_name, machine) => {
    expect(notCompiledBecause(machine)).toBeDefined();
    const events = [{ type: 'GO', actor: { id: 'a' }, occurredAt: dates[0] }] as unknown as MachineEvent[];
    expect(viaReplay(replayOf(machine), events)).toEqual(viaXState(machine, events));
    expect(viaReplay(replayWithXState(machine), events)).toEqual(viaXState(machine, events));
  });
});
