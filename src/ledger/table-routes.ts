import type { FastifyInstance, FastifyReply } from 'fastify';
import { authorizeRead } from '../auth/authenticate.ts';
import { chinaDateOf } from '../domain/dates.ts';
import { operation } from '../http/contract/operation.ts';
import { narrowRegion } from '../http/region-filter.ts';
import { attachment } from '../office/jobs.ts';
import { CSV_TYPE, XLSX_TYPE, toCsv } from '../office/sheet.ts';
import { xlsxStream } from './xlsx-stream.ts';
import type { Services } from '../services.ts';
import { ProblemError } from '../shared/problem.ts';
import { LedgerTableAnswer } from './answer-schemas.ts';
import { LEDGER_TABLES, TABLE_NAMES } from './tables.ts';
import type { LedgerTable, TableName } from './tables.ts';

/** the operation answers the table as JSON, and as CSV or xlsx with the same Chinese headers */
const withTableAnswers = <T extends { response?: unknown }>(schema: T): T => {
  const ok = (schema.response as Record<string, { content?: Record<string, unknown> }> | undefined)?.['200'];
  const file = { schema: { type: 'string', description: 'the table as a file, the seeds\' headers in its first row' } };
  if (ok?.content) ok.content = { ...ok.content, [CSV_TYPE.split(';')[0] ?? 'text/csv']: file, [XLSX_TYPE]: file };
  return schema;
};

/** what the xlsx's second sheet says: the title, the form's header fields and the column groups */
const notesOf = (t: LedgerTable): string[] => [
  t.title,
  ...Object.entries(t.header).map(([k, v]) => `${k}：${v}`),
  ...t.groups.map((g) => `${g.title}：第 ${g.from + 1}–${g.from + g.span} 列`),
];

export const sendTable = async (reply: FastifyReply, t: LedgerTable, format: 'json' | 'xlsx' | 'csv', filename: string) => {
  if (format === 'json') return reply.header('content-type', 'application/json; charset=utf-8').send({ title: t.title, headers: t.table.headers, rows: t.table.rows, header: { ...t.header, groups: t.groups } });
  // the xlsx is streamed row by row: a county's ledger is not held as a workbook in memory
  const body = format === 'csv' ? toCsv(t.table) : xlsxStream(t.table, t.title.slice(0, 31), notesOf(t));
  return reply.header('content-type', format === 'csv' ? CSV_TYPE : XLSX_TYPE).header('content-disposition', attachment(`${filename}.${format}`)).header('cache-control', 'private, no-store').send(body);
};

/** the tables offices hand in (004 附件3, 附件4; 000 附件1, 附件7), as JSON, xlsx or CSV */
export const registerTableRoutes = (app: FastifyInstance, services: Services): void => {
  app.get<{ Params: { table: TableName }; Querystring: { format?: 'json' | 'xlsx' | 'csv'; regionCode?: string; campaignId?: string } }>('/ledger-tables/:table', {
    schema: {
      ...withTableAnswers(operation({
        id: 'getLedgerTable', tag: 'ledger', zh: '整改台账报表（户内/面上台账、汇总表、整改成效统计表、问题清单）', en: 'The ledger\'s tables: household and area ledgers (004 附件3), summary (附件4), results (000 附件1), problem list (000 附件7)',
        about: ['format=json（默认）、xlsx 或 csv；列名与文件附件一致。', 'format=json (default), xlsx or csv; the columns are the seeds\' own.'],
        answers: { 200: { media: 'application/json', schema: LedgerTableAnswer } }, problems: ['FORBIDDEN_ROLE', 'REGION_OUTSIDE_JURISDICTION'],
      })),
      params: { type: 'object', properties: { table: { type: 'string', enum: [...TABLE_NAMES] } }, required: ['table'] },
      querystring: {
        type: 'object', additionalProperties: false,
        properties: { format: { type: 'string', enum: ['json', 'xlsx', 'csv'] }, regionCode: { type: 'string', pattern: '^\\d{2,12}$' }, campaignId: { type: 'string', format: 'uuid' } },
      },
    },
  }, async (request, reply) => {
    const identity = authorizeRead(request);
    const prefix = narrowRegion(request.query.regionCode, identity.jurisdiction);
    if (prefix === null) throw new ProblemError(403, 'REGION_OUTSIDE_JURISDICTION', '所选区域不在您的管辖范围内', 'The region asked for lies outside your jurisdiction');
    const day = chinaDateOf(services.clock.now().toISOString());
    const t = LEDGER_TABLES[request.params.table](services, { prefix, identity, day, ...(request.query.campaignId ? { campaignId: request.query.campaignId } : {}) });
    return sendTable(reply, t, request.query.format ?? 'json', `${t.title}-${prefix || '全部'}-${day}`);
  });
};
