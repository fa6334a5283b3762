import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { outsideJurisdiction } from '../auth/authenticate.ts';
import { within } from '../auth/identity.ts';
import { designationChain } from '../designations/chain.ts';
import { householdChain } from '../households/chain.ts';
import { monitoringChain } from '../monitoring/chain.ts';
import { limitParam } from '../http/query-params.ts';
import type { Services } from '../services.ts';
import type { EventStore } from '../store/types.ts';
import { authorizeAudit, streamVisible } from './access.ts';
import { ChainVerifier, verifyPages } from './chain-verifier.ts';
import type { AuditBrokenLink } from './chain-verifier.ts';
import { StoreVerificationAnswer, StreamVerificationAnswer, VillageVerificationAnswer } from './answer-schemas.ts';
import { operation } from '../http/contract/operation.ts';

const StreamParams = Type.Object({ stream: Type.String({ pattern: '^[A-Za-z0-9][A-Za-z0-9:._-]{0,199}$' }) });
const VillageParams = Type.Object({ code: Type.String({ pattern: '^\\d{12}$', description: '12-digit village code' }) });
const FeedQuery = Type.Object({ pageSize: limitParam(10_000, 1000) });

/** one stream, read in revision order page by page, every broken link reported */
export const verifyOneStream = async (stored: EventStore, stream: string) => {
  const report = await verifyPages((after, limit) => stored.readStream(stream, { fromRevision: after + 1, limit }), {
    verifier: new ChainVerifier(stream),
    start: -1,
    pageSize: 500,
    cursor: (e) => e.revision,
  });
  return { stream, ok: report.brokenLinks.length === 0, checked: report.eventsChecked, brokenLinks: report.brokenLinks };
};

/** 审计: hash-chain verification of one stream, one village's streams, or the whole store — read-only, scoped. */
export const registerVerifyRoutes = (app: FastifyInstance, services: Services): void => {
  const stored = services.store.stored;

  app.get<{ Params: { stream: string } }>('/audit/verify/streams/:stream', {
    schema: {
      ...operation({ id: 'verifyStream', tag: 'audit', zh: '校验一个事件流的哈希链', en: 'Verify the hash chain of one stream: every broken link with its revision', answers: { 200: StreamVerificationAnswer }, problems: ['FORBIDDEN_ROLE', 'NOT_FOUND'] }),
      params: StreamParams,
    },
  }, async (request) => {
    const identity = authorizeAudit(request);
    const { stream } = request.params;
    if (!(await streamVisible(services, identity, stream))) throw outsideJurisdiction();
    const report = await verifyOneStream(stored, stream);
    if (report.checked === 0) throw outsideJurisdiction();
    return report;
  });

  app.get<{ Params: { code: string } }>('/audit/verify/villages/:code', {
    schema: {
      ...operation({ id: 'verifyVillage', tag: 'audit', zh: '校验一个村的全部农户、认定和监测事件流', en: "Verify every stream of one village's households, designations and monitoring cases", answers: { 200: VillageVerificationAnswer }, problems: ['FORBIDDEN_ROLE', 'NOT_FOUND'] }),
      params: VillageParams,
    },
  }, async (request) => {
    const identity = authorizeAudit(request);
    const { code } = request.params;
    if (!within(identity, code)) throw outsideJurisdiction();
    const streams = [
      ...services.households.list(code, 0, Number.MAX_SAFE_INTEGER).items.map((r) => `${householdChain.streamPrefix}${r.id}`),
      ...services.designations.list(code).map((r) => `${designationChain.streamPrefix}${r.id}`),
      ...services.monitoring.list(code).map((r) => `${monitoringChain.streamPrefix}${r.id}`),
    ];
    const reports = [];
    for (const stream of streams) reports.push(await verifyOneStream(stored, stream));
    const brokenLinks = reports.flatMap((r) => r.brokenLinks);
    return {
      villageCode: code,
      ok: brokenLinks.length === 0,
      streamsChecked: reports.length,
      eventsChecked: reports.reduce((n, r) => n + r.checked, 0),
      brokenLinks,
      streams: reports.map(({ stream, ok, checked }) => ({ stream, ok, checked })),
    };
  });

  app.get<{ Querystring: { pageSize: number } }>('/audit/verify', {
    schema: {
      ...operation({ id: 'verifyStore', tag: 'audit', zh: '逐页校验整个事件库（限于辖区内的断链）', en: 'Verify the whole store through the global feed, page by page: every broken link in your jurisdiction', answers: { 200: StoreVerificationAnswer }, problems: ['FORBIDDEN_ROLE'] }),
      querystring: FeedQuery,
    },
  }, async (request) => {
    const identity = authorizeAudit(request);
    const visible = new Map<string, boolean>();
    const keep = async (link: AuditBrokenLink) => {
      const known = visible.get(link.stream);
      if (known !== undefined) return known;
      const seen = await streamVisible(services, identity, link.stream);
      visible.set(link.stream, seen);
      return seen;
    };
    const report = await verifyPages((after, limit) => stored.readAll({ after, limit }), { pageSize: request.query.pageSize, keep });
    return {
      ok: report.brokenTotal === 0,
      scope: identity.jurisdiction,
      headPosition: await stored.headPosition(),
      eventsChecked: report.eventsChecked,
      streamsChecked: report.streamsChecked,
      brokenTotal: report.brokenTotal,
      truncated: report.truncated,
      brokenLinks: report.brokenLinks,
    };
  });
};
