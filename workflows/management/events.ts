import type { RuleNote, Signer } from '../signatures.ts';

export type { RuleNote, Signer };

/**
 * The facts of one carded household under management (分类帮扶、动态管理, seeds 000/003 sections 四 and 五), from its
 * designation's completion on: who is paired with it, its plan, every contact and visit, every review and
 * re-classification (村级申报 → 乡镇核查 → 县扶贫办核定) and every assistance measure, in one stream per household.
 * `actor` and `occurredAt` come from the stored event's metadata.
 */

export type Card = 'red' | 'yellow' | 'green' | 'blue';

/** 结对帮扶干部's unit: 003 counts a city unit's cadre's visits by the quarter, the others' by the year */
export type UnitLevel = 'city' | 'county' | 'township' | 'village';

export interface Cadre {
  id: string;
  name: string;
  unitLevel: UnitLevel;
  organisation: string | null;
}

/** a person named by the office (户帮户亲帮亲 helper, 村级扶贫专干): an id where they have an account */
export interface NamedPerson {
  id: string | null;
  name: string;
}

/** a scan or photo kept elsewhere: never the file itself */
export interface Evidence {
  kind: 'scan' | 'photo';
  id: string;
  sha256: string;
  mediaType: string;
  caption?: string;
}

export type ContactMode = 'visit' | 'phone' | 'wechat';

/** 分类帮扶 measures (000/003 四) */
export type MeasureKind =
  | 'publicWelfarePost' | 'industryDividend' | 'courtyardSubsidy' | 'housingSubsidy' | 'socialSecurity'
  | 'temporaryRelief' | 'training' | 'employment' | 'other';

export interface AssistanceMeasure {
  measureId: string;
  kind: MeasureKind;
  year: number;
  /** yuan, where the measure is money */
  amount: number | null;
  /** 产业分红比例 (0.15 = 15%) */
  dividendRatio: number | null;
  housing: 'newHouse' | 'repair' | null;
  /** 兜底保障 A/B */
  securityClass: 'A' | 'B' | null;
  /** 庭院经济: the township's acceptance (经乡镇验收后) */
  acceptance: { by: string; on: string } | null;
  /** the post's level and region (county, township or village code), for the quota report */
  post: { level: 'county' | 'township' | 'village'; regionCode: string; title: string } | null;
  description: string;
}

/** 动态调整的结果 */
export type AdjustmentOutcome = 'kept' | 'changed' | 'removed';

interface Signed {
  actor: Signer;
  occurredAt: string;
}

export type ManagementEvent = Signed &
  (
    | {
        type: 'ManagementStarted'; // 认定完成后纳入分类帮扶、动态管理
        householdId: string;
        villageCode: string;
        designationId: string;
        card: Card;
        /** when the card took effect: the designation's completion */
        cardSince: string;
        year: number;
        /** not escaped (未脱贫) at designation: 000 counts its visits as such */
        notEscaped: boolean;
        cadre: Cadre | null;
        machineVersion: string;
      }
    | { type: 'CadrePaired'; cadre: Cadre; replaces: string | null; reason: string | null } // 结对帮扶干部
    | { type: 'ResponsibleHelperNamed'; helper: NamedPerson; reason: string } // 户帮户亲帮亲 主体帮扶责任人 (red)
    | { type: 'BlueCareAssigned'; townshipOffice: string; specialist: NamedPerson } // 蓝卡: 乡镇扶贫办 + 村级扶贫专干
    | { type: 'HouseholdPlanRecorded'; planId: string; measures: string[]; evidence: Evidence[] } // 一户一策
    | {
        type: 'ContactLogged'; // 上户走访 / 电话 / 微信 联络
        contactId: string;
        mode: ContactMode;
        by: { id: string; name: string; unitLevel: UnitLevel | null };
        findings: string;
        newRisk: { kind: string; summary: string } | null;
        evidence: Evidence[];
      }
    | { type: 'EarlyWarningRaised'; contactId: string | null; monitoringCaseId: string; summary: string } // 贫困预警 → 监测
    | { type: 'ReclassificationDeclared'; reclassificationId: string; year: number; proposedCard: Card | null; reason: string; evidence: Evidence[]; warnings: RuleNote[] } // 村级申报
    | { type: 'ReclassificationChecked'; outcome: 'agreed' | 'sentBack'; card: Card | null; opinion: string; warnings: RuleNote[] } // 乡镇核查
    | { type: 'ReclassificationConfirmed'; outcome: AdjustmentOutcome; card: Card | null; opinion: string; round: string } // 县扶贫办核定
    | { type: 'AssistanceRecorded'; measure: AssistanceMeasure; warnings: RuleNote[]; evidence: Evidence[] } // 分类帮扶台账
  );

export type ManagementEventType = ManagementEvent['type'];
export type EventOf<T extends ManagementEventType> = Extract<ManagementEvent, { type: T }>;
