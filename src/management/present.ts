import type { ManagementContext } from '../../workflows/management/context.ts';
import { CARD_NAME_ZH } from '../domain/card.ts';
import type { Outcome } from '../engine/engine.ts';
import { stateName } from '../engine/fold.ts';
import type { Display } from '../shared/display.ts';
import { stateNamesZh } from '../shared/labels.ts';
import type { ManagementRow } from './projection.ts';

const STATE_ZH: Readonly<Record<string, string>> = stateNamesZh('management');

/** a household's management record as a screen shows it (head's name masked per role, place names, Chinese labels) */
export const presentRecord = (row: ManagementRow, display: Display) => {
  const c = row.context;
  return {
    id: row.id,
    householdId: c.householdId,
    designationId: c.designationId,
    villageCode: c.villageCode,
    townshipCode: c.villageCode.slice(0, 9),
    headName: display.headName(c.householdId),
    ...display.places(c.villageCode),
    state: row.state,
    stateZh: STATE_ZH[row.state] ?? row.state,
    card: c.card,
    cardZh: c.card ? CARD_NAME_ZH[c.card] : null,
    cardSince: c.cardSince,
    cadre: c.cadre,
    helper: c.helper,
    blueCare: c.blueCare,
    plan: c.plan,
    pending: c.pending,
    lastReviewedAt: c.lastReviewedAt,
    removedAt: c.removedAt,
    warnings: c.warnings,
    /** the monitoring cases opened from this household's early warnings (贫困预警) */
    monitoringCaseIds: c.monitoringCaseIds,
    /** monitoring cases opened by a department's alert while under management (部门筛查预警) */
    departmentAlertCaseIds: row.departmentAlerts.filter((id) => !c.monitoringCaseIds.includes(id)),
    lastContactAt: c.lastContactAt,
    measures: row.measures.length,
    revision: row.revision,
    machineVersion: row.version,
    startedAt: row.startedAt,
    updatedAt: row.updatedAt,
  };
};

/** the record as the command left it: for a retried command, as its first answer said */
export const recordAt = (row: ManagementRow, outcome: Pick<Outcome, 'snapshot' | 'revision'>): ManagementRow => ({
  ...row,
  state: stateName(outcome.snapshot),
  context: outcome.snapshot.context as ManagementContext,
  revision: outcome.revision,
});
