import type { Household } from './household.ts';
import type { IncomeYear } from './household-facts.ts';
import { hasDisabledMember, hasFewOrWeakLabour, hasSeriouslyIllMember } from './household-traits.ts';
import { cardRule } from './card-rules.ts';
import { grossIncome } from './income.ts';
import type { Policy } from './policy-schema.ts';
import type { Rule } from './rule.ts';

/**
 * "应优先考虑": below the line, these households come first for yellow and blue. They are information for the
 * signers, not conditions, so they are returned as warnings whatever card was proposed.
 */
export const priorityConsiderations = (
  h: Household,
  income: IncomeYear,
  perCapita: number,
  policy: Policy,
): Rule[] => {
  const { incomeLine, priority } = policy.fourCard;
  if (perCapita >= incomeLine) return [];
  const rules: Rule[] = [];
  if (hasFewOrWeakLabour(h, priority.maxLabourShare)) rules.push(cardRule('PRIORITY_FEW_OR_WEAK_LABOUR'));
  if (hasDisabledMember(h)) rules.push(cardRule('PRIORITY_DISABILITY'));
  if (hasSeriouslyIllMember(h)) rules.push(cardRule('PRIORITY_SERIOUS_ILLNESS'));
  const gross = grossIncome(income);
  if (income.schoolingExpenses > gross * priority.schoolingCostFactor) {
    rules.push(cardRule('PRIORITY_SCHOOLING_COSTS', { schoolingExpenses: income.schoolingExpenses, grossIncome: gross }));
  }
  return rules;
};
