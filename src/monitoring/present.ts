import { monitoringChain } from './chain.ts';
import { withLocalDays } from '../domain/dates.ts';
import type { Display } from '../shared/display.ts';
import { stateNamesZh } from '../shared/labels.ts';
import type { MonitoringContext } from '../../workflows/monitoring/context.ts';
import type { Outcome } from '../engine/engine.ts';
import { stateName } from '../engine/fold.ts';
import { MONITORING_TYPE_ZH } from './evidence.ts';
import { CLOSED_STATES, INCLUSION_STATES, MONITORED_STATES } from './projection.ts';
import type { MonitoringCaseRow } from './projection.ts';

/** 环节 names for the people reading a case */
export const MONITORING_STEP_ZH: Readonly<Record<string, string>> = stateNamesZh('monitoring');

export type MonitoringPhase = 'inclusion' | 'monitored' | 'elimination' | 'eliminated' | 'closed';

export const phaseOf = (state: string): MonitoringPhase =>
  state === 'riskEliminated' ? 'eliminated'
    : CLOSED_STATES.includes(state) ? 'closed'
      : state === 'monitored' ? 'monitored'
        : MONITORED_STATES.includes(state) ? 'elimination'
          : INCLUSION_STATES.includes(state) || state === 'awaitingAlertVerification' ? 'inclusion' : 'closed';

/**
 * A monitoring case as a screen shows it. Beside the ids (issue 13): `headName` (masked per role), `stateZh`
 * (= stepZh), `monitoringTypeZh`, `townshipName`, `villageName` (from the region directory; null when unknown), the
 * notice's local `firstDay`/`lastDay`, and the objections with their summaries.
 */
export const presentCase = (row: MonitoringCaseRow, display: Display) => {
  const c = row.context;
  return {
    id: row.id,
    householdId: c.householdId,
    villageCode: c.villageCode,
    townshipCode: c.villageCode.slice(0, 9),
    year: c.year,
    source: c.source,
    channel: c.channel,
    department: c.department,
    state: row.state,
    stepZh: MONITORING_STEP_ZH[row.state] ?? row.state,
    stateZh: MONITORING_STEP_ZH[row.state] ?? row.state,
    headName: display.headName(c.householdId),
    ...display.places(c.villageCode),
    phase: phaseOf(row.state),
    monitoringType: c.monitoringType,
    monitoringTypeZh: c.monitoringType ? MONITORING_TYPE_ZH[c.monitoringType] : null,
    warnings: c.warnings,
    commitment: c.commitment,
    groupAppraisal: c.groupAppraisal,
    notice: c.notice && withLocalDays(c.notice),
    comparison: c.comparison,
    openObjections: c.openObjections,
    /** every objection raised: id, summary, raisedAt, raisedBy, status (open/upheld/dismissed), resolvedAt, resolvedBy, opinion */
    objections: display.objections(`${monitoringChain.streamPrefix}${row.id}`),
    exclusionRules: c.exclusionRules,
    contact: c.contact,
    plan: c.plan,
    visits: c.visits,
    cycle: c.cycle,
    monitoredSince: c.monitoredSince,
    eliminatedAt: c.eliminatedAt,
    reflaggedAt: c.reflaggedAt,
    closedAt: c.closedAt,
    openedBy: c.openedBy,
    revision: row.revision,
    machineVersion: row.version,
    openedAt: row.openedAt,
    updatedAt: row.updatedAt,
  };
};

export type MonitoringCaseView = ReturnType<typeof presentCase>;

/** the case as the command left it: for a retried command, as its first answer said */
export const caseAt = (row: MonitoringCaseRow, outcome: Pick<Outcome, 'snapshot' | 'revision'>): MonitoringCaseRow => ({
  ...row,
  state: stateName(outcome.snapshot),
  context: outcome.snapshot.context as MonitoringContext,
  revision: outcome.revision,
});
