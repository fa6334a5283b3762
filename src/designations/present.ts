import type { DesignationRow } from './projection.ts';

/** 环节 names for the people reading a designation's state */
export const STEP_ZH: Readonly<Record<string, string>> = {
  awaitingAppraisal: '待民主评议',
  returnedToVillage: '已退回，待重新核查',
  awaitingTownshipReview: '待乡镇复核',
  awaitingSpotCheck: '待县级抽查',
  spotCheck: '县级抽查中',
  awaitingNotice: '待公示',
  inNotice: '公示中',
  designated: '已认定并上报县扶贫办',
  refused: '不予认定',
  withdrawn: '已撤回',
};

export const presentDesignation = (row: DesignationRow) => ({
  id: row.id,
  householdId: row.context.householdId,
  villageCode: row.context.villageCode,
  year: row.context.year,
  state: row.state,
  stepZh: STEP_ZH[row.state] ?? row.state,
  card: row.context.card,
  warnings: row.context.warnings,
  revision: row.revision,
  machineVersion: row.version,
  declaredBy: row.context.declaredBy,
  spotCheck: row.context.spotCheck,
  notice: row.context.notice,
  openObjections: row.context.openObjections,
  completedAt: row.context.completedAt,
  /** the county office the result was reported to (上报县扶贫办), once completed */
  reportedTo: row.reportedTo,
  declaredAt: row.declaredAt,
  updatedAt: row.updatedAt,
});

export type DesignationView = ReturnType<typeof presentDesignation>;
