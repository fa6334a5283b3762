import type { FormDefinition, Question } from '../form.ts';
import { list, q } from './build.ts';

/**
 * 脱贫户"六看"表 (seed 002 附件3): nine indicators under six looks, each 正常 or 有风险隐患 with the concrete risk (names,
 * illness, months without water, reasons). Every risk is a finding of its kind (problemType `sixChecks.<item>`), which
 * also puts the household on the 六看 risk list (附件4) and is a reason to open a monitoring alert.
 */
const item = (name: string, label: string, detail: Question[], finding: string): Question[] => [
  q('select_one status', name, label, { required: true, finding: ". = '2'", findingType: `sixChecks.${finding}` }),
  ...detail.map((d) => ({ ...d, relevant: `\${${name}} = '2'` })),
];

export const sixChecksForm = (): FormDefinition => ({
  formId: 'six-checks-002',
  version: '2019-002',
  title: '脱贫户"六看"表',
  questions: [
    ...item('education', '一看 义务教育保障', [q('text', 'education_names', '义务教育适龄儿童少年失学辍学（姓名）', { required: true })], 'education'),
    ...item('medical', '一看 基本医疗保障', [
      q('text', 'medical_names', '家庭成员患大病或重病（患病成员姓名）', { required: true }),
      q('text', 'medical_disease', '病种'),
      q('date', 'medical_since', '患病时间'),
    ], 'medical'),
    ...item('housing', '一看 住房安全保障', [q('select_multiple housing_risk', 'housing_risk', '住房风险', { required: true })], 'housing'),
    ...item('water', '一看 饮水安全保障', [
      q('select_multiple water_risk', 'water_risk', '饮水风险', { required: true }),
      q('integer', 'water_months', '季节性缺水（月）', { constraint: '. >= 1 and . <= 12', constraintMessage: '缺水月数应为1–12', constraintMessageEn: 'Months without water: 1–12' }),
    ], 'water'),
    ...item('industry', '二看 产业发展', [q('text', 'industry_reason', '产业因受灾等原因未能实现持续增收（何种原因）', { required: true })], 'industry'),
    ...item('employment', '三看 就业发展', [q('text', 'employment_names', '劳动力无法实现稳定就业（姓名）', { required: true })], 'employment'),
    ...item('expenditure', '四看 刚性大额支出', [q('text', 'expenditure_reason', '自然灾害、意外变故等原因导致大额刚性支出（何种原因）', { required: true })], 'expenditure'),
    ...item('motivation', '五看 内生动力', [q('text', 'motivation_names', '有劳动能力未发展产业或就业（姓名）', { required: true })], 'motivation'),
    ...item('policy', '六看 扶贫政策', [q('text', 'policy_reason', '未落实的政策及原因', { required: true })], 'policy'),
    q('text', 'other', '其他需要说明情况'),
  ],
  choices: [
    ...list('status', ['正常', '有风险隐患']),
    ...list('housing_risk', ['因灾害等原因变成危房', '房屋周边环境属地质灾害点']),
    ...list('water_risk', ['水源受污染', '季节性缺水', '供水设施受损，导致饮水无保障']),
  ],
});
