import type { IsoDate } from '../domain/dates.ts';
import type { Household } from '../domain/household.ts';
import { hasEscaped, hasNoLabour, isRegistered } from '../domain/household-traits.ts';
import { assessMonitoring, checkRiskElimination } from '../domain/monitoring-criteria.ts';
import type { MonitoringVerdict } from '../domain/monitoring-criteria.ts';
import { monitoringRule } from '../domain/monitoring-rules.ts';
import type { Policy } from '../domain/policy-schema.ts';
import { ruleFrom } from '../domain/rule.ts';
import type { Findings, Rule, RuleCatalog } from '../domain/rule.ts';
import type { MonitoringType } from '../../workflows/monitoring/events.ts';
import type { CommitmentInput, MeasureKind } from './evidence.ts';

/**
 * The rules of a monitoring case's steps (seed 004) on top of the domain's criteria (src/domain/monitoring-*.ts:
 * the monitoring line, "must include", "not included", the "never" facts, no labour → no elimination). Codes are
 * stable: they are stored with the steps they warned about and matched by clients.
 */
export const MONITORING_CASE_RULES = {
  MONITORING_MUST_INCLUDE: { zh: '收入低于监测范围且存在返贫致贫风险的农户必须纳入监测对象（应纳尽纳），不能评议为不纳入', en: 'A household below the monitoring line with a risk must be included; it cannot be decided "not included"' },
  MONITORING_TYPE_UNSTABLE_REQUIRES_ESCAPED: { zh: '脱贫不稳定户只能是已脱贫的建档立卡户', en: 'Only a registered household that has escaped poverty can be "unstably escaped"' },
  MONITORING_TYPE_EDGE_REQUIRES_NOT_REGISTERED: { zh: '边缘易致贫户只能是非建档立卡户', en: 'Only a household that is not registered poor can be an "edge household"' },
  MONITORING_TYPE_SUDDEN_WITHOUT_HARDSHIP: { zh: '未记录因病、因灾、因意外事故或收入大幅缩减等突发困难，请核实是否属于突发严重困难户', en: 'No sudden hardship (illness, disaster, accident, income loss) is recorded: confirm the type' },
  MONITORING_GROUP_NOT_RECOMMENDED: { zh: '村民小组评议未推荐纳入，请村两委核实', en: 'The villager group did not recommend inclusion: the village committees should verify' },
  MONITORING_COMMITMENT_REQUIRED: { zh: '农户自主申报须填写农户承诺和授权查询书', en: "A household's application needs its signed commitment and authorisation letter" },
  MONITORING_COMMITMENT_MISSING: { zh: '尚未取得农户承诺和授权查询书，不能公示并提交数据比对（未经授权不得查询家庭资产信息）', en: "No commitment and authorisation letter on file: the family's assets may not be queried, so the list cannot be posted and compared" },
  COMMITMENT_INCOMPLETE: { zh: '承诺和授权查询书须同时承诺如实提供家庭情况并授权查询家庭资产信息', en: 'The letter must both promise true facts and authorise the asset queries' },
  COMMITMENT_PROXY_WITHOUT_THUMBPRINT: { zh: '代为填写的承诺和授权查询书须加按申请人本人手印', en: 'A letter filled in by a proxy needs the applicant\'s own thumbprint' },
  COMMITMENT_THUMBPRINT_MISSING: { zh: '承诺和授权查询书应签字并按手印，未记录手印', en: 'The letter should be signed and thumbprinted; no thumbprint is recorded' },
  COMMITMENT_DATED_AFTER_STEP: { zh: '承诺和授权查询书的签署日期晚于记录日期', en: 'The letter is dated after the step that records it' },
  COMPARISON_EXCLUSION_WITHOUT_FACT: { zh: '比对结果为发现不得纳入情形，但未指明具体情形', en: 'An exclusion was reported without naming the fact found' },
  COMPARISON_CLEAR_WITH_EXCLUSION_FACT: { zh: '比对发现了不得纳入情形，结果不能为无问题', en: 'The comparison found an exclusion fact, so it cannot be reported clear' },
  ELIMINATION_LIVELIHOOD_NOT_ASSESSED: { zh: '尚未核实收入稳定及“两不愁三保障”和饮水安全情况，不能提出风险消除', en: 'Income stability, basic needs and safe water have not been assessed: elimination cannot be proposed' },
  ELIMINATION_INCOME_UNSTABLE: { zh: '收入不稳定，风险未稳定消除，继续帮扶，暂不提出风险消除', en: 'Income is not stable: the risk is not stably eliminated; assistance continues' },
  ELIMINATION_BASIC_NEEDS_NOT_SECURE: { zh: '“两不愁三保障”或饮水安全未持续巩固，不能提出风险消除', en: 'Basic needs or safe water are not secure: elimination cannot be proposed' },
  ELIMINATION_INCOME_BELOW_LINE: { zh: '人均纯收入仍低于监测范围，请核实风险是否已稳定消除', en: 'Per-capita net income is still below the monitoring line: confirm the risk is stably eliminated' },
  ELIMINATION_RISKS_STILL_RECORDED: { zh: '农户信息中仍记录有返贫致贫风险，请核实', en: 'The household facts still record a risk: verify' },
  PLAN_MEMBER_UNKNOWN: { zh: '帮扶措施所指的家庭成员不存在', en: 'A measure names a member the household does not have' },
  PLAN_MEMBER_WITHOUT_MEASURE: { zh: '一人一措施：有家庭成员未落实帮扶措施', en: 'One measure per person: some members have no measure' },
  PLAN_NO_LABOUR_WITHOUT_SOCIAL_SECURITY: { zh: '无劳动能力的家庭应纳入农村低保或特困人员救助供养，做好兜底保障', en: 'A household without labour capacity should get subsistence allowance or extreme-poverty support' },
  PLAN_DEVELOPMENT_MEASURE_WITHOUT_LABOUR: { zh: '无劳动能力的成员安排了产业或就业类措施，请核实', en: 'A member without labour capacity was given an industry or employment measure: verify' },
  VILLAGE_MEETING_INCOMPLETE: { zh: '村级评议应召开由村两委成员、驻村工作队成员、村监督委员会成员及部分村民代表参加的会议', en: 'The village appraisal meeting needs village committee members, the resident work team, the supervisory committee and villager representatives' },
  CONTACT_REPLACEMENT_REASON_REQUIRED: { zh: '更换帮扶联系人须说明原因（如因病、退休、调动）', en: 'Replacing the contact person needs a reason (illness, retirement, a transfer …)' },
} as const satisfies RuleCatalog<string>;

export type MonitoringCaseRuleCode = keyof typeof MONITORING_CASE_RULES;
export const caseRule = ruleFrom<MonitoringCaseRuleCode>(MONITORING_CASE_RULES);

export interface Eligibility extends Findings {
  readonly verdict: MonitoringVerdict;
  readonly perCapitaIncome: number | null;
  readonly incomeLine: number;
}

const SUDDEN_HARDSHIPS = ['illness', 'disaster', 'accident', 'income-loss'];

/** the type must fit the household: 脱贫不稳定户 are escaped registered households, 边缘易致贫户 are not registered */
export const checkType = (h: Household, type: MonitoringType): Findings => ({
  refusals: [
    ...(type === 'unstableEscaped' && !(isRegistered(h) && hasEscaped(h)) ? [caseRule('MONITORING_TYPE_UNSTABLE_REQUIRES_ESCAPED')] : []),
    ...(type === 'edgeProne' && isRegistered(h) ? [caseRule('MONITORING_TYPE_EDGE_REQUIRES_NOT_REGISTERED')] : []),
  ],
  warnings: type === 'suddenHardship' && !h.risks.some((r) => SUDDEN_HARDSHIPS.includes(r.kind)) ? [caseRule('MONITORING_TYPE_SUDDEN_WITHOUT_HARDSHIP')] : [],
});

/**
 * An application (or a confirmed alert). The "never" facts (消费型轿车, 财政供养人员, 企业高管 — in the household or a
 * separately registered child's) and an unrecorded income refuse; the verdict otherwise travels as a warning,
 * since any household may apply and the village committees decide — "not included" there is refused.
 */
export const checkApplication = (h: Household, year: number, policy: Policy, type: MonitoringType): Eligibility => {
  const a = assessMonitoring(h, year, policy);
  const t = checkType(h, type);
  return { verdict: a.verdict, perCapitaIncome: a.perCapitaIncome, incomeLine: policy.monitoring.incomeLine, refusals: [...a.refusals, ...t.refusals], warnings: [...a.warnings, ...t.warnings] };
};

/**
 * 村两委核实和评议 (and 风险再标注, which applies the same criteria again): the decision must agree with the criteria
 * where they decide — a "not included" household (stable below the line, or no risk) cannot be included, a
 * "must include" one cannot be left out; above the line with a risk is the committees' judgement, with a warning.
 */
export const checkVillageDecision = (h: Household, year: number, policy: Policy, decision: 'included' | 'notIncluded', type: MonitoringType | null): Eligibility => {
  const a = assessMonitoring(h, year, policy);
  const base = { verdict: a.verdict, perCapitaIncome: a.perCapitaIncome, incomeLine: policy.monitoring.incomeLine };
  if (decision === 'notIncluded') {
    const must = a.verdict === 'must-include' ? [caseRule('MONITORING_MUST_INCLUDE', { incomeLine: base.incomeLine, perCapitaIncome: a.perCapitaIncome })] : [];
    return { ...base, refusals: must, warnings: a.verdict === 'may-include' ? a.warnings : [] };
  }
  const t = type === null ? { refusals: [], warnings: [] } : checkType(h, type);
  const notIncluded = a.verdict === 'not-included' ? a.warnings : [];
  return {
    ...base,
    refusals: [...a.refusals, ...notIncluded, ...t.refusals],
    warnings: [...(a.verdict === 'not-included' ? [] : a.warnings), ...t.warnings],
  };
};

/** 农户承诺和授权查询书: both promises; a proxy's letter needs the applicant's own thumbprint */
export const checkCommitment = (c: CommitmentInput, recordedOn: IsoDate): Findings => ({
  refusals: [
    ...(c.factsTrue && c.authorisesAssetQuery ? [] : [caseRule('COMMITMENT_INCOMPLETE')]),
    ...(c.signature.by === 'proxy' && !c.thumbprint ? [caseRule('COMMITMENT_PROXY_WITHOUT_THUMBPRINT', { relation: c.signature.relation })] : []),
    ...(c.signedOn > recordedOn ? [caseRule('COMMITMENT_DATED_AFTER_STEP', { signedOn: c.signedOn, recordedOn })] : []),
  ],
  warnings: c.signature.by === 'applicant' && !c.thumbprint ? [caseRule('COMMITMENT_THUMBPRINT_MISSING')] : [],
});

/** a household's own application comes with its letter; a cadre's or a department's finding gets it before the notice */
export const checkApplicationCommitment = (source: 'householdApplication' | 'cadreScreening', c: CommitmentInput | undefined, recordedOn: IsoDate): Findings => {
  if (c !== undefined) return checkCommitment(c, recordedOn);
  return { refusals: source === 'householdApplication' ? [caseRule('MONITORING_COMMITMENT_REQUIRED')] : [], warnings: [] };
};

export const checkCommitmentOnFile = (onFile: boolean): Findings => ({
  refusals: onFile ? [] : [caseRule('MONITORING_COMMITMENT_MISSING')],
  warnings: [],
});

export interface ComparisonFindingsInput {
  consumerCar: boolean;
  publicFundsMember: boolean;
  enterpriseExecutive: boolean;
  childrenHouseholds: { consumerCar: boolean; publicFundsMember: boolean; enterpriseExecutive: boolean };
}

/** the "never" rules the district's data comparison found broken, each saying where it was found */
export const comparisonExclusions = (f: ComparisonFindingsInput): Rule[] => {
  const where = (own: boolean, child: boolean) => ({ inHousehold: own, inChildrenHouseholds: child });
  const c = f.childrenHouseholds;
  return [
    ...(f.consumerCar || c.consumerCar ? [monitoringRule('MONITORING_EXCLUDED_CONSUMER_CAR', where(f.consumerCar, c.consumerCar))] : []),
    ...(f.publicFundsMember || c.publicFundsMember ? [monitoringRule('MONITORING_EXCLUDED_PUBLIC_FUNDS_MEMBER', where(f.publicFundsMember, c.publicFundsMember))] : []),
    ...(f.enterpriseExecutive || c.enterpriseExecutive ? [monitoringRule('MONITORING_EXCLUDED_ENTERPRISE_EXECUTIVE', where(f.enterpriseExecutive, c.enterpriseExecutive))] : []),
  ];
};

/** the reported result must say what the facts say */
export const checkComparison = (result: 'clear' | 'exclusionFound', f: ComparisonFindingsInput): Findings & { rules: Rule[] } => {
  const rules = comparisonExclusions(f);
  const refusals = result === 'exclusionFound' && rules.length === 0 ? [caseRule('COMPARISON_EXCLUSION_WITHOUT_FACT')]
    : result === 'clear' && rules.length > 0 ? [caseRule('COMPARISON_CLEAR_WITH_EXCLUSION_FACT', { found: rules.map((r) => r.code) })]
      : [];
  return { rules, refusals, warnings: [] };
};

/**
 * 风险消除: for households whose income is stably secured, with basic needs and safe water secure. A household with no
 * labour capacity is not marked eliminated: after social-security measures it stays monitored (domain rule
 * RISK_ELIMINATION_NO_LABOUR).
 */
export const checkElimination = (h: Household, year: number, policy: Policy): Findings & { perCapitaIncome: number | null } => {
  const a = assessMonitoring(h, year, policy);
  const line = policy.monitoring.incomeLine;
  const pc = a.perCapitaIncome;
  const l = h.livelihood;
  const refusals: Rule[] = [
    ...checkRiskElimination(h).refusals,
    ...(pc === null ? [monitoringRule('MONITORING_INCOME_NOT_RECORDED', { year })] : []),
    ...(l === undefined ? [caseRule('ELIMINATION_LIVELIHOOD_NOT_ASSESSED')] : []),
    ...(l !== undefined && !l.incomeStable ? [caseRule('ELIMINATION_INCOME_UNSTABLE')] : []),
    ...(l !== undefined && !l.basicNeedsAndWaterSecure ? [caseRule('ELIMINATION_BASIC_NEEDS_NOT_SECURE')] : []),
  ];
  const warnings: Rule[] = [
    ...(pc !== null && pc < line ? [caseRule('ELIMINATION_INCOME_BELOW_LINE', { incomeLine: line, perCapitaIncome: pc })] : []),
    ...(h.risks.length > 0 ? [caseRule('ELIMINATION_RISKS_STILL_RECORDED', { risks: h.risks.map((r) => r.kind) })] : []),
  ];
  return { refusals, warnings, perCapitaIncome: pc };
};

export interface MeasureInput {
  member: number;
  kind: MeasureKind;
  description: string;
}

const SOCIAL_SECURITY: readonly MeasureKind[] = ['subsistenceAllowance', 'extremePovertySupport'];
const DEVELOPMENT: readonly MeasureKind[] = ['industry', 'employment', 'publicWelfareJob', 'microcredit'];

/** 一户一方案、一人一措施: every member has a measure; those who cannot work are protected, not "developed" */
export const checkPlan = (h: Household, measures: readonly MeasureInput[]): Findings => {
  const unknown = [...new Set(measures.filter((m) => m.member >= h.members.length).map((m) => m.member))];
  const without = h.members.map((_m, i) => i).filter((i) => !measures.some((m) => m.member === i));
  const refusals: Rule[] = [
    ...(unknown.length > 0 ? [caseRule('PLAN_MEMBER_UNKNOWN', { members: unknown, householdSize: h.members.length })] : []),
    ...(without.length > 0 ? [caseRule('PLAN_MEMBER_WITHOUT_MEASURE', { members: without })] : []),
  ];
  const noLabourDeveloped = [...new Set(measures.filter((m) => h.members[m.member]?.labour === 'none' && DEVELOPMENT.includes(m.kind)).map((m) => m.member))];
  const warnings: Rule[] = [
    ...(hasNoLabour(h) && !measures.some((m) => SOCIAL_SECURITY.includes(m.kind)) ? [caseRule('PLAN_NO_LABOUR_WITHOUT_SOCIAL_SECURITY')] : []),
    ...(noLabourDeveloped.length > 0 ? [caseRule('PLAN_DEVELOPMENT_MEASURE_WITHOUT_LABOUR', { members: noLabourDeveloped })] : []),
  ];
  return { refusals, warnings };
};

export interface VillageMeetingAttendance {
  committeeMembers: number;
  workTeamMembers: number;
  supervisoryCommitteeMembers: number;
  villagerRepresentatives: number;
}

/** 村级评议: 村两委成员、驻村工作队成员、村监督委员会成员及部分村民代表 all take part */
export const checkVillageMeeting = (a: VillageMeetingAttendance): Findings => {
  const missing = (Object.entries(a) as [keyof VillageMeetingAttendance, number][]).filter(([, n]) => n < 1).map(([k]) => k);
  return { refusals: missing.length > 0 ? [caseRule('VILLAGE_MEETING_INCOMPLETE', { missing })] : [], warnings: [] };
};

/** 帮扶联系人 stay unless they cannot serve (因病、因退休、因跨县区调动 …): a replacement says why */
export const checkContactChange = (hasContact: boolean, reason: string | undefined): Findings => ({
  refusals: hasContact && (reason ?? '').trim() === '' ? [caseRule('CONTACT_REPLACEMENT_REASON_REQUIRED')] : [],
  warnings: [],
});
