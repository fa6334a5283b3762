import type { ManagementContext } from '../../workflows/management/context.ts';
import type { AssistanceMeasure, Card } from '../../workflows/management/events.ts';
import { checkProposal } from '../domain/card-criteria.ts';
import { perCapitaNetIncome } from '../domain/income.ts';
import { breach } from '../engine/invariants.ts';
import type { Invariant, Step } from '../engine/invariants.ts';
import { checkAssistance } from './assistance-rules.ts';

/**
 * What must hold of every step of a household's management, whichever route sends it: the engine checks these
 * before each append; the procedure audit runs them over stored trails.
 */

const before = (step: Step): ManagementContext => step.before.context as ManagementContext;
const after = (step: Step): ManagementContext => step.after.context as ManagementContext;

/** the card a re-classification step declares, checks or confirms (null: none, or removal) */
const cardOf = (step: Step): Card | null => {
  const d = step.data as Record<string, unknown>;
  switch (step.type) {
    case 'ReclassificationDeclared':
      return (d.proposedCard as Card | null) ?? null;
    case 'ReclassificationChecked':
      return d.outcome === 'agreed' ? ((d.card as Card | null) ?? null) : null;
    case 'ReclassificationConfirmed':
      return (d.card as Card | null) ?? null;
    default:
      return null;
  }
};

/**
 * 动态调整 is judged by the same card rules as a designation (the region's variant: 000 or 003): a card declared,
 * checked or confirmed keeps every rule ("never yellow or blue" with a consumer car …) on the household's facts as
 * they stand at that step, with the income of the year the policy judges.
 */
export const reclassificationKeepsTheCardRules: Invariant = (step, world) => {
  const card = cardOf(step);
  if (card === null) return null;
  const c = after(step);
  const facts = world.household(c.householdId);
  if (!facts) return breach('HOUSEHOLD_FACTS_MISSING', '未找到该户的登记信息，无法核对评定条件', "The household's facts are not in the register: the card rules cannot be checked", { householdId: c.householdId }, 409);
  const year = c.pending?.year ?? before(step).pending?.year ?? Number(step.occurredAt.slice(0, 4));
  const policy = world.policies.resolve(c.villageCode, year);
  const incomeYear = year + policy.fourCard.incomeYearOffset;
  const { refusals } = checkProposal(facts, card, incomeYear, policy, `${year}-12-31`);
  const [first] = refusals;
  if (!first) return null;
  const income = perCapitaNetIncome(facts, incomeYear);
  return {
    ...breach('CARD_RULE_REFUSED', `不符合评定条件：${first.zh}`, `The card breaks a rule: ${first.en}`, {
      step: step.type, card, householdId: c.householdId, year, incomeYear, policyVariant: policy.fourCard.variant,
      perCapitaIncome: income.ok ? income.value : null,
    }),
    rules: refusals,
  };
};

/** 分类帮扶: a measure keeps the card rules of the region and year (dividend ratios, relief and housing caps, posts) */
export const assistanceKeepsTheCardRules: Invariant = (step, world) => {
  if (step.type !== 'AssistanceRecorded') return null;
  const c = before(step);
  if (c.card === null) return null;
  const m = (step.data as unknown as { measure: AssistanceMeasure }).measure;
  const policy = world.policies.resolve(c.villageCode, m.year);
  const { refusals } = checkAssistance(m, c.card, world.household(c.householdId), policy, c.reliefByYear[String(m.year)] ?? 0);
  const [first] = refusals;
  if (!first) return null;
  return { ...breach('ASSISTANCE_RULE_REFUSED', `不符合分类帮扶规定：${first.zh}`, `Refused by rule ${first.code}: ${first.en}`, { card: c.card, kind: m.kind, year: m.year }), rules: refusals };
};

export const managementInvariants: readonly Invariant[] = [reclassificationKeepsTheCardRules, assistanceKeepsTheCardRules];
