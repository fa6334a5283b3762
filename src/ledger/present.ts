import type { Display } from '../shared/display.ts';
import { stateNamesZh } from '../shared/labels.ts';
import type { CampaignRow, ListedVillageRow, ProblemRow } from './projection.ts';
import { OWED_STATES } from './duties.ts';
import { endOfChinaDay } from '../domain/dates.ts';
import { PROBLEM_TYPE_PRESETS } from './problem-types.ts';

export const PROBLEM_STATE_ZH = stateNamesZh('problem');
export const HOUSEHOLD_TYPE_ZH: Readonly<Record<string, string>> = { escaped: '脱贫户', edgeProne: '边缘易致贫户', ordinary: '一般农户' };
export const LEVEL_ZH: Readonly<Record<string, string>> = { household: '户内问题', county: '县级层面', township: '镇级层面', village: '村级层面' };

export const typeZhOf = (preset: string, typeCode: string): string => PROBLEM_TYPE_PRESETS[preset]?.types.find((t) => t.code === typeCode)?.zh ?? typeCode;
export const itemZhOf = (preset: string, typeCode: string, itemCode: string | null): string | null =>
  itemCode === null ? null : PROBLEM_TYPE_PRESETS[preset]?.types.find((t) => t.code === typeCode)?.items.find((i) => i.code === itemCode)?.zh ?? itemCode;

/** in the ledger: both leaders signed */
export const inLedger = (row: ProblemRow): boolean => row.context.enteredAt !== null;
/** 已整改: verified or closed */
export const rectified = (row: ProblemRow): boolean => row.state === 'verified' || row.state === 'closed';
/** past its deadline while still owed */
export const overdueAt = (row: ProblemRow, now: string): boolean =>
  OWED_STATES.has(row.state) && row.context.lists !== null && endOfChinaDay(row.context.lists.deadline) <= now;

/** a problem as a screen shows it: ids, the Chinese labels, the four lists, the signatures, how it stands */
export const presentProblem = (row: ProblemRow, display: Display, now: string) => {
  const c = row.context;
  return {
    id: row.id,
    revision: row.revision,
    state: row.state,
    stateZh: PROBLEM_STATE_ZH[row.state] ?? row.state,
    level: c.level,
    levelZh: LEVEL_ZH[c.level] ?? c.level,
    regionCode: c.regionCode,
    ...display.places(c.regionCode.length === 12 ? c.regionCode : null),
    householdId: c.householdId,
    headName: c.householdId === null ? null : display.headName(c.householdId),
    householdType: c.householdType,
    householdTypeZh: c.householdType === null ? null : HOUSEHOLD_TYPE_ZH[c.householdType] ?? null,
    preset: c.preset,
    typeCode: c.typeCode,
    typeZh: typeZhOf(c.preset, c.typeCode),
    itemCode: c.itemCode,
    itemZh: itemZhOf(c.preset, c.typeCode, c.itemCode),
    description: c.description,
    campaignId: c.campaignId,
    listedVillageId: c.listedVillageId,
    foundBy: c.foundBy,
    foundAt: c.foundAt,
    signatures: c.signatures,
    inLedger: c.enteredAt !== null,
    enteredAt: c.enteredAt,
    lists: c.lists,
    listChanges: c.listChanges,
    claim: c.claim,
    failedVerifications: c.failedVerifications,
    escalatedAt: c.escalatedAt,
    department: c.department,
    departmentAnswer: c.departmentAnswer,
    interviews: c.interviews,
    accountabilities: c.accountabilities,
    monitoringCaseId: c.monitoringCaseId,
    closedAt: c.closedAt,
    overdue: overdueAt(row, now),
  };
};

export type ProblemView = ReturnType<typeof presentProblem>;

export const presentCampaign = (row: CampaignRow) => ({
  id: row.id,
  revision: row.revision,
  state: row.state,
  level: row.context.level,
  regionCode: row.context.regionCode,
  name: row.context.name,
  preset: row.context.preset,
  scope: row.context.scope,
  stages: row.context.stages,
  reportDue: row.context.reportDue,
  teams: row.context.teams,
  pairs: row.context.pairs,
  closedAt: row.context.closedAt,
});

export const presentListedVillage = (row: ListedVillageRow, display: Display) => ({
  id: row.id,
  revision: row.revision,
  villageCode: row.context.villageCode,
  ...display.places(row.context.villageCode),
  selection: row.context.selection,
  residentUnit: row.context.residentUnit,
  leader: row.context.leader,
  fromMonth: row.context.fromMonth,
  untilMonth: row.context.untilMonth,
  reported: row.context.reported,
  supervised: row.context.supervised,
});
