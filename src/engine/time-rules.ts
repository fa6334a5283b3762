import { breach } from './invariants.ts';
import type { Invariant, Step } from './invariants.ts';

/** a phone or a PC whose clock runs a few minutes fast is not "in the future" */
export const CLOCK_SKEW_MS = 5 * 60_000;
const DAY_MS = 86_400_000;

/** the system actor (timers) records computed deadlines, not field work: no late-entry window applies to it */
const isSystem = (step: Step): boolean => step.actor.capacity === 'system';

/** how many whole days after it happened a step is recorded */
export const daysLate = (step: Pick<Step, 'occurredAt' | 'recordedAt'>): number =>
  Math.floor((Date.parse(step.recordedAt) - Date.parse(step.occurredAt)) / DAY_MS);

/** nothing happened in the field after it was recorded (beyond a small clock skew) */
export const notInTheFuture: Invariant = (step) =>
  Date.parse(step.occurredAt) > Date.parse(step.recordedAt) + CLOCK_SKEW_MS
    ? breach('OCCURRED_IN_FUTURE', '发生时间不能晚于当前时间', 'occurredAt cannot be in the future', { occurredAt: step.occurredAt, recordedAt: step.recordedAt })
    : null;

/**
 * within a stream, a step never happened before the steps it follows — except a fact the chain names as dated in an
 * earlier period by nature (an objection raised during a notice, entered after it: its own invariant and the
 * machine's guard hold it to that period)
 */
export const inOrderOfTime = (datedInEarlierPeriod: readonly string[] = []): Invariant => (step) =>
  step.previousOccurredAt !== null && !datedInEarlierPeriod.includes(step.type) && Date.parse(step.occurredAt) < Date.parse(step.previousOccurredAt)
    ? breach('OCCURRED_BEFORE_PREVIOUS_STEP', '发生时间早于上一环节，环节顺序与时间不符', 'occurredAt is before the step this one follows',
      { occurredAt: step.occurredAt, previousOccurredAt: step.previousOccurredAt })
    : null;

/**
 * Field work is entered late (seed 002: no signal in the village), so back-dating is allowed within the policy's
 * window; beyond it a stated reason is required, and the step is flagged on the trail for supervisors.
 */
export const lateEntryWithin = (regionOf: (step: Step) => string | null): Invariant => (step, world) => {
  if (isSystem(step) || step.lateEntryReason) return null;
  const region = regionOf(step);
  if (region === null) return null;
  const window = world.policies.resolve(region, Number(step.recordedAt.slice(0, 4))).entry.lateEntryDays;
  const late = daysLate(step);
  return late > window
    ? breach('LATE_ENTRY_REASON_REQUIRED', `补录超过 ${window} 天，须说明补录原因（lateEntryReason）`, `Entered ${late} days after it happened, beyond the ${window}-day window: state a lateEntryReason`,
      { occurredAt: step.occurredAt, recordedAt: step.recordedAt, daysLate: late, windowDays: window })
    : null;
};

/** the invariants of time every chain holds */
export const timeInvariants = (regionOf: (step: Step) => string | null, datedInEarlierPeriod: readonly string[] = []): Invariant[] => [
  notInTheFuture,
  inOrderOfTime(datedInEarlierPeriod),
  lateEntryWithin(regionOf),
];

/** every invariant of a chain: the time rules every chain holds, then its own (the engine and the procedure audit) */
export const invariantsOf = (chain: { invariants: readonly Invariant[]; datedInEarlierPeriod: readonly string[]; regionOf(step: Step): string | null }): readonly Invariant[] =>
  [...timeInvariants((s) => chain.regionOf(s), chain.datedInEarlierPeriod), ...chain.invariants];

/** the latest of two instants (a step dated in an earlier period does not move a stream's clock back) */
export const latestOf = (a: string | null, b: string): string => (a !== null && Date.parse(a) > Date.parse(b) ? a : b);
