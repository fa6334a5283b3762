import { chinaDateOf } from '../domain/dates.ts';
import { registerTable } from '../office/tables/registry.ts';
import type { TableColumn, TableContext, TableSpec } from '../office/tables/spec.ts';
import { LEDGER_TABLES } from './tables.ts';
import type { LedgerTable, TableName } from './tables.ts';

/**
 * The ledger's tables (004 附件3, 附件4; 000 附件1, 附件7) in the one export path of src/office/tables: JSON, xlsx
 * with merged headers and the 填报 line, CSV, HTML and PDF to print, and jobs for large ones — nothing of their own.
 * A table is drawn once per request (its context) and read by columns, count and rows.
 */
const drawn = new WeakMap<TableContext, LedgerTable>();

const draw = (name: TableName, ctx: TableContext): LedgerTable => {
  let t = drawn.get(ctx);
  if (!t) {
    t = LEDGER_TABLES[name](ctx.services, {
      prefix: ctx.prefix,
      identity: ctx.identity,
      day: chinaDateOf(ctx.services.clock.now().toISOString()),
      ...(ctx.campaignId ? { campaignId: ctx.campaignId } : {}),
    });
    drawn.set(ctx, t);
  }
  return t;
};

/** each column under the narrowest group that covers it (the export merges one level of header cells) */
const columnsOf = (t: LedgerTable): TableColumn[] =>
  t.table.headers.map((header, i) => {
    const covering = t.groups.filter((g) => g.from <= i && i < g.from + g.span).sort((a, b) => a.span - b.span)[0];
    return covering ? { header, group: covering.title } : { header };
  });

const spec = (name: TableName, title: string, en: string): TableSpec => ({
  id: `ledger-${name}`,
  title,
  en,
  params: ['campaignId'],
  columns: (ctx) => columnsOf(draw(name, ctx)),
  count: (ctx) => draw(name, ctx).table.rows.length,
  rows: (ctx) => draw(name, ctx).table.rows,
  landscape: true,
});

export const LEDGER_TABLE_SPECS: readonly TableSpec[] = [
  spec('household-ledger', '集中排查问题整改台账（户内问题）', 'Rectification ledger, household-level problems (004 附件3)'),
  spec('area-ledger', '集中排查问题整改台账（面上问题）', 'Rectification ledger, area-level problems (004 附件3)'),
  spec('summary', '集中排查整改情况汇总表', 'Summary per unit and problem type (004 附件4)'),
  spec('results', '乡镇"回头看"整改成效统计表', 'Rectification results per item and household group (000 附件1)'),
  spec('problem-list', '行动问题清单', 'Problem list (000 附件7)'),
];

let registered = false;
/** adds the ledger's tables to the registry once per process (every app shares the registry) */
export const registerLedgerTables = (): void => {
  if (registered) return;
  registered = true;
  for (const s of LEDGER_TABLE_SPECS) registerTable(s);
};
