import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { z } from 'zod';
import { authorize, authorizeRead, outsideJurisdiction } from '../auth/authenticate.ts';
import { within } from '../auth/identity.ts';
import type { CommandName } from '../auth/permissions.ts';
import type { Decision } from '../engine/engine.ts';
import { stateName } from '../engine/fold.ts';
import { commandContext, when, withEtag } from '../http/command-context.ts';
import { READ_ONE, STEP } from '../http/contract/groups.ts';
import { operation } from '../http/contract/operation.ts';
import { Nullable } from '../http/contract/types.ts';
import { jsonSchemaOf, parseWith } from '../http/zod-schema.ts';
import { caughtUpWithStore } from '../projections/caught-up.ts';
import type { Services } from '../services.ts';
import { derivedId } from '../shared/ids.ts';
import type { JsonObject } from '../shared/json.ts';
import { ProblemError } from '../shared/problem.ts';
import { changeHousehold } from '../households/commands.ts';
import { householdChain } from '../households/chain.ts';
import { EDGE_MACHINE_VERSION } from '../../workflows/registry.ts';
import type { EdgeContext } from '../../workflows/edge/machine.ts';
import { edgeChain } from './chain.ts';

const Basis = z.enum(['subsistence', 'destitute', 'disabled', 'noHouse', 'dangerousHouse', 'demands', 'hardship', 'other', 'threeNon', 'earlyWarningReviewed']);
const ScreenBody = z.object({ householdId: z.uuid(), campaign: z.number().int().min(2015).max(2100), basis: z.array(Basis).min(1).max(10), note: z.string().min(1).max(2000).optional(), ...when }).strict();
const AppraiseBody = z.object({ conclusion: z.enum(['safe', 'C', 'D']), reference: z.string().min(1).max(200), ...when }).strict();
const SurveyedBody = z.object({ surveyId: z.uuid(), ...when }).strict();
const MeetingBody = z.object({ decision: z.enum(['suspected', 'notEdge']), opinion: z.string().min(1).max(4000), ...when }).strict();
const ApprovalBody = z.object({ decision: z.enum(['approved', 'rejected']), departments: z.array(z.string().min(1).max(100)).max(20), opinion: z.string().min(1).max(4000), ...when }).strict();

const EdgeCaseAnswer = Type.Object({
  id: Type.String({ format: 'uuid' }), householdId: Nullable(Type.String()), villageCode: Nullable(Type.String()),
  state: Type.String({ description: 'screened / surveyed / suspected / notEdge / approved / rejected' }),
  basis: Type.Array(Type.String()), appraisal: Nullable(Type.Object({ conclusion: Type.String(), reference: Type.String() })),
  surveyId: Nullable(Type.String()), departments: Type.Array(Type.String()),
  registration: Nullable(Type.String({ description: "the household's registration category now" })),
});
const idParams = { type: 'object', properties: { id: { type: 'string', format: 'uuid' } }, required: ['id'] } as const;

/** 边缘户识别 over HTTP: screening, the housing appraisal, the survey, the village meeting, the county's approval */
export const registerEdgeRoutes = (app: FastifyInstance, services: Services): void => {
  const present = (id: string, context: EdgeContext, state: string) => ({
    id, householdId: context.householdId, villageCode: context.villageCode, state, basis: context.basis, appraisal: context.appraisal, surveyId: context.surveyId, departments: context.departments,
    registration: context.householdId === null ? null : services.households.get(context.householdId)?.household.registration ?? null,
  });

  app.post('/edge-cases', {
    schema: {
      ...operation({ id: 'screenEdgeCandidate', tag: 'surveys', zh: '确定边缘户重点排查对象（三非户、预警审核户直接列入疑似边缘户）', en: 'Screen a household for edge identification; 三非 and early-warning-reviewed households are listed as suspected edge directly', answers: { 201: EdgeCaseAnswer }, etag: true, idempotent: true, location: '/edge-cases/{id}', problems: ['FORBIDDEN_ROLE', 'NOT_FOUND', 'HOUSEHOLD_FACTS_MISSING', 'EDGE_CASE_OPEN', 'EDGE_HOUSING_APPRAISAL_REQUIRED', 'ACTION_TEAM_ROLE_REFUSED', 'CONCURRENT_CHANGE', 'OCCURRED_IN_FUTURE', 'LATE_ENTRY_REASON_REQUIRED'] }),
      body: jsonSchemaOf(ScreenBody),
    },
  }, async (request, reply) => {
    const body = parseWith(ScreenBody, request.body);
    await caughtUpWithStore(services);
    const household = services.households.get(body.householdId);
    if (!household || !request.identity || !within(request.identity, household.villageCode)) throw outsideJurisdiction();
    const actor = authorize(request, 'edge.screen', household.villageCode);
    const ctx = commandContext(request, actor, services.clock, body.occurredAt, body.lateEntryReason);
    // one identification per household per campaign: racing requests address one stream
    const id = derivedId('edge', household.id, String(body.campaign));
    const outcome = await services.engine.execute(edgeChain, id, ctx, () => [{
      type: 'EdgeCandidateScreened', data: { machineVersion: EDGE_MACHINE_VERSION, householdId: household.id, villageCode: household.villageCode, basis: body.basis, ...(body.note ? { note: body.note } : {}) },
    }]).catch((error: unknown) => {
      if (error instanceof ProblemError && error.code === 'STEP_NOT_ALLOWED') throw new ProblemError(409, 'EDGE_CASE_OPEN', '该户本次行动已有边缘户识别', 'The household already has an edge identification in this campaign', { caseId: id });
      throw error;
    });
    return withEtag(reply.status(201).header('location', `/edge-cases/${id}`), outcome).send(present(id, outcome.snapshot.context as EdgeContext, stateName(outcome.snapshot)));
  });

  const step = <B extends z.ZodType<{ occurredAt?: string; lateEntryReason?: string }>>(path: string, spec: { id: string; zh: string; en: string }, permission: CommandName, schema: B, decide: (body: z.infer<B>, context: EdgeContext) => Decision[], after?: (request: FastifyRequest, body: z.infer<B>, context: EdgeContext, state: string, position: number) => Promise<void>) => {
    app.post<{ Params: { id: string } }>(`/edge-cases/:id/${path}`, {
      schema: {
        ...operation({ ...spec, tag: 'surveys', answers: { 200: EdgeCaseAnswer }, etag: true, ifMatch: true, idempotent: true, problems: [...STEP, 'EDGE_HOUSING_APPRAISAL_REQUIRED', 'EDGE_SURVEY_INVALID'] }),
        params: idParams,
        body: jsonSchemaOf(schema),
      },
    }, async (request, reply) => {
      const body = parseWith(schema, request.body);
      const current = await services.engine.load(edgeChain, request.params.id);
      const context = current.snapshot.context as EdgeContext;
      if (current.revision < 0 || context.villageCode === null || !request.identity || !within(request.identity, context.villageCode)) throw outsideJurisdiction();
      const actor = authorize(request, permission, context.villageCode);
      const ctx = commandContext(request, actor, services.clock, body.occurredAt, body.lateEntryReason);
      const outcome = await services.engine.execute(edgeChain, request.params.id, ctx, () => decide(body, context), { mustExist: true });
      const state = stateName(outcome.snapshot);
      if (after && !outcome.replayed) await after(request, body, outcome.snapshot.context as EdgeContext, state, outcome.position);
      return withEtag(reply, outcome).send(present(request.params.id, outcome.snapshot.context as EdgeContext, state));
    });
  };

  step('housing-appraisal', { id: 'appraiseEdgeHousing', zh: '录入县住建部门危房鉴定意见', en: "Record the county housing department's appraisal of a suspected dangerous house" }, 'edge.appraise', AppraiseBody,
    (b) => [{ type: 'EdgeHousingAppraised', data: { conclusion: b.conclusion, reference: b.reference } }]);
  step('survey', { id: 'recordEdgeSurvey', zh: '关联边缘户调查表调查记录', en: 'Link the survey made with the edge-household form' }, 'edge.survey', SurveyedBody,
    (b) => [{ type: 'EdgeHouseholdSurveyed', data: { surveyId: b.surveyId } }]);
  step('meeting-review', { id: 'reviewEdgeAtMeeting', zh: '村工作队全体会议审核（列为疑似边缘户或否）', en: 'The village work team meeting reviews: suspected edge, or not' }, 'edge.meeting', MeetingBody,
    (b) => [{ type: 'EdgeMeetingReviewed', data: { decision: b.decision, opinion: b.opinion } }]);
  step('county-approval', { id: 'approveEdgeHousehold', zh: '县扶贫开发领导小组审定边缘户并明确责任部门', en: 'The county leading group approves (the household becomes an edge household) and assigns departments' }, 'edge.approve', ApprovalBody,
    (b) => [{ type: 'EdgeCountyApproved', data: { decision: b.decision, departments: b.departments, opinion: b.opinion } as unknown as JsonObject }],
    async (request, _body, context, state, position) => {
      // the approved list sets the household's registration category, as a change of its facts signed by the approver
      // that names this identification (the household chain accepts `edge` from nothing else)
      if (state !== 'approved' || context.householdId === null) return;
      await services.projector.waitFor(position);
      const row = services.households.get(context.householdId);
      if (!row || row.household.registration === 'edge' || row.household.registration === 'registered') return;
      const actor = authorize(request, 'edge.approve', row.villageCode);
      const ctx = commandContext(request, actor, services.clock);
      const outcome = await services.engine.execute(householdChain, row.id, { ...ctx, idempotencyKey: undefined, requestDigest: undefined }, (current) => {
        void current;
        return changeHousehold(row.household, { registration: 'edge', povertyStatus: null }, '县扶贫开发领导小组审定为边缘户', { edgeCaseId: (request.params as { id: string }).id });
      }, { mustExist: true });
      await services.projector.waitFor(outcome.position);
    });

  app.get<{ Params: { id: string } }>('/edge-cases/:id', {
    schema: { ...operation({ id: 'getEdgeCase', tag: 'surveys', zh: '边缘户识别进度', en: "An edge identification: its step, basis, appraisal, survey, departments, and the household's category", answers: { 200: EdgeCaseAnswer }, etag: true, problems: READ_ONE }), params: idParams },
  }, async (request, reply) => {
    const identity = authorizeRead(request);
    const current = await services.engine.load(edgeChain, request.params.id);
    const context = current.snapshot.context as EdgeContext;
    if (current.revision < 0 || context.villageCode === null || !within(identity, context.villageCode)) throw outsideJurisdiction();
    return withEtag(reply, { revision: current.revision, replayed: false }).send(present(request.params.id, context, stateName(current.snapshot)));
  });
};
