import { PROBLEM_TYPE_PRESETS } from '../../ledger/problem-types.ts';
import type { FormDefinition, Question } from '../form.ts';
import { list, q, yesNo, YES_NO } from './build.ts';

/**
 * 集中排查入户排查表 (seed 004 附件2): the household's type, then the twelve kinds of problem with their items as the
 * ledger's preset `jizhong-2021` names them (src/ledger/problem-types.ts, so a ticked item is a ledger problem of
 * exactly that item), each kind with its 排查问题 text, and 综合判定. On paper an item with a problem is ticked (打√)
 * and described; a household without problems needs no form.
 * - Items the notes leave to departments, the township and the village (面上问题: 教育③④, 医疗⑨⑩ …) are `areaLevel`:
 *   ticked on a household's form they are a problem of the village, not of the household (src/surveys/ledger-findings.ts).
 * - 一般农户 are screened for 两不愁三保障 and safe water (and their risk) only, not for the policies they enjoy: the kinds
 *   after water, and the policy items of education and medical care, are asked of 脱贫户 and 边缘易致贫户 only.
 * - A ticked item is a finding `jizhong-2021/<item>`; 综合判定 ① or ② is a finding `screening.overall.<n>` that opens a
 *   monitoring alert (src/surveys/alerts.ts), as a 六看 risk does.
 */
export const SCREENING_FORM_ID = 'screening-004';
const PRESET = 'jizhong-2021';
/** 一般农户 (the third choice of 户类型) */
const NOT_ORDINARY = "${household_type} != '3'";
/** the kinds asked of every household: 两不愁三保障 and safe water */
const EVERY_HOUSEHOLD = new Set(['education', 'medical', 'housing', 'water']);
/** policy items within those kinds (资助, 参保资助, 签约医生上门, 住院押金): not asked of 一般农户 */
const POLICY_ITEMS = new Set(['education.2', 'medical.2', 'medical.7', 'medical.8']);
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪';

const kinds = () => (PROBLEM_TYPE_PRESETS[PRESET]?.types ?? []).filter((t) => t.code !== 'overall');

/** an XLSForm name of a ledger item code: `education.1` → `education_1` */
export const questionOfItem = (itemCode: string): string => itemCode.replace('.', '_');

const kindQuestions = (index: number): Question[] => {
  const kind = kinds()[index];
  if (!kind) return [];
  const forEveryone = EVERY_HOUSEHOLD.has(kind.code);
  const items = kind.items.map((item, i) => q('select_one tick', questionOfItem(item.code), `${index + 1} ${kind.zh} ${CIRCLED[i] ?? i + 1} ${item.zh}`, {
    finding: ". = '1'", findingType: `${PRESET}/${item.code}`,
    ...(forEveryone && !POLICY_ITEMS.has(item.code) ? {} : { relevant: NOT_ORDINARY }),
    ...(item.householdLevel ? {} : { areaLevel: true }),
  }));
  const ticked = items.map((i) => `\${${i.name}} = '1'`).join(' or ');
  return [
    ...items,
    q('text', `${kind.code}_problem`, `${index + 1} ${kind.zh} 排查问题（具体表述）`, { required: true, relevant: ticked }),
  ];
};

/** the 两不愁三保障 and water items that put a household at risk by themselves */
const BASIC_NEEDS = ['education.1', 'medical.1', 'medical.3', 'housing.1', 'housing.2', 'water.1', 'water.2'].map((c) => `\${${questionOfItem(c)}} = '1'`).join(' or ');

export const screeningForm = (): FormDefinition => ({
  formId: SCREENING_FORM_ID,
  version: '2021-004',
  title: '巩固拓展脱贫攻坚成果集中排查入户排查表',
  questions: [
    q('select_one household_type', 'household_type', '户类型', { required: true }),
    q('text', 'phone', '联系电话', { constraint: "regex(., '^[0-9+ -]{5,20}$')", constraintMessage: '联系电话格式不对', constraintMessageEn: 'Not a phone number' }),
    ...kinds().flatMap((_, i) => kindQuestions(i)),
    yesNo('overall_1', '13 综合判定 ① 该户是否疑似存在返贫致贫风险', {
      finding: ". = '1'", findingType: 'screening.overall.1',
      constraint: `. = '1' or not(${BASIC_NEEDS})`, ruleStrength: 'warning', ruleCode: 'SCREENING_RISK_NOT_JUDGED',
      constraintMessage: '两不愁三保障或饮水排查出问题，综合判定却无返贫致贫风险，请核实', constraintMessageEn: 'Basic needs or water show a problem, yet no risk is judged: verify',
    }),
    yesNo('overall_2', '13 综合判定 ② 是否纳入监测对象进行评议', {
      finding: ". = '1'", findingType: 'screening.overall.2',
      constraint: "not(. = '1' and ${overall_1} = '2')", ruleCode: 'SCREENING_APPRAISAL_WITHOUT_RISK',
      constraintMessage: '未判定存在返贫致贫风险的户，不应提请纳入监测对象评议', constraintMessageEn: 'A household judged without risk is not put to the monitoring appraisal',
    }),
  ],
  choices: [
    ...list('household_type', ['脱贫户', '边缘易致贫户', '一般农户']),
    { list: 'tick', name: '1', label: '√ 有问题' },
    ...YES_NO,
  ],
});
