import type { RecordedEvent } from '../store/types.ts';

const pick = (data: Record<string, unknown>, ...keys: string[]): unknown => {
  for (const key of keys) if (key in data) return data[key];
  return null;
};

/**
 * A case's trail as those auditing it read it: each step, who signed in which capacity and jurisdiction, when it
 * happened and when it was recorded, the opinion, the rules it warned about or found, and the evidence referenced
 * (ids and hashes, never files). Re-flagging keeps the earlier cycles in the same trail.
 */
export const caseHistoryOf = (events: readonly RecordedEvent[]) => {
  let cycle = 1;
  return events.map((e) => {
    if (e.type === 'RiskReflagged') cycle += 1;
    return {
      revision: e.revision,
      cycle,
      step: e.type,
      actor: e.metadata.actor,
      occurredAt: e.metadata.occurredAt,
      recordedAt: e.metadata.recordedAt,
      opinion: pick(e.data, 'opinion', 'reason', 'summary', 'notes', 'risk'),
      outcome: pick(e.data, 'outcome', 'decision', 'result'),
      monitoringType: pick(e.data, 'monitoringType', 'proposedType'),
      phase: pick(e.data, 'phase'),
      /** an objection step's objection (its summary is the step's opinion; the answer's `objections` has its status) */
      objectionId: pick(e.data, 'objectionId'),
      /** the ledger problem whose finding opened the case (src/ledger), or null */
      problemId: pick(e.data, 'ledgerProblemId'),
      warnings: pick(e.data, 'warnings'),
      rules: pick(e.data, 'rules'),
      evidence: [
        ...((pick(e.data, 'evidence') as unknown[] | null) ?? []),
        ...(isLetter(e.data.commitment) ? [e.data.commitment.letter] : []),
      ],
      hash: e.hash,
      prevHash: e.prevHash,
    };
  });
};

const isLetter = (c: unknown): c is { letter: unknown } => typeof c === 'object' && c !== null && 'letter' in c;
