import type { Table } from '../office/sheet.ts';
import type { SurveyRow } from './projection.ts';

/** the nine 六看 indicators in the order of 附件5's columns */
export const SIX_CHECK_ITEMS = [
  ['education', '义务教育保障'], ['medical', '基本医疗保障'], ['housing', '住房安全保障'], ['water', '饮水安全保障'], ['industry', '产业发展'],
  ['employment', '就业发展'], ['expenditure', '刚性大额支出'], ['motivation', '内生动力'], ['policy', '扶贫政策'],
] as const;

export interface VillageRisk { villageCode: string; households: number; people: number; items: Record<string, { households: number; people: number }> }

/**
 * 脱贫户"六看"存在风险情况统计表 (seed 002 附件5): per village, the households (and their people) whose latest 六看
 * survey found a risk, in all and by indicator.
 */
export const sixChecksStatistics = (surveys: readonly SurveyRow[], peopleOf: (householdId: string) => number): VillageRisk[] => {
  const byVillage = new Map<string, VillageRisk>();
  for (const survey of surveys) {
    const items = new Set(survey.findings.map((f) => f.problemType).filter((t) => t.startsWith('sixChecks.')).map((t) => t.slice('sixChecks.'.length)));
    if (items.size === 0) continue;
    const people = peopleOf(survey.householdId);
    const row = byVillage.get(survey.villageCode) ?? { villageCode: survey.villageCode, households: 0, people: 0, items: Object.fromEntries(SIX_CHECK_ITEMS.map(([k]) => [k, { households: 0, people: 0 }])) };
    row.households += 1;
    row.people += people;
    for (const item of items) {
      const cell = row.items[item];
      if (cell) { cell.households += 1; cell.people += people; }
    }
    byVillage.set(survey.villageCode, row);
  }
  return [...byVillage.values()].sort((a, b) => a.villageCode.localeCompare(b.villageCode));
};

/** the table with the seed's headers (two header rows flattened: 「存在风险 户数」, 「义务教育保障 人数」 …) */
export const sixChecksTable = (rows: readonly VillageRisk[], villageName: (code: string) => string | null): Table => ({
  headers: ['序号', '行政村', '存在风险 户数', '存在风险 人数', ...SIX_CHECK_ITEMS.flatMap(([, zh]) => [`${zh} 户数`, `${zh} 人数`]), '备注'],
  rows: rows.map((r, i) => [String(i + 1), villageName(r.villageCode) ?? r.villageCode, String(r.households), String(r.people), ...SIX_CHECK_ITEMS.flatMap(([k]) => [String(r.items[k]?.households ?? 0), String(r.items[k]?.people ?? 0)]), '']),
});
