import type { MonitoringContext } from '../../workflows/monitoring/context.ts';
import { chinaDateOf } from '../domain/dates.ts';
import { monitoringExclusions } from '../domain/monitoring-criteria.ts';
import { stateName } from '../engine/fold.ts';
import { breach } from '../engine/invariants.ts';
import type { Invariant, Step } from '../engine/invariants.ts';
import { notDatedInside, noticePostingHolds } from '../engine/period-rules.ts';

/**
 * What must hold of every step of a monitoring case (seed 004), whichever route sends it: the engine checks these
 * before each append; the procedure audit runs them over stored trails.
 */

const contextOf = (step: Step): MonitoringContext => step.after.context as MonitoringContext;

/** the states of the inclusion procedure, before the district files the household as a monitoring object */
const INCLUSION_STATES: ReadonlySet<string> = new Set([
  'new', 'awaitingAlertVerification', 'awaitingGroupAppraisal', 'awaitingVillageAppraisal', 'awaitingNotice', 'inNotice',
  'awaitingComparison', 'objectionAfterNotice', 'awaitingReport', 'awaitingTownshipReview', 'awaitingDistrictFiling',
]);

/** steps that move a case towards filing (a way out — withdrawal, not included, sent back, excluded — is always open) */
const movesTowardsFiling = (step: Step): boolean => {
  const d = step.data as Record<string, unknown>;
  switch (step.type) {
    case 'MonitoringApplied':
    case 'MonitoringGroupAppraised':
    case 'MonitoringReportedToTownship':
    case 'MonitoringDistrictFiled':
    case 'MonitoringNoticePosted':
      return true;
    case 'MonitoringAlertVerified':
      return d.outcome === 'confirmed';
    case 'MonitoringVillageAppraised':
      return d.decision === 'included';
    case 'MonitoringTownshipReviewed':
      return d.outcome === 'approved';
    default:
      return false;
  }
};

/**
 * 不得确定为监测对象 (004): a household with a consumer car, a member paid from public funds or an enterprise
 * executive (also in separately registered children's households) is never moved towards filing, whenever the fact
 * was recorded — judged at every step up to the district's filing, and at re-flagging.
 */
export const neverAnExcludedHousehold: Invariant = (step, world) => {
  const inclusion = INCLUSION_STATES.has(stateName(step.before)) && movesTowardsFiling(step);
  if (!inclusion && step.type !== 'RiskReflagged') return null;
  const c = contextOf(step);
  const facts = world.household(c.householdId);
  if (!facts) return breach('HOUSEHOLD_FACTS_MISSING', '未找到该户的登记信息，无法核对纳入条件', "The household's facts are not in the register: the inclusion rules cannot be checked", { householdId: c.householdId }, 409);
  const rules = monitoringExclusions(facts);
  const [first] = rules;
  if (!first) return null;
  return {
    ...breach('MONITORING_RULE_REFUSED', `不符合防止返贫监测规定：${first.zh}`, `Refused by rule ${first.code}: ${first.en}`, { step: step.type, householdId: c.householdId }),
    rules,
  };
};

/** 公示 ≥ the policy's working days, counted from its real posting */
export const noticeKeepsItsPeriod: Invariant = (step, world) => {
  if (step.type !== 'MonitoringNoticePosted') return null;
  const d = step.data as { phase: string; startsAt: string; endsAt: string };
  const policy = world.policies.resolve(contextOf(step).villageCode, Number(chinaDateOf(d.startsAt).slice(0, 4)));
  return noticePostingHolds(step, world, { startsAt: d.startsAt, endsAt: d.endsAt, period: d.phase === 'elimination' ? policy.notice.riskElimination : policy.notice.monitoring });
};

/** the village reports, and the notice ends, only once the notice period is over */
export const notInsideTheNotice: Invariant = (step) => {
  if (step.type !== 'MonitoringReportedToTownship' && step.type !== 'MonitoringNoticeEnded') return null;
  return notDatedInside(step, (step.before.context as MonitoringContext).notice, 'REPORT_INSIDE_NOTICE', '公示期未满，不能上报或结束公示', 'Nothing is reported, and no notice ends, while the notice is running');
};

export const monitoringInvariants: readonly Invariant[] = [neverAnExcludedHousehold, noticeKeepsItsPeriod, notInsideTheNotice];
