import { Type } from 'typebox';
import { Instant, Nullable, StringEnum } from '../http/contract/types.ts';

/** one finding of an import: where (sheet row, column) and what (a stable code, in Chinese and English) */
const RowError = Type.Object({
  row: Type.Integer({ minimum: 1, description: 'the sheet row (the header is row 1)' }),
  column: Nullable(Type.String({ description: 'the column header, as in the template' })),
  code: Type.String({ description: 'a stable code: REQUIRED, NOT_IN_ENUM, NOT_A_NUMBER, HOUSEHOLD_ROWS_APART, OUTSIDE_JURISDICTION, a resident-ID or data-check code …' }),
  message_zh: Type.String(),
  message_en: Type.String(),
}, { additionalProperties: false });

const count = (description: string) => Type.Integer({ minimum: 0, description });

/** an import's answer: a dry run's, or a job's result (src/office/household-import.ts ImportReport) */
export const ImportReportSchema = Type.Object({
  dryRun: Type.Boolean(),
  partial: Type.Boolean(),
  rows: count('data rows read'),
  households: count('households read (a household is its contiguous rows)'),
  valid: count('households that pass every rule'),
  new: count('valid households not registered yet (counted by a dry run and a partial import)'),
  existing: count('valid households whose head is registered already: left as they are'),
  registered: count('households this import registered'),
  refused: count('households refused (their rows have errors)'),
  errorCount: count('errors in all'),
  warningCount: count('warnings in all'),
  truncated: Type.Boolean({ description: 'a list below was cut at 1,000 entries: the job\'s result file (GET /jobs/{id}/result, CSV) lists every one' }),
  errors: Type.Array(RowError, { description: 'the first 1,000 errors' }),
  warnings: Type.Array(RowError, { description: 'the first 1,000 warnings' }),
  registeredHouseholds: Type.Array(Type.Object({ row: Type.Integer({ minimum: 1 }), householdId: Type.String() }, { additionalProperties: false }), { description: 'the first 1,000 households registered, with their head\'s sheet row' }),
}, { additionalProperties: false, description: 'what an import found and did' });

/** a table export's result */
const TableExportResult = Type.Object({ table: Type.String({ description: 'the table\'s id (GET /tables)' }), rows: count('rows exported') }, { additionalProperties: false });

/** a long piece of work (an import, an export) and how far it is */
export const JobSchema = Type.Object({
  id: Type.String(),
  kind: Type.String({ description: 'household-import, household-import-check (a dry run), or table-{table id}' }),
  state: StringEnum(['queued', 'running', 'succeeded', 'failed']),
  progress: Type.Object({
    done: count('households or rows done'),
    total: count('of how many (0 while not known yet)'),
    errors: count('errors found so far'),
  }, { additionalProperties: false }),
  createdAt: Instant(),
  startedAt: Nullable(Instant()),
  finishedAt: Nullable(Instant()),
  expiresAt: Nullable(Instant('when the finished job and its file are forgotten')),
  result: Type.Union([ImportReportSchema, TableExportResult, Type.Null()], { description: 'an import\'s report or an export\'s count, once succeeded; null before' }),
  download: Type.Optional(Type.Object({
    href: Type.String(), filename: Type.String(), contentType: Type.String(), bytes: count('the file\'s size'),
  }, { additionalProperties: false, description: 'the result file, while it is kept' })),
  error: Type.Optional(Type.Object({ code: Type.String(), message_zh: Type.String(), message_en: Type.String() }, { additionalProperties: false })),
}, { additionalProperties: false });
