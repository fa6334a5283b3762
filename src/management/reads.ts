import type { FastifyInstance } from 'fastify';
import { problemChain } from '../ledger/chains.ts';
import { authorizeRead, outsideJurisdiction } from '../auth/authenticate.ts';
import { within } from '../auth/identity.ts';
import type { Card } from '../../workflows/management/events.ts';
import { designationChain } from '../designations/chain.ts';
import { operation } from '../http/contract/operation.ts';
import { READ, READ_ONE } from '../http/contract/groups.ts';
import { pageParams } from '../http/query-params.ts';
import { narrowRegion } from '../http/region-filter.ts';
import type { Services } from '../services.ts';
import { displayFor } from '../shared/display.ts';
import { stepLabel } from '../shared/labels.ts';
import type { RecordedEvent } from '../store/types.ts';
import { AdjustmentRoundAnswer, AssistanceSummaryAnswer, CardCountsAnswer, ManagementRecordAnswer, ManagementRecordListAnswer, PostQuotaAnswer, TimelineAnswer } from './answer-schemas.ts';
import { managementChain } from './chain.ts';
import { roundOf } from './periods.ts';
import { presentRecord } from './present.ts';
import { CARDS } from './projection.ts';
import type { ManagementRow } from './projection.ts';
import { postShortfalls } from './post-quotas.ts';

const idParams = { type: 'object', properties: { id: { type: 'string', format: 'uuid' } }, required: ['id'] } as const;
const regionCode = { type: 'string', pattern: '^\\d{2,12}$' } as const;
const round = { type: 'string', pattern: '^\\d{4}H[12]$' } as const;
const cardParam = { type: 'string', enum: ['red', 'yellow', 'green', 'blue'] } as const;

const zero = (): Record<Card, number> => ({ red: 0, yellow: 0, green: 0, blue: 0 });
/** codes and ids are ASCII: compared as strings, not by locale (a county's list is sorted per request) */
const byVillage = (a: ManagementRow, b: ManagementRow) => {
  const va = a.context.villageCode;
  const vb = b.context.villageCode;
  return va < vb ? -1 : va > vb ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
};

/** the half-yearly adjustment round of a region: every household carded in it, and those it removed, by village */
export const roundListing = (rows: readonly ManagementRow[], round: string): ManagementRow[] =>
  rows.filter((row) => row.state !== 'removed' || row.outcomes[round] === 'removed').sort(byVillage);

/** what a timeline entry shows of a designation's or management step */
const entry = (source: 'designation' | 'management' | 'ledger', problemId: string | null = null) => (e: RecordedEvent) => {
  const d = e.data as Record<string, unknown>;
  const card = (d.card ?? d.proposedCard ?? null) as Card | null;
  const text = d.opinion ?? d.reason ?? d.findings ?? d.summary ?? d.description ?? d.result ?? null;
  return {
    source, problemId, revision: e.revision, step: e.type, stepZh: stepLabel(e.type).zh, actor: e.metadata.actor as unknown as Record<string, unknown>,
    occurredAt: e.metadata.occurredAt, recordedAt: e.metadata.recordedAt, card,
    outcome: typeof d.outcome === 'string' ? d.outcome : typeof d.decision === 'string' ? d.decision : typeof d.mode === 'string' ? d.mode : null,
    opinion: typeof text === 'string' ? text : null,
  };
};

/** Reads of the after-card work, scoped to the reader's jurisdiction (the department screener reads its card list: 000 四(四)). */
export const registerManagementReads = (app: FastifyInstance, services: Services): void => {
  const visible = (id: string, jurisdiction: string) => {
    const row = services.management.get(id);
    if (!row || !within({ jurisdiction }, row.context.villageCode)) throw outsideJurisdiction();
    return row;
  };

  app.get<{ Params: { id: string } }>('/management-records/:id', {
    schema: { ...operation({ id: 'getManagementRecord', tag: 'management', zh: '分类帮扶管理记录', en: "A household's management record: card, since when, paired cadre, helper, plan, re-classification under way", answers: { 200: ManagementRecordAnswer }, problems: READ_ONE }), params: idParams },
  }, async (request) => {
    const identity = authorizeRead(request);
    return presentRecord(visible(request.params.id, identity.jurisdiction), displayFor(services, identity));
  });

  app.get<{ Querystring: { regionCode?: string; card?: Card; householdId?: string; offset: number; limit: number } }>('/management-records', {
    schema: {
      ...operation({ id: 'listManagementRecords', tag: 'management', zh: '辖区内的分类管理名单（按卡别）', en: 'The card list of your jurisdiction (departments read it too: 数据共享)', answers: { 200: ManagementRecordListAnswer }, problems: READ }),
      querystring: { type: 'object', additionalProperties: false, properties: { regionCode, card: cardParam, householdId: { type: 'string', format: 'uuid' }, ...pageParams } },
    },
  }, async (request) => {
    const identity = authorizeRead(request);
    const q = request.query;
    const prefix = narrowRegion(q.regionCode, identity.jurisdiction);
    if (prefix === null) return { regionCode: q.regionCode ?? identity.jurisdiction, total: 0, items: [] };
    const rows = services.management.inRegion(prefix).filter((r) => (q.card === undefined || r.context.card === q.card) && (q.householdId === undefined || r.context.householdId === q.householdId)).sort(byVillage);
    const display = displayFor(services, identity);
    return { regionCode: prefix, total: rows.length, items: rows.slice(q.offset, q.offset + q.limit).map((r) => presentRecord(r, display)) };
  });

  app.get<{ Params: { id: string } }>('/management-records/:id/timeline', {
    schema: { ...operation({ id: 'getManagementTimeline', tag: 'management', zh: '卡别全过程：认定、每次复核与调整、联络与帮扶（含签字人）', en: "The card's one timeline: designation, every review and change, contacts and assistance, with who signed", answers: { 200: TimelineAnswer }, problems: READ_ONE }), params: idParams },
  }, async (request) => {
    const row = visible(request.params.id, authorizeRead(request).jurisdiction);
    const designation = await services.store.readStream(`${designationChain.streamPrefix}${row.context.designationId}`);
    const management = await services.store.readStream(`${managementChain.streamPrefix}${row.id}`);
    // problems the rectification ledger holds on the household (issue 15: a finding on a carded household shows here)
    const problems = services.problems.list(row.context.villageCode, (p) => p.context.householdId === row.context.householdId);
    const ledger = (await Promise.all(problems.map(async (p) => (await services.store.readStream(`${problemChain.streamPrefix}${p.id}`)).map(entry('ledger', p.id))))).flat();
    const entries = [...designation.map(entry('designation')), ...management.map(entry('management')), ...ledger]
      .sort((a, b) => Date.parse(a.occurredAt) - Date.parse(b.occurredAt) || (a.source === b.source ? a.revision - b.revision : a.source === 'designation' ? -1 : b.source === 'designation' ? 1 : 0));
    return { id: row.id, householdId: row.context.householdId, entries };
  });

  app.get<{ Querystring: { regionCode?: string; round?: string } }>('/management/card-counts', {
    schema: {
      ...operation({ id: 'countCards', tag: 'management', zh: '卡别户数（按村、乡镇、县）及本半年调整数', en: 'Card counts per village, township or county, with the changes of the half year', answers: { 200: CardCountsAnswer }, problems: READ }),
      querystring: { type: 'object', additionalProperties: false, properties: { regionCode, round } },
    },
  }, async (request) => {
    const identity = authorizeRead(request);
    const prefix = narrowRegion(request.query.regionCode, identity.jurisdiction) ?? identity.jurisdiction;
    const r = request.query.round ?? roundOf(services.clock.now().toISOString());
    const cards = zero();
    // one level down: the townships of a county, the villages of a township
    const areaLength = prefix.length < 9 ? 9 : 12;
    const areas = new Map<string, Record<Card, number>>();
    const rows = services.management.inRegion(prefix);
    for (const row of rows) {
      const card = row.context.card;
      if (!card) continue;
      cards[card] += 1;
      const area = row.context.villageCode.slice(0, areaLength);
      const counts = areas.get(area) ?? zero();
      counts[card] += 1;
      areas.set(area, counts);
    }
    const { changed, removed } = services.management.changesIn(r, prefix);
    return {
      regionCode: prefix, round: r, total: rows.length, cards, changed, removed,
      areas: [...areas].sort(([a], [b]) => a.localeCompare(b)).map(([code, c]) => ({ regionCode: code, name: services.regions.placeNames(code.length === 12 ? code : null)[code.length === 12 ? 'villageName' : 'townshipName'] ?? null, total: CARDS.reduce((n, k) => n + c[k], 0), cards: c })),
    };
  });

  app.get<{ Params: { round: string }; Querystring: { regionCode?: string; offset: number; limit: number } }>('/management/adjustment-rounds/:round', {
    schema: {
      ...operation({ id: 'listAdjustmentRound', tag: 'management', zh: '半年动态调整：辖区内每户及其结果（保持、调整、退出）', en: 'The half-yearly adjustment round: every carded household of the region and its outcome (kept, changed, removed)', answers: { 200: AdjustmentRoundAnswer }, problems: READ }),
      params: { type: 'object', properties: { round }, required: ['round'] },
      querystring: { type: 'object', additionalProperties: false, properties: { regionCode, ...pageParams } },
    },
  }, async (request) => {
    const identity = authorizeRead(request);
    const r = request.params.round;
    const prefix = narrowRegion(request.query.regionCode, identity.jurisdiction);
    if (prefix === null) return { regionCode: identity.jurisdiction, round: r, confirmed: 0, total: 0, items: [] };
    // the households carded in the round, and those the round removed
    const rows = roundListing(services.management.inRegion(prefix, true), r);
    const { offset, limit } = request.query;
    return {
      regionCode: prefix, round: r, confirmed: rows.filter((row) => row.outcomes[r] !== undefined).length, total: rows.length,
      items: rows.slice(offset, offset + limit).map((row) => ({
        id: row.id, householdId: row.context.householdId, villageCode: row.context.villageCode, card: row.context.card, cardSince: row.context.cardSince,
        lastReviewedAt: row.context.lastReviewedAt,
        pendingStep: row.context.pending === null ? null : row.context.pending.checkedBy === null ? 'declared' : 'checked',
        outcome: row.outcomes[r] ?? null,
      })),
    };
  });

  app.get<{ Querystring: { regionCode?: string; year: number } }>('/management/assistance', {
    schema: {
      ...operation({ id: 'summariseAssistance', tag: 'management', zh: '分类帮扶措施汇总（按卡别）', en: 'Assistance per card: measures and amounts of the year', answers: { 200: AssistanceSummaryAnswer }, problems: READ }),
      querystring: { type: 'object', additionalProperties: false, required: ['year'], properties: { regionCode, year: { type: 'integer', minimum: 2000, maximum: 2100 } } },
    },
  }, async (request) => {
    const identity = authorizeRead(request);
    const prefix = narrowRegion(request.query.regionCode, identity.jurisdiction) ?? identity.jurisdiction;
    const year = request.query.year;
    const summary = new Map<Card, { households: number; measures: Record<string, { count: number; amount: number }> }>(CARDS.map((c) => [c, { households: 0, measures: {} }]));
    for (const row of services.management.inRegion(prefix)) {
      const s = row.context.card && summary.get(row.context.card);
      if (!s) continue;
      s.households += 1;
      for (const m of row.measures) {
        if (m.year !== year) continue;
        const k = s.measures[m.kind] ?? { count: 0, amount: 0 };
        s.measures[m.kind] = { count: k.count + 1, amount: k.amount + (m.amount ?? 0) };
      }
    }
    return { regionCode: prefix, year, byCard: [...summary].map(([card, s]) => ({ card, ...s })) };
  });

  app.get<{ Querystring: { countyCode: string; year: number } }>('/management/post-quotas', {
    schema: {
      ...operation({ id: 'reportPostShortfalls', tag: 'management', zh: '公益岗位设置缺口（县、乡镇、村）', en: 'Public-welfare post shortfalls against the quotas (county, township, village)', answers: { 200: PostQuotaAnswer }, problems: READ }),
      querystring: { type: 'object', additionalProperties: false, required: ['countyCode', 'year'], properties: { countyCode: { type: 'string', pattern: '^\\d{6}$' }, year: { type: 'integer', minimum: 2000, maximum: 2100 } } },
    },
  }, async (request) => {
    const identity = authorizeRead(request);
    const { countyCode, year } = request.query;
    const prefix = narrowRegion(countyCode, identity.jurisdiction);
    if (prefix === null || prefix !== countyCode) return { countyCode, year, shortfalls: [] };
    return { countyCode, year, shortfalls: postShortfalls(services.management.inRegion(countyCode, true), services.policies.resolve(countyCode, year), countyCode, year) };
  });
};
