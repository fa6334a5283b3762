import { designationChain } from './chain.ts';
import { withLocalDays } from '../domain/dates.ts';
import { CARD_NAME_ZH } from '../domain/card.ts';
import type { Display } from '../shared/display.ts';
import { stateNamesZh } from '../shared/labels.ts';
import type { DesignationRow } from './projection.ts';

/** 环节 names for the people reading a designation's state (one table for every answer and message: src/shared/labels.ts) */
export const STEP_ZH: Readonly<Record<string, string>> = stateNamesZh('fourCard');

/**
 * A designation as a screen shows it. Beside the ids (issue 13): `headName` (masked per role), `cardZh`, `stateZh`
 * (= stepZh), `townshipName`, `villageName` (from the region directory; null when unknown), the notice's local
 * `firstDay`/`lastDay`, and the objections with their summaries.
 */
export const presentDesignation = (row: DesignationRow, display: Display) => ({
  id: row.id,
  householdId: row.context.householdId,
  villageCode: row.context.villageCode,
  year: row.context.year,
  state: row.state,
  stepZh: STEP_ZH[row.state] ?? row.state,
  stateZh: STEP_ZH[row.state] ?? row.state,
  headName: display.headName(row.context.householdId),
  ...display.places(row.context.villageCode),
  card: row.context.card,
  cardZh: row.context.card ? CARD_NAME_ZH[row.context.card] : null,
  warnings: row.context.warnings,
  revision: row.revision,
  machineVersion: row.version,
  declaredBy: row.context.declaredBy,
  spotCheck: row.context.spotCheck,
  notice: row.context.notice && withLocalDays(row.context.notice),
  notices: row.context.notices.map(withLocalDays),
  openObjections: row.context.openObjections,
  /** every objection raised: id, summary, raisedAt, raisedBy, status (open/upheld/dismissed), resolvedAt, resolvedBy, opinion */
  objections: display.objections(`${designationChain.streamPrefix}${row.id}`),
  completedAt: row.context.completedAt,
  /** the county office the result was reported to (上报县扶贫办), once completed */
  reportedTo: row.reportedTo,
  declaredAt: row.declaredAt,
  updatedAt: row.updatedAt,
});

export type DesignationView = ReturnType<typeof presentDesignation>;
