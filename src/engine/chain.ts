import type { AnyStateMachine } from 'xstate';
import type { RecordedEvent } from '../store/types.ts';

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

/** a chain whose streams are `<name>-<id>` and whose first event records the machine version it started under */
export const defineChain = (name: string, currentVersion: string, machines: ChainDefinition['machines']): ChainDefinition => ({
  name,
  streamPrefix: `${name}-`,
  currentVersion,
  machines,
  versionOf: (first) => String(first.data.machineVersion ?? currentVersion),
});
