import type { IsoDate } from './dates.ts';
import type { Household } from './household.ts';
import { isSinglePersonUnderAgeLimit } from './household-traits.ts';
import { cardRule } from './card-rules.ts';
import type { Policy } from './policy-schema.ts';
import type { Rule } from './rule.ts';

/** The "不得评定为黄卡、蓝卡户" list. Commercial housing is on it only in 华容县's scheme (seed 000). */
export const neverYellowOrBlue = (h: Household, policy: Policy, asOf: IsoDate): Rule[] => {
  const x = h.exclusions;
  const { variant, singlePersonAgeLimit } = policy.fourCard;
  const rules: Rule[] = [];
  if (x.consumerCar) rules.push(cardRule('NEVER_YELLOW_BLUE_CONSUMER_CAR'));
  if (x.luxuriousDecoration) rules.push(cardRule('NEVER_YELLOW_BLUE_LUXURIOUS_DECORATION'));
  if (variant === 'huarong-2020' && x.commercialHousing) rules.push(cardRule('NEVER_YELLOW_BLUE_COMMERCIAL_HOUSING'));
  if (isSinglePersonUnderAgeLimit(h, asOf, singlePersonAgeLimit)) {
    rules.push(cardRule('NEVER_YELLOW_BLUE_SINGLE_PERSON_UNDER_AGE_LIMIT', { ageLimit: singlePersonAgeLimit, asOf }));
  }
  if (x.parentsApartFromAbleChildren) rules.push(cardRule('NEVER_YELLOW_BLUE_PARENTS_APART_FROM_ABLE_CHILDREN'));
  return rules;
};
