import type { FourCardContext } from '../../workflows/four-card/context.ts';
import { noticesOverAt } from '../../workflows/four-card/context.ts';
import type { Card } from '../domain/card.ts';
import { checkProposal } from '../domain/card-criteria.ts';
import type { Household } from '../domain/household.ts';
import { perCapitaNetIncome } from '../domain/income.ts';
import { breach } from '../engine/invariants.ts';
import type { Invariant, Step } from '../engine/invariants.ts';
import { notDatedInside, noticePostingHolds } from '../engine/period-rules.ts';

/**
 * What must hold of every step of a four-card designation, whichever route or list operation sends it (the
 * engine checks these before each append; the procedure audit runs them over stored trails).
 */

const contextOf = (step: Step): FourCardContext => step.after.context as FourCardContext;

/** the card a step sets or confirms, if it sets one */
export const cardSetBy = (step: Pick<Step, 'type' | 'data'>): Card | null => {
  const d = step.data as Record<string, unknown>;
  switch (step.type) {
    case 'InitialCheckDeclared':
    case 'InitialCheckRevised':
      return d.proposedCard as Card;
    case 'AppraisalDecided':
      return d.decision === 'approved' ? (d.card as Card) : null;
    case 'TownshipReviewed':
      return d.card as Card;
    case 'SpotCheckSigned':
      return d.outcome === 'confirmed' || d.outcome === 'adjusted' ? (d.card as Card) : null;
    default:
      return null;
  }
};

/** the facts a step is judged on: those it records (declaration, re-check), else the household's as they stand */
const factsAt = (step: Step, householdId: string, household: (id: string) => Household | undefined): Household | undefined =>
  (step.data.facts as unknown as Household | undefined) ?? household(householdId);

/** 红黄绿蓝卡评定标准: whenever a card is set or changed, it keeps the region's rules ("never yellow or blue" …) */
export const cardKeepsTheRules: Invariant = (step, world) => {
  const card = cardSetBy(step);
  if (card === null) return null;
  const c = contextOf(step);
  const facts = factsAt(step, c.householdId, world.household);
  if (!facts) return breach('HOUSEHOLD_FACTS_MISSING', '未找到该户的登记信息，无法核对评定条件', "The household's facts are not in the register: the card rules cannot be checked", { householdId: c.householdId }, 409);
  const incomeYear = c.incomeYear ?? c.year;
  const policy = world.policies.resolve(c.villageCode, c.year);
  const { refusals } = checkProposal(facts, card, incomeYear, policy, `${c.year}-12-31`);
  const [first] = refusals;
  if (!first) return null;
  const income = perCapitaNetIncome(facts, incomeYear);
  return {
    ...breach('CARD_RULE_REFUSED', `不符合评定条件：${first.zh}`, `The card breaks a rule: ${first.en}`, {
      step: step.type, card, householdId: c.householdId, designationYear: c.year, incomeYear, policyVariant: policy.fourCard.variant,
      perCapitaIncome: income.ok ? income.value : null,
    }),
    rules: refusals,
  };
};

/** 公示: from its real posting, at least the policy's period, at each required level, in the policy's order */
export const noticeKeepsItsPeriod: Invariant = (step, world) => {
  if (step.type !== 'NoticePosted') return null;
  const c = contextOf(step);
  const d = step.data as { startsAt: string; endsAt: string; level?: string };
  const policy = world.policies.resolve(c.villageCode, Number(d.startsAt.slice(0, 4)));
  const posting = noticePostingHolds(step, world, { startsAt: d.startsAt, endsAt: d.endsAt, period: policy.notice.fourCard });
  if (posting) return posting;
  if (d.level === 'township' && policy.notice.fourCardLevelOrder === 'villageFirst') {
    const village = c.notices.find((n) => n.level === 'village');
    if (!village || Date.parse(d.startsAt) < Date.parse(village.endsAt)) {
      return breach('NOTICE_LEVEL_ORDER', '按本地政策，乡镇公示须在村级公示期满后进行', "By this region's policy the township's notice follows the end of the village's", {
        villageNoticeEndsAt: village?.endsAt ?? null, startsAt: d.startsAt,
      });
    }
  }
  return null;
};

/** 上报: the result is reported once every notice has ended, never dated inside one */
export const reportAfterNotice: Invariant = (step) => {
  if (step.type !== 'DesignationCompleted') return null;
  const over = noticesOverAt(contextOf(step));
  return notDatedInside(step, over === null ? null : { endsAt: over }, 'REPORT_INSIDE_NOTICE', '公示期未满，不能认定上报', 'The result cannot be reported while a notice is running');
};

export const designationInvariants: readonly Invariant[] = [cardKeepsTheRules, noticeKeepsItsPeriod, reportAfterNotice];
