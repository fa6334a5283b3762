import { initialTransition, transition } from 'xstate';
import type { AnyMachineSnapshot, AnyStateMachine } from 'xstate';
import type { MachineEvent } from './chain.ts';

/** The machine's state before any fact. */
export const initialSnapshot = (machine: AnyStateMachine): AnyMachineSnapshot => initialTransition(machine)[0] as AnyMachineSnapshot;

/**
 * One step of the fold. XState's pure `transition` returns the very same snapshot when the machine does not
 * accept the event: that identity is how a refused step is told apart.
 */
export const step = (machine: AnyStateMachine, snapshot: AnyMachineSnapshot, event: MachineEvent): AnyMachineSnapshot | null => {
  const [next] = transition(machine, snapshot, event);
  return next === snapshot ? null : (next as AnyMachineSnapshot);
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
