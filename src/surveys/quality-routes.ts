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

const Hit = Type.Object({ no: Type.Integer({ minimum: 1, maximum: 26 }), code: Type.String(), strength: Type.String({ description: 'blocking (an error to correct) / warning (to verify)' }), zh: Type.String(), en: Type.String(), member: Type.Optional(Type.Integer()) });
const Row = Type.Object({
  code: Type.String(), name: Nullable(Type.String()), households: Type.Integer(), householdsWithErrors: Type.Integer(), errors: Type.Integer(), warnings: Type.Integer(),
  byItem: Type.Object({}, { additionalProperties: Type.Integer(), description: 'hits by checklist item number (1–26)' }), errorRate: Type.Number(), rank: Type.Integer(),
});
const Report = Type.Object({ regionCode: Type.String(), asOf: Type.String(), households: Type.Integer(), townships: Type.Array(Row), villages: Type.Array(Row) });

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

  app.get<{ Querystring: { regionCode?: string } }>('/data-quality', {
    schema: {
      ...operation({ id: 'getDataQuality', tag: 'surveys', zh: '建档立卡数据质量（26项核查）按乡镇、村统计并排名', en: 'Data quality by the 26 checks, per township and village, ranked by errors per household (fewest first)', answers: { 200: Report }, problems: READ }),
      querystring: { type: 'object', properties: { regionCode: { type: 'string', pattern: '^\\d{2,12}$' } }, additionalProperties: false },
    },
  }, async (request) => {
    const identity = authorizeRead(request);
    const region = narrowRegion(request.query.regionCode, identity.jurisdiction);
    const asOf = chinaDateOf(services.clock.now().toISOString());
    // one household at a time: a county's 200,000 are decoded as the report reads them, not held together
    const rows = region === null ? [] : (function* () { for (const r of services.households.under(region)) yield r.household; })();
    const report = dataQualityReport(rows, asOf);
    const named = <T extends { code: string }>(r: T) => ({ ...r, name: services.regions.nameOf(r.code) });
    return { regionCode: region ?? request.query.regionCode ?? identity.jurisdiction, asOf, households: report.households, townships: report.townships.map(named), villages: report.villages.map(named) };
  });
};
