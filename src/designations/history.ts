import type { RecordedEvent } from '../store/types.ts';

const pick = (data: Record<string, unknown>, key: string): unknown => (key in data ? data[key] : undefined);

/** A designation's trail as the people auditing it read it: each step, who signed in which capacity, and when. */
export const historyOf = (events: RecordedEvent[]) =>
  events.map((e) => ({
    revision: e.revision,
    step: e.type,
    actor: e.metadata.actor,
    occurredAt: e.metadata.occurredAt,
    recordedAt: e.metadata.recordedAt,
    opinion: pick(e.data, 'opinion') ?? pick(e.data, 'reason') ?? pick(e.data, 'summary') ?? null,
    card: pick(e.data, 'card') ?? pick(e.data, 'proposedCard') ?? null,
    perCapitaIncome: pick(e.data, 'perCapitaIncome') ?? null,
    signatures: pick(e.data, 'signatures') ?? null,
    warnings: pick(e.data, 'warnings') ?? null,
    hash: e.hash,
    prevHash: e.prevHash,
  }));
