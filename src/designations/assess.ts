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
 * 上户核查: the per-capita net income of the income year computed from the household's facts, and the card rules of
 * the designation year's policy applied to the proposed card: a doubtful one becomes a warning that travels with
 * the designation (a broken "never" rule is refused by the chain's invariants). Used by the declaration and by the re-check
 * after a send-back, so both judge a proposal the same way.
 */
export const assessProposal = (services: Pick<Services, 'policies'>, facts: Household, year: number, incomeYear: number, proposedCard: Card): Assessment => {
  const income = perCapitaNetIncome(facts, incomeYear);
  if (!income.ok) {
    throw new ProblemError(422, 'INCOME_MISSING', `缺少 ${incomeYear} 年收入数据，无法核算人均纯收入`, `No income recorded for ${incomeYear}: per-capita net income cannot be computed`, { incomeYear });
  }
  const policy = services.policies.resolve(facts.villageCode, year);
  // the "never" rules refuse in the chain's invariants (src/designations/invariants.ts), for this and every later card
  const check = checkProposal(facts, proposedCard, incomeYear, policy, `${year}-12-31`);
  return { perCapitaIncome: income.value, warnings: check.warnings, suggestion: proposeCard(facts, incomeYear, policy, `${year}-12-31`), policy };
};

/** the year whose income a designation judges: as asked, else the policy's offset from the designation year */
export const incomeYearOf = (services: Pick<Services, 'policies'>, villageCode: string, year: number, asked?: number): number =>
  asked ?? year + services.policies.resolve(villageCode, year).fourCard.incomeYearOffset;
