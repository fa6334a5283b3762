import type { RecordedEvent } from '../store/types.ts';
import { APPRAISAL_SIGNERS } from '../../workflows/lists/machines.ts';
import type { ItemResult } from './apply-to-designations.ts';

interface Decision {
  designationId: string;
  decision: 'approved' | 'rejected';
  card: string;
  opinion: string;
}

/** a meeting as read from its stream: small enough to fold on every read */
export const meetingView = (id: string, events: RecordedEvent[]) => {
  const recorded = events.find((e) => e.type === 'AppraisalMeetingRecorded');
  if (!recorded) return null;
  const signatures = events
    .filter((e) => e.type === 'AppraisalMeetingSigned')
    .flatMap((e) => (e.data.capacities as string[]).map((capacity) => ({ ...e.metadata.actor, capacity, signedAt: e.metadata.occurredAt })));
  const applied = events.find((e) => e.type === 'AppraisalMeetingApplied');
  const signedCapacities = new Set(signatures.map((s) => s.capacity));
  return {
    id,
    villageCode: String(recorded.data.villageCode),
    occurredAt: recorded.metadata.occurredAt,
    /** why the meeting was entered late (补录), when it was */
    lateEntryReason: recorded.metadata.lateEntryReason ?? null,
    recordedBy: recorded.metadata.actor,
    attendance: recorded.data.attendance,
    decisions: recorded.data.decisions as unknown as Decision[],
    signatures,
    missingSignatures: APPRAISAL_SIGNERS.filter((c) => !signedCapacities.has(c)),
    applied: applied !== undefined,
    results: (applied?.data.results ?? null) as ItemResult[] | null,
    revision: events.at(-1)?.revision ?? 0,
  };
};
