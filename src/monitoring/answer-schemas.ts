import { Type } from 'typebox';
import { monitoringMachine } from '../../workflows/monitoring/machine.ts';
import { EX } from '../http/contract/examples.ts';
import { Actor, Free, Instant, IsoDay, ObjectionView, displayProperties, localDays, Nullable, Revision, RuleNote, StringEnum, TownshipCode, Uuid, VillageCode } from '../http/contract/types.ts';
import type { FieldsDeclared } from '../http/contract/types.ts';
import type { MonitoringCaseView } from './present.ts';

/** the states of the monitoring machine (workflows/monitoring/machine.ts) */
export const MONITORING_STATES = Object.keys(monitoringMachine.config.states ?? {});
const TYPES = ['unstableEscaped', 'edgeProne', 'suddenHardship'];
const MonitoringType = Nullable(StringEnum(TYPES, '脱贫不稳定户 unstableEscaped · 边缘易致贫户 edgeProne · 突发严重困难户 suddenHardship'));

/** the fields of presentCase (src/monitoring/present.ts) */
export const caseProperties = {
  id: Uuid(),
  householdId: Uuid(),
  villageCode: VillageCode(),
  townshipCode: TownshipCode(),
  year: Type.Integer({ description: 'the income year judged against the monitoring line' }),
  source: Nullable(StringEnum(['householdApplication', 'cadreScreening', 'departmentAlert'])),
  channel: Nullable(StringEnum(['written', 'app', 'hotline12317'])),
  department: Nullable(Type.String({ description: 'the department whose alert opened the case' })),
  state: StringEnum(MONITORING_STATES, 'the step it is at (workflows/monitoring/machine.ts)'),
  stepZh: Type.String({ description: '环节名称' }),
  ...displayProperties,
  objections: Type.Array(ObjectionView, { description: 'every objection raised, with its summary and resolution' }),
  phase: StringEnum(['inclusion', 'monitored', 'elimination', 'eliminated', 'closed']),
  monitoringType: MonitoringType,
  monitoringTypeZh: Nullable(Type.String()),
  warnings: Type.Array(RuleNote),
  commitment: Nullable(Type.Object({ by: StringEnum(['applicant', 'proxy']), thumbprint: Type.Boolean(), signedOn: IsoDay() }, { description: '农户承诺和授权查询书 on file' })),
  groupAppraisal: Nullable(StringEnum(['recommended', 'notRecommended'])),
  notice: Nullable(Type.Object({ phase: StringEnum(['inclusion', 'elimination']), startsAt: Instant(), endsAt: Instant(), endedAt: Nullable(Instant()), ...localDays })),
  comparison: Nullable(Type.Object({ status: StringEnum(['pending', 'clear']), requestedAt: Instant(), completedAt: Nullable(Instant()) }, { description: '数据比对' })),
  openObjections: Type.Array(Uuid()),
  exclusionRules: Type.Array(RuleNote, { description: 'the rules data comparison found broken' }),
  contact: Nullable(Type.Object({ id: Nullable(Type.String()), name: Type.String(), organisation: Nullable(Type.String()), since: Instant() }, { description: '帮扶联系人' })),
  plan: Nullable(Type.Object({ planId: Uuid(), recordedAt: Instant(), measures: Type.Integer({ minimum: 0 }) }, { description: '一户一方案' })),
  visits: Type.Object({ count: Type.Integer({ minimum: 0 }), lastAt: Nullable(Instant()) }),
  cycle: Type.Integer({ minimum: 1, description: '1, +1 for each re-flagging' }),
  monitoredSince: Nullable(Instant()),
  eliminatedAt: Nullable(Instant()),
  reflaggedAt: Nullable(Instant()),
  closedAt: Nullable(Instant()),
  openedBy: Nullable(Type.String()),
  revision: Revision(),
  machineVersion: Type.String({ examples: ['monitoring@1'] }),
  openedAt: Instant(),
  updatedAt: Instant(),
};

export const MonitoringCaseAnswerSchema = Type.Object(caseProperties, {
  $id: 'MonitoringCaseAnswer',
  description: '防止返贫监测对象: a household\'s case through inclusion, assistance, risk elimination and re-flagging',
  examples: [{
    id: EX.caseId, householdId: EX.householdId, villageCode: EX.village, townshipCode: EX.township, year: 2026, source: 'householdApplication', channel: 'written',
    department: null, state: 'awaitingGroupAppraisal', stepZh: '待村民小组评议', stateZh: '待村民小组评议', headName: '张*', townshipName: '团洲乡', villageName: '团洲村', objections: [], phase: 'inclusion', monitoringType: null, monitoringTypeZh: null, warnings: [],
    commitment: { by: 'applicant', thumbprint: true, signedOn: '2026-05-06' }, groupAppraisal: null, notice: null, comparison: null, openObjections: [], exclusionRules: [],
    contact: null, plan: null, visits: { count: 0, lastAt: null }, cycle: 1, monitoredSince: null, eliminatedAt: null, reflaggedAt: null, closedAt: null,
    openedBy: EX.investigator.id, revision: 0, machineVersion: 'monitoring@1', openedAt: '2026-05-06T02:00:00.000Z', updatedAt: '2026-05-06T02:00:00.000Z',
  }],
});
export const MonitoringCaseAnswer = Type.Unsafe<unknown>({ $ref: 'MonitoringCaseAnswer#' });

export const MonitoringCaseListAnswer = Type.Object({ total: Type.Integer({ minimum: 0 }), items: Type.Array(MonitoringCaseAnswer) });

export const MonitoringHistoryAnswer = Type.Object({
  id: Uuid(),
  cycle: Type.Integer({ minimum: 1 }),
  steps: Type.Array(Type.Object({
    revision: Revision(),
    cycle: Type.Integer({ minimum: 1 }),
    step: Type.String({ description: 'the event type' }),
    actor: Actor,
    occurredAt: Instant(),
    recordedAt: Instant(),
    opinion: Free('opinion, reason, summary, notes or risk given, or null'),
    outcome: Free('outcome, decision or result, or null'),
    monitoringType: Free('the type decided or proposed, or null'),
    phase: Free('inclusion or elimination, or null'),
    warnings: Free('rules warned about, or null'),
    rules: Free('rules found, or null'),
    evidence: Type.Array(Type.Unknown(), { description: 'evidence references (ids and hashes, never files)' }),
    objectionId: Free('the objection a step raises or resolves, or null'),
    problemId: Free('the ledger problem whose finding opened the case (问题整改台账), or null'),
    hash: Type.String(),
    prevHash: Type.String(),
  })),
  objections: Type.Array(ObjectionView, { description: 'every objection raised, with its summary and resolution' }),
});

export const MonitoringWorklistAnswer = Type.Object({
  role: Type.String(),
  regionCode: Type.String(),
  total: Type.Integer({ minimum: 0 }),
  counts: Type.Record(Type.String(), Type.Integer({ minimum: 0 }), { description: 'cases per waiting item' }),
  items: Type.Array(Type.Object({
    ...caseProperties,
    waitingFor: Type.Array(Type.Object({ item: Type.String(), zh: Type.String() })),
  })),
});

export const MonitoredHouseholdsAnswer = Type.Object({
  regionCode: Type.String(),
  total: Type.Integer({ minimum: 0 }),
  people: Type.Integer({ minimum: 0, description: 'members of all the households' }),
  items: Type.Array(Type.Object({
    caseId: Uuid(),
    householdId: Uuid(),
    headName: displayProperties.headName,
    townshipName: displayProperties.townshipName,
    villageName: displayProperties.villageName,
    villageCode: VillageCode(),
    townshipCode: TownshipCode(),
    monitoringType: MonitoringType,
    monitoringTypeZh: Nullable(Type.String()),
    state: Type.String(),
    people: Type.Integer({ minimum: 0 }),
    monitoredSince: Nullable(Instant()),
    cycle: Type.Integer({ minimum: 1 }),
    contact: Nullable(Type.String({ description: 'the contact person\'s name' })),
    hasPlan: Type.Boolean(),
    visits: Type.Integer({ minimum: 0 }),
  })),
});

const Tally = Type.Object({ households: Type.Integer({ minimum: 0 }), people: Type.Integer({ minimum: 0 }) });
const UnitCounts = Type.Object({
  regionCode: Type.String(),
  monitored: Type.Object({
    households: Type.Integer({ minimum: 0 }),
    people: Type.Integer({ minimum: 0 }),
    byType: Type.Object({ unstableEscaped: Tally, edgeProne: Tally, suddenHardship: Tally }),
  }, { description: '监测对象 now' }),
  proposed: Tally,
  riskEliminated: Tally,
});

export const MonitoringCountsAnswer = Type.Object({
  regionCode: Type.String(),
  level: StringEnum(['village', 'township']),
  total: UnitCounts,
  units: Type.Array(UnitCounts),
});

// presentCase (src/monitoring/present.ts) answers nothing the schema lacks: a new field fails tsc here
const caseFieldsDeclared: FieldsDeclared<MonitoringCaseView, typeof caseProperties> = true;
void caseFieldsDeclared;
