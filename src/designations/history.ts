import { GENESIS_HASH, eventHash } from '../store/hash.ts';
import type { RecordedEvent } from '../store/types.ts';
import { storedVersionOf } from '../store/upcasting.ts';

const pick = (data: Record<string, unknown>, key: string): unknown => (key in data ? data[key] : undefined);

/** what a step rests on: the household facts' revision, the meeting, round, notice or objection, attachments */
const EVIDENCE_KEYS = ['householdId', 'householdRevision', 'suggestion', 'meetingId', 'roundId', 'noticeId', 'objectionId', 'evidence', 'attachments'] as const;

/**
 * A designation's trail as the people auditing it read it: each step, who signed in which capacity, when, on what
 * evidence, and its link in the hash chain. `stored` are the events as stored (the link is checked on them);
 * `upcast` gives the newest shape of each for the fields shown.
 */
export const historyOf = (stored: RecordedEvent[], upcast: (e: RecordedEvent) => RecordedEvent = (e) => e) =>
  stored.map((raw, i) => {
    const e = upcast(raw);
    const previous = i === 0 ? GENESIS_HASH : stored[i - 1]?.hash;
    return {
      revision: e.revision,
      position: e.position,
      step: e.type,
      schemaVersion: storedVersionOf(raw),
      actor: e.metadata.actor,
      occurredAt: e.metadata.occurredAt,
      recordedAt: e.metadata.recordedAt,
      opinion: pick(e.data, 'opinion') ?? pick(e.data, 'reason') ?? pick(e.data, 'summary') ?? null,
      card: pick(e.data, 'card') ?? pick(e.data, 'proposedCard') ?? null,
      perCapitaIncome: pick(e.data, 'perCapitaIncome') ?? null,
      signatures: pick(e.data, 'signatures') ?? null,
      warnings: pick(e.data, 'warnings') ?? null,
      /** 公示: the board the notice was posted on ('village' for a notice posted before levels were recorded) */
      noticeLevel: e.type === 'NoticePosted' ? (pick(e.data, 'level') ?? 'village') : null,
      /** 认定并上报: the county office the result was reported to */
      reportedTo: pick(e.data, 'reportedTo') ?? null,
      /** entered beyond the policy's late-entry window (补录): the reason the person entering it gave */
      lateEntryReason: e.metadata.lateEntryReason ?? null,
      evidence: Object.fromEntries(EVIDENCE_KEYS.flatMap((k) => (k in e.data ? [[k, e.data[k]]] : []))),
      hash: raw.hash,
      prevHash: raw.prevHash,
      /** this step's stored bytes hash to `hash`, and `prevHash` is the step before's hash (GENESIS for the first) */
      linkVerified: raw.revision === i && raw.prevHash === previous && eventHash(raw) === raw.hash,
    };
  });
