import type { Household } from './household.ts';
import { hasNoLabour, isAtRisk } from './household-traits.ts';
import { perCapitaNetIncome } from './income.ts';
import { monitoringRule } from './monitoring-rules.ts';
import type { Policy } from './policy-schema.ts';
import type { Findings, Rule } from './rule.ts';

/**
 * must-include: below the line with a risk; may-include: at risk above the line (突发严重困难户 are judged on their
 * expenses, not the line); not-included: no risk, or the seed's "stable" exception; excluded: a "never" fact;
 * undetermined: no income for the year.
 */
export type MonitoringVerdict = 'must-include' | 'may-include' | 'not-included' | 'excluded' | 'undetermined';

export interface MonitoringAssessment extends Findings {
  readonly verdict: MonitoringVerdict;
  readonly perCapitaIncome: number | null;
}

/** The household's own and its separately registered children's households count alike (seed 004). */
export const monitoringExclusions = (h: Household): Rule[] => {
  const x = h.exclusions;
  const c = x.childrenHouseholds;
  return [
    ...(x.consumerCar || c.consumerCar ? [monitoringRule('MONITORING_EXCLUDED_CONSUMER_CAR')] : []),
    ...(x.publicFundsMember || c.publicFundsMember ? [monitoringRule('MONITORING_EXCLUDED_PUBLIC_FUNDS_MEMBER')] : []),
    ...(x.enterpriseExecutive || c.enterpriseExecutive ? [monitoringRule('MONITORING_EXCLUDED_ENTERPRISE_EXECUTIVE')] : []),
  ];
};

const isStable = (h: Household): boolean =>
  h.livelihood !== undefined && h.livelihood.incomeStable && h.livelihood.basicNeedsAndWaterSecure &&
  h.exclusions.childrenHouseholds.wellOff;

/** Whether a household qualifies as a 防止返贫监测对象 for `year`'s income against the monitoring line. */
export const assessMonitoring = (h: Household, year: number, policy: Policy): MonitoringAssessment => {
  const income = perCapitaNetIncome(h, year);
  const pc = income.ok ? income.value : null;
  const line = { incomeLine: policy.monitoring.incomeLine, perCapitaIncome: pc };
  const excluded = monitoringExclusions(h);
  const result = (verdict: MonitoringVerdict, warnings: Rule[] = []): MonitoringAssessment =>
    ({ verdict, perCapitaIncome: pc, refusals: excluded, warnings });
  if (excluded.length > 0) return result('excluded');
  if (pc === null) return { ...result('undetermined'), refusals: [monitoringRule('MONITORING_INCOME_NOT_RECORDED', { year })] };
  if (!isAtRisk(h)) return result('not-included', [monitoringRule('MONITORING_NO_RISK', line)]);
  if (pc >= policy.monitoring.incomeLine) return result('may-include', [monitoringRule('MONITORING_ABOVE_LINE_WITH_RISK', line)]);
  if (isStable(h)) return result('not-included', [monitoringRule('MONITORING_BELOW_LINE_STABLE', line)]);
  return result('must-include', [monitoringRule('MONITORING_BELOW_LINE_WITH_RISK', line)]);
};

/** 风险消除: refused while the household has no labour capacity (it stays monitored after social security). */
export const checkRiskElimination = (h: Household): Findings => ({
  refusals: hasNoLabour(h) ? [monitoringRule('RISK_ELIMINATION_NO_LABOUR')] : [],
  warnings: [],
});
