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
 * or every guard fails). XState hands back the very snapshot object it was given when no transition was taken, so
 * a new object means the step was accepted; only when the object is the same is the machine asked (`can`), since an
 * accepted step may also leave it as it was. (Exact for our machines: none has a forbidden transition, and their
 * eventless transitions are never enabled at rest.) Asking first every time cost a third of every step.
 */
export const step = (machine: AnyStateMachine, snapshot: AnyMachineSnapshot, event: MachineEvent): AnyMachineSnapshot | null => {
  const next = machine.transition(snapshot, event, scopeOf(machine)) as AnyMachineSnapshot;
  if (next !== snapshot) return next;
  return snapshot.can(event) ? next : null;
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
