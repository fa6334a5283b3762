import type { DesignationRow } from '../../designations/projection.ts';
import { byVillageAndTownship, villageAndTownshipRows } from './common.ts';
import type { TableContext, TableSpec } from './spec.ts';

const CARDS = ['red', 'yellow', 'green', 'blue'] as const;

/**
 * The households' current card: of each household's designations completed (认定) in the region, the one of the
 * asked year, or without a year the latest year's. A household designated in two years counts once.
 */
export const currentCards = (ctx: TableContext): Map<string, DesignationRow> => {
  const byHousehold = new Map<string, DesignationRow>();
  for (const d of ctx.services.designations.list(ctx.prefix, ['designated'])) {
    if (d.context.card === null || (ctx.year !== undefined && d.context.year !== ctx.year)) continue;
    const before = byHousehold.get(d.context.householdId);
    if (!before || before.context.year <= d.context.year) byHousehold.set(d.context.householdId, d);
  }
  return byHousehold;
};

/** households per card per village: [红, 黄, 绿, 蓝, 合计] */
export const cardCounts = (ctx: TableContext): Map<string, number[]> => {
  const perVillage = new Map<string, number[]>();
  for (const d of currentCards(ctx).values()) {
    const counts = perVillage.get(d.context.villageCode) ?? [0, 0, 0, 0, 0];
    perVillage.set(d.context.villageCode, counts);
    const i = CARDS.indexOf(d.context.card as (typeof CARDS)[number]);
    if (i >= 0) counts[i] = (counts[i] ?? 0) + 1;
    counts[4] = (counts[4] ?? 0) + 1;
  }
  return perVillage;
};

/** 分类管理名单（汇总）: households designated per card, by village with township subtotals and the total */
export const fourCardTable: TableSpec = {
  id: 'four-card',
  title: '红黄绿蓝卡分类管理名单汇总表',
  en: 'Four-card classification: households per card by village and township',
  params: ['year'],
  columns: () => [
    { header: '乡镇', width: 14 }, { header: '村', width: 14 },
    ...['红卡户', '黄卡户', '绿卡户', '蓝卡户', '合计'].map((header) => ({ header, group: '分类管理户数（户）', width: 8 })),
  ],
  count: (ctx) => villageAndTownshipRows(cardCounts(ctx).keys()),
  rows: (ctx) => byVillageAndTownship(ctx.services, cardCounts(ctx), 5),
};
