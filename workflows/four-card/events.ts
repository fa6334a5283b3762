import type { RuleNote, Signer } from '../signatures.ts';

export type { RuleNote, Signer };

/**
 * The facts of a four-card designation (红黄绿蓝卡认定), one per accepted step. They are stored as they are and
 * replayed through the machine; `actor` and `occurredAt` come from the stored event's metadata.
 */
export type Card = 'red' | 'yellow' | 'green' | 'blue';

interface Signed {
  actor: Signer;
  occurredAt: string;
}

export type FourCardEvent = Signed &
  (
    | {
        type: 'InitialCheckDeclared'; // 初核申报
        householdId: string;
        villageCode: string;
        year: number;
        /** absent on declarations before it was recorded: the designation year's own income was judged */
        incomeYear?: number;
        /** absent on declarations before two-level notices: one notice of any level completes */
        noticeLevels?: NoticeLevel[];
        proposedCard: Card;
        suggestedCard: Card | null;
        perCapitaIncome: number;
        warnings: RuleNote[];
        opinion: string;
        machineVersion: string;
        minInspectors: number;
      }
    | { type: 'DeclarationWithdrawn'; reason: string } // 撤回
    | { type: 'InitialCheckRevised'; proposedCard: Card; perCapitaIncome: number; warnings: RuleNote[]; opinion: string }
    | { type: 'AppraisalDecided'; meetingId: string; decision: 'approved' | 'rejected'; card: Card; opinion: string; signatures: Signer[] } // 民主评议
    | { type: 'AppraisalWithdrawn'; reason: string }
    | { type: 'TownshipReviewed'; outcome: 'confirmed' | 'adjusted'; card: Card; opinion: string } // 乡镇复核
    | { type: 'TownshipSentBack'; reason: string } // 退回
    | { type: 'TownshipRefused'; reason: string }
    | { type: 'TownshipReviewWithdrawn'; reason: string }
    | { type: 'SampledForSpotCheck'; roundId: string } // 县级抽查
    | { type: 'SpotCheckPassed'; roundId: string }
    | { type: 'SpotCheckSigned'; roundId: string; outcome: SpotCheckOutcome; card: Card; opinion: string }
    | { type: 'NoticePosted'; noticeId: string; level?: NoticeLevel; startsAt: string; endsAt: string } // 公示 (村级 or 乡镇级)
    | { type: 'ObjectionRaised'; objectionId: string; summary: string } // 异议
    | { type: 'ObjectionResolved'; objectionId: string; outcome: 'upheld' | 'dismissed'; opinion: string }
    | { type: 'DesignationCompleted'; card: Card; at: string; reportedTo: string } // 公示无异议，上报县扶贫办
  );

/** 村级 or 乡镇级 public notice board */
export type NoticeLevel = 'village' | 'township';

export type SpotCheckOutcome = 'confirmed' | 'adjusted' | 'sentBack' | 'refused';

export type FourCardEventType = FourCardEvent['type'];
export type EventOf<T extends FourCardEventType> = Extract<FourCardEvent, { type: T }>;
