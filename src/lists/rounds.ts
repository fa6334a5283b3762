import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { authorize, authorizeRead, identityOf, outsideJurisdiction } from '../auth/authenticate.ts';
import { within } from '../auth/identity.ts';
import { CardSchema } from '../domain/card.ts';
import { designationChain } from '../designations/chain.ts';
import { separationOfDuties } from '../designations/command-route.ts';
import { creationId } from '../engine/creation-id.ts';
import { stateName } from '../engine/fold.ts';
import { commandContext, ifMatchHoldsFor, when } from '../http/command-context.ts';
import { jsonSchemaOf, parseWith } from '../http/zod-schema.ts';
import { caughtUpWithStore } from '../projections/caught-up.ts';
import type { Services } from '../services.ts';
import type { JsonObject } from '../shared/json.ts';
import { ProblemError } from '../shared/problem.ts';
import type { FourCardContext } from '../../workflows/four-card/context.ts';
import { LISTS_MACHINE_VERSION } from '../../workflows/lists/machines.ts';
import { applyToDesignations } from './apply-to-designations.ts';
import { roundChain } from './chains.ts';
import { roundView } from './round-view.ts';
import { DRAW_METHOD, drawSample } from './sample.ts';
import { SpotCheckRoundAnswerRef, SpotCheckRoundOpenedAnswer, SpotCheckSignedAnswer } from './answer-schemas.ts';
import { operation } from '../http/contract/operation.ts';
import { DATED, READ_ONE, STEP } from '../http/contract/groups.ts';
import { EX } from '../http/contract/examples.ts';

const OpenBody = z.object({ townshipCode: z.string().regex(/^\d{9}$/), seed: z.string().min(8).max(128).optional(), ...when });
const SignBody = z.object({
  designationId: z.uuid(),
  outcome: z.enum(['confirmed', 'adjusted', 'sentBack', 'refused']),
  card: CardSchema.optional(),
  opinion: z.string().min(1).max(4000),
  ...when,
});
const CloseBody = z.object({ ...when });
const idParams = { type: 'object', properties: { id: { type: 'string', format: 'uuid' } }, required: ['id'] } as const;

/** 县级抽查: a round over a township's list, a reproducible sample, two inspectors per result, the rest passed. */
export const registerRounds = (app: FastifyInstance, services: Services): void => {
  const load = async (id: string, jurisdiction: string) => {
    const view = roundView(id, await services.store.readStream(`${roundChain.streamPrefix}${id}`));
    if (!view || !within({ jurisdiction }, view.townshipCode)) throw outsideJurisdiction();
    return view;
  };

  app.post('/spot-check-rounds', {
    schema: {
      ...operation({
        id: 'openSpotCheckRound', tag: 'lists', zh: '开启县级抽查并抽取样本', en: "Open a county spot-check round over a township's list and draw its sample",
        about: ['按政策比例从该乡镇待抽查的对象中抽样，种子被记录，任何人可重新抽取核对（GET 的 sampleReproduces）。', 'Draws the policy\'s share of the township\'s designations awaiting the spot check with a recorded seed: anyone can draw it again (`sampleReproduces`).'],
        answers: { 201: SpotCheckRoundOpenedAnswer }, idempotent: true, location: '/spot-check-rounds/{id}',
        problems: ['FORBIDDEN_ROLE', 'NOT_FOUND', 'NOTHING_TO_CHECK', 'CONCURRENT_CHANGE', ...DATED],
        request: { townshipCode: EX.township, seed: 'huarong-2026-spring-01', occurredAt: '2026-03-30T09:00:00+08:00' },
      }),
      body: jsonSchemaOf(OpenBody),
    },
  }, async (request, reply) => {
    const body = parseWith(OpenBody, request.body);
    await caughtUpWithStore(services); // the list is checked against the designations as stored
    const actor = authorize(request, 'spotCheck.round', body.townshipCode);
    const ctx = commandContext(request, actor, services.clock, body.occurredAt, body.lateEntryReason);
    // the population is drawn when the command is new; a retry finds the round it opened and its recorded sample
    const outcome = await services.engine.execute(roundChain, creationId(roundChain, ctx, services.newId), ctx, () => {
      const population = services.designations.list(body.townshipCode, ['awaitingSpotCheck']).map((r) => r.id);
      if (population.length === 0) throw new ProblemError(422, 'NOTHING_TO_CHECK', '该乡镇没有待抽查的对象', 'Nothing awaits a spot check in this township');
      const policy = services.policies.resolve(body.townshipCode, services.clock.now().getUTCFullYear());
      const seed = body.seed ?? services.newSeed();
      const sample = drawSample(population, policy.spotCheck.ratio, seed);
      return [{
        type: 'SpotCheckRoundOpened',
        data: { machineVersion: LISTS_MACHINE_VERSION, townshipCode: body.townshipCode, ratio: policy.spotCheck.ratio, minInspectors: policy.spotCheck.minInspectors, seed, drawMethod: DRAW_METHOD, population: [...population].sort(), sample },
      }];
    });
    const round = await load(outcome.stream.slice(roundChain.streamPrefix.length), '');
    const results = await applyToDesignations(services, round.sample.map((designationId) => ({ designationId, decisions: [{ type: 'SampledForSpotCheck', data: { roundId: round.id } }] })),
      { actor, occurredAt: ctx.occurredAt, correlationId: ctx.correlationId, ...(ctx.lateEntryReason ? { lateEntryReason: ctx.lateEntryReason } : {}) }, `spot-check-round:${round.id}`);
    return reply.status(201).send({ ...round, sampling: results });
  });

  app.post<{ Params: { id: string } }>('/spot-check-rounds/:id/signatures', {
    schema: {
      ...operation({
        id: 'signSpotCheckResult', tag: 'lists', zh: '抽查人员签署样本户的抽查结果（达到规定人数后生效）', en: "An inspector signs a sampled household's result; it takes effect with enough distinct inspectors",
        answers: { 200: SpotCheckSignedAnswer }, idempotent: true,
        problems: [...STEP, 'NOT_SAMPLED', 'SEPARATION_OF_DUTIES', 'CARD_REQUIRED', 'ALREADY_SIGNED', 'CARD_RULE_REFUSED', 'HOUSEHOLD_FACTS_MISSING'],
        request: { designationId: EX.designationId, outcome: 'confirmed', opinion: '抽查入户核实，情况属实', occurredAt: '2026-03-31T10:00:00+08:00' },
      }),
      params: idParams,
      body: jsonSchemaOf(SignBody),
    },
  }, async (request) => {
    const body = parseWith(SignBody, request.body);
    const round = await load(request.params.id, identityOf(request).jurisdiction);
    const actor = authorize(request, 'spotCheck.sign', round.townshipCode);
    if (!round.sample.includes(body.designationId)) throw new ProblemError(422, 'NOT_SAMPLED', '该对象不在本轮抽查样本中', 'This designation is not in the sample of this round');
    const row = services.designations.get(body.designationId);
    if (row && row.context.declaredBy === actor.id) throw separationOfDuties();
    const card = body.outcome === 'adjusted' ? body.card : row?.context.card;
    if (!card) throw new ProblemError(400, 'CARD_REQUIRED', '调整结果须给出卡别', 'An adjusted result needs a card');
    const ctx = commandContext(request, actor, services.clock, body.occurredAt, body.lateEntryReason);
    // one designation: its refusal is this request's answer, with the state it names (not a list's item result)
    // 谁签字谁负责: one signature per inspector; a second one (another opinion, or the same again) is refused, not
    // silently answered with the first — a retry of the same request carries its Idempotency-Key
    const outcome = await services.engine.execute(designationChain, body.designationId, ctx, (current) => {
      const spotCheck = (current.snapshot.context as FourCardContext).spotCheck;
      if (spotCheck?.roundId === round.id && spotCheck.signers.includes(actor.id)) {
        throw new ProblemError(409, 'ALREADY_SIGNED', '您已在本轮抽查中签署过该户的结果', 'You have already signed this household\'s result in this round', { designationId: body.designationId });
      }
      return [{ type: 'SpotCheckSigned', data: { roundId: round.id, outcome: body.outcome, card, opinion: body.opinion } }];
    }, { mustExist: true });
    await services.projector.waitFor(outcome.position);
    const context = outcome.snapshot.context as FourCardContext;
    return { designationId: body.designationId, ok: true, state: stateName(outcome.snapshot), revision: outcome.revision, designation: context.spotCheck };
  });

  app.post<{ Params: { id: string } }>('/spot-check-rounds/:id/closure', {
    schema: {
      ...operation({
        id: 'closeSpotCheckRound', tag: 'lists', zh: '结束抽查：未抽中的对象视为通过', en: 'Close the round: every unsampled household on its list passes',
        answers: { 200: SpotCheckRoundAnswerRef }, idempotent: true,
        problems: ['FORBIDDEN_ROLE', 'NOT_FOUND', 'STEP_NOT_ALLOWED', 'CONCURRENT_CHANGE', ...DATED],
        request: { occurredAt: '2026-04-01T17:00:00+08:00' },
      }),
      params: idParams,
      body: jsonSchemaOf(CloseBody),
    },
  }, async (request) => {
    const body = parseWith(CloseBody, request.body ?? {});
    const round = await load(request.params.id, identityOf(request).jurisdiction);
    const actor = authorize(request, 'spotCheck.round', round.townshipCode);
    const ctx = commandContext(request, actor, services.clock, body.occurredAt, body.lateEntryReason);
    // the round's own step is asked first (If-Match, its machine, its dates): a refused closure passes nobody
    ifMatchHoldsFor(ctx, round.revision);
    await services.engine.check(roundChain, round.id, { ...ctx, idempotencyKey: undefined, commandId: `close:${round.id}` }, () => [{ type: 'SpotCheckRoundClosed', data: { passed: [] } }], { mustExist: true });
    const unsampled = round.population.filter((id) => !round.sample.includes(id));
    const results = await applyToDesignations(services, unsampled.map((designationId) => ({ designationId, decisions: [{ type: 'SpotCheckPassed', data: { roundId: round.id } }] })),
      { actor, occurredAt: ctx.occurredAt, correlationId: ctx.correlationId, ...(ctx.lateEntryReason ? { lateEntryReason: ctx.lateEntryReason } : {}) }, `spot-check-close:${round.id}`);
    await services.engine.execute(roundChain, round.id, { ...ctx, idempotencyKey: undefined, commandId: `close:${round.id}` }, () => [{ type: 'SpotCheckRoundClosed', data: { passed: results as unknown as JsonObject[] } }], { mustExist: true });
    return load(round.id, '');
  });

  app.get<{ Params: { id: string } }>('/spot-check-rounds/:id', {
    schema: {
      ...operation({ id: 'getSpotCheckRound', tag: 'lists', zh: '抽查轮次：种子、总体、样本（可复现）', en: 'A round: seed, population, sample (re-drawable)', answers: { 200: SpotCheckRoundAnswerRef }, problems: READ_ONE }),
      params: idParams,
    },
  }, async (request) =>
    load(request.params.id, authorizeRead(request).jurisdiction));
};
