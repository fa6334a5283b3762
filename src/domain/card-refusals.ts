import type { Card } from './card.ts';
import { cardRule } from './card-rules.ts';
import type { IsoDate } from './dates.ts';
import { neverYellowOrBlue } from './exclusions.ts';
import type { Household } from './household.ts';
import { hasBlueCardRisk, hasEscaped, hasNoEarnedIncome, hasNoLabour, isAtRisk, isRegistered } from './household-traits.ts';
import { incomeOfYear } from './income.ts';
import type { Policy } from './policy-schema.ts';
import type { Rule } from './rule.ts';

interface Context {
  readonly h: Household;
  readonly year: number;
  /** per-capita net income of the year, null when the year has no income recorded */
  readonly pc: number | null;
  readonly policy: Policy;
}

/** A card whose condition is "below the line" cannot be granted on an income nobody recorded. */
const belowLine = (c: Context, atOrAbove: 'YELLOW_INCOME_AT_OR_ABOVE_LINE' | 'BLUE_INCOME_AT_OR_ABOVE_LINE'): Rule[] => {
  const { incomeLine } = c.policy.fourCard;
  if (c.pc === null) return [cardRule('INCOME_NOT_RECORDED', { year: c.year })];
  return c.pc >= incomeLine ? [cardRule(atOrAbove, { incomeLine, perCapitaIncome: c.pc })] : [];
};

const red = (c: Context): Rule[] => {
  if (!isRegistered(c.h)) return [cardRule('RED_REQUIRES_REGISTERED')];
  if (hasEscaped(c.h)) return [cardRule('RED_REQUIRES_NOT_ESCAPED')];
  if (c.policy.fourCard.variant === 'huarong-2020') return [];
  if (!hasNoLabour(c.h)) return [cardRule('RED_REQUIRES_NO_LABOUR_NO_INCOME')];
  const raw = incomeOfYear(c.h, c.year);
  if (!raw.ok) return [cardRule('INCOME_NOT_RECORDED', { year: c.year })];
  return hasNoEarnedIncome(raw.value) ? [] : [cardRule('RED_REQUIRES_NO_LABOUR_NO_INCOME')];
};

const yellow = (c: Context): Rule[] => {
  if (!isRegistered(c.h)) return [cardRule('YELLOW_REQUIRES_REGISTERED')];
  if (!hasEscaped(c.h)) return c.policy.fourCard.variant === 'huarong-2020' ? [cardRule('YELLOW_REQUIRES_ESCAPED')] : [];
  return [...belowLine(c, 'YELLOW_INCOME_AT_OR_ABOVE_LINE'), ...(isAtRisk(c.h) ? [] : [cardRule('YELLOW_WITHOUT_RISK')])];
};

const green = (c: Context): Rule[] => {
  if (!isRegistered(c.h)) return [cardRule('GREEN_REQUIRES_REGISTERED')];
  return hasEscaped(c.h) ? [] : [cardRule('GREEN_REQUIRES_ESCAPED')];
};

const blue = (c: Context): Rule[] => {
  if (isRegistered(c.h)) return [cardRule('BLUE_REQUIRES_NOT_REGISTERED')];
  const risk = hasBlueCardRisk(c.h) ? [] : [cardRule('BLUE_WITHOUT_ILLNESS_DISASTER_SCHOOLING_RISK')];
  return [...belowLine(c, 'BLUE_INCOME_AT_OR_ABOVE_LINE'), ...risk];
};

const BY_CARD: Readonly<Record<Card, (c: Context) => Rule[]>> = { red, yellow, green, blue };

/** Every rule that stops `card` for this household: the "never" list first (yellow/blue), then the card's own. */
export const cardRefusals = (h: Household, card: Card, year: number, pc: number | null, policy: Policy, asOf: IsoDate): Rule[] => [
  ...(card === 'yellow' || card === 'blue' ? neverYellowOrBlue(h, policy, asOf) : []),
  ...BY_CARD[card]({ h, year, pc, policy }),
];
