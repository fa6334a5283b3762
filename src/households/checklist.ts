import type { IsoDate } from '../domain/dates.ts';
import type { Household } from '../domain/household.ts';
import { hasEscaped, isNotEscaped, isRegistered } from '../domain/household-traits.ts';
import { memberAgeOn, type Member } from '../domain/member.ts';
import { checkHouseholdData } from '../domain/rules.ts';
import type { Findings } from '../domain/rule.ts';

/**
 * Seed 002's 建档立卡户信息核查清单, all 26 items, as checks over the recorded facts. What a record alone can say is
 * checked; "does it match reality" (items 1–12) is found where the record contradicts itself or what the household
 * register (户口簿) says, or lacks what the item asks for. Blocking: the record is wrong and must be corrected (the
 * data-quality report counts it as an error; those whose fields are entered are refused at entry, src/domain/rules.ts);
 * warning: to verify in the field.
 */

export type Strength = 'blocking' | 'warning';

export interface ChecklistHit {
  no: number;
  code: string;
  strength: Strength;
  zh: string;
  en: string;
  member?: number;
}

interface Item {
  no: number;
  code: string;
  zh: string;
  en: string;
  /** each hit: the member (if one) and its strength when the item's own does not fit */
  find: (h: Household, asOf: IsoDate, entry: Findings) => { member?: number; strength: Strength }[];
}

const each = (h: Household, test: (m: Member, index: number) => Strength | null) =>
  h.members.flatMap((m, member) => {
    const strength = test(m, member);
    return strength === null ? [] : [{ member, strength }];
  });
const once = (strength: Strength | null) => (strength === null ? [] : [{ strength }]);
const isMigrant = (m: Member) => m.employment.place === 'within-province' || m.employment.place === 'outside-province';
const isWorking = (m: Member) => m.employment.place !== 'none';
/** the existing logic checks (src/domain/rules.ts) by their rule code: refused → blocking, warned → warning */
const fromFieldRules = (code: string) => (_h: Household, _asOf: IsoDate, { refusals, warnings }: Findings) => {
  const hits = (rules: typeof refusals, strength: Strength) => rules.filter((r) => r.code === code).map((r) => ({ strength, ...(typeof r.facts?.member === 'number' ? { member: r.facts.member } : {}) }));
  return [...hits(refusals, 'blocking'), ...hits(warnings, 'warning')];
};

export const CHECKLIST: readonly Item[] = [
  // 一、对照户口簿，询问家庭情况
  { no: 1, code: 'MEMBER_NOT_LIVING_IN_HOUSEHOLD', zh: '家庭成员与实际常住人口不符：该成员不在本户常住', en: 'A member does not live in the household', find: (h) => each(h, (m) => (m.livesInHousehold === false ? 'warning' : null)) },
  { no: 2, code: 'MEMBER_WITHOUT_HOUSEHOLD_REGISTRATION', zh: '家庭存在无户籍人员', en: 'A member has no household registration', find: (h) => each(h, (m) => (m.hasHouseholdRegistration === false ? 'warning' : null)) },
  { no: 3, code: 'MEMBER_DIFFERS_FROM_REGISTER', zh: '姓名或身份证号码与户口簿不符', en: 'Name or ID number differs from the household register', find: fromFieldRules('MEMBER_DIFFERS_FROM_REGISTER') },
  { no: 4, code: 'LABOUR_SKILL_CONTRADICTS_CAPACITY', zh: '劳动技能与劳动能力不符', en: 'Labour skill contradicts labour capacity', find: fromFieldRules('LABOUR_SKILL_CONTRADICTS_CAPACITY') },
  { no: 5, code: 'MIGRANT_WORK_INCONSISTENT', zh: '务工人员信息前后不一致（无务工却有务工地或务工时间，或务工时间为0）', en: 'Migrant work recorded inconsistently', find: (h) => each(h, (m) => (!isWorking(m) && (m.workPlace !== undefined || (m.employment.monthsPerYear ?? 0) > 0)) || (isWorking(m) && m.employment.monthsPerYear === 0) ? 'warning' : null) },
  { no: 6, code: 'NOT_ESCAPED_WITHOUT_CAUSE', zh: '未脱贫户未填写致贫原因', en: 'A not-escaped household has no cause of poverty', find: (h) => once(isNotEscaped(h) && h.mainCauseOfPoverty === null ? 'blocking' : null) },
  { no: 7, code: 'HEALTH_STATUS_INCONSISTENT', zh: '健康状况与残疾类别不符（残疾人未填残疾类别，或非残疾人填了残疾类别）', en: 'Health status and disability kind disagree', find: (h) => each(h, (m) => (m.health.status === 'disabled' && m.disabilityKind === undefined ? 'warning' : m.health.status !== 'disabled' && m.disabilityKind !== undefined ? 'blocking' : null)) },
  { no: 8, code: 'ATTRIBUTE_INCONSISTENT', zh: '贫困户属性未填写或与享受政策不符（低保贫困户未享受低保）', en: 'The household attribute is missing or contradicts the policies enjoyed', find: (h) => once(h.attribute === undefined ? 'warning' : h.attribute === 'subsistence' && !h.policiesEnjoyed.includes('subsistence-allowance') ? 'warning' : null) },
  // 二、"三保障"和饮水
  { no: 9, code: 'SCHOOLING_INCONSISTENT', zh: '在校生状况或文化程度不符（6–15周岁未填在校或失学，或未填文化程度）', en: 'Student status or education level wrong or missing', find: (h, asOf) => each(h, (m) => {
    const age = memberAgeOn(m, asOf);
    if (age !== null && age >= 6 && age <= 15 && m.studentStatus === 'none') return 'blocking';
    return age !== null && age > 15 && m.studentStatus === 'none' && m.educationLevel === undefined ? 'warning' : null;
  }) },
  { no: 10, code: 'NOT_IN_RESIDENTS_MEDICAL_INSURANCE', zh: '家庭成员未参加城乡居民基本医疗保险', en: "A member is not in residents' basic medical insurance", find: (h) => each(h, (m) => (m.medicalInsurance === 'none' ? 'blocking' : m.medicalInsurance === undefined ? 'warning' : null)) },
  { no: 11, code: 'HOUSING_NOT_SECURE', zh: '住房状况未填写、未鉴定，或已脱贫户住危房', en: 'Housing not recorded, not appraised, or an escaped household in a dangerous house', find: (h) => once(h.housing === undefined || h.housing.status === 'unappraised' ? 'warning' : hasEscaped(h) && h.housing.status !== 'safe' ? 'blocking' : null) },
  { no: 12, code: 'DRINKING_WATER_NOT_SAFE', zh: '安全饮水未填写，或已脱贫户饮水不安全', en: 'Drinking water not recorded, or unsafe for an escaped household', find: (h) => once(h.drinkingWater === undefined ? 'warning' : hasEscaped(h) && !h.drinkingWater.safe ? 'blocking' : null) },
  // 三、填全易漏项
  { no: 13, code: 'NO_CONTACT_PERSON', zh: '无帮扶联系人结对', en: 'No paired contact person', find: (h) => once(h.contactPerson === undefined ? 'blocking' : null) },
  { no: 14, code: 'CONTACT_PERSON_WITHOUT_PHONE', zh: '帮扶联系人未填写联系电话', en: 'The contact person has no phone', find: fromFieldRules('CONTACT_PERSON_WITHOUT_PHONE') },
  { no: 15, code: 'WORK_TIME_OR_PLACE_MISSING', zh: '务工人员的务工时间或务工地缺失', en: 'A working member has no work time or place', find: (h) => each(h, (m) => (isWorking(m) && (m.employment.monthsPerYear === undefined || m.workPlace === undefined) ? 'blocking' : null)) },
  { no: 16, code: 'MIGRANT_WITHOUT_PHONE', zh: '外出务工人员未填写联系电话', en: 'A migrant worker has no phone', find: (h) => each(h, (m) => (isMigrant(m) && m.phone === undefined ? 'blocking' : null)) },
  { no: 17, code: 'LABOUR_SKILL_MISSING', zh: '劳动技能未填写', en: 'Labour skill missing', find: (h) => each(h, (m) => (m.labourSkill === undefined ? 'blocking' : null)) },
  // 四、检查逻辑错误
  { no: 18, code: 'NO_LABOUR_WITH_INDUSTRY_OR_EMPLOYMENT_AID', zh: '整户无劳动力但享受产业或就业扶贫项目', en: 'No labour capacity, yet industry or employment projects', find: fromFieldRules('NO_LABOUR_WITH_INDUSTRY_OR_EMPLOYMENT_AID') },
  { no: 19, code: 'CAUSE_LACK_OF_FUNDS', zh: '致贫原因不能为缺资金', en: '"Lack of funds" is not a cause', find: fromFieldRules('CAUSE_LACK_OF_FUNDS') },
  { no: 20, code: 'CAUSE_LACK_OF_MOTIVATION_WITHOUT_LABOUR', zh: '整户无劳动能力，致贫原因为自身发展动力不足', en: 'No labour capacity, cause "lack of motivation"', find: fromFieldRules('CAUSE_LACK_OF_MOTIVATION_WITHOUT_LABOUR') },
  { no: 21, code: 'CAUSE_ILLNESS_WITHOUT_SICK_MEMBER', zh: '无患病成员，致贫原因为因病', en: 'Cause "illness", no sick member', find: fromFieldRules('CAUSE_ILLNESS_WITHOUT_SICK_MEMBER') },
  { no: 22, code: 'CAUSE_DISABILITY_WITHOUT_DISABLED_MEMBER', zh: '无残疾成员，致贫原因为因残', en: 'Cause "disability", no disabled member', find: fromFieldRules('CAUSE_DISABILITY_WITHOUT_DISABLED_MEMBER') },
  { no: 23, code: 'CAUSE_SCHOOLING_WITHOUT_STUDENT', zh: '无在校生，致贫原因为因学', en: 'Cause "schooling", no student', find: fromFieldRules('CAUSE_SCHOOLING_WITHOUT_STUDENT') },
  { no: 24, code: 'RELOCATION_AFTER_ESCAPE', zh: '已脱贫户搬迁入住时间晚于脱贫年度', en: 'An escaped household moved into its relocation home after the year it escaped', find: fromFieldRules('RELOCATION_AFTER_ESCAPE') },
  { no: 25, code: 'STUDENT_WORKING_OVER_HALF_YEAR', zh: '在校生务工时间超过半年', en: 'A student works more than half a year', find: fromFieldRules('STUDENT_WORKING_OVER_HALF_YEAR') },
  { no: 26, code: 'SEVERE_DISABILITY_WITH_NORMAL_LABOUR', zh: '一、二级肢体残疾人填为普通劳动力（能劳动获得收入的应填弱劳动力或半劳动力）', en: 'A grade 1–2 limb-disabled member recorded as a normal labourer', find: fromFieldRules('SEVERE_DISABILITY_WITH_NORMAL_LABOUR') },
];

/** every hit of the 26 items on one household, in the seed's order; the checklist is for registered households */
export const runChecklist = (h: Household, asOf: IsoDate): ChecklistHit[] => {
  if (!isRegistered(h)) return [];
  const entry = checkHouseholdData(h);
  return CHECKLIST.flatMap((item) => item.find(h, asOf, entry).map((hit) => ({ no: item.no, code: item.code, zh: item.zh, en: item.en, ...hit })));
};
