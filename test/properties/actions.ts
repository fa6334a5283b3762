import fc from 'fast-check';

/**
 * A random action is abstract: what to do, and numbers that the runner resolves against the state the API reports
 * when the action runs (which designation, which outcome, which subset of a list). So a sequence stays meaningful
 * whatever happened before it, and fast-check can shrink it.
 */
export type Kind =
  // four-card designations and their lists ('designationNext': the step a designation's state waits for)
  | 'designationNext' | 'declare' | 'withdraw' | 'meeting' | 'signMeeting' | 'townshipReview' | 'revise' | 'appraisalWithdrawal' | 'reviewWithdrawal'
  | 'openRound' | 'signSpotCheck' | 'closeRound' | 'notice' | 'objection' | 'resolveObjection' | 'register' | 'changeHousehold'
  // monitoring cases
  | 'openCase' | 'caseNext' | 'caseAny' | 'caseObjection' | 'changeMonitoredHousehold'
  // nobody: the notice timer
  | 'timer';

/** who sends it: the right person, one in the jurisdiction without the role, the right role elsewhere, or someone who already acted on the case */
export type Who = 'right' | 'wrongRole' | 'outside' | 'self';

/** when it happened in the field, relative to the clock when it is sent */
export type When =
  | { at: 'now' }
  | { at: 'hoursAgo'; hours: number }
  | { at: 'daysAgo'; days: number; reason: boolean }
  | { at: 'skew'; minutes: number }
  | { at: 'future'; minutes: number };

export interface Action {
  kind: Kind;
  /** minutes the clock moves forward before the action */
  wait: number;
  who: Who;
  when: When;
  /** which case or list the action is on (modulo the candidates) */
  pick: number;
  /** which outcome, card, person, date variant (the runner takes it apart) */
  choice: number;
  /** which subset of a list (bits) */
  subset: number;
  /** instants written in China time with their offset (+08:00) rather than UTC */
  china: boolean;
}

const weighted = <T>(...items: [number, fc.Arbitrary<T>][]) => fc.oneof(...items.map(([weight, arbitrary]) => ({ weight, arbitrary })));

const KINDS: [number, Kind][] = [
  [30, 'designationNext'], [3, 'declare'], [1, 'withdraw'], [2, 'meeting'], [2, 'signMeeting'], [2, 'townshipReview'], [1, 'revise'],
  [1, 'appraisalWithdrawal'], [1, 'reviewWithdrawal'], [1, 'openRound'], [2, 'signSpotCheck'], [1, 'closeRound'], [2, 'notice'], [2, 'objection'],
  [2, 'resolveObjection'], [1, 'register'], [2, 'changeHousehold'], [3, 'openCase'], [32, 'caseNext'], [2, 'caseAny'], [3, 'caseObjection'], [2, 'changeMonitoredHousehold'],
  [4, 'timer'],
];

export const whenArb: fc.Arbitrary<When> = weighted<When>(
  [20, fc.constant({ at: 'now' })],
  [3, fc.integer({ min: 1, max: 47 }).map((hours) => ({ at: 'hoursAgo', hours }))],
  // beyond the 7-day late-entry window, with and without a reason
  [2, fc.record({ days: fc.integer({ min: 2, max: 20 }), reason: fc.boolean() }).map(({ days, reason }) => ({ at: 'daysAgo', days, reason }))],
  // a phone a few minutes fast (accepted), and really in the future (refused)
  [1, fc.integer({ min: 1, max: 4 }).map((minutes) => ({ at: 'skew', minutes }))],
  [1, fc.integer({ min: 10, max: 3 * 24 * 60 }).map((minutes) => ({ at: 'future', minutes }))],
);

const whoArb: fc.Arbitrary<Who> = weighted<Who>([14, fc.constant('right')], [1, fc.constant('wrongRole')], [1, fc.constant('outside')], [1, fc.constant('self')]);

/** mostly hours, sometimes a day or two, now and then past a notice's end (the clock only moves forward) */
const waitArb = weighted<number>(
  [16, fc.integer({ min: 0, max: 3 * 60 })],
  [3, fc.integer({ min: 3 * 60, max: 36 * 60 })],
  [1, fc.integer({ min: 5 * 24 * 60, max: 9 * 24 * 60 })],
);

export const actionArb: fc.Arbitrary<Action> = fc.record({
  kind: weighted<Kind>(...KINDS.map(([w, k]): [number, fc.Arbitrary<Kind>] => [w, fc.constant(k)])),
  wait: waitArb,
  who: whoArb,
  when: whenArb,
  pick: fc.nat({ max: 1 << 16 }),
  choice: fc.nat({ max: 1 << 16 }),
  subset: fc.nat({ max: 1 << 16 }),
  china: fc.boolean(),
});

/**
 * A run's sequence: mostly both chains interleaved; some runs focus on one chain (the other chain's "next step"
 * actions take this chain's), so that some cases get to the far end of the longer monitoring procedure too.
 */
export type Focus = 'both' | 'fourCard' | 'monitoring';
export const sequenceArb = fc.record({
  focus: weighted<Focus>([2, fc.constant('both')], [1, fc.constant('fourCard')], [2, fc.constant('monitoring')]),
  actions: fc.array(actionArb, { minLength: 80, maxLength: 120 }),
});

/** the action a run's focus makes of an action */
export const focused = (focus: Focus, a: Action): Action =>
  focus === 'fourCard' && a.kind === 'caseNext' ? { ...a, kind: 'designationNext' }
    : focus === 'monitoring' && a.kind === 'designationNext' ? { ...a, kind: 'caseNext' }
      : a;

/** a short line for the log */
export const describeWhen = (w: When): string => {
  switch (w.at) {
    case 'now': return 'now';
    case 'hoursAgo': return `-${w.hours}h`;
    case 'daysAgo': return `-${w.days}d${w.reason ? '+reason' : ''}`;
    case 'skew': return `+${w.minutes}min`;
    case 'future': return `+${w.minutes}min(future)`;
  }
};
