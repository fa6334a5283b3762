import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { formDate } from '../../audit/approval-form-html.ts';
import { placeName } from './common.ts';
import { headerGroups } from './spec.ts';
import type { TableColumn, TableContext, TableSpec } from './spec.ts';

/** the lines an office writes above a table it hands in: who fills it in, who, when */
export interface FilledBy {
  unit: string;
  person: string;
  at: string;
}

export const filledBy = (ctx: TableContext): FilledBy => ({
  unit: ctx.prefix === '' ? '全部地区' : placeName(ctx.services, ctx.prefix),
  person: ctx.identity.name ?? ctx.identity.id,
  at: formDate(ctx.services.clock.now().toISOString()),
});

export const filledLine = (f: FilledBy): string => `填报单位（盖章）：${f.unit}\u3000\u3000填报人：${f.person}\u3000\u3000填报时间：${f.at}`;

/** a CSV header cell: the group's title before the column's where there is one (红卡 under 分类管理户数 → 分类管理户数-红卡户) */
const flatHeader = (c: TableColumn): string => (c.group === undefined ? c.header : `${c.group}-${c.header}`);

/** lets the event loop turn every 1,000 rows and reports progress: requests are served while a county is written */
const YIELD_EVERY = 1000;
const turn = () => new Promise<void>((resolve) => { setImmediate(resolve); });

/** the table as JSON: title, filled-by lines, merged header groups, headers, a page of rows */
export const tableJson = (spec: TableSpec, ctx: TableContext, offset: number, limit: number) => {
  const columns = spec.columns(ctx);
  const rows: string[][] = [];
  let total = 0;
  for (const row of spec.rows(ctx)) {
    if (total >= offset && rows.length < limit) rows.push(row);
    total += 1;
  }
  return { id: spec.id, title: spec.title, regionCode: ctx.prefix, filledBy: filledBy(ctx), headerGroups: headerGroups(columns), headers: columns.map((c) => c.header), total, offset, rows };
};

/** CSV, UTF-8 with a BOM, one header row (a group's title joined to its columns'); built chunk by chunk */
export const writeTableCsv = async (spec: TableSpec, ctx: TableContext, progress?: (done: number) => void): Promise<Buffer> => {
  const cell = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  const chunks: Buffer[] = [Buffer.from(`\uFEFF${spec.columns(ctx).map(flatHeader).map(cell).join(',')}\r\n`, 'utf8')];
  let lines: string[] = [];
  let done = 0;
  for (const row of spec.rows(ctx)) {
    lines.push(row.map(cell).join(','));
    if (++done % YIELD_EVERY === 0) {
      chunks.push(Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8'));
      lines = [];
      progress?.(done);
      await turn();
    }
  }
  if (lines.length > 0) chunks.push(Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8'));
  return Buffer.concat(chunks);
};

const THIN = { style: 'thin' } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/**
 * xlsx as the seeds print their tables: the title across the table (row 1), the 填报单位/填报人/填报时间 line (row 2),
 * the header in two rows with merged cells (a group over its columns; a column without a group spans both rows),
 * then the data. Written with exceljs's streaming writer: each row is committed (zipped away) as it is made, so a
 * county's 200,000 rows are never held as cells; the file itself is kept (compressed) for the download.
 */
export const writeTableXlsx = async (spec: TableSpec, ctx: TableContext, progress?: (done: number) => void): Promise<Buffer> => {
  const columns = spec.columns(ctx);
  const groups = headerGroups(columns);
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise<void>((resolve, reject) => { out.on('end', resolve); out.on('error', reject); });
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const sheet = book.addWorksheet(spec.title.slice(0, 31), { views: [{ state: 'frozen', ySplit: groups.length > 0 ? 4 : 3 }], pageSetup: { paperSize: 9, orientation: spec.landscape ? 'landscape' : 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  sheet.columns = columns.map((c) => ({ width: c.width ?? Math.max(8, c.header.length * 2 + 2), style: { numFmt: '@' } }));
  const width = columns.length;
  const title = sheet.addRow([spec.title]);
  title.font = { bold: true, size: 16 };
  title.alignment = { horizontal: 'center' };
  title.height = 28;
  sheet.mergeCells(1, 1, 1, width);
  title.commit();
  const filled = sheet.addRow([filledLine(filledBy(ctx))]);
  sheet.mergeCells(2, 1, 2, width);
  filled.commit();
  const headerRows = groups.length > 0 ? 2 : 1;
  const top = sheet.addRow(columns.map((c) => c.group ?? c.header));
  const bottom = headerRows === 2 ? sheet.addRow(columns.map((c) => c.header)) : null;
  for (const r of [top, bottom]) {
    if (!r) continue;
    r.font = { bold: true };
    r.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    r.eachCell({ includeEmpty: true }, (cell) => { cell.border = BORDER; });
  }
  if (bottom) {
    for (const g of groups) if (g.span > 1) sheet.mergeCells(3, g.from + 1, 3, g.from + g.span);
    columns.forEach((c, i) => { if (c.group === undefined) sheet.mergeCells(3, i + 1, 4, i + 1); });
  }
  top.commit();
  bottom?.commit();
  let done = 0;
  for (const values of spec.rows(ctx)) {
    const row = sheet.addRow(values);
    row.eachCell({ includeEmpty: false }, (cell) => { cell.border = BORDER; });
    row.commit();
    if (++done % YIELD_EVERY === 0) {
      progress?.(done);
      await turn();
    }
  }
  sheet.commit();
  await book.commit();
  await ended;
  return Buffer.concat(chunks);
};

export const XLSX_HEADER_ROWS = (spec: TableSpec, ctx: TableContext): number => 2 + (headerGroups(spec.columns(ctx)).length > 0 ? 2 : 1);
