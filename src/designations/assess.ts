import type { Card } from '../domain/card.ts';
import { checkProposal, proposeCard } from '../domain/card-criteria.ts';
import type { CardSuggestion, Rule } from '../domain/card-criteria.ts';
import type { Household } from '../domain/household.ts';
import { perCapitaNetIncome } from '../domain/income.ts';
import type { Policy } from '../domain/policy.ts';
import type { Services } from '../services.ts';
import { ProblemError } from '../shared/problem.ts';

export interface Assessment {
  perCapitaIncome: number;
  warnings: readonly Rule[];
  suggestion: CardSuggestion;
  policy: Policy;
}

/**
 * 上户核查: the per-capita net income of the year computed from the household's facts, and the card rules of the
 * region's policy applied to the proposed card. A broken "never" rule refuses the proposal with the rules named;
 * a doubtful one becomes a warning that travels with the designation. Used by the declaration and by the re-check
 * after a send-back, so both judge a proposal the same way.
 */
export const assessProposal = (services: Pick<Services, 'policies'>, facts: Household, year: number, proposedCard: Card): Assessment => {
  const income = perCapitaNetIncome(facts, year);
  if (!income.ok) {
    throw new ProblemError(422, 'INCOME_MISSING', `缺少 ${year} 年收入数据，无法核算人均纯收入`, `No income recorded for ${year}: per-capita net income cannot be computed`);
  }
  const policy = services.policies.resolve(facts.villageCode, year);
  const check = checkProposal(facts, proposedCard, year, policy);
  if (check.refusals.length > 0) {
    const first = check.refusals[0];
    throw new ProblemError(422, 'CARD_RULE_REFUSED', `不符合评定条件：${first?.zh ?? ''}`, `The proposal breaks a rule: ${first?.en ?? ''}`, { rules: check.refusals });
  }
  return { perCapitaIncome: income.value, warnings: check.warnings, suggestion: proposeCard(facts, year, policy), policy };
};
