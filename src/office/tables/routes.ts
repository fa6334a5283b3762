import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { JobSchema } from '../answer-schemas.ts';
import { Type } from 'typebox';
import { authorizeRead } from '../../auth/authenticate.ts';
import type { Identity } from '../../auth/identity.ts';
import { operation } from '../../http/contract/operation.ts';
import { limitParam, offsetParam } from '../../http/query-params.ts';
import { narrowRegion } from '../../http/region-filter.ts';
import type { Services } from '../../services.ts';
import { ProblemError } from '../../shared/problem.ts';
import { attachment, presentJob } from '../jobs.ts';
import type { JobQueue } from '../jobs.ts';
import { pdfFontPath } from '../print/pdf.ts';
import { tableHtml, tablePdf } from '../print/table-print.ts';
import { CSV_TYPE, XLSX_TYPE, withMediaAnswers } from '../sheet.ts';
import { tableJson, writeTableCsv, writeTableXlsx } from './export.ts';
import { allTables, tableById } from './registry.ts';
import type { TableContext, TableSpec } from './spec.ts';

export type TableFormat = 'json' | 'xlsx' | 'csv' | 'html' | 'pdf';

export interface TableQuery {
  regionCode?: string;
  format?: TableFormat;
  year?: number;
  noticeId?: string;
  campaignId?: string;
  offset?: number;
  limit?: number;
  async?: 'true' | 'false';
  ticket?: string;
}

export interface TableRouteOptions {
  services: Services;
  jobs: JobQueue;
  pdfFont?: string;
  /** an xlsx/csv of at most this many rows is answered directly; larger ones (or async=true) run as a job */
  directRows: number;
}

export const tableQuerySchema = (formats: readonly TableFormat[]) => ({
  type: 'object',
  properties: {
    regionCode: { type: 'string', pattern: '^\\d{2,14}$' },
    format: { type: 'string', enum: formats },
    year: { type: 'integer', minimum: 2000, maximum: 2100 },
    noticeId: { type: 'string', minLength: 1, maxLength: 64 },
    campaignId: { type: 'string', format: 'uuid' },
    offset: offsetParam,
    limit: limitParam(10000, 1000),
    async: { type: 'string', enum: ['true', 'false'] },
    ticket: { type: 'string', minLength: 1, maxLength: 200, description: 'a print link\'s ticket (POST /print-links) instead of the Authorization header' },
  },
  additionalProperties: false,
}) as const;

const TABLE_PROBLEMS = ['FORBIDDEN_ROLE', 'TABLE_NOT_FOUND', 'NOTICE_NOT_FOUND', 'REGION_OUTSIDE_JURISDICTION', 'PDF_FONT_MISSING', 'JOB_RESULT_TOO_LARGE'] as const;

const FILE_MEDIA = (description: string) => ({ media: 'text/csv', schema: Type.String({ description }) });

export const TableAnswer = Type.Object({
  id: Type.String(),
  title: Type.String({ description: 'the seed\'s title' }),
  regionCode: Type.String(),
  filledBy: Type.Object({ unit: Type.String({ description: '填报单位' }), person: Type.String({ description: '填报人' }), at: Type.String({ description: '填报时间' }) }, { additionalProperties: false }),
  headerGroups: Type.Array(Type.Object({ title: Type.String(), from: Type.Integer(), span: Type.Integer() }, { additionalProperties: false }), { description: 'merged header cells over columns [from, from + span)' }),
  headers: Type.Array(Type.String()),
  total: Type.Integer({ description: 'rows in the table' }),
  offset: Type.Integer(),
  rows: Type.Array(Type.Array(Type.String())),
}, { additionalProperties: false });

const TEXT = (description: string) => Type.String({ description });
const TABLE_MEDIA = {
  'application/json': TableAnswer,
  [XLSX_TYPE]: TEXT('xlsx: title row, merged header cells, 填报单位/填报人/填报时间'),
  'text/csv': TEXT('CSV, UTF-8 with BOM'),
  'text/html': TEXT('a page to print (A4)'),
  'application/pdf': TEXT('A4 PDF with the CJK font embedded'),
};

/** the table's context for this reader: the region narrowed to its jurisdiction (a disjoint one is refused) */
const contextFor = (services: Services, identity: Identity, query: TableQuery): TableContext => {
  const prefix = narrowRegion(query.regionCode, identity.jurisdiction);
  if (prefix === null) throw new ProblemError(403, 'REGION_OUTSIDE_JURISDICTION', '所选地区不在您的管辖范围内', 'The region is outside your jurisdiction');
  return { services, identity, prefix, year: query.year, noticeId: query.noticeId, ...(query.campaignId ? { campaignId: query.campaignId } : {}) };
};

export const specOf = (id: string): TableSpec => {
  const spec = tableById(id);
  if (!spec) throw new ProblemError(404, 'TABLE_NOT_FOUND', `没有报表 ${id}（GET /tables 列出全部报表）`, `No table ${id} (GET /tables lists them)`);
  return spec;
};

const send = (reply: FastifyReply, filename: string, contentType: string, body: Buffer | string) =>
  reply.header('content-type', contentType).header('content-disposition', attachment(filename)).header('cache-control', 'private, no-store').send(body);

/** nothing but the page's own inline styles */
const PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/**
 * One export path for every table of the registry: JSON (a page of rows), xlsx and CSV (directly when small, as a
 * job with progress when large), and HTML / PDF to print. `/exports/:list` and `/print/tables/:id` come here too.
 */
export const answerTable = async (options: TableRouteOptions, request: FastifyRequest, reply: FastifyReply, id: string, query: TableQuery, fallback: TableFormat) => {
  const { services, jobs } = options;
  const identity = authorizeRead(request);
  const spec = specOf(id);
  const ctx = contextFor(services, identity, query);
  const format = query.format ?? fallback;
  const day = services.clock.now().toISOString().slice(0, 10);
  const filename = `${spec.title}-${ctx.prefix || '全部'}-${day}.${format}`;
  if (format === 'json') return tableJson(spec, ctx, query.offset ?? 0, query.limit ?? 1000);
  if (format === 'html') {
    return reply.type('text/html; charset=utf-8').header('content-security-policy', PAGE_CSP).header('cache-control', 'private, no-store').send(tableHtml(spec, ctx));
  }
  if (format === 'pdf') {
    const font = pdfFontPath(options.pdfFont);
    return reply.type('application/pdf').header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(filename)}`).header('cache-control', 'private, no-store').send(await tablePdf(spec, ctx, font));
  }
  const contentType = format === 'csv' ? CSV_TYPE : XLSX_TYPE;
  const write = (progress?: (done: number) => void) => (format === 'csv' ? writeTableCsv(spec, ctx, progress) : writeTableXlsx(spec, ctx, progress));
  const total = spec.count(ctx);
  if (query.async !== 'true' && total <= options.directRows) return send(reply, filename, contentType, await write());
  const job = jobs.submit(`table-${spec.id}`, identity, ctx.prefix, async (job) => {
    job.progress(0, total);
    const body = await write((done) => job.progress(done, total));
    job.progress(total, total);
    return { file: { filename, contentType, body }, result: { table: spec.id, rows: total } };
  });
  return reply.status(202).header('location', `/jobs/${job.id}`).send(presentJob(job));
};

const TableList = Type.Object({
  items: Type.Array(Type.Object({ id: Type.String(), title: Type.String(), en: Type.String(), params: Type.Array(Type.String()) }, { additionalProperties: false })),
}, { additionalProperties: false });

export const tableRoutes = (app: FastifyInstance, options: TableRouteOptions): void => {
  app.get('/tables', {
    schema: operation({ id: 'listTables', tag: 'office', zh: '可导出、打印的报表', en: 'The tables that can be exported and printed', answers: { 200: TableList }, problems: ['FORBIDDEN_ROLE'] }),
  }, async (request) => {
    authorizeRead(request);
    return { items: allTables().map((t) => ({ id: t.id, title: t.title, en: t.en, params: [...(t.params ?? [])] })) };
  });

  const formats = ['json', 'xlsx', 'csv', 'html', 'pdf'] as const;
  app.get<{ Params: { id: string }; Querystring: TableQuery }>('/tables/:id', {
    schema: {
      ...withMediaAnswers(operation({
        id: 'getTable', tag: 'office', zh: '报表：JSON、xlsx（标题、合并表头、填报单位/填报人/填报时间）、CSV（UTF-8 带 BOM）、可打印的 HTML 和 PDF',
        en: 'A table as JSON, xlsx (title, merged headers, filled-by lines), CSV (UTF-8 with BOM), printable HTML or PDF; a large xlsx/CSV runs as a job (202)',
        answers: { 200: FILE_MEDIA('the table in the asked format: application/json (default), xlsx, text/csv, text/html or application/pdf'), 202: JobSchema },
        problems: [...TABLE_PROBLEMS],
      }), TABLE_MEDIA),
      params: { type: 'object', properties: { id: { type: 'string', pattern: '^[a-z0-9-]{1,64}$' } }, required: ['id'] },
      querystring: tableQuerySchema(formats),
    },
  }, async (request, reply) => answerTable(options, request, reply, request.params.id, request.query, 'json'));

  app.get<{ Params: { id: string }; Querystring: TableQuery }>('/print/tables/:id', {
    schema: {
      ...withMediaAnswers(operation({ id: 'printTable', tag: 'office', zh: '打印报表（HTML 或 PDF，A4）；可用打印链接的票据代替令牌', en: 'A table to print (HTML or PDF, A4); a print link\'s ticket may stand for the token', answers: { 200: { media: 'text/html', schema: Type.String({ description: 'the page (or application/pdf)' }) } }, problems: [...TABLE_PROBLEMS, 'PRINT_LINK_INVALID'] }), { 'text/html': TABLE_MEDIA['text/html'], 'application/pdf': TABLE_MEDIA['application/pdf'] }),
      params: { type: 'object', properties: { id: { type: 'string', pattern: '^[a-z0-9-]{1,64}$' } }, required: ['id'] },
      querystring: tableQuerySchema(['html', 'pdf']),
    },
  }, async (request, reply) => answerTable(options, request, reply, request.params.id, request.query, 'html'));
};
