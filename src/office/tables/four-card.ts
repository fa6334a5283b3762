import { byVillageAndTownship, villageAndTownshipRows } from './common.ts';
import type { TableContext, TableSpec } from './spec.ts';

/**
 * households per card per village: [红, 黄, 绿, 蓝, 合计] — each household once, by its latest year's completed
 * designation (or the asked year's), counted as designations change (src/office/tables/four-card-counts.ts)
 */
export const cardCounts = (ctx: TableContext): Map<string, number[]> => ctx.services.fourCardCounts.perVillage(ctx.prefix, ctx.year);

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
