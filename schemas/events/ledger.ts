import { Type } from 'typebox';
import { EvidenceSchema } from '../../src/monitoring/evidence.ts';
import { FourListsSchema, StageSchema, TeamSchema } from '../../src/ledger/bodies.ts';
import { defineEvent } from '../define.ts';
import { MachineVersion, OneOf, Opinion, Reason, Text, Uuid, VillageCode, fromZod } from './common.ts';

/** 问题整改台账 and 挂牌督战 (workflows/ledger, seeds 000, 001, 004): problems, campaigns, listed villages. */
const event = defineEvent('ledger');

const Evidence = Type.Array(fromZod(EvidenceSchema), { description: 'scans and photos, by reference (id + sha256), never the file' });
const Lists = fromZod(FourListsSchema, '四项清单: measure, responsible person and unit, deadline (a China day)');
const Person = Type.Object({ personId: Type.String(), name: Type.String() });
const Region = Type.String({ pattern: '^\\d{6}(\\d{3})?(\\d{3})?$', description: 'county (6), township (9) or village (12) code' });
const Month = Type.String({ pattern: '^\\d{4}-\\d{2}$', description: 'YYYY-MM' });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

export const ledgerEvents = [
  event('ProblemFound', 1, '发现问题 / Problem found', 'A problem found in an inspection: household-level (户内) or area-level (面上), of a type from the preset.', Type.Object({
    level: OneOf(['household', 'county', 'township', 'village']),
    regionCode: Region,
    householdId: Nullable(Uuid),
    householdType: Nullable(OneOf(['escaped', 'edgeProne', 'ordinary'], '脱贫户 / 边缘易致贫户 / 一般农户')),
    preset: Type.String({ description: 'the problem types\' preset (src/ledger/problem-types.ts)' }),
    typeCode: Type.String(),
    itemCode: Nullable(Type.String()),
    description: Text('具体内容: the concrete case'),
    campaignId: Nullable(Uuid),
    listedVillageId: Nullable(Uuid),
    evidence: Evidence,
    machineVersion: MachineVersion,
  })),
  event('ProblemSigned', 1, '签字确认问题 / Problem signed', 'The county guidance-group leader or the township work-group leader signs the problem (001).', Type.Object({
    as: OneOf(['countyGuidanceLeader', 'townshipWorkLeader']),
    opinion: Opinion,
  })),
  event('ProblemListsSet', 1, '建立四项清单 / Four lists set', 'Measure, responsible person and unit, deadline.', Type.Object({ lists: Lists })),
  event('ProblemListsChanged', 1, '变更四项清单 / Four lists changed', 'The four lists as changed, with the reason.', Type.Object({ lists: Lists, reason: Reason })),
  event('ProblemRectificationClaimed', 1, '整改完成 / Rectification claimed', 'The result (整改成效) and its evidence.', Type.Object({ result: Text('整改成效'), evidence: Evidence })),
  event('ProblemVerified', 1, '实地核验 / Verified on site', 'Passed or failed, by someone other than the rectifier.', Type.Object({ outcome: OneOf(['passed', 'failed']), opinion: Opinion, evidence: Evidence })),
  event('ProblemReopened', 1, '重新整改 / Reopened', 'Back to rectification after a failed verification.', Type.Object({ reason: Reason })),
  event('ProblemClosed', 1, '销号 / Closed', 'Closed after a passed verification.', Type.Object({ opinion: Opinion })),
  event('ProblemEscalated', 1, '上报县级 / Escalated', 'The township cannot solve it: up to the county.', Type.Object({ reason: Reason })),
  event('ProblemAssigned', 1, '交办部门 / Assigned', 'The county assigns the problem to a department.', Type.Object({ department: Type.String(), opinion: Opinion })),
  event('ProblemDepartmentAnswered', 1, '部门答复 / Department answered', 'The department\'s answer, maybe with new four lists.', Type.Object({ answer: Text('答复'), lists: Type.Union([Lists, Type.Null()]) })),
  event('ProblemInterviewed', 1, '约谈 / Interview', 'An interview of a person for late, incomplete or faked rectification.', Type.Object({ person: Person, reason: Reason, notes: Type.String() })),
  event('ProblemAccountabilityRecorded', 1, '追责问责 / Accountability', 'A person held to account.', Type.Object({ person: Person, finding: OneOf(['late', 'incomplete', 'faked']), measure: Type.String() })),
  event('ProblemMonitoringCaseLinked', 1, '纳入监测评议 / Monitoring case opened', 'The monitoring case the finding opened.', Type.Object({ caseId: Uuid })),
  event('CampaignPlanned', 1, '排查方案 / Campaign planned', 'A county or township inspection campaign: scope, stages, report date.', Type.Object({
    level: OneOf(['county', 'township']),
    regionCode: Region,
    name: Type.String(),
    preset: Type.String(),
    scope: Type.Object({ townships: Type.Array(Type.String()), villages: Type.Array(Type.String()), householdTypes: Type.Array(Type.String()) }),
    stages: Type.Array(fromZod(StageSchema)),
    reportDue: Type.String({ format: 'date' }),
    machineVersion: MachineVersion,
  })),
  event('CampaignTeamsFormed', 1, '组建调查组 / Teams formed', 'Survey teams of two and their villages.', Type.Object({ teams: Type.Array(fromZod(TeamSchema)) })),
  event('CampaignUnitsPaired', 1, '县直单位联系乡镇 / Units paired', 'Which county unit is paired with which township (000 附件6).', Type.Object({
    pairs: Type.Array(Type.Object({ townshipCode: Type.String(), unit: Type.String() })),
  })),
  event('CampaignHouseholdsVisited', 1, '入户排查 / Households visited', 'A team\'s visits in a village.', Type.Object({ teamId: Type.String(), villageCode: VillageCode, householdIds: Type.Array(Uuid) })),
  event('CampaignClosed', 1, '排查结束 / Campaign closed', 'The campaign\'s summary.', Type.Object({ summary: Type.String() })),
  event('VillageListed', 1, '挂牌督战 / Village listed', 'A village listed on the selection\'s figure, with its resident unit and supervising leader.', Type.Object({
    villageCode: VillageCode,
    selection: Type.Object({ baseYear: Type.Integer(), notEscapedPeople: Type.Integer({ minimum: 0 }), threshold: Type.Integer({ minimum: 1 }) }),
    residentUnit: Type.String(),
    leader: Person,
    fromMonth: Month,
    untilMonth: Month,
    machineVersion: MachineVersion,
  })),
  event('ListedVillageReportFiled', 1, '月进展报告 / Monthly report filed', 'The listed village\'s progress report for a month.', Type.Object({ month: Month, summary: Type.String(), evidence: Evidence })),
  event('ListedVillageSupervised', 1, '月督战 / Monthly supervision', 'The month\'s supervision: the areas covered and the problems it found.', Type.Object({
    month: Month, areas: Type.Array(Type.Integer({ minimum: 1, maximum: 10 })), findings: Type.Array(Uuid), notes: Type.String(),
  })),
];
