import { initialTransition, transition } from 'xstate';
import type { AnyMachineSnapshot, AnyStateMachine } from 'xstate';
import type { MachineEvent } from './chain.ts';

/** The machine's state before any fact. */
export const initialSnapshot = (machine: AnyStateMachine): AnyMachineSnapshot => initialTransition(machine)[0] as AnyMachineSnapshot;

/**
 * One step of the fold, or null when the machine does not accept the event in this state (no transition enabled,
 * or every guard fails). Asked of the machine (`can`), not read from the result: a step the machine accepts may
 * leave its snapshot as it was (a household's facts change, its state and context do not), and XState's pure
 * `transition` then hands back the very same snapshot object.
 */
export const step = (machine: AnyStateMachine, snapshot: AnyMachineSnapshot, event: MachineEvent): AnyMachineSnapshot | null => {
  if (!snapshot.can(event)) return null;
  const [next] = transition(machine, snapshot, event);
  return next as AnyMachineSnapshot;
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
