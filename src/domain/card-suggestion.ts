import type { Card } from './card.ts';
import type { IsoDate } from './dates.ts';
import { neverYellowOrBlue } from './exclusions.ts';
import type { Household } from './household.ts';
import { hasBlueCardRisk, hasEscaped, hasNoEarnedIncome, hasNoLabour, isAtRisk, isRegistered } from './household-traits.ts';
import { incomeOfYear, perCapitaNetIncome } from './income.ts';
import type { Policy } from './policy-schema.ts';
import type { Rule } from './rule.ts';

/** Why the criteria land where they do; stable strings, stored with the suggestion. */
export type SuggestionBasis =
  | 'RED_NOT_ESCAPED' | 'RED_NO_LABOUR_NO_INCOME' | 'YELLOW_NOT_ESCAPED' | 'YELLOW_ESCAPED_AT_RISK'
  | 'GREEN_ESCAPED_STABLY' | 'GREEN_EXCLUDED_FROM_YELLOW' | 'BLUE_AT_RISK'
  | 'NO_CARD_NOT_AT_RISK' | 'NO_CARD_EXCLUDED' | 'NO_CARD_INCOME_NOT_RECORDED';

/** Plain JSON, so it can be stored next to the card a person proposed. */
export interface CardSuggestion {
  readonly card: Card | null;
  readonly basis: SuggestionBasis;
  readonly perCapitaIncome: number | null;
  /** the "never yellow or blue" rules that pushed the suggestion away from yellow or blue */
  readonly excludedBy: readonly Rule[];
}

const suggest = (card: Card | null, basis: SuggestionBasis, perCapitaIncome: number | null, excludedBy: readonly Rule[] = []): CardSuggestion =>
  ({ card, basis, perCapitaIncome, excludedBy });

/**
 * The card the criteria of the region's variant give (table in docs/domain.md). `year` is the income year (华容
 * 2020 measured 2019's income); ages are counted on `asOf`, by default the last day of that year.
 */
export const proposeCard = (h: Household, year: number, policy: Policy, asOf: IsoDate = `${year}-12-31`): CardSuggestion => {
  const { variant, incomeLine } = policy.fourCard;
  const income = perCapitaNetIncome(h, year);
  const pc = income.ok ? income.value : null;
  const excluded = neverYellowOrBlue(h, policy, asOf);
  if (isRegistered(h) && !hasEscaped(h)) {
    if (variant === 'huarong-2020') return suggest('red', 'RED_NOT_ESCAPED', pc);
    if (hasNoLabour(h)) {
      const raw = incomeOfYear(h, year);
      if (!raw.ok) return suggest(null, 'NO_CARD_INCOME_NOT_RECORDED', pc);
      if (hasNoEarnedIncome(raw.value)) return suggest('red', 'RED_NO_LABOUR_NO_INCOME', pc);
    }
    // Seed 003 has no card for a not-escaped household that may not be yellow; someone must look at it.
    return excluded.length > 0 ? suggest(null, 'NO_CARD_EXCLUDED', pc, excluded) : suggest('yellow', 'YELLOW_NOT_ESCAPED', pc);
  }
  if (pc === null) return suggest(null, 'NO_CARD_INCOME_NOT_RECORDED', pc);
  if (isRegistered(h)) {
    if (pc >= incomeLine || !isAtRisk(h)) return suggest('green', 'GREEN_ESCAPED_STABLY', pc);
    return excluded.length > 0 ? suggest('green', 'GREEN_EXCLUDED_FROM_YELLOW', pc, excluded) : suggest('yellow', 'YELLOW_ESCAPED_AT_RISK', pc);
  }
  if (pc >= incomeLine || !hasBlueCardRisk(h)) return suggest(null, 'NO_CARD_NOT_AT_RISK', pc);
  return excluded.length > 0 ? suggest(null, 'NO_CARD_EXCLUDED', pc, excluded) : suggest('blue', 'BLUE_AT_RISK', pc);
};
