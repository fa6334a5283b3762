import type { AdjustmentRoundContext } from '../../workflows/management/round.ts';
import { breach } from '../engine/invariants.ts';
import type { Invariant } from '../engine/invariants.ts';
import { monthOf, roundMonths } from './periods.ts';

/**
 * What must hold of a county's half-yearly adjustment round (动态调整), whichever route sends the step: the engine
 * checks these before each append; the procedure audit can run them over stored trails, as the close records the
 * households it left without an outcome.
 */

const context = (c: unknown): AdjustmentRoundContext => c as AdjustmentRoundContext;

/** a round is opened for a county (six digits) and a half year that has begun: nobody adjusts a half year ahead */
export const roundOpensInItsHalfYear: Invariant = (step) => {
  if (step.type !== 'AdjustmentRoundOpened') return null;
  const { countyCode, round } = context(step.after.context);
  if (!/^\d{6}$/.test(countyCode) || !/^\d{4}H[12]$/.test(round)) {
    return breach('ADJUSTMENT_ROUND_INVALID', '动态调整须按县、按半年（如 2026H2）启动', 'A round is opened for a county (six digits) and a half year such as 2026H2', { countyCode, round });
  }
  if (monthOf(step.occurredAt) < roundMonths(round).from) {
    return breach('ADJUSTMENT_ROUND_INVALID', '该半年尚未开始，不能启动动态调整', 'The half year has not begun: its round cannot open yet', { round, occurredAt: step.occurredAt });
  }
  return null;
};

/**
 * the county closes a round only when every household it lists has an outcome (保持、调整、退出), or with a reason
 * that names every household left without one: nobody is dropped from the round unnoticed
 */
export const roundClosesWithEveryOutcome: Invariant = (step) => {
  if (step.type !== 'AdjustmentRoundClosed') return null;
  const d = step.data as { withoutOutcome?: string[]; acknowledged?: string[]; reason?: string | null };
  const without = d.withoutOutcome ?? [];
  if (without.length === 0) return null;
  const named = new Set(d.acknowledged ?? []);
  const unnamed = without.filter((id) => !named.has(id));
  const reason = (d.reason ?? '').trim();
  if (reason !== '' && unnamed.length === 0) return null;
  return breach('ADJUSTMENT_ROUND_INCOMPLETE', `尚有 ${without.length} 户没有调整结果：结束本轮须逐户列明并说明原因`, `${without.length} households have no outcome yet: closing needs a reason naming each of them`, {
    withoutOutcome: without.length, reasonGiven: reason !== '',
    // the first ones not named, for the office to look up (the round's listing has them all)
    notNamed: unnamed.slice(0, 50),
  });
};

export const adjustmentRoundInvariants: readonly Invariant[] = [roundOpensInItsHalfYear, roundClosesWithEveryOutcome];
