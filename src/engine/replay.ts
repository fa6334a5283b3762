import type { AnyMachineSnapshot, AnyStateMachine } from 'xstate';
import type { MachineEvent } from './chain.ts';
import { fold, initialSnapshot, stateName, step as stepXState } from './fold.ts';
import { Unsupported, compileStates } from './replay/compile.ts';
import type { Assign, Context, StateNode } from './replay/compile.ts';

/** What a read model keeps of a chain: the state's name and the machine's context. */
export interface ReplayState {
  readonly value: string;
  readonly context: object;
}

const applyAll = (actions: readonly Assign[], context: Context, event: MachineEvent): Context => {
  let next = context;
  for (const action of actions) next = action(next, event);
  return next;
};

/** eventless transitions are bounded, as a machine that loops on them is a defect and must not hang a rebuild */
const MAX_EVENTLESS_STEPS = 100;

/**
 * Replays recorded facts through a flat machine at a fraction of XState's cost per step, for read models that fold
 * every event of a county at start-up. It mirrors, for the subset our machines use (flat states, `on` and `always`,
 * named guards with and/or/not, `assign` actions), what `step` in fold.ts does with XState: the first enabled
 * transition, its assignments in order, then eventless transitions with the same event; null when the machine would
 * refuse. A machine outside that subset is replayed by XState itself (replayWithXState). Kept honest by tests that
 * step both on a generated county's trails and on random walks through every machine.
 */
export interface Replay {
  /** false where XState itself replays (a machine outside the subset) */
  readonly compiled: boolean;
  readonly initial: ReplayState;
  step(state: ReplayState, event: MachineEvent): ReplayState | null;
}

/** the compiled replay, or why the machine needs XState's full semantics */
const compileReplay = (machine: AnyStateMachine): Replay | string => {
  let nodes: Map<string, StateNode>;
  try {
    nodes = compileStates(machine);
  } catch (error) {
    if (error instanceof Unsupported) return error.message;
    throw error;
  }
  const start = initialSnapshot(machine);
  if (typeof start.value !== 'string') return 'initial state';
  const initial: ReplayState = { value: start.value, context: start.context as Context };
  const step = (state: ReplayState, event: MachineEvent): ReplayState | null => {
    const before = state.context as Context;
    const chosen = nodes.get(state.value)?.on.get(event.type)?.find((t) => !t.guard || t.guard({ context: before, event }));
    if (!chosen || (chosen.target === undefined && chosen.actions.length === 0)) return null;
    let value = chosen.target ?? state.value;
    let context = applyAll(chosen.actions, before, event);
    for (let i = 0; ; i++) {
      const always = nodes.get(value)?.always ?? [];
      const next = always.find((t) => !t.guard || t.guard({ context, event }));
      if (!next || (next.target === undefined && next.actions.length === 0)) break;
      if (i === MAX_EVENTLESS_STEPS) throw new Error(`replay: ${machine.id} loops on eventless transitions in ${value}`);
      value = next.target ?? value;
      context = applyAll(next.actions, context, event);
    }
    return { value, context };
  };
  return { compiled: true, initial, step };
};

/** XState itself, for a machine the compiled replay does not cover: correct, and as slow as before */
export const replayWithXState = (machine: AnyStateMachine): Replay => {
  const toState = (s: AnyMachineSnapshot): ReplayState => ({ value: stateName(s), context: s.context as object });
  return {
    compiled: false,
    initial: toState(initialSnapshot(machine)),
    step: (state, event) => {
      // stateName writes a nested state's value as JSON; a flat one is its name
      const value: unknown = state.value.startsWith('{') ? JSON.parse(state.value) : state.value;
      const after = stepXState(machine, machine.resolveState({ value: value as string, context: state.context }), event);
      return after && toState(after);
    },
  };
};

const replays = new WeakMap<AnyStateMachine, Replay>();

/** the replay of a machine, compiled once; XState's own where the machine needs more than the subset */
export const replayOf = (machine: AnyStateMachine): Replay => {
  let replay = replays.get(machine);
  if (!replay) {
    const compiled = compileReplay(machine);
    replay = typeof compiled === 'string' ? replayWithXState(machine) : compiled;
    replays.set(machine, replay);
  }
  return replay;
};

/** why a machine's replay is left to XState, or undefined when it is compiled (tests make sure every chain's is) */
export const notCompiledBecause = (machine: AnyStateMachine): string | undefined => {
  const compiled = compileReplay(machine);
  return typeof compiled === 'string' ? compiled : undefined;
};

/**
 * The engine's fold of a stream's stored facts (on a cache miss: the first command after a restart, a timer ending
 * notices): the compiled replay steps through them and XState resolves the state they reach into the snapshot the
 * machine decides the next command on. A stored fact the machine refuses means the trail and the definition disagree.
 */
export const foldStored = (machine: AnyStateMachine, events: readonly MachineEvent[], from: AnyMachineSnapshot = initialSnapshot(machine)): AnyMachineSnapshot => {
  if (events.length === 0) return from;
  const replay = replayOf(machine);
  if (!replay.compiled) return fold(machine, events, from);
  let state: ReplayState = { value: stateName(from), context: from.context as object };
  for (const event of events) {
    const next = replay.step(state, event);
    if (!next) throw new Error(`replay: ${machine.id} refused stored ${event.type} in ${JSON.stringify(state.value)}`);
    state = next;
  }
  return machine.resolveState({ value: state.value, context: state.context });
};
