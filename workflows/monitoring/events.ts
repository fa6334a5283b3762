import type { RuleNote, Signer } from '../signatures.ts';

export type { RuleNote, Signer };

/**
 * The facts of one household's monitoring case (防止返贫监测对象, seed 004), one per accepted step, through both
 * phases: inclusion (申请 → 评议 → 公示 and 数据比对 → 审核 → 备案公告), then assistance while monitored, risk
 * elimination (风险消除) and, when the risk returns, re-flagging (风险再标注) — all in the same stream. `actor` and
 * `occurredAt` come from the stored event's metadata. Type names are unique across chains (hence `Monitoring…`
 * where the four-card chain has a step of the same name): the event catalog and its upcasters are keyed by type.
 */

/** 脱贫不稳定户 / 边缘易致贫户 / 突发严重困难户 */
export type MonitoringType = 'unstableEscaped' | 'edgeProne' | 'suddenHardship';

/** 农户自主申报 / 村干部排查 / 部门筛查预警 */
export type MonitoringSource = 'householdApplication' | 'cadreScreening' | 'departmentAlert';

/** how a household applied: in writing, through the national app, or the 12317 line */
export type ApplicationChannel = 'written' | 'app' | 'hotline12317';

/** the two notices of a case: the inclusion notice, and the risk-elimination notice */
export type NoticePhase = 'inclusion' | 'elimination';

/** a reference to a scan or photo kept elsewhere: never the file itself */
export interface Evidence {
  kind: 'scan' | 'photo';
  id: string;
  sha256: string;
  mediaType: string;
  caption?: string;
}

/**
 * 农户承诺和授权查询书 (004 附件1): the facts are true, and departments may query the family's assets. Signed by the
 * applicant, or, for one who cannot write, filled in by a village cadre, a group leader or a close relative with
 * the applicant's own thumbprint (加按本人手印).
 */
export interface Commitment {
  letter: Evidence;
  signedOn: string;
  signature: { by: 'applicant' } | { by: 'proxy'; name: string; relation: 'villageCadre' | 'groupLeader' | 'closeRelative' };
  thumbprint: boolean;
  factsTrue: boolean;
  authorisesAssetQuery: boolean;
}

export interface ComparisonFindings {
  consumerCar: boolean;
  publicFundsMember: boolean;
  enterpriseExecutive: boolean;
  childrenHouseholds: { consumerCar: boolean; publicFundsMember: boolean; enterpriseExecutive: boolean };
}

export interface Measure {
  /** index of the member in the household's facts at `householdRevision` */
  member: number;
  kind: string;
  description: string;
}

interface Signed {
  actor: Signer;
  occurredAt: string;
}

export type MonitoringEvent = Signed &
  (
    | {
        type: 'MonitoringApplied'; // 申请 (农户自主申报 or 村干部排查)
        householdId: string;
        householdRevision: number;
        villageCode: string;
        year: number;
        source: 'householdApplication' | 'cadreScreening';
        channel: ApplicationChannel | null;
        proposedType: MonitoringType;
        risk: string;
        perCapitaIncome: number | null;
        incomeLine: number;
        verdict: string;
        warnings: RuleNote[];
        commitment: Commitment | null;
        evidence: Evidence[];
        machineVersion: string;
        /** the ledger's problem whose finding (004 附件2 13②) opened the case, if one did */
        ledgerProblemId?: string;
      }
    | {
        type: 'DepartmentAlertRaised'; // 部门筛查预警: fed back to the village to verify
        householdId: string;
        householdRevision: number;
        villageCode: string;
        year: number;
        department: string;
        alert: { kind: string; summary: string };
        evidence: Evidence[];
        machineVersion: string;
      }
    | { type: 'MonitoringAlertVerified'; outcome: 'confirmed' | 'dismissed'; proposedType: MonitoringType | null; opinion: string; perCapitaIncome: number | null; warnings: RuleNote[]; evidence: Evidence[] }
    | { type: 'MonitoringCommitmentRecorded'; commitment: Commitment; warnings: RuleNote[] }
    | { type: 'MonitoringGroupAppraised'; outcome: 'recommended' | 'notRecommended'; opinion: string; attendance: number; warnings: RuleNote[]; evidence: Evidence[] } // 村民小组评议
    | {
        type: 'MonitoringVillageAppraised'; // 村两委核实和评议, 确定初选名单
        decision: 'included' | 'notIncluded';
        monitoringType: MonitoringType | null;
        opinion: string;
        attendance: Record<string, number>;
        householdRevision: number;
        perCapitaIncome: number | null;
        warnings: RuleNote[];
        evidence: Evidence[];
      }
    | { type: 'MonitoringNoticePosted'; phase: NoticePhase; startsAt: string; endsAt: string; period: { days: number; unit: string }; noticeRef: string | null } // 公示
    | { type: 'MonitoringComparisonRequested'; districtCode: string } // 提交区级数据比对
    | { type: 'MonitoringComparisonCompleted'; result: 'clear' | 'exclusionFound'; findings: ComparisonFindings; rules: RuleNote[]; departments: string[]; opinion: string; evidence: Evidence[] }
    | { type: 'MonitoringObjectionRaised'; objectionId: string; summary: string } // 异议
    | { type: 'MonitoringObjectionResolved'; objectionId: string; outcome: 'upheld' | 'dismissed'; opinion: string }
    | { type: 'MonitoringNoticeEnded'; at: string } // 公示期满无异议 (the timer, as the system)
    | { type: 'MonitoringReportedToTownship'; phase: NoticePhase; opinion: string } // 上报乡党委、政府
    | { type: 'MonitoringTownshipReviewed'; phase: NoticePhase; outcome: 'approved' | 'sentBack' | 'refused'; opinion: string } // 审核
    | { type: 'MonitoringDistrictFiled'; phase: NoticePhase; announcementRef: string; monitoringType: MonitoringType | null; opinion: string } // 备案公告
    | { type: 'MonitoringDistrictSentBack'; phase: NoticePhase; reason: string }
    | { type: 'MonitoringWithdrawn'; reason: string } // 撤回
    | { type: 'MonitoringContactAssigned'; contact: { id: string | null; name: string; organisation: string | null }; replaces: string | null; reason: string | null } // 帮扶联系人
    | { type: 'MonitoringPlanRecorded'; planId: string; householdRevision: number; measures: Measure[]; householdMeasures: string[]; warnings: RuleNote[]; evidence: Evidence[] } // 一户一方案、一人一措施
    | { type: 'MonitoringVisitRecorded'; visitId: string; notes: string; evidence: Evidence[] } // 走访
    | { type: 'RiskEliminationProposed'; year: number; householdRevision: number; perCapitaIncome: number | null; opinion: string; warnings: RuleNote[]; evidence: Evidence[] } // 风险消除: 村两委提出
    | { type: 'RiskEliminationAppraised'; outcome: 'agreed' | 'notAgreed'; opinion: string; attendance: Record<string, number>; evidence: Evidence[] }
    | { type: 'RiskEliminationWithdrawn'; reason: string }
    | { type: 'RiskReflagged'; year: number; householdRevision: number; monitoringType: MonitoringType; reason: string; risks: { kind: string; note?: string }[]; warnings: RuleNote[]; evidence: Evidence[] } // 风险再标注
  );

export type MonitoringEventType = MonitoringEvent['type'];
export type EventOf<T extends MonitoringEventType> = Extract<MonitoringEvent, { type: T }>;
