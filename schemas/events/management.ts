import { Type } from 'typebox';
import { EvidenceSchema } from '../../src/monitoring/evidence.ts';
import { defineEvent } from '../define.ts';
import { Card, Instant, MachineVersion, OneOf, Opinion, Reason, Rule, Text, Uuid, VillageCode, fromZod } from './common.ts';

/** 分类帮扶、动态管理 (workflows/management, seeds 000/003 四 and 五): one stream per carded household after its designation. */
const event = defineEvent('management');

const Evidence = Type.Array(fromZod(EvidenceSchema), { description: 'scans and photos, by reference (id + sha256), never the file' });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const UnitLevel = OneOf(['city', 'county', 'township', 'village'], '结对帮扶干部所在单位层级：市直 / 县 / 乡镇 / 村');
const Cadre = Type.Object({ id: Type.String(), name: Type.String(), unitLevel: UnitLevel, organisation: Nullable(Type.String()) }, { description: '结对帮扶干部' });
const Person = Type.Object({ id: Nullable(Type.String()), name: Type.String() });
const Warnings = Type.Array(Rule);
const Year = Type.Integer({ minimum: 2000, maximum: 2100 });

const Measure = Type.Object({
  measureId: Uuid,
  kind: OneOf(['publicWelfarePost', 'industryDividend', 'courtyardSubsidy', 'housingSubsidy', 'socialSecurity', 'temporaryRelief', 'training', 'employment', 'other'], '帮扶措施类别'),
  year: Year,
  amount: Nullable(Type.Number({ minimum: 0, description: 'yuan' })),
  dividendRatio: Nullable(Type.Number({ minimum: 0, maximum: 1 })),
  housing: Nullable(OneOf(['newHouse', 'repair'])),
  securityClass: Nullable(OneOf(['A', 'B'])),
  acceptance: Nullable(Type.Object({ by: Type.String(), on: Type.String() }, { description: '庭院经济：乡镇验收' })),
  post: Nullable(Type.Object({ level: OneOf(['county', 'township', 'village']), regionCode: Type.String(), title: Type.String() })),
  description: Text('the measure as recorded'),
});

export const managementEvents = [
  event('ManagementStarted', 1, '纳入分类帮扶管理 / Management started', "From the designation's completion: the card, since when, and the paired cadre.", Type.Object({
    householdId: Uuid,
    villageCode: VillageCode,
    designationId: Uuid,
    card: Card,
    cardSince: Instant,
    year: Year,
    notEscaped: Type.Boolean({ description: '未脱贫 at designation' }),
    cadre: Nullable(Cadre),
    machineVersion: MachineVersion,
  })),
  event('CadrePaired', 1, '结对帮扶干部 / Cadre paired', 'The paired cadre (a replacement needs a reason).', Type.Object({ cadre: Cadre, replaces: Nullable(Type.String()), reason: Nullable(Type.String()) })),
  event('ResponsibleHelperNamed', 1, '户帮户亲帮亲责任人 / Helper named', 'A red-card household with daily difficulties gets a named responsible helper.', Type.Object({ helper: Person, reason: Reason })),
  event('BlueCareAssigned', 1, '蓝卡联络监测 / Blue care assigned', 'The township office, with the village poverty specialist, watches a blue-card household.', Type.Object({ townshipOffice: Type.String(), specialist: Person })),
  event('HouseholdPlanRecorded', 1, '一户一策 / Plan recorded', "The household's assistance plan (a new plan replaces the last).", Type.Object({ planId: Uuid, measures: Type.Array(Type.String()), evidence: Evidence })),
  event('ContactLogged', 1, '联络走访 / Contact logged', 'A visit, phone call or WeChat contact: who, how, what was found.', Type.Object({
    contactId: Uuid,
    mode: OneOf(['visit', 'phone', 'wechat']),
    by: Type.Object({ id: Type.String(), name: Type.String(), unitLevel: Nullable(UnitLevel) }),
    findings: Text('what was found'),
    newRisk: Nullable(Type.Object({ kind: Type.String(), summary: Type.String() })),
    evidence: Evidence,
  })),
  event('EarlyWarningRaised', 1, '贫困预警 / Early warning raised', "A new risk found on a carded household opened the monitoring chain's alert.", Type.Object({ contactId: Nullable(Uuid), monitoringCaseId: Uuid, summary: Text('the risk') })),
  event('ReclassificationDeclared', 1, '动态调整村级申报 / Re-classification declared', 'The village declares the card it finds (the same card: kept; none: removed).', Type.Object({
    reclassificationId: Uuid, year: Year, proposedCard: Nullable(Card), reason: Reason, evidence: Evidence, warnings: Warnings,
  })),
  event('ReclassificationChecked', 1, '动态调整乡镇核查 / Re-classification checked', 'The township checks: agreed (with the card) or sent back.', Type.Object({
    outcome: OneOf(['agreed', 'sentBack']), card: Nullable(Card), opinion: Opinion, warnings: Warnings,
  })),
  event('ReclassificationConfirmed', 1, '动态调整县级核定 / Re-classification confirmed', 'The county office confirms: card kept, changed or removed.', Type.Object({
    outcome: OneOf(['kept', 'changed', 'removed']), card: Nullable(Card), opinion: Opinion, round: Type.String({ pattern: '^\\d{4}H[12]$', description: 'the half-yearly adjustment round, e.g. 2026H2' }),
  })),
  event('AssistanceRecorded', 1, '分类帮扶措施 / Assistance recorded', 'A measure in the household\'s ledger, checked against the card rules of the region.', Type.Object({ measure: Measure, warnings: Warnings, evidence: Evidence })),
];

/** 半年动态调整 (workflows/management/round.ts): one stream per county and half year; outcomes are on the households' records. */
const roundEvent = defineEvent('adjustmentRound');

export const adjustmentRoundEvents = [
  roundEvent('AdjustmentRoundOpened', 1, '启动半年动态调整 / Adjustment round opened', 'The county office opens its county\'s round for a half year.', Type.Object({
    countyCode: Type.String({ pattern: '^\\d{6}$' }),
    round: Type.String({ pattern: '^\\d{4}H[12]$', description: 'the half year, e.g. 2026H2' }),
    machineVersion: MachineVersion,
  })),
  roundEvent('AdjustmentRoundClosed', 1, '结束半年动态调整 / Adjustment round closed', 'The county closes the round; households left without an outcome are named, with the reason.', Type.Object({
    total: Type.Integer({ minimum: 0, description: 'households the round listed at its close' }),
    withOutcome: Type.Integer({ minimum: 0 }),
    withoutOutcome: Type.Array(Uuid, { description: 'management records without an outcome at the close' }),
    acknowledged: Type.Array(Uuid, { description: 'the records the county named as closed without an outcome' }),
    reason: Nullable(Type.String()),
  })),
];
