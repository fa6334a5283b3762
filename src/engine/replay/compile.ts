import type { AnyStateMachine } from 'xstate';
import type { MachineEvent } from '../chain.ts';

/**
 * Reads a flat XState machine (its config and the guards and actions of `setup`) into plain transition tables for
 * the replay (../replay.ts). Anything outside the subset the replay mirrors is refused with `Unsupported`, so that a
 * machine using more of XState is replayed by XState itself rather than wrongly.
 */
export type Context = Record<string, unknown>;
type Args = { context: Context; event: MachineEvent };
type Guard = (args: Args) => boolean;
export type Assign = (context: Context, event: MachineEvent) => Context;
export interface Transition { target: string | undefined; guard: Guard | undefined; actions: readonly Assign[] }
export interface StateNode { on: ReadonlyMap<string, readonly Transition[]>; always: readonly Transition[] }

/** Thrown at compile time when a machine uses something the replay does not mirror; callers then keep XState. */
export class Unsupported extends Error {}

type Implementations = { guards: Record<string, unknown>; actions: Record<string, unknown> };
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** string guards name an implementation of `setup`; and/or/not are XState's higher-order guards (`guards` holds theirs) */
const compileGuard = (guard: unknown, impl: Implementations): Guard => {
  if (typeof guard === 'string') {
    const named = impl.guards[guard];
    if (typeof named !== 'function' || 'check' in named) throw new Unsupported(`guard ${guard}`);
    return (args) => Boolean((named as (a: Args, p: undefined) => unknown)(args, undefined));
  }
  if (typeof guard === 'function' && 'check' in guard && 'guards' in guard && Array.isArray(guard.guards)) {
    const parts = (guard.guards as unknown[]).map((g) => compileGuard(g, impl));
    if (guard.name === 'and') return (args) => parts.every((p) => p(args));
    if (guard.name === 'or') return (args) => parts.some((p) => p(args));
    const [only] = parts;
    if (guard.name === 'not' && only && parts.length === 1) return (args) => !only(args);
  }
  throw new Unsupported('guard');
};

/** only `assign` (a function, or an object of values and functions), as XState's resolveAssign applies it */
const compileAction = (action: unknown, impl: Implementations): Assign => {
  const resolved = typeof action === 'string' ? impl.actions[action] : action;
  if (typeof resolved !== 'function' || !('type' in resolved) || resolved.type !== 'xstate.assign' || !('assignment' in resolved)) {
    throw new Unsupported(`action ${String(action)}`);
  }
  const assignment = resolved.assignment;
  if (typeof assignment === 'function') {
    return (context, event) => ({ ...context, ...(assignment as (a: Args, p: undefined) => Context)({ context, event }, undefined) });
  }
  if (!isObject(assignment)) throw new Unsupported('assignment');
  const entries = Object.entries(assignment);
  return (context, event) => {
    const next = { ...context };
    for (const [key, value] of entries) next[key] = typeof value === 'function' ? (value as (a: Args, p: undefined) => unknown)({ context, event }, undefined) : value;
    return next;
  };
};

const asArray = (value: unknown): unknown[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

const compileTransitions = (config: unknown, states: Record<string, unknown>, impl: Implementations): Transition[] =>
  asArray(config).map((t) => {
    const t2 = typeof t === 'string' ? { target: t } : t;
    // `reenter` only matters to entry and exit actions, which the subset has none of
    if (!isObject(t2) || Object.keys(t2).some((k) => !['target', 'guard', 'actions', 'description', 'reenter'].includes(k))) throw new Unsupported('transition');
    const target = t2.target;
    if (target !== undefined && (typeof target !== 'string' || !(target in states))) throw new Unsupported(`target ${String(target)}`);
    return {
      target: target as string | undefined,
      guard: t2.guard === undefined ? undefined : compileGuard(t2.guard, impl),
      actions: asArray(t2.actions).map((a) => compileAction(a, impl)),
    };
  });

const STATE_KEYS = ['on', 'always', 'type', 'description', 'meta', 'tags'];

export const compileStates = (machine: AnyStateMachine): Map<string, StateNode> => {
  const config: unknown = machine.config;
  const impl = machine.implementations as unknown as Implementations;
  if (!isObject(config) || !isObject(config.states) || Object.keys(config).some((k) => !['id', 'context', 'initial', 'states', 'description', 'schemas'].includes(k))) {
    throw new Unsupported('machine');
  }
  const states = config.states;
  const nodes = new Map<string, StateNode>();
  for (const [name, state] of Object.entries(states)) {
    const final = isObject(state) && state.type === 'final';
    if (!isObject(state) || Object.keys(state).some((k) => !STATE_KEYS.includes(k)) || (state.type !== undefined && !final) || (final && (state.on ?? state.always))) {
      throw new Unsupported(`state ${name}`);
    }
    const on = new Map<string, Transition[]>();
    for (const [type, transitions] of Object.entries(isObject(state.on) ? state.on : {})) {
      if (type.includes('*') || type.includes('.')) throw new Unsupported(`event descriptor ${type}`);
      on.set(type, compileTransitions(transitions, states, impl));
    }
    nodes.set(name, { on, always: compileTransitions(state.always, states, impl) });
  }
  return nodes;
};
