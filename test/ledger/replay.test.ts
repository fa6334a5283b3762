import fc from 'fast-check';
import type { AnyStateMachine } from 'xstate';
import { describe, expect, it } from 'vitest';
import type { MachineEvent } from '../../src/engine/chain.ts';
import { initialSnapshot, stateName, step } from '../../src/engine/fold.ts';
import { notCompiledBecause, replayOf } from '../../src/engine/replay.ts';
import type { ReplayState } from '../../src/engine/replay.ts';
import { campaignMachine, listedVillageMachine, problemMachine } from '../../workflows/ledger/index.ts';
import { seeded } from '../support/property.ts';

/**
 * The read models fold the ledger's streams with the compiled replay (src/engine/replay.ts): on random walks through
 * each ledger machine it must take every step as XState does — same state, context and refusals. (The same check
 * as test/engine/replay.test.ts, with the fields the ledger's guards read.)
 */
const machines: Array<[string, AnyStateMachine]> = [['problem', problemMachine], ['campaign', campaignMachine], ['listedVillage', listedVillageMachine]];

const lists = (deadline: string) => ({ measure: 'm', responsible: { personId: 'p', name: 'n', unit: 'u' }, deadline });
const fields = {
  occurredAt: fc.constantFrom('2026-06-01T00:00:00.000Z', '2026-06-20T00:00:00.000Z'),
  as: fc.constantFrom('countyGuidanceLeader', 'townshipWorkLeader'),
  outcome: fc.constantFrom('passed', 'passed', 'failed'),
  reason: fc.constantFrom('', '延期'),
  lists: fc.constantFrom(null, lists('2026-06-25'), lists('2026-07-01')),
  caseId: fc.constantFrom('c1', 'c2'),
  department: fc.constantFrom('县水利局'),
  teams: fc.constantFrom([], [{ teamId: 'A', members: [], villages: [] }]),
  teamId: fc.constantFrom('A', 'Z'),
  householdIds: fc.constantFrom(['h1'], ['h1', 'h2']),
  pairs: fc.constantFrom([{ townshipCode: '430623101', unit: 'u' }]),
  month: fc.constantFrom('2026-05', '2026-06', '2026-07', '2026-09'),
  fromMonth: fc.constantFrom('2026-06'),
  untilMonth: fc.constantFrom('2026-08'),
  villageCode: fc.constantFrom('430623101201'),
  regionCode: fc.constantFrom('430623101201'),
};

const eventTypes = (machine: AnyStateMachine): string[] =>
  [...new Set(Object.values((machine.config as { states: Record<string, { on?: Record<string, unknown> }> }).states).flatMap((s) => Object.keys(s.on ?? {})))];

const walk = (machine: AnyStateMachine) => {
  const types = eventTypes(machine);
  return fc.array(fc.record({ type: fc.constantFrom(...types), actor: fc.record({ id: fc.constantFrom('a', 'b') }), ...fields }), { minLength: 5, maxLength: 60 })
    .map((events) => events as unknown as MachineEvent[]);
};

describe('compiled replay of the ledger\'s machines', () => {
  it.each(machines)('%s: compiled, and every step as XState takes it on random event sequences', (_name, machine) => {
    expect(notCompiledBecause(machine)).toBeUndefined();
    const replay = replayOf(machine);
    fc.assert(fc.property(walk(machine), (events) => {
      let snapshot = initialSnapshot(machine);
      let state: ReplayState = replay.initial;
      for (const event of events) {
        const theirs = step(machine, snapshot, event);
        const ours = replay.step(state, event);
        expect(ours === null).toBe(theirs === null);
        if (theirs && ours) {
          expect({ value: ours.value, context: ours.context }).toEqual({ value: stateName(theirs), context: theirs.context });
          snapshot = theirs;
          state = ours;
        }
      }
    }), seeded({ numRuns: 300 }));
  });
});
