import type { Card, NoticeLevel, RuleNote, Signer, SpotCheckOutcome } from './events.ts';

export interface SpotCheckProgress {
  roundId: string;
  outcome: SpotCheckOutcome | null;
  card: Card | null;
  signers: string[];
}

/** one posted list (公示) the designation is on: village or township board */
export interface NoticeOn {
  id: string;
  level: NoticeLevel;
  startsAt: string;
  endsAt: string;
}

export interface FourCardContext {
  householdId: string;
  villageCode: string;
  /** the designation year: whose policy applies */
  year: number;
  /** the year whose income is judged (华容 2020: 2019); null on designations declared before it was recorded */
  incomeYear: number | null;
  /** where the list must be posted before completion (乡、村两级张榜公示); empty: any one notice (older designations) */
  noticeLevels: NoticeLevel[];
  card: Card | null;
  warnings: RuleNote[];
  /** who did the initial check: may withdraw it, may not review it */
  declaredBy: string | null;
  appraisalSigners: Signer[];
  townshipReviewedBy: string | null;
  minInspectors: number;
  spotCheck: SpotCheckProgress | null;
  /** the first notice posted (older readers); `notices` holds every level's */
  notice: { id: string; startsAt: string; endsAt: string } | null;
  notices: NoticeOn[];
  openObjections: string[];
  completedAt: string | null;
}

export const emptyContext: FourCardContext = {
  householdId: '',
  villageCode: '',
  year: 0,
  incomeYear: null,
  noticeLevels: [],
  card: null,
  warnings: [],
  declaredBy: null,
  appraisalSigners: [],
  townshipReviewedBy: null,
  minInspectors: 2,
  spotCheck: null,
  notice: null,
  notices: [],
  openObjections: [],
  completedAt: null,
};

/**
 * When the designation's public notice is over: the end of its last-ending notice, once every level the policy
 * requires has posted (any one notice for designations declared before levels were recorded); null until then.
 */
export const noticesOverAt = (c: Pick<FourCardContext, 'notices' | 'noticeLevels'>): string | null => {
  if (c.notices.length === 0 || !c.noticeLevels.every((level) => c.notices.some((n) => n.level === level))) return null;
  return c.notices.reduce((latest, n) => (Date.parse(n.endsAt) > Date.parse(latest) ? n.endsAt : latest), c.notices[0]?.endsAt ?? '');
};
