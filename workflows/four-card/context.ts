import type { Card, RuleNote, Signer, SpotCheckOutcome } from './events.ts';

export interface SpotCheckProgress {
  roundId: string;
  outcome: SpotCheckOutcome | null;
  card: Card | null;
  signers: string[];
}

export interface FourCardContext {
  householdId: string;
  villageCode: string;
  year: number;
  card: Card | null;
  warnings: RuleNote[];
  /** who did the initial check: may withdraw it, may not review it */
  declaredBy: string | null;
  appraisalSigners: Signer[];
  townshipReviewedBy: string | null;
  minInspectors: number;
  spotCheck: SpotCheckProgress | null;
  notice: { id: string; startsAt: string; endsAt: string } | null;
  openObjections: string[];
  completedAt: string | null;
}

export const emptyContext: FourCardContext = {
  householdId: '',
  villageCode: '',
  year: 0,
  card: null,
  warnings: [],
  declaredBy: null,
  appraisalSigners: [],
  townshipReviewedBy: null,
  minInspectors: 2,
  spotCheck: null,
  notice: null,
  openObjections: [],
  completedAt: null,
};
