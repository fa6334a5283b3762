import { createActor, initialTransition } from 'xstate';
import type { AnyActorScope, AnyMachineSnapshot, AnyStateMachine } from 'xstate';
import type { MachineEvent } from './chain.ts';

const initials = new WeakMap<AnyStateMachine, AnyMachineSnapshot>();

/** The machine's state before any fact (computed once per machine: snapshots are immutable). */
export const initialSnapshot = (machine: AnyStateMachine): AnyMachineSnapshot => {
  let initial = initials.get(machine);
  if (!initial) {
    initial = initialTransition(machine)[0] as AnyMachineSnapshot;
    initials.set(machine, initial);
  }
  return initial;
};

const scopes = new WeakMap<AnyStateMachine, AnyActorScope>();

/**
 * An inert actor scope, made once per machine. XState's pure `transition(machine, snapshot, event)` builds a new
 * one on every call (an actor, its initial snapshot and a system: most of the cost of a step); this is the same
 * scope, reused. Safe for our machines: pure, no spawned or invoked actors, no delayed events, and the actions
 * a scope would be asked to execute are dropped, as `transition` leaves them to the caller.
 */
const scopeOf = (machine: AnyStateMachine): AnyActorScope => {
  let scope = scopes.get(machine);
  if (!scope) {
    const self = createActor(machine);
    scope = {
      self, system: self.system, id: '', sessionId: '',
      defer: () => {}, logger: () => {}, stopChild: () => {}, emit: () => {}, actionExecutor: () => {},
    } as unknown as AnyActorScope;
    scopes.set(machine, scope);
  }
  return scope;
};

/**
 * One step of the fold, or null when the machine does not accept the event in this state (no transition enabled,
 * or every guard fails). Asked of the machine (`can`), not read from the result: a step the machine accepts may
 * leave its snapshot as it was (a household's facts change, its state and context do not), and XState's
 * `transition` then hands back the very same snapshot object.
 */
export const step = (machine: AnyStateMachine, snapshot: AnyMachineSnapshot, event: MachineEvent): AnyMachineSnapshot | null => {
  if (!snapshot.can(event)) return null;
  return machine.transition(snapshot, event, scopeOf(machine)) as AnyMachineSnapshot;
};

/** Replays facts; a stored fact the machine refuses means the trail and the definition disagree. */
export const fold = (machine: AnyStateMachine, events: Iterable<MachineEvent>, from = initialSnapshot(machine)): AnyMachineSnapshot => {
  let snapshot = from;
  for (const event of events) {
    const next = step(machine, snapshot, event);
    if (!next) throw new Error(`replay: ${machine.id} refused stored ${event.type} in ${JSON.stringify(snapshot.value)}`);
    snapshot = next;
  }
  return snapshot;
};

/** the state as a dotted name, e.g. 'awaitingTownshipReview' */
export const stateName = (snapshot: AnyMachineSnapshot): string =>
  typeof snapshot.value === 'string' ? snapshot.value : JSON.stringify(snapshot.value);
