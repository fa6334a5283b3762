import type { IsoDate } from './dates.ts';
import type { Household } from './household.ts';
import type { IncomeYear } from './household-facts.ts';
import { earnedIncome } from './income.ts';
import { isDisabled, isSeriouslyIll, memberAgeOn } from './member.ts';

/** Facts about a household that the card and monitoring criteria read; each is a seed's wording made exact. */

export const isRegistered = (h: Household): boolean => h.registration === 'registered';

/** 已脱贫, including 脱贫监测户 (escaped but watched). */
export const hasEscaped = (h: Household): boolean => h.povertyStatus === 'escaped' || h.povertyStatus === 'monitored';

/** 未脱贫, including 返贫 (a household that fell back is poor again). */
export const isNotEscaped = (h: Household): boolean =>
  h.povertyStatus === 'not-escaped' || h.povertyStatus === 'returned';

/** 存在返贫/致贫风险: a recorded risk, or already being monitored for one. */
export const isAtRisk = (h: Household): boolean => h.risks.length > 0 || h.povertyStatus === 'monitored';

/** 因病因灾因学: the risks that make a non-registered household blue. */
export const hasBlueCardRisk = (h: Household): boolean =>
  h.risks.some((r) => r.kind === 'illness' || r.kind === 'disaster' || r.kind === 'schooling');

/** 整户无劳动能力 */
export const hasNoLabour = (h: Household): boolean => h.members.every((m) => m.labour === 'none');

/**
 * 家庭无经济收入. Read as "earns nothing itself": such households live on transfers (低保, 特困供养), so counting
 * transfers would leave the seed 003 red card empty.
 */
export const hasNoEarnedIncome = (income: IncomeYear): boolean => earnedIncome(income) - income.productionCosts <= 0;

/** 60岁以下非残非重病的单人户; unknown age is not held against the household. */
export const isSinglePersonUnderAgeLimit = (h: Household, asOf: IsoDate, ageLimit: number): boolean => {
  const only = h.members.length === 1 ? h.members[0] : undefined;
  if (only === undefined || isDisabled(only) || isSeriouslyIll(only)) return false;
  const age = memberAgeOn(only, asOf);
  return age !== null && age < ageLimit;
};

/** 家庭劳动力少或劳动力弱: no normal-capacity labourer, or too few of them for the household's size. */
export const hasFewOrWeakLabour = (h: Household, maxLabourShare: number): boolean => {
  const normal = h.members.filter((m) => m.labour === 'normal').length;
  return normal === 0 || normal / h.members.length <= maxLabourShare;
};

export const hasDisabledMember = (h: Household): boolean => h.members.some(isDisabled);
export const hasSeriouslyIllMember = (h: Household): boolean => h.members.some(isSeriouslyIll);
