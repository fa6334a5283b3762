import type { IsoDate } from '../domain/dates.ts';
import type { Household } from '../domain/household.ts';
import { isRegistered } from '../domain/household-traits.ts';
import { runChecklist } from './checklist.ts';

/** one township's or village's data quality: how many registered households, how many with errors, by item */
export interface QualityRow {
  code: string;
  households: number;
  /** households with at least one blocking hit (an error to correct) */
  householdsWithErrors: number;
  errors: number;
  warnings: number;
  /** hits by checklist item number */
  byItem: Record<string, number>;
  /** errors per registered household: what the ranking orders by (lower is better) */
  errorRate: number;
  rank: number;
}

const emptyRow = (code: string): Omit<QualityRow, 'errorRate' | 'rank'> => ({ code, households: 0, householdsWithErrors: 0, errors: 0, warnings: 0, byItem: {} });

const ranked = (rows: Map<string, Omit<QualityRow, 'errorRate' | 'rank'>>): QualityRow[] =>
  [...rows.values()]
    .map((r) => ({ ...r, errorRate: r.households === 0 ? 0 : Math.round((r.errors / r.households) * 1000) / 1000, rank: 0 }))
    .sort((a, b) => a.errorRate - b.errorRate || a.householdsWithErrors - b.householdsWithErrors || a.code.localeCompare(b.code))
    .map((r, i, all) => ({ ...r, rank: 1 + all.findIndex((x) => x.errorRate === r.errorRate) })); // ties share the better rank

/**
 * The 26 checks over every registered household under a region, counted per village and per township and ranked
 * (seed 002: 对各乡镇建档立卡数据质量进行排名) — the fewer errors per household, the better the rank.
 */
export const dataQualityReport = (households: Iterable<Household>, asOf: IsoDate): { townships: QualityRow[]; villages: QualityRow[]; households: number } => {
  const townships = new Map<string, Omit<QualityRow, 'errorRate' | 'rank'>>();
  const villages = new Map<string, Omit<QualityRow, 'errorRate' | 'rank'>>();
  let total = 0;
  for (const h of households) {
    if (!isRegistered(h)) continue;
    total += 1;
    const hits = runChecklist(h, asOf);
    const errors = hits.filter((x) => x.strength === 'blocking').length;
    for (const [map, code] of [[townships, h.villageCode.slice(0, 9)], [villages, h.villageCode]] as const) {
      const row = map.get(code) ?? emptyRow(code);
      row.households += 1;
      row.errors += errors;
      row.warnings += hits.length - errors;
      if (errors > 0) row.householdsWithErrors += 1;
      for (const hit of hits) row.byItem[hit.no] = (row.byItem[hit.no] ?? 0) + 1;
      map.set(code, row);
    }
  }
  return { townships: ranked(townships), villages: ranked(villages), households: total };
};
