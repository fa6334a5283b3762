import { Type } from 'typebox';
import { RiskSchema } from '../../src/domain/household-facts.ts';
import { CommitmentSchema, EvidenceSchema } from '../../src/monitoring/evidence.ts';
import { defineEvent } from '../define.ts';
import { Instant, MachineVersion, OneOf, Opinion, Reason, Rule, Text, Uuid, VillageCode, fromZod } from './common.ts';

/** 防止返贫监测对象 (workflows/monitoring, seed 004): one stream per household's case, inclusion through re-flagging. */
const event = defineEvent('monitoring');

const Evidence = Type.Array(fromZod(EvidenceSchema), { description: 'scans and photos, by reference (id + sha256), never the file' });
const Commitment = fromZod(CommitmentSchema, '农户承诺和授权查询书 (004 附件1)');
const MonitoringType = OneOf(['unstableEscaped', 'edgeProne', 'suddenHardship'], '脱贫不稳定户 / 边缘易致贫户 / 突发严重困难户');
const Phase = OneOf(['inclusion', 'elimination'], 'the inclusion notice, or the risk-elimination notice');
const Income = Type.Union([Type.Number(), Type.Null()], { description: '人均纯收入 (yuan), null when not recorded' });
const Revision = Type.Integer({ minimum: 0, description: 'revision of the household stream the facts were read at' });
const Year = Type.Integer({ minimum: 2000, maximum: 2100 });
const Attendance = Type.Record(Type.String(), Type.Integer({ minimum: 0 }), { description: 'headcount by kind of attendee' });
const Warnings = Type.Array(Rule);

export const monitoringEvents = [
  event('MonitoringApplied', 1, '申请纳入监测 / Applied for monitoring', "A household's own application (农户自主申报) with its commitment letter, or a cadre's screening (村干部排查).", Type.Object({
    householdId: Uuid,
    householdRevision: Revision,
    villageCode: VillageCode,
    year: Year,
    source: OneOf(['householdApplication', 'cadreScreening']),
    channel: Type.Union([OneOf(['written', 'app', 'hotline12317']), Type.Null()]),
    proposedType: MonitoringType,
    risk: Text('the risk as described'),
    perCapitaIncome: Income,
    incomeLine: Type.Number({ description: 'the monitoring line of the region and year (policy)' }),
    verdict: Type.String(),
    warnings: Warnings,
    commitment: Type.Union([Commitment, Type.Null()]),
    evidence: Evidence,
    machineVersion: MachineVersion,
    ledgerProblemId: Type.Optional(Type.String({ format: 'uuid', description: 'the ledger problem whose finding (004 附件2 13②) opened the case' })),
  })),
  event('DepartmentAlertRaised', 1, '部门筛查预警 / Department alert raised', "A department's data flag a household; the village must verify it.", Type.Object({
    householdId: Uuid,
    householdRevision: Revision,
    villageCode: VillageCode,
    year: Year,
    department: Type.String(),
    alert: Type.Object({ kind: Type.String(), summary: Type.String() }),
    evidence: Evidence,
    machineVersion: MachineVersion,
  })),
  event('MonitoringAlertVerified', 1, '核实预警 / Alert verified', 'The village confirms an alert (proposing a type) or dismisses it.', Type.Object({
    outcome: OneOf(['confirmed', 'dismissed']),
    proposedType: Type.Union([MonitoringType, Type.Null()]),
    opinion: Opinion,
    perCapitaIncome: Income,
    warnings: Warnings,
    evidence: Evidence,
  })),
  event('MonitoringCommitmentRecorded', 1, '承诺授权书 / Commitment recorded', "The household's signed commitment and authorisation letter.", Type.Object({ commitment: Commitment, warnings: Warnings })),
  event('MonitoringGroupAppraised', 1, '村民小组评议 / Group appraised', 'The villager group recommends the household, or not.', Type.Object({
    outcome: OneOf(['recommended', 'notRecommended']),
    opinion: Opinion,
    attendance: Type.Integer({ minimum: 1 }),
    warnings: Warnings,
    evidence: Evidence,
  })),
  event('MonitoringVillageAppraised', 1, '村两委评议 / Village appraised', 'The village committees include the household in the initial list with a type, or not.', Type.Object({
    decision: OneOf(['included', 'notIncluded']),
    monitoringType: Type.Union([MonitoringType, Type.Null()]),
    opinion: Opinion,
    attendance: Attendance,
    householdRevision: Revision,
    perCapitaIncome: Income,
    warnings: Warnings,
    evidence: Evidence,
  })),
  event('MonitoringNoticePosted', 1, '公示 / Notice posted', 'The village notice (working days from policy and the calendar).', Type.Object({
    phase: Phase,
    startsAt: Instant,
    endsAt: Instant,
    period: Type.Object({ days: Type.Integer({ minimum: 1 }), unit: Type.String() }),
    noticeRef: Type.Union([Type.String(), Type.Null()]),
  })),
  event('MonitoringComparisonRequested', 1, '提交数据比对 / Comparison requested', "The list goes to the district for comparison with departments' records.", Type.Object({ districtCode: Type.String({ pattern: '^\\d{6,12}$' }) })),
  event('MonitoringComparisonCompleted', 1, '数据比对结果 / Comparison completed', 'Clear, or an exclusion was found.', Type.Object({
    result: OneOf(['clear', 'exclusionFound']),
    findings: Type.Object({
      consumerCar: Type.Boolean(),
      publicFundsMember: Type.Boolean(),
      enterpriseExecutive: Type.Boolean(),
      childrenHouseholds: Type.Object({ consumerCar: Type.Boolean(), publicFundsMember: Type.Boolean(), enterpriseExecutive: Type.Boolean() }),
    }),
    rules: Warnings,
    departments: Type.Array(Type.String()),
    opinion: Opinion,
    evidence: Evidence,
  })),
  event('MonitoringObjectionRaised', 1, '异议 / Objection raised', 'Raised during a notice.', Type.Object({ objectionId: Uuid, summary: Text('what was objected') })),
  event('MonitoringObjectionResolved', 1, '异议处理 / Objection resolved', 'Upheld or dismissed.', Type.Object({ objectionId: Uuid, outcome: OneOf(['upheld', 'dismissed']), opinion: Opinion })),
  event('MonitoringNoticeEnded', 1, '公示期满 / Notice ended', 'The notice period ended with no open objection (the timer, as the system).', Type.Object({ at: Instant })),
  event('MonitoringReportedToTownship', 1, '上报乡镇 / Reported to the township', 'The village reports to the township party committee and government.', Type.Object({ phase: Phase, opinion: Opinion })),
  event('MonitoringTownshipReviewed', 1, '乡镇审核 / Township reviewed', 'Approved, sent back or refused.', Type.Object({ phase: Phase, outcome: OneOf(['approved', 'sentBack', 'refused']), opinion: Opinion })),
  event('MonitoringDistrictFiled', 1, '区县备案公告 / Filed by the district', 'Filed and announced: marked a monitoring object (or risk eliminated).', Type.Object({
    phase: Phase,
    announcementRef: Type.String(),
    monitoringType: Type.Union([MonitoringType, Type.Null()]),
    opinion: Opinion,
  })),
  event('MonitoringDistrictSentBack', 1, '区县退回 / Sent back by the district', 'Back to the township.', Type.Object({ phase: Phase, reason: Reason })),
  event('MonitoringWithdrawn', 1, '撤回 / Withdrawn', 'The case is withdrawn.', Type.Object({ reason: Reason })),
  event('MonitoringContactAssigned', 1, '帮扶联系人 / Contact assigned', 'The contact person of the household (a change needs a reason).', Type.Object({
    contact: Type.Object({ id: Type.Union([Type.String(), Type.Null()]), name: Type.String(), organisation: Type.Union([Type.String(), Type.Null()]) }),
    replaces: Type.Union([Type.String(), Type.Null()]),
    reason: Type.Union([Type.String(), Type.Null()]),
  })),
  event('MonitoringPlanRecorded', 1, '帮扶方案 / Plan recorded', '一户一方案、一人一措施: a measure per member (a new plan replaces the last).', Type.Object({
    planId: Uuid,
    householdRevision: Revision,
    measures: Type.Array(Type.Object({ member: Type.Integer({ minimum: 0 }), kind: Type.String(), description: Type.String() })),
    householdMeasures: Type.Array(Type.String()),
    warnings: Warnings,
    evidence: Evidence,
  })),
  event('MonitoringVisitRecorded', 1, '走访 / Visit recorded', 'A visit by the contact person or a cadre.', Type.Object({ visitId: Uuid, notes: Text('what was found'), evidence: Evidence })),
  event('RiskEliminationProposed', 1, '风险消除提出 / Risk elimination proposed', 'The village committees propose it (never without labour capacity).', Type.Object({
    year: Year,
    householdRevision: Revision,
    perCapitaIncome: Income,
    opinion: Opinion,
    warnings: Warnings,
    evidence: Evidence,
  })),
  event('RiskEliminationAppraised', 1, '风险消除评议 / Risk elimination appraised', 'Agreed goes to the notice; not agreed keeps the household monitored.', Type.Object({
    outcome: OneOf(['agreed', 'notAgreed']),
    opinion: Opinion,
    attendance: Attendance,
    evidence: Evidence,
  })),
  event('RiskEliminationWithdrawn', 1, '撤回风险消除 / Risk elimination withdrawn', 'The proposal is withdrawn.', Type.Object({ reason: Reason })),
  event('RiskReflagged', 1, '风险再标注 / Risk re-flagged', 'A household marked risk-eliminated whose risk returned is monitored again.', Type.Object({
    year: Year,
    householdRevision: Revision,
    monitoringType: MonitoringType,
    reason: Reason,
    risks: Type.Array(fromZod(RiskSchema)),
    warnings: Warnings,
    evidence: Evidence,
  })),
];
