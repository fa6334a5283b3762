import type { Card } from './card.ts';
import { cardRefusals } from './card-refusals.ts';
import { cardRule } from './card-rules.ts';
import { proposeCard } from './card-suggestion.ts';
import type { IsoDate } from './dates.ts';
import type { Household } from './household.ts';
import { hasEscaped } from './household-traits.ts';
import { incomeOfYear, perCapitaNetIncome } from './income.ts';
import type { Policy } from './policy-schema.ts';
import { priorityConsiderations } from './priority.ts';
import type { Findings, Rule } from './rule.ts';

/** Income decides yellow (for escaped households), green and blue; red and a not-escaped yellow ignore it. */
const incomeDecides = (h: Household, card: Card): boolean => card !== 'red' && (card !== 'yellow' || hasEscaped(h));

/**
 * Checks a proposed card. Refusals name every rule broken, so a cadre can fix them in one pass; warnings are the
 * doubtful cases and the priority considerations, kept with the proposal for each later signer to see.
 */
export const checkProposal = (
  h: Household,
  card: Card,
  year: number,
  policy: Policy,
  asOf: IsoDate = `${year}-12-31`,
): Findings => {
  const { variant, incomeLine, nearLineMargin } = policy.fourCard;
  const income = perCapitaNetIncome(h, year);
  const pc = income.ok ? income.value : null;
  const warnings: Rule[] = [];
  if (pc !== null && incomeDecides(h, card) && Math.abs(pc - incomeLine) <= incomeLine * nearLineMargin) {
    warnings.push(cardRule('INCOME_NEAR_LINE', { incomeLine, perCapitaIncome: pc, margin: nearLineMargin }));
  }
  const raw = incomeOfYear(h, year);
  if (raw.ok && pc !== null) warnings.push(...priorityConsiderations(h, raw.value, pc, policy));
  if (variant === 'huarong-2020' && card === 'blue' && h.registration === 'ordinary') {
    warnings.push(cardRule('BLUE_ORDINARY_HOUSEHOLD'));
  }
  const suggested = proposeCard(h, year, policy, asOf);
  if (suggested.card !== card) {
    warnings.push(cardRule('DIFFERS_FROM_SUGGESTION', { proposed: card, suggested: suggested.card, basis: suggested.basis }));
  }
  return { refusals: cardRefusals(h, card, year, pc, policy, asOf), warnings };
};
