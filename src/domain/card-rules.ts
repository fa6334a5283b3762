import { ruleFrom, type RuleCatalog } from './rule.ts';

/** The four-card rules (seeds 000 and 003). Codes are stable; never rename one that has been stored. */
export const CARD_RULES = {
  NEVER_YELLOW_BLUE_CONSUMER_CAR: { zh: '有消费型汽车，不得评定为黄卡、蓝卡户', en: 'A household with a consumer car is never yellow or blue' },
  NEVER_YELLOW_BLUE_LUXURIOUS_DECORATION: { zh: '房屋装修豪华，不得评定为黄卡、蓝卡户', en: 'A household with luxurious decoration is never yellow or blue' },
  NEVER_YELLOW_BLUE_COMMERCIAL_HOUSING: { zh: '有商品房，不得评定为黄卡、蓝卡户', en: 'A household owning commercial housing is never yellow or blue' },
  NEVER_YELLOW_BLUE_SINGLE_PERSON_UNDER_AGE_LIMIT: { zh: '年龄线以下非残非重病的单人户，不得评定为黄卡、蓝卡户', en: 'A single-person household under the age limit, neither disabled nor seriously ill, is never yellow or blue' },
  NEVER_YELLOW_BLUE_PARENTS_APART_FROM_ABLE_CHILDREN: { zh: '父母单独立户且成年子女有赡养能力，不得评定为黄卡、蓝卡户', en: 'Parents registered apart from adult children able to support them are never yellow or blue' },
  RED_REQUIRES_REGISTERED: { zh: '红卡只能评定给建档立卡贫困户', en: 'Only a registered poor household can be red' },
  YELLOW_REQUIRES_REGISTERED: { zh: '黄卡只能评定给建档立卡贫困户', en: 'Only a registered poor household can be yellow' },
  GREEN_REQUIRES_REGISTERED: { zh: '绿卡只能评定给建档立卡贫困户', en: 'Only a registered poor household can be green' },
  BLUE_REQUIRES_NOT_REGISTERED: { zh: '蓝卡只能评定给非建档立卡户', en: 'Only a household that is not registered poor can be blue' },
  RED_REQUIRES_NOT_ESCAPED: { zh: '红卡只能评定给未脱贫户', en: 'Only a household that has not escaped poverty can be red' },
  RED_REQUIRES_NO_LABOUR_NO_INCOME: { zh: '红卡须整户无劳动能力且家庭无经济收入', en: 'Red requires a household without labour capacity and without earned income' },
  YELLOW_REQUIRES_ESCAPED: { zh: '未脱贫户均为红卡，黄卡只评定给已脱贫户', en: 'Every not-escaped household is red here; yellow is for escaped households' },
  YELLOW_INCOME_AT_OR_ABOVE_LINE: { zh: '已脱贫户人均纯收入不低于收入线，不能评定为黄卡', en: 'An escaped household at or above the income line cannot be yellow' },
  YELLOW_WITHOUT_RISK: { zh: '已脱贫户无返贫风险，不能评定为黄卡', en: 'An escaped household with no risk of returning to poverty cannot be yellow' },
  GREEN_REQUIRES_ESCAPED: { zh: '绿卡只能评定给已脱贫户', en: 'Only an escaped household can be green' },
  BLUE_INCOME_AT_OR_ABOVE_LINE: { zh: '人均纯收入不低于收入线，不能评定为蓝卡', en: 'A household at or above the income line cannot be blue' },
  BLUE_WITHOUT_ILLNESS_DISASTER_SCHOOLING_RISK: { zh: '无因病、因灾、因学致贫风险，不能评定为蓝卡', en: 'Blue requires a risk from illness, disaster or schooling' },
  INCOME_NOT_RECORDED: { zh: '未录入该年度收入，无法核算人均纯收入', en: 'No income is recorded for the year, so per-capita net income cannot be computed' },
  INCOME_NEAR_LINE: { zh: '人均纯收入接近收入线，请核实收入测算', en: 'Per-capita net income is close to the line: verify the income computation' },
  PRIORITY_FEW_OR_WEAK_LABOUR: { zh: '收入低于收入线且劳动力少或弱，应优先考虑', en: 'Below the line with few or weak labourers: to be given priority' },
  PRIORITY_DISABILITY: { zh: '收入低于收入线且有残疾成员，应优先考虑', en: 'Below the line with a disabled member: to be given priority' },
  PRIORITY_SERIOUS_ILLNESS: { zh: '收入低于收入线且有重病成员，应优先考虑', en: 'Below the line with a seriously ill member: to be given priority' },
  PRIORITY_SCHOOLING_COSTS: { zh: '收入低于收入线且就学刚性支出远超家庭总收入，应优先考虑', en: 'Below the line with schooling costs far above income: to be given priority' },
  DIFFERS_FROM_SUGGESTION: { zh: '拟评定类别与按标准测算的类别不一致', en: 'The proposed card differs from the one the criteria suggest' },
  BLUE_ORDINARY_HOUSEHOLD: { zh: '本县蓝卡限于特殊困难户，请核实该一般农户是否属于特殊困难户', en: 'Blue is for special-hardship households here: confirm this ordinary household is one' },
} as const satisfies RuleCatalog<string>;

export type CardRuleCode = keyof typeof CARD_RULES;

export const cardRule = ruleFrom<CardRuleCode>(CARD_RULES);
