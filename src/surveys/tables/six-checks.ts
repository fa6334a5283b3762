import { seesFullIds } from '../../households/present.ts';
import { chinaDateOf } from '../../domain/dates.ts';
import { byVillageAndTownship, personalFor, placeName, villageAndTownshipRows } from '../../office/tables/common.ts';
import type { TableColumn, TableContext, TableSpec } from '../../office/tables/spec.ts';
import type { Services } from '../../services.ts';
import { listOf } from '../form.ts';
import type { AnswerValue } from '../judge.ts';
import type { SurveyRow } from '../projection.ts';

/** the 六看 form's id (src/surveys/presets/six-checks.ts) */
export const SIX_CHECKS_FORM_ID = 'six-checks-002';

/** the nine 六看 indicators in the order of 附件4's and 附件5's columns */
export const SIX_CHECK_ITEMS = [
  ['education', '义务教育保障'], ['medical', '基本医疗保障'], ['housing', '住房安全保障'], ['water', '饮水安全保障'], ['industry', '产业发展'],
  ['employment', '就业发展'], ['expenditure', '刚性大额支出'], ['motivation', '内生动力'], ['policy', '扶贫政策'],
] as const;

/** the indicators a survey found at risk (its findings of kind `sixChecks.<item>`) */
const risksOf = (survey: SurveyRow): Set<string> =>
  new Set(survey.findings.map((f) => f.problemType).filter((t) => t.startsWith('sixChecks.')).map((t) => t.slice('sixChecks.'.length)));

/** every household's latest 六看 survey under the region that found a risk */
const atRisk = (ctx: TableContext): SurveyRow[] => ctx.services.surveys.latestOn(SIX_CHECKS_FORM_ID, ctx.prefix).filter((s) => risksOf(s).size > 0);

const peopleOf = (services: Services, householdId: string): number => services.households.get(householdId)?.household.members.length ?? 0;

/** per village: [存在风险 户数, 人数, then 户数, 人数 of each indicator] */
export const sixChecksCounts = (ctx: TableContext): Map<string, number[]> => {
  const perVillage = new Map<string, number[]>();
  for (const survey of atRisk(ctx)) {
    const people = peopleOf(ctx.services, survey.householdId);
    const counts = perVillage.get(survey.villageCode) ?? new Array<number>(2 + 2 * SIX_CHECK_ITEMS.length).fill(0);
    perVillage.set(survey.villageCode, counts);
    const add = (i: number) => { counts[i] = (counts[i] ?? 0) + 1; counts[i + 1] = (counts[i + 1] ?? 0) + people; };
    add(0);
    const risks = risksOf(survey);
    SIX_CHECK_ITEMS.forEach(([item], k) => { if (risks.has(item)) add(2 + 2 * k); });
  }
  return perVillage;
};

const pair = (group: string): TableColumn[] => [{ header: '户数', group, width: 5 }, { header: '人数', group, width: 5 }];

/**
 * 脱贫户"六看"存在风险情况统计表 (seed 002 附件5): per village, the households (and their people) whose latest 六看
 * survey found a risk, in all and by indicator; the seed's township table, with the township named in a column so a
 * county's export holds its townships' tables one after another (小计 per township, 合计).
 */
export const sixChecksRiskStatistics: TableSpec = {
  id: 'six-checks-risks',
  title: '脱贫攻坚"六看"存在风险情况统计表',
  en: 'Seed 002 附件5: households and people at risk per village, in all and by 六看 indicator',
  columns: () => [
    { header: '乡镇', width: 10 }, { header: '行政村', width: 10 },
    ...pair('存在风险'), ...SIX_CHECK_ITEMS.flatMap(([, zh]) => pair(zh)), { header: '备注', width: 6 },
  ],
  count: (ctx) => villageAndTownshipRows(sixChecksCounts(ctx).keys()),
  rows: function* (ctx) {
    for (const row of byVillageAndTownship(ctx.services, sixChecksCounts(ctx), 2 + 2 * SIX_CHECK_ITEMS.length)) yield [...row, ''];
  },
  landscape: true,
};

const text = (value: AnswerValue | undefined): string => (value === undefined ? '' : Array.isArray(value) ? value.map((v) => (typeof v === 'object' ? '' : v)).join('、') : String(value));

/**
 * what the 核查人 wrote for an indicator at risk: the answers its form asks only when that indicator is at risk (names,
 * illness, months without water, reasons), choices by their labels
 */
const detailOf = (services: Services, survey: SurveyRow, item: string): string => {
  const form = services.surveys.form(survey.form.formId, survey.form.version, survey.villageCode);
  if (!form) return '有风险隐患';
  const parts = form.questions.filter((q) => q.relevant === `\${${item}} = '2'`).flatMap((q) => {
    const answer = survey.answers[q.name];
    if (answer === undefined || answer === '') return [];
    const list = listOf(q);
    const labels = (names: string[]) => names.map((n) => form.choices.find((c) => c.list === list && c.name === n)?.label ?? n).join('、');
    const value = list !== null && typeof answer === 'string' ? labels([answer]) : list !== null && Array.isArray(answer) ? labels(answer.filter((a): a is string => typeof a === 'string')) : text(answer);
    return [`${q.label}：${value}`];
  });
  return parts.length > 0 ? parts.join('；') : '有风险隐患';
};

/**
 * 脱贫户"六看"风险人员名单表 (seed 002 附件4): each escaped household whose latest 六看 survey found a risk, with the
 * risk as the 核查人 described it under its indicator (a reader who sees IDs masked sees only that there is a risk:
 * the details name members and their illnesses), who checked and when.
 */
export const sixChecksRiskList: TableSpec = {
  id: 'six-checks-risk-list',
  title: '脱贫户"六看"风险人员名单表',
  en: 'Seed 002 附件4: escaped households whose 六看 survey found risks, with the risk under each indicator',
  columns: () => [
    { header: '序号', width: 4 }, { header: '乡镇', width: 8 }, { header: '行政村', width: 8 }, { header: '户主姓名', width: 7 }, { header: '证件号码', width: 18 }, { header: '家庭人口数', width: 5 },
    ...SIX_CHECK_ITEMS.map(([, zh]) => ({ header: zh, group: '存在风险隐患情况', width: 10 })),
    { header: '核查人', width: 8 }, { header: '核查时间', width: 9 }, { header: '备注', width: 5 },
  ],
  count: (ctx) => atRisk(ctx).length,
  rows: function* (ctx) {
    const personal = personalFor(ctx.identity, ctx.services);
    const details = seesFullIds(ctx.identity, ctx.services.fullIdRoles);
    let n = 0;
    for (const survey of atRisk(ctx).sort((a, b) => a.villageCode.localeCompare(b.villageCode) || a.occurredAt.localeCompare(b.occurredAt))) {
      const household = ctx.services.households.get(survey.householdId)?.household;
      const risks = risksOf(survey);
      yield [
        String(++n), placeName(ctx.services, survey.villageCode.slice(0, 9)), placeName(ctx.services, survey.villageCode),
        household ? personal.name(household.head) : '', household ? personal.id(household.residentId) : '', String(household?.members.length ?? ''),
        ...SIX_CHECK_ITEMS.map(([item]) => (!risks.has(item) ? '正常' : details ? detailOf(ctx.services, survey, item) : '有风险隐患')),
        survey.team.map((m) => m.name ?? m.id).join('、'), chinaDateOf(survey.occurredAt), '',
      ];
    }
  },
  landscape: true,
};
