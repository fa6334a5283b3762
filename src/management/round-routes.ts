import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { authorize, authorizeRead, outsideJurisdiction } from '../auth/authenticate.ts';
import { within } from '../auth/identity.ts';
import { stateName } from '../engine/fold.ts';
import type { Outcome } from '../engine/engine.ts';
import { caseCommandRoute } from '../http/case-command-route.ts';
import type { CaseKind } from '../http/case-command-route.ts';
import { commandContext, when, withEtag } from '../http/command-context.ts';
import { operation } from '../http/contract/operation.ts';
import { DATED, READ, READ_ONE } from '../http/contract/groups.ts';
import { jsonSchemaOf, parseWith } from '../http/zod-schema.ts';
import { caughtUpWithStore } from '../projections/caught-up.ts';
import type { Services } from '../services.ts';
import { stateNamesZh } from '../shared/labels.ts';
import { ProblemError } from '../shared/problem.ts';
import { ConcurrencyError } from '../store/errors.ts';
import type { AdjustmentRoundContext } from '../../workflows/management/round.ts';
import { ADJUSTMENT_ROUND_MACHINE_VERSION } from '../../workflows/registry.ts';
import { AdjustmentRoundRecordAnswer, AdjustmentRoundRecordListAnswer } from './answer-schemas.ts';
import { adjustmentRoundChain, adjustmentRoundIdOf } from './chain.ts';
import { roundListing } from './reads.ts';
import { asJson } from './records.ts';
import { roundProgress } from './rounds.ts';
import type { AdjustmentRoundRow } from './rounds.ts';

const STATE_ZH: Readonly<Record<string, string>> = stateNamesZh('adjustmentRound');

const OpenBody = z.strictObject({
  countyCode: z.string().regex(/^\d{6}$/),
  /** 2026H1: January–June; 2026H2: July–December (China time) */
  round: z.string().regex(/^\d{4}H[12]$/),
  ...when,
});

const CloseBody = z.strictObject({
  /** why households are left without an outcome (required when any are) */
  reason: z.string().min(1).max(4000).optional(),
  /** the households (their management record ids) closed without an outcome: every one of them, by name */
  withoutOutcome: z.array(z.uuid()).max(200_000).optional(),
  ...when,
});

const exists = (roundId: string) => new ProblemError(409, 'ADJUSTMENT_ROUND_EXISTS', '该县本半年的动态调整已启动', 'The county already opened the round of this half year', { roundId });

/**
 * 半年动态调整 over HTTP: the county office opens its county's round for a half year; every carded household of the
 * county is listed (GET /management/adjustment-rounds/{round}) and gets its outcome through the re-classification
 * steps on its own record (村级申报 → 乡镇核查 → 县扶贫办核定, the same card kept, another card, or removed); the
 * round shows done / total per township; the county closes it — with every outcome, or with a reason naming each
 * household left without one (the chain's invariant).
 */
export const registerAdjustmentRounds = (app: FastifyInstance, services: Services): void => {
  /**
   * the round as a screen shows it, with its progress over the records now: the county's, or a township's own part
   * of it for a township's reader (`scope`, a region prefix under the county)
   */
  const present = (row: AdjustmentRoundRow, state = row.state, context: AdjustmentRoundContext = row.context, revision = row.revision, scope = context.countyCode) => {
    const listed = roundListing(services.management.inRegion(scope.startsWith(context.countyCode) ? scope : context.countyCode, true), context.round);
    const p = roundProgress(listed, context.round);
    return {
      id: row.id, countyCode: context.countyCode, round: context.round, state, stateZh: STATE_ZH[state] ?? state,
      openedBy: context.openedBy, openedAt: context.openedAt, closure: context.closure,
      progress: {
        asOf: services.clock.now().toISOString(), total: p.total, done: p.done, underWay: p.underWay,
        byTownship: p.byTownship.map((t) => ({ ...t, name: services.regions.nameOf(t.townshipCode) })),
      },
      revision, machineVersion: row.version,
    };
  };
  const presentAt = (row: AdjustmentRoundRow, outcome: Pick<Outcome, 'snapshot' | 'revision'>) =>
    present(row, stateName(outcome.snapshot), outcome.snapshot.context as AdjustmentRoundContext, outcome.revision);

  app.post('/adjustment-rounds', {
    schema: {
      ...operation({
        id: 'openAdjustmentRound', tag: 'management', zh: '县扶贫办启动半年动态调整', en: "Open the county's half-yearly adjustment round (动态调整)",
        about: ['每县每半年一轮；列出全县每个持卡户，逐户记录保持、调整或退出。', 'One round per county and half year: every carded household is listed and gets its outcome (kept, changed, removed).'],
        answers: { 201: AdjustmentRoundRecordAnswer }, etag: true, idempotent: true, location: '/adjustment-rounds/{id}',
        problems: ['FORBIDDEN_ROLE', 'NOT_FOUND', 'ADJUSTMENT_ROUND_EXISTS', 'ADJUSTMENT_ROUND_INVALID', 'CONCURRENT_CHANGE', ...DATED],
        request: { countyCode: '430623', round: '2026H1', occurredAt: '2026-06-01T09:00:00+08:00' },
      }),
      body: jsonSchemaOf(OpenBody),
    },
  }, async (request, reply) => {
    const body = parseWith(OpenBody, request.body);
    await caughtUpWithStore(services);
    if (!request.identity || !within(request.identity, body.countyCode)) throw outsideJurisdiction();
    const actor = authorize(request, 'management.confirm', body.countyCode);
    const ctx = commandContext(request, actor, services.clock, body.occurredAt, body.lateEntryReason);
    const id = adjustmentRoundIdOf(body.countyCode, body.round);
    if (services.adjustmentRounds.get(id) && ctx.idempotencyKey === undefined) throw exists(id);
    const outcome = await services.engine.execute(adjustmentRoundChain, id, ctx, (current) => {
      if (current.revision >= 0) throw exists(id);
      return [{ type: 'AdjustmentRoundOpened', data: asJson({ countyCode: body.countyCode, round: body.round, machineVersion: ADJUSTMENT_ROUND_MACHINE_VERSION }) }];
    }).catch((error: unknown) => {
      if (error instanceof ConcurrencyError) throw exists(id);
      throw error;
    });
    await services.projector.waitFor(outcome.position);
    const row = services.adjustmentRounds.get(id);
    if (!row) throw new Error('adjustment round not projected');
    return withEtag(reply.status(201), outcome).send(presentAt(row, outcome));
  });

  const kind: CaseKind<AdjustmentRoundRow> = {
    tag: 'management', answer: AdjustmentRoundRecordAnswer, chain: adjustmentRoundChain,
    get: (id) => services.adjustmentRounds.get(id), regionOf: (row) => row.context.countyCode, present: (row, outcome) => presentAt(row, outcome),
  };
  caseCommandRoute(app, services, kind, {
    path: '/adjustment-rounds/:id/closure', id: 'closeAdjustmentRound', zh: '县扶贫办结束本轮动态调整（尚无结果的农户须逐户列明并说明原因）',
    summary: 'Close the round: refused while households have no outcome, unless a reason names each of them',
    permission: 'management.confirm', problems: ['ADJUSTMENT_ROUND_INCOMPLETE'],
    example: { reason: '两户外出务工未能入户核实，转下一轮', withoutOutcome: ['5b0c3c1e-7d1a-4f0e-9a43-2f6c1d8e4a10'], occurredAt: '2026-12-28T17:00:00+08:00' },
    body: CloseBody,
    // the households without an outcome as the read model has them when the close arrives: the invariant judges them
    decide: (b, row) => {
      const p = roundProgress(roundListing(services.management.inRegion(row.context.countyCode, true), row.context.round), row.context.round);
      return [{
        type: 'AdjustmentRoundClosed',
        data: asJson({ total: p.total, withOutcome: p.done, withoutOutcome: p.withoutOutcome.map((r) => r.id), acknowledged: b.withoutOutcome ?? [], reason: b.reason ?? null }),
      }];
    },
  });

  const idParams = { type: 'object', properties: { id: { type: 'string', format: 'uuid' } }, required: ['id'] } as const;
  app.get<{ Params: { id: string } }>('/adjustment-rounds/:id', {
    schema: {
      ...operation({ id: 'getAdjustmentRound', tag: 'management', zh: '半年动态调整进度（按乡镇：已有结果 / 应调整户数）', en: 'A round and its progress: households with an outcome against those listed, per township', answers: { 200: AdjustmentRoundRecordAnswer }, etag: true, problems: READ_ONE }),
      params: idParams,
    },
  }, async (request, reply) => {
    const identity = authorizeRead(request);
    const row = services.adjustmentRounds.get(request.params.id);
    // a township reads its county's round (its own townships' progress is in it)
    if (!row || !(row.context.countyCode.startsWith(identity.jurisdiction) || identity.jurisdiction.startsWith(row.context.countyCode))) throw outsideJurisdiction();
    return withEtag(reply, { revision: row.revision, replayed: false }).send(present(row, row.state, row.context, row.revision, identity.jurisdiction));
  });

  app.get<{ Querystring: { countyCode?: string } }>('/adjustment-rounds', {
    schema: {
      ...operation({ id: 'listAdjustmentRounds', tag: 'management', zh: '半年动态调整轮次列表', en: 'The adjustment rounds of your county (newest half year first)', answers: { 200: AdjustmentRoundRecordListAnswer }, problems: READ }),
      querystring: { type: 'object', additionalProperties: false, properties: { countyCode: { type: 'string', pattern: '^\\d{6}$' } } },
    },
  }, async (request) => {
    const identity = authorizeRead(request);
    const county = request.query.countyCode;
    if (county !== undefined && !(county.startsWith(identity.jurisdiction) || identity.jurisdiction.startsWith(county))) return { total: 0, items: [] };
    const rows = services.adjustmentRounds.list(county ?? identity.jurisdiction);
    return { total: rows.length, items: rows.map((r) => present(r, r.state, r.context, r.revision, identity.jurisdiction)) };
  });
};
