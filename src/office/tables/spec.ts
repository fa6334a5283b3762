import type { Identity } from '../../auth/identity.ts';
import type { Services } from '../../services.ts';

/** one column of a table; consecutive columns with the same `group` sit under one merged header cell */
export interface TableColumn {
  header: string;
  group?: string;
  /** relative width in characters (xlsx column width, PDF share); defaults from the header */
  width?: number;
}

/** what a table is asked for: the caller, the region (already narrowed to its jurisdiction) and the table's own parameters */
export interface TableContext {
  services: Services;
  identity: Identity;
  /** the region code prefix the rows come from */
  prefix: string;
  year?: number;
  noticeId?: string;
  /** a campaign (排查/督查) the ledger's tables are limited to */
  campaignId?: string;
}

export type TableParam = 'year' | 'noticeId' | 'campaignId';

/**
 * A table as an office hands it in: the seed's title, its columns (with merged header groups) and its rows from the
 * read models of a region. One definition per table; src/office/tables/export.ts answers every one of them as JSON,
 * xlsx (title row, merged headers, 填报单位/填报人/填报时间), CSV (UTF-8 with BOM), and printable HTML/PDF.
 * Other chains (ledger, surveys) plug in with `registerTable`.
 */
export interface TableSpec {
  id: string;
  /** the seed's title, as printed */
  title: string;
  en: string;
  /** query parameters the table needs beyond regionCode */
  params?: readonly TableParam[];
  columns(ctx: TableContext): TableColumn[];
  /** how many rows the selection holds (decides a direct answer or a job) */
  count(ctx: TableContext): number;
  /** the rows, as `ctx.identity` may see them; produced lazily so a county's rows never sit in memory at once */
  rows(ctx: TableContext): Iterable<string[]>;
  /** lines printed under the title on paper (the notice's period, where to object) */
  printLines?(ctx: TableContext): string[];
  /** lines printed under the table on paper (seals, dates) */
  footer?(ctx: TableContext): string[];
  /** the printed page: portrait (default) or landscape */
  landscape?: boolean;
}

/** header groups as merged cells: [{ title, from (0-based column), span }] for the columns that have a group */
export const headerGroups = (columns: readonly TableColumn[]): { title: string; from: number; span: number }[] => {
  const groups: { title: string; from: number; span: number }[] = [];
  columns.forEach((c, i) => {
    const last = groups[groups.length - 1];
    if (c.group === undefined) return;
    if (last && last.title === c.group && last.from + last.span === i) last.span += 1;
    else groups.push({ title: c.group, from: i, span: 1 });
  });
  return groups;
};
