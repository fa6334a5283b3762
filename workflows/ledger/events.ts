import type { Signer } from '../signatures.ts';

export type { Signer };

/**
 * The facts of the problem rectification ledger (问题整改台账, seeds 000, 001, 004): a problem found in an inspection
 * (排查/督查), each its own stream, from the finding through the four lists, rectification, verification and
 * closure (销号); an inspection campaign (排查/督查轮次) with its stages, teams and coverage; a listed village
 * (挂牌督战村) with its monthly reports. `actor` and `occurredAt` come from the stored event's metadata.
 */

/** 户内问题, or 面上问题 at county, township or village level (004 附件3) */
export type ProblemLevel = 'household' | 'county' | 'township' | 'village';

/** 脱贫户 / 边缘易致贫户 / 一般农户 (004 附件2) */
export type HouseholdType = 'escaped' | 'edgeProne' | 'ordinary';

/** 整改责任: the responsible person and unit (四项清单) */
export interface Responsible {
  personId: string;
  name: string;
  unit: string;
}

/** the four lists (四项清单) beyond the problem itself: measure, responsible person and unit, deadline (整改时限, a China day) */
export interface FourLists {
  measure: string;
  responsible: Responsible;
  deadline: string;
}

export interface LedgerEvidence {
  kind: 'scan' | 'photo';
  id: string;
  sha256: string;
  mediaType: string;
  caption?: string;
}

/** 县指导组组长 / 乡镇工作组组长 (001: both sign before a problem enters the ledger) */
export type SignerRole = 'countyGuidanceLeader' | 'townshipWorkLeader';

interface Signed {
  actor: Signer;
  occurredAt: string;
}

/** What a finding names: the problem's facts, kept by the problem's state as they were found */
export interface ProblemFinding {
  level: ProblemLevel;
  regionCode: string;
  householdId: string | null;
  householdType: HouseholdType | null;
  /** the problem types' preset (policy or the campaign's) and the type and item within it */
  preset: string;
  typeCode: string;
  itemCode: string | null;
  description: string;
  campaignId: string | null;
  listedVillageId: string | null;
}

export type ProblemEvent = Signed &
  (
    | (ProblemFinding & {
        type: 'ProblemFound'; // 排查发现问题
        evidence: LedgerEvidence[];
        machineVersion: string;
      })
    | { type: 'ProblemSigned'; as: SignerRole; opinion: string }
    | { type: 'ProblemListsSet'; lists: FourLists } // 四项清单
    | { type: 'ProblemListsChanged'; lists: FourLists; reason: string }
    | { type: 'ProblemRectificationClaimed'; result: string; evidence: LedgerEvidence[] } // 整改成效
    | { type: 'ProblemVerified'; outcome: 'passed' | 'failed'; opinion: string; evidence: LedgerEvidence[] } // 实地核验
    | { type: 'ProblemReopened'; reason: string }
    | { type: 'ProblemClosed'; opinion: string } // 销号
    | { type: 'ProblemEscalated'; reason: string } // 乡镇无法解决，上报县
    | { type: 'ProblemAssigned'; department: string; opinion: string } // 县交办部门
    | { type: 'ProblemDepartmentAnswered'; answer: string; lists: FourLists | null } // 部门答复
    | { type: 'ProblemInterviewed'; person: { personId: string; name: string }; reason: string; notes: string } // 约谈
    | { type: 'ProblemAccountabilityRecorded'; person: { personId: string; name: string }; finding: 'late' | 'incomplete' | 'faked'; measure: string } // 追责问责
    | { type: 'ProblemMonitoringCaseLinked'; caseId: string } // 纳入监测对象评议
  );

export type ProblemEventType = ProblemEvent['type'];
export type ProblemEventOf<T extends ProblemEventType> = Extract<ProblemEvent, { type: T }>;

export interface CampaignStage {
  code: string;
  zh: string;
  /** first and last day (China), inclusive */
  from: string;
  to: string;
}

export interface SurveyTeam {
  teamId: string;
  members: { personId: string; name: string }[];
  villages: string[];
}

/** The campaign's plan as planned, kept by its state */
export interface CampaignPlan {
  level: 'county' | 'township';
  regionCode: string;
  name: string;
  preset: string;
  scope: { townships: string[]; villages: string[]; householdTypes: HouseholdType[] };
  stages: CampaignStage[];
  reportDue: string;
}

export type CampaignEvent = Signed &
  (
    | (CampaignPlan & {
        type: 'CampaignPlanned'; // 排查/督查方案
        machineVersion: string;
      })
    | { type: 'CampaignTeamsFormed'; teams: SurveyTeam[] } // 调查组（两人一组）
    | { type: 'CampaignUnitsPaired'; pairs: { townshipCode: string; unit: string }[] } // 县直单位联系乡镇 (000 附件6)
    | { type: 'CampaignHouseholdsVisited'; teamId: string; villageCode: string; householdIds: string[] } // 入户
    | { type: 'CampaignClosed'; summary: string }
  );

export type CampaignEventType = CampaignEvent['type'];
export type CampaignEventOf<T extends CampaignEventType> = Extract<CampaignEvent, { type: T }>;

export type ListedVillageEvent = Signed &
  (
    | {
        type: 'VillageListed'; // 挂牌督战
        villageCode: string;
        /** the figure the selection was made on: not-escaped people at the end of the base year (000: 2019) */
        selection: { baseYear: number; notEscapedPeople: number; threshold: number };
        residentUnit: string;
        leader: { personId: string; name: string };
        /** the months supervised (YYYY-MM), first and last */
        fromMonth: string;
        untilMonth: string;
        machineVersion: string;
      }
    | { type: 'ListedVillageReportFiled'; month: string; summary: string; evidence: LedgerEvidence[] } // 月进展报告
    | { type: 'ListedVillageSupervised'; month: string; areas: number[]; findings: string[]; notes: string } // 月督战
  );

export type ListedVillageEventType = ListedVillageEvent['type'];
export type ListedVillageEventOf<T extends ListedVillageEventType> = Extract<ListedVillageEvent, { type: T }>;
