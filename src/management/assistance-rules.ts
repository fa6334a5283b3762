import type { AssistanceMeasure, Card } from '../../workflows/management/events.ts';
import type { Household } from '../domain/household.ts';
import type { Policy } from '../domain/policy-schema.ts';
import { ruleFrom, type Findings, type Rule, type RuleCatalog } from '../domain/rule.ts';

/** 分类帮扶 card rules (000/003 四). Codes are stable; never rename one that has been stored. */
export const ASSISTANCE_RULES = {
  DIVIDEND_BELOW_CARD_MINIMUM: { zh: '产业分红比例低于该卡别的最低比例', en: "The dividend ratio is below the card's minimum" },
  DIVIDEND_RATIO_REQUIRED: { zh: '产业分红须写明分红比例', en: 'An industry dividend needs its ratio' },
  RELIEF_BELOW_MINIMUM: { zh: '临时救助低于每户每年最低标准', en: 'Temporary relief is below the per-household minimum' },
  RELIEF_ABOVE_YEARLY_MAXIMUM: { zh: '临时救助超过每户每年最高标准', en: 'Temporary relief exceeds the per-household yearly maximum' },
  AMOUNT_REQUIRED: { zh: '该措施须写明金额', en: 'This measure needs its amount' },
  NEW_HOUSE_ABOVE_CARD_SUBSIDY: { zh: '新建房屋补助超过该卡别标准', en: "The new-house subsidy exceeds the card's rate" },
  REPAIR_ABOVE_MAXIMUM: { zh: '修缮加固补助超过最高标准', en: 'The repair subsidy exceeds the maximum' },
  HOUSING_KIND_REQUIRED: { zh: '住房补助须写明新建或修缮加固', en: 'A housing subsidy says whether it is a new house or a repair' },
  COURTYARD_WITHOUT_ACCEPTANCE: { zh: '庭院经济奖补须经乡镇验收后发放', en: 'A courtyard-economy subsidy is paid after the township accepted the work' },
  POST_WITHOUT_LABOUR: { zh: '公益岗位须聘用有劳动能力或弱劳动能力的成员', en: 'A public-welfare post goes to a household with a member able (or partly able) to work' },
  POST_NOT_PRIORITY_CARD: { zh: '公益岗位应优先聘用红卡、黄卡户，请核实', en: 'Posts go first to the priority cards: confirm this one' },
  SECURITY_CLASS_FOR_CARD: { zh: '兜底保障类别与卡别不一致（红卡A类、黄卡B类）', en: 'The social-security class does not match the card (red A, yellow B)' },
} as const satisfies RuleCatalog<string>;

const rule = ruleFrom<keyof typeof ASSISTANCE_RULES>(ASSISTANCE_RULES);

/**
 * A measure judged by the card rules of the region and year: refusals stop it (422 ASSISTANCE_RULE_REFUSED with the
 * rule code), warnings are stored with it. `reliefSoFar` is the year's temporary relief already granted.
 */
export const checkAssistance = (m: Omit<AssistanceMeasure, 'measureId'>, card: Card, household: Household | undefined, policy: Policy, reliefSoFar: number): Findings => {
  const a = policy.management.assistance;
  const refusals: Rule[] = [];
  const warnings: Rule[] = [];
  switch (m.kind) {
    case 'industryDividend': {
      const min = a.minDividendRatio[card];
      if (m.dividendRatio === null) refusals.push(rule('DIVIDEND_RATIO_REQUIRED'));
      else if (min !== null && m.dividendRatio < min) refusals.push(rule('DIVIDEND_BELOW_CARD_MINIMUM', { card, ratio: m.dividendRatio, minimum: min }));
      break;
    }
    case 'temporaryRelief': {
      if (m.amount === null) refusals.push(rule('AMOUNT_REQUIRED'));
      else if (m.amount < a.temporaryRelief.min) refusals.push(rule('RELIEF_BELOW_MINIMUM', { amount: m.amount, minimum: a.temporaryRelief.min }));
      else if (reliefSoFar + m.amount > a.temporaryRelief.max) refusals.push(rule('RELIEF_ABOVE_YEARLY_MAXIMUM', { amount: m.amount, alreadyThisYear: reliefSoFar, maximum: a.temporaryRelief.max }));
      break;
    }
    case 'housingSubsidy': {
      if (m.amount === null) refusals.push(rule('AMOUNT_REQUIRED'));
      else if (m.housing === null) refusals.push(rule('HOUSING_KIND_REQUIRED'));
      else if (m.housing === 'newHouse') {
        const cap = a.newHouseSubsidy[card];
        if (cap !== null && m.amount > cap) refusals.push(rule('NEW_HOUSE_ABOVE_CARD_SUBSIDY', { card, amount: m.amount, maximum: cap }));
      } else if (m.amount > a.repairSubsidyMax) refusals.push(rule('REPAIR_ABOVE_MAXIMUM', { amount: m.amount, maximum: a.repairSubsidyMax }));
      break;
    }
    case 'courtyardSubsidy':
      if (m.acceptance === null) refusals.push(rule('COURTYARD_WITHOUT_ACCEPTANCE'));
      break;
    case 'publicWelfarePost':
      if (household && household.members.every((p) => p.labour === 'none')) refusals.push(rule('POST_WITHOUT_LABOUR'));
      if (!a.postPriorityCards.includes(card)) warnings.push(rule('POST_NOT_PRIORITY_CARD', { card, priorityCards: a.postPriorityCards }));
      break;
    case 'socialSecurity':
      if ((card === 'red' && m.securityClass === 'B') || (card === 'yellow' && m.securityClass === 'A')) warnings.push(rule('SECURITY_CLASS_FOR_CARD', { card, securityClass: m.securityClass }));
      break;
    default:
      break;
  }
  return { refusals, warnings };
};
