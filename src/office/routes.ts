import type { IncomingMessage } from 'node:http';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { authorize, authorizeRead, identityOf } from '../auth/authenticate.ts';
import type { Services } from '../services.ts';
import { ProblemError } from '../shared/problem.ts';
import { Type } from 'typebox';
import { operation } from '../http/contract/operation.ts';
import { ImportReportSchema, JobSchema } from './answer-schemas.ts';
import { COLUMNS, HEADERS } from './household-columns.ts';
import { emptyFile, headerIndex, importHouseholds } from './household-import.ts';
import type { RowSource } from './household-import.ts';
import { JobQueue, attachment, jobRoutes, presentJob } from './jobs.ts';
import { answerTable, tableRoutes } from './tables/routes.ts';
import { printLinkRoutes } from './print/links.ts';
import type { PrintLinks } from './print/links.ts';
import { searchRoutes } from './search/routes.ts';
import { formRoutes } from './forms/routes.ts';
import { CSV_TYPE, XLSX_TYPE, csvRowsOf, toCsv, toXlsx, withFileAnswers, xlsxRows } from './sheet.ts';
import { SpooledFile, UploadSpool } from './upload-spool.ts';

export interface OfficeOptions {
  services: Services;
  /** a dry run of at most this many rows is answered directly; larger ones run as a job (default 1000) */
  directRows?: number;
  /** an export of at most this many rows is answered directly; larger ones run as a job (default 1000) */
  directExportRows?: number;
  /** the CJK font file PDFs embed (PDF_FONT) */
  pdfFont?: string;
  /** print links (POST /print-links) */
  printLinks?: PrintLinks;
  /** the largest file an import accepts (default 64 MB: a county's 200,000 households as xlsx are about 34 MB) */
  maxUploadBytes?: number;
}

const XLSX_MAGIC = Buffer.from('PK\u0003\u0004', 'latin1');
/** the uploaded file's rows, read from the start of the spooled file on each call (its rows are never all held) */
const rowSource = (file: SpooledFile): RowSource => {
  if (file.head.subarray(0, 4).equals(XLSX_MAGIC)) return () => xlsxRows(file.read());
  return () => csvRowsOf(file.read().setEncoding('utf8'));
};

/** the first `n` rows (at most): the header is checked and a small dry run answered directly before any job starts */
const firstRows = async (source: RowSource, n: number): Promise<string[][]> => {
  const rows: string[][] = [];
  for await (const row of source()) {
    rows.push(row);
    if (rows.length >= n) break;
  }
  return rows;
};

const TEMPLATE_NOTES = [
  '农户批量导入模板：每位家庭成员一行（户主也一行）；同一户的各行填写相同的户主身份证号，并上下连续排列。',
  '户的信息（户主身份证号至生产经营性支出）从该户的第一行读取，其他行可以不填。',
  '导入前请先试导入（dryRun=true）：每一行的每个错误都会列出行号、列名和错误代码。',
  ...COLUMNS.map((c) => `${c.header}${'required' in c && c.required ? '（必填）' : ''}：${c.note}`),
];

const booleanQuery = { type: 'string', enum: ['true', 'false'] } as const;

const sendFile = (reply: FastifyReply, filename: string, contentType: string, body: Buffer) =>
  reply.header('content-type', contentType).header('content-disposition', attachment(filename)).header('cache-control', 'private, no-store').send(body);

/** 办公: bulk import of households, export of lists to CSV/xlsx, and the jobs that run the long ones (issue 17) */
export const officeRoutes = async (app: FastifyInstance, options: OfficeOptions): Promise<void> => {
  const { services } = options;
  const jobs = new JobQueue({ clock: services.clock, newId: services.newId });
  const directRows = options.directRows ?? 1000;
  const directExportRows = options.directExportRows ?? 1000;
  const maxUploadBytes = options.maxUploadBytes ?? 64 * 1024 * 1024;
  jobRoutes(app, jobs);

  app.get<{ Params: { format: 'xlsx' | 'csv' } }>('/imports/households/template.:format', {
    schema: { ...withFileAnswers(operation({ id: 'getHouseholdImportTemplate', tag: 'office', zh: '农户导入模板（每名家庭成员一行）', en: 'The household import template (one row per member), xlsx or CSV', answers: { 200: { media: 'text/csv', schema: Type.String({ description: 'the file as CSV (UTF-8 with BOM); .xlsx answers application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }) } }, problems: ['FORBIDDEN_ROLE'] })), params: { type: 'object', properties: { format: { type: 'string', enum: ['xlsx', 'csv'] } }, required: ['format'] } },
  }, async (request, reply) => {
    authorizeRead(request);
    const table = { headers: HEADERS, rows: [] };
    return request.params.format === 'csv'
      ? sendFile(reply, '农户导入模板.csv', CSV_TYPE, toCsv(table))
      : sendFile(reply, '农户导入模板.xlsx', XLSX_TYPE, await toXlsx(table, '家庭成员', TEMPLATE_NOTES));
  });

  await app.register(async (scope) => {
    // the file goes to disk as it arrives (src/office/upload-spool.ts); the route or its job discards it
    const spool = new UploadSpool();
    scope.addHook('onClose', (_instance, done) => { spool.close(); done(); });
    for (const type of ['text/csv', XLSX_TYPE, 'application/octet-stream']) {
      scope.addContentTypeParser(type, (_request: FastifyRequest, payload: IncomingMessage) => spool.receive(payload, maxUploadBytes));
    }
    scope.post<{ Querystring: { dryRun?: string; partial?: string } }>('/imports/households', {
      bodyLimit: maxUploadBytes,
      schema: {
        ...operation({ id: 'importHouseholds', tag: 'office', zh: '从 CSV 或 xlsx 导入农户（dryRun 只检查，partial 只登记无误的户）', en: 'Import households from CSV or xlsx: dryRun=true judges only; partial=true registers the good households even if others are wrong', answers: { 200: ImportReportSchema, 202: JobSchema }, problems: ['FORBIDDEN_ROLE', 'IMPORT_FILE_REQUIRED', 'IMPORT_FILE_UNREADABLE', 'IMPORT_COLUMNS_MISSING', 'IMPORT_EMPTY'] }),
        querystring: { type: 'object', properties: { dryRun: booleanQuery, partial: booleanQuery }, additionalProperties: false },
      },
    }, async (request, reply) => {
      const identity = identityOf(request);
      const actor = authorize(request, 'household.import', null);
      const upload = request.body;
      if (!(upload instanceof SpooledFile) || upload.size === 0) {
        if (upload instanceof SpooledFile) await upload.discard();
        throw new ProblemError(415, 'IMPORT_FILE_REQUIRED', '请以 text/csv 或 xlsx 上传文件', 'Send the file as text/csv or xlsx');
      }
      const dryRun = request.query.dryRun === 'true';
      const partial = request.query.partial === 'true';
      const source = rowSource(upload);
      const run = (progress?: (d: number, t: number, e: number) => void) =>
        importHouseholds(services, source, { dryRun, partial, identity, actor, correlationId: String(request.id), progress });
      let handedToJob = false;
      try {
        let head: string[][];
        try {
          head = await firstRows(source, directRows + 2);
        } catch {
          throw new ProblemError(400, 'IMPORT_FILE_UNREADABLE', '文件无法读取：请上传 xlsx 或 UTF-8 编码的 CSV', 'The file cannot be read: send xlsx or UTF-8 CSV');
        }
        const [header] = head;
        if (!header) throw emptyFile();
        headerIndex(header); // a file without the template's columns is refused now, not as a failed job
        if (dryRun && head.length - 1 <= directRows) return (await run()).report;
        const job = jobs.submit(dryRun ? 'household-import-check' : 'household-import', identity, identity.jurisdiction, async (ctx) => {
          try {
            const { report, file } = await run((d, t, e) => ctx.progress(d, t, e));
            return file ? { result: report, file } : { result: report };
          } finally {
            await upload.discard();
          }
        });
        handedToJob = true;
        return reply.status(202).header('location', `/jobs/${job.id}`).send(presentJob(job));
      } finally {
        // refused, or answered directly: the file is done with (a job discards it when it ends)
        if (!handedToJob) await upload.discard();
      }
    });
  });

  const tables = { services, jobs, pdfFont: options.pdfFont, directRows: directExportRows };
  tableRoutes(app, tables);
  if (options.printLinks) printLinkRoutes(app, options.printLinks);
  searchRoutes(app, services);
  formRoutes(app, { services, pdfFont: options.pdfFont });

  // the lists (households, designations, monitoring cases) through the one table path; villageCode is the older name of regionCode
  app.get<{ Params: { list: string }; Querystring: { format?: 'xlsx' | 'csv'; villageCode?: string; regionCode?: string; async?: 'true' | 'false' } }>('/exports/:list', {
    schema: {
      ...withFileAnswers(operation({ id: 'exportList', tag: 'office', zh: '导出名单（农户、认定、监测对象）为 xlsx 或 CSV；数据量大时作为后台任务', en: 'Export a list (households, designations, monitoring cases) as xlsx or CSV: directly when small, as a job (202) when large or async=true (GET /tables/:id answers every table)', answers: { 200: { media: 'text/csv', schema: Type.String({ description: 'the file' }) }, 202: JobSchema }, problems: ['FORBIDDEN_ROLE', 'REGION_OUTSIDE_JURISDICTION', 'TABLE_NOT_FOUND'] })),
      params: { type: 'object', properties: { list: { type: 'string', enum: ['households', 'designations', 'monitoring-cases'] } }, required: ['list'] },
      querystring: { type: 'object', properties: { format: { type: 'string', enum: ['xlsx', 'csv'] }, villageCode: { type: 'string', pattern: '^\\d{2,12}$' }, regionCode: { type: 'string', pattern: '^\\d{2,12}$' }, async: booleanQuery }, additionalProperties: false },
    },
  }, async (request, reply) => {
    const { villageCode, regionCode, ...rest } = request.query;
    return answerTable(tables, request, reply, request.params.list, { ...rest, regionCode: regionCode ?? villageCode }, 'xlsx');
  });
};
