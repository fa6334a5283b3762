import { stateNamesZh } from '../shared/labels.ts';
import type { DesignationRow } from './projection.ts';

/** 环节 names for the people reading a designation's state (one table for every answer and message: src/shared/labels.ts) */
export const STEP_ZH: Readonly<Record<string, string>> = stateNamesZh('fourCard');

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
