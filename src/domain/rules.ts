import type { Household } from './household.ts';
import { hasEscaped, hasNoLabour, isRegistered } from './household-traits.ts';
import type { CauseOfPoverty } from './household-facts.ts';
import { isDisabled, isInEducation, isSick } from './member.ts';
import { ruleFrom, type Findings, type Rule, type RuleCatalog } from './rule.ts';

/** Field-data logic checks (seed 002's 核查清单 items 18–26, seed 001 question 11). */
export const FIELD_RULES = {
  CAUSE_ILLNESS_WITHOUT_SICK_MEMBER: { zh: '致贫原因为因病，但家庭无患病成员', en: 'Cause "illness" but no member is ill' },
  CAUSE_DISABILITY_WITHOUT_DISABLED_MEMBER: { zh: '致贫原因为因残，但家庭无残疾成员', en: 'Cause "disability" but no member is disabled' },
  CAUSE_SCHOOLING_WITHOUT_STUDENT: { zh: '致贫原因为因学，但家庭无在校生', en: 'Cause "schooling" but no member is in education' },
  CAUSE_LACK_OF_FUNDS: { zh: '致贫原因不能为缺资金，应深入剖析', en: '"Lack of funds" is not accepted as a cause: analyse the real one' },
  CAUSE_LACK_OF_MOTIVATION_WITHOUT_LABOUR: { zh: '整户无劳动能力，致贫原因不能为自身发展动力不足', en: 'A household without labour capacity cannot have "lack of motivation" as a cause' },
  NO_LABOUR_WITH_INDUSTRY_OR_EMPLOYMENT_AID: { zh: '整户无劳动力但享受产业或就业扶贫项目', en: 'No labour capacity, yet industry or employment projects are recorded' },
  STUDENT_WORKING_OVER_HALF_YEAR: { zh: '在校生务工时间超过半年', en: 'A member in education is recorded as working more than half a year' },
  SEVERE_DISABILITY_WITH_NORMAL_LABOUR: { zh: '一、二级残疾人填为普通劳动力，能劳动获得收入的应填弱劳动力或半劳动力', en: 'A grade 1–2 disabled member is recorded as a normal labourer; one who can earn is "weak"' },
  NO_HEALTH_POLICY_ENJOYED: { zh: '建档立卡以来未享受健康扶贫政策，请核实', en: 'No health assistance recorded since registration: verify' },
  // seed 002 核查清单 items 3, 4, 7, 14, 24 (issue 16): contradictions in fields entered, refused at entry
  MEMBER_DIFFERS_FROM_REGISTER: { zh: '姓名或身份证号码与户口簿不符', en: 'Name or ID number differs from the household register' },
  LABOUR_SKILL_CONTRADICTS_CAPACITY: { zh: '劳动技能与劳动能力不符', en: 'Labour skill contradicts labour capacity' },
  DISABILITY_KIND_WITHOUT_DISABILITY: { zh: '非残疾人填写了残疾类别', en: 'A disability kind for a member who is not disabled' },
  CONTACT_PERSON_WITHOUT_PHONE: { zh: '帮扶联系人未填写联系电话', en: 'The contact person has no phone' },
  RELOCATION_AFTER_ESCAPE: { zh: '已脱贫户搬迁入住时间晚于脱贫年度', en: 'An escaped household moved into its relocation home after the year it escaped' },
} as const satisfies RuleCatalog<string>;

export type FieldRuleCode = keyof typeof FIELD_RULES;
const fieldRule = ruleFrom<FieldRuleCode>(FIELD_RULES);

const CAUSE_CHECKS: readonly (readonly [CauseOfPoverty, FieldRuleCode, (h: Household) => boolean])[] = [
  ['illness', 'CAUSE_ILLNESS_WITHOUT_SICK_MEMBER', (h) => h.members.some(isSick)],
  ['disability', 'CAUSE_DISABILITY_WITHOUT_DISABLED_MEMBER', (h) => h.members.some(isDisabled)],
  ['schooling', 'CAUSE_SCHOOLING_WITHOUT_STUDENT', (h) => h.members.some(isInEducation)],
];

/**
 * Blocking findings must be corrected before the record is submitted; warnings may be submitted. An escaped
 * household's cause describes it before it escaped (seed 002), so a cause its members no longer show is only
 * a warning there.
 */
export const checkHouseholdData = (h: Household): Findings => {
  const refusals: Rule[] = [];
  const warnings: Rule[] = [];
  const causes = [...(h.mainCauseOfPoverty === null ? [] : [h.mainCauseOfPoverty]), ...h.otherCausesOfPoverty];
  for (const [cause, code, present] of CAUSE_CHECKS) {
    if (causes.includes(cause) && !present(h)) (hasEscaped(h) ? warnings : refusals).push(fieldRule(code));
  }
  if (causes.includes('lack-of-funds')) refusals.push(fieldRule('CAUSE_LACK_OF_FUNDS'));
  if (hasNoLabour(h)) {
    if (causes.includes('lack-of-motivation')) refusals.push(fieldRule('CAUSE_LACK_OF_MOTIVATION_WITHOUT_LABOUR'));
    if (h.policiesEnjoyed.some((p) => p === 'industry' || p === 'employment')) {
      refusals.push(fieldRule('NO_LABOUR_WITH_INDUSTRY_OR_EMPLOYMENT_AID'));
    }
  }
  h.members.forEach((m, index) => {
    if (isInEducation(m) && (m.employment.monthsPerYear ?? 0) > 6) refusals.push(fieldRule('STUDENT_WORKING_OVER_HALF_YEAR', { member: index }));
    // The seed names limb disability: refused where the kind is recorded as limb, a warning where it is not recorded
    if (m.health.status === 'disabled' && m.health.grade <= 2 && m.labour === 'normal' && (m.disabilityKind === undefined || m.disabilityKind === 'limb')) {
      (m.disabilityKind === 'limb' ? refusals : warnings).push(fieldRule('SEVERE_DISABILITY_WITH_NORMAL_LABOUR', { member: index }));
    }
    if (m.register !== undefined && ((m.register.name !== undefined && m.register.name !== m.name) || (m.register.residentId !== undefined && m.register.residentId !== m.residentId))) {
      refusals.push(fieldRule('MEMBER_DIFFERS_FROM_REGISTER', { member: index }));
    }
    if (((m.labourSkill === 'skilled' || m.labourSkill === 'ordinary') && m.labour === 'none') || ((m.labourSkill === 'lost' || m.labourSkill === 'none') && m.labour === 'normal')) {
      refusals.push(fieldRule('LABOUR_SKILL_CONTRADICTS_CAPACITY', { member: index }));
    }
    if (m.disabilityKind !== undefined && m.health.status !== 'disabled') refusals.push(fieldRule('DISABILITY_KIND_WITHOUT_DISABILITY', { member: index }));
  });
  if (isRegistered(h) && !h.policiesEnjoyed.includes('health')) warnings.push(fieldRule('NO_HEALTH_POLICY_ENJOYED'));
  if (h.contactPerson !== undefined && h.contactPerson.phone === undefined) refusals.push(fieldRule('CONTACT_PERSON_WITHOUT_PHONE'));
  if (hasEscaped(h) && h.relocation !== undefined && h.escapeYear !== undefined && Number(h.relocation.movedInOn.slice(0, 4)) > h.escapeYear) {
    refusals.push(fieldRule('RELOCATION_AFTER_ESCAPE'));
  }
  return { refusals, warnings };
};
