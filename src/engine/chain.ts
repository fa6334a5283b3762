import type { AnyStateMachine } from 'xstate';
import type { RecordedEvent } from '../store/types.ts';
import type { Invariant, Step } from './invariants.ts';

/** The machine event of a stored fact: its data, plus who signed and when it happened. */
export type MachineEvent = { type: string; actor: RecordedEvent['metadata']['actor']; occurredAt: string } & Record<string, unknown>;

/**
 * One approval chain (four-card designation, monitoring case): where its streams live and which machine
 * definition replays a stream. A stream keeps the machine version it was started under.
 */
export interface ChainDefinition {
  name: string;
  streamPrefix: string;
  currentVersion: string;
  machines: Readonly<Record<string, AnyStateMachine>>;
  /** the machine version recorded in a stream's first event */
  versionOf(first: Pick<RecordedEvent, 'data'>): string;
  /** what must hold of every event the chain accepts, beyond the machine's own guards (src/engine/invariants.ts) */
  invariants: readonly Invariant[];
  /** the region whose policy governs a step (late-entry window …); null when the step names none */
  regionOf(step: Step): string | null;
  /** event types dated in an earlier period by nature (an objection raised during a notice), exempt from the order of time */
  datedInEarlierPeriod: readonly string[];
}

export const streamId = (chain: ChainDefinition, id: string) => `${chain.streamPrefix}${id}`;
export const idOfStream = (chain: ChainDefinition, stream: string) => stream.slice(chain.streamPrefix.length);

export const toMachineEvent = (e: Pick<RecordedEvent, 'type' | 'data' | 'metadata'>): MachineEvent => ({
  ...e.data,
  type: e.type,
  actor: e.metadata.actor,
  occurredAt: e.metadata.occurredAt,
});

export const machineFor = (chain: ChainDefinition, version: string): AnyStateMachine => {
  const machine = chain.machines[version];
  if (!machine) throw new Error(`${chain.name}: no machine definition ${version}`);
  return machine;
};

const codeIn = (value: unknown): string | null => (typeof value === 'string' && /^\d{2,12}$/.test(value) ? value : null);

/** the region a step is in: the village its context records, else the one its data names, else the signer's jurisdiction */
export const contextRegion = (step: Step): string | null =>
  codeIn((step.after.context as { villageCode?: unknown } | undefined)?.villageCode)
  ?? codeIn(step.data.villageCode) ?? codeIn(step.data.scopeCode) ?? codeIn(step.actor.jurisdiction);

/**
 * a chain whose streams are `<name>-<id>` and whose first event records the machine version it started under;
 * its invariants are checked by the engine for every event, with the invariants of time every chain holds
 */
export const defineChain = (
  name: string,
  currentVersion: string,
  machines: ChainDefinition['machines'],
  rules: { invariants?: readonly Invariant[]; regionOf?: (step: Step) => string | null; datedInEarlierPeriod?: readonly string[] } = {},
): ChainDefinition => ({
  name,
  streamPrefix: `${name}-`,
  currentVersion,
  machines,
  versionOf: (first) => String(first.data.machineVersion ?? currentVersion),
  invariants: rules.invariants ?? [],
  regionOf: rules.regionOf ?? contextRegion,
  datedInEarlierPeriod: rules.datedInEarlierPeriod ?? [],
});
