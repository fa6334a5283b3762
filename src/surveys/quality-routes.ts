import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { authorizeRead, outsideJurisdiction } from '../auth/authenticate.ts';
import { within } from '../auth/identity.ts';
import { chinaDateOf } from '../domain/dates.ts';
import { READ, READ_ONE } from '../http/contract/groups.ts';
import { operation } from '../http/contract/operation.ts';
import { Nullable } from '../http/contract/types.ts';
import { narrowRegion } from '../http/region-filter.ts';
import { runChecklist } from '../households/checklist.ts';
import { dataQualityReport } from '../households/data-quality.ts';
import type { Services } from '../services.ts';
import { XLSX_TYPE, toXlsx } from '../office/sheet.ts';
import { sixChecksStatistics, sixChecksTable } from './six-checks-table.ts';

const Hit = Type.Object({ no: Type.Integer({ minimum: 1, maximum: 26 }), code: Type.String(), strength: Type.String({ description: 'blocking (an error to correct) / warning (to verify)' }), zh: Type.String(), en: Type.String(), member: Type.Optional(Type.Integer()) });
const Row = Type.Object({
  code: Type.String(), name: Nullable(Type.String()), households: Type.Integer(), householdsWithErrors: Type.Integer(), errors: Type.Integer(), warnings: Type.Integer(),
  byItem: Type.Object({}, { additionalProperties: Type.Integer(), description: 'hits by checklist item number (1–26)' }), errorRate: Type.Number(), rank: Type.Integer(),
});
const Report = Type.Object({ regionCode: Type.String(), asOf: Type.String(), households: Type.Integer(), townships: Type.Array(Row), villages: Type.Array(Row) });

/** an operation whose 200 answer is JSON, or the same table as xlsx (format=xlsx) */
const withXlsx = <T extends { response?: unknown }>(schema: T): T => {
  const ok = (schema.response as Record<string, { content?: Record<string, unknown> }> | undefined)?.['200'];
  if (ok?.content) ok.content[XLSX_TYPE] = { schema: { type: 'string', description: 'the table as xlsx' } };
  return schema;
};

/** seed 002's 26 checks: per household, and the data-quality report per township and village, ranked */
export const registerDataQuality = (app: FastifyInstance, services: Services): void => {
  app.get<{ Params: { id: string } }>('/households/:id/data-checks', {
    schema: {
      ...operation({ id: 'getHouseholdDataChecks', tag: 'surveys', zh: '建档立卡户信息核查清单（26项）核查结果', en: "Seed 002's 26 data checks on one household: each hit with its item, strength and member", answers: { 200: Type.Object({ householdId: Type.String(), items: Type.Array(Hit) }) }, problems: READ_ONE }),
      params: { type: 'object', properties: { id: { type: 'string', format: 'uuid' } }, required: ['id'] },
    },
  }, async (request) => {
    const identity = authorizeRead(request);
    const row = services.households.get(request.params.id);
    if (!row || !within(identity, row.villageCode)) throw outsideJurisdiction();
    return { householdId: row.id, items: runChecklist(row.household, chinaDateOf(services.clock.now().toISOString())) };
  });

  app.get<{ Querystring: { regionCode?: string; format?: 'json' | 'xlsx' } }>('/tables/six-checks-risks', {
    schema: {
      ...withXlsx(operation({ id: 'getSixChecksRiskStatistics', tag: 'surveys', zh: '脱贫户"六看"存在风险情况统计表（附件5），JSON 或 xlsx', en: "Seed 002 附件5: per village, households and people whose latest 六看 survey found a risk, in all and by indicator (JSON, or xlsx with the seed's headers)", answers: { 200: { media: 'application/json', schema: Type.Object({ regionCode: Type.String(), headers: Type.Array(Type.String()), rows: Type.Array(Type.Array(Type.String())) }) } }, problems: READ })),
      querystring: { type: 'object', properties: { regionCode: { type: 'string', pattern: '^\\d{2,12}$' }, format: { type: 'string', enum: ['json', 'xlsx'] } }, additionalProperties: false },
    },
  }, async (request, reply) => {
    const identity = authorizeRead(request);
    const region = narrowRegion(request.query.regionCode, identity.jurisdiction);
    const surveys = region === null ? [] : services.surveys.latestOn('six-checks-002', region);
    const table = sixChecksTable(sixChecksStatistics(surveys, (id) => services.households.get(id)?.household.members.length ?? 0), (code) => services.regions.nameOf(code));
    if (request.query.format === 'xlsx') {
      return reply.header('content-type', XLSX_TYPE).header('content-disposition', 'attachment; filename="six-checks-risks.xlsx"').send(await toXlsx(table, '六看存在风险情况统计表'));
    }
    return { regionCode: region ?? request.query.regionCode ?? identity.jurisdiction, ...table };
  });

  app.get<{ Querystring: { regionCode?: string } }>('/data-quality', {
    schema: {
      ...operation({ id: 'getDataQuality', tag: 'surveys', zh: '建档立卡数据质量（26项核查）按乡镇、村统计并排名', en: 'Data quality by the 26 checks, per township and village, ranked by errors per household (fewest first)', answers: { 200: Report }, problems: READ }),
      querystring: { type: 'object', properties: { regionCode: { type: 'string', pattern: '^\\d{2,12}$' } }, additionalProperties: false },
    },
  }, async (request) => {
    const identity = authorizeRead(request);
    const region = narrowRegion(request.query.regionCode, identity.jurisdiction);
    const asOf = chinaDateOf(services.clock.now().toISOString());
    const rows = region === null ? [] : services.households.list(region, 0, Number.MAX_SAFE_INTEGER).items.map((r) => r.household);
    const report = dataQualityReport(rows, asOf);
    const named = <T extends { code: string }>(r: T) => ({ ...r, name: services.regions.nameOf(r.code) });
    return { regionCode: region ?? request.query.regionCode ?? identity.jurisdiction, asOf, households: report.households, townships: report.townships.map(named), villages: report.villages.map(named) };
  });
};
