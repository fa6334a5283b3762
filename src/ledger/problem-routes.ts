import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { authorize, authorizeRead, outsideJurisdiction } from '../auth/authenticate.ts';
import { within } from '../auth/identity.ts';
import type { Identity } from '../auth/identity.ts';
import { chinaDateOf } from '../domain/dates.ts';
import { creationId } from '../engine/creation-id.ts';
import type { Outcome } from '../engine/engine.ts';
import { caseCommandRoute } from '../http/case-command-route.ts';
import type { CaseCommand, CaseKind } from '../http/case-command-route.ts';
import type { z } from 'zod';
import { commandContext, withEtag } from '../http/command-context.ts';
import { operation } from '../http/contract/operation.ts';
import { READ, READ_ONE } from '../http/contract/groups.ts';
import type { ProblemRef } from '../http/contract/problems.ts';
import { Nullable } from '../http/contract/types.ts';
import { pageParams } from '../http/query-params.ts';
import { narrowRegion } from '../http/region-filter.ts';
import { GENERIC_2024_POLICY } from '../domain/policy-presets.ts';
import { jsonSchemaOf, parseWith } from '../http/zod-schema.ts';
import { caughtUpWithStore } from '../projections/caught-up.ts';
import type { Services } from '../services.ts';
import { asJson } from '../monitoring/cases.ts';
import { displayFor } from '../shared/display.ts';
import { stepLabel } from '../shared/labels.ts';
import { ProblemError } from '../shared/problem.ts';
import { PROBLEM_MACHINE_VERSION } from '../../workflows/registry.ts';
import { ProblemAnswer, ProblemHistoryAnswer, ProblemListAnswer, ProblemTypesAnswer } from './answer-schemas.ts';
import {
  AccountabilityBody, AnswerBody, AssignBody, ClaimBody, FoundBody, InterviewBody, ListsBody, ListsChangeBody, OpinionBody, ReasonBody, SignBody, VerifyBody,
} from './bodies.ts';
import { problemChain } from './chains.ts';
import { openCaseForFinding } from './monitoring-link.ts';
import type { FollowUp } from './monitoring-link.ts';
import { PRESET_CODES, PROBLEM_TYPE_PRESETS, PROPOSES_MONITORING } from './problem-types.ts';
import { overdueAt, presentProblem } from './present.ts';
import type { ProblemRow } from './projection.ts';

const DATED: readonly ProblemRef[] = ['OCCURRED_IN_FUTURE', 'OCCURRED_BEFORE_PREVIOUS_STEP', 'LATE_ENTRY_REASON_REQUIRED'];
const FOUND_PROBLEMS: readonly ProblemRef[] = ['FORBIDDEN_ROLE', 'NOT_FOUND', 'PROBLEM_TYPE_UNKNOWN', 'PROBLEM_LEVEL_MISMATCH', 'CONCURRENT_CHANGE', ...DATED];
const idParams = { type: 'object', properties: { id: { type: 'string', format: 'uuid' } }, required: ['id'] } as const;

const FollowUpAnswer = Type.Object({
  kind: Type.Literal('monitoringCase'),
  opened: Type.Boolean({ description: 'a monitoring case was opened (or the household\'s open one linked)' }),
  caseId: Type.Optional(Type.String({ format: 'uuid' })),
  existing: Type.Optional(Type.Boolean()),
  code: Type.Optional(Type.String({ description: 'why no case was opened (the monitoring rule or permission that refused it)' })),
  zh: Type.Optional(Type.String()),
  en: Type.Optional(Type.String()),
});
const ProblemFoundAnswer = Type.Object({ ...ProblemAnswer.properties, followUp: Nullable(FollowUpAnswer) }, { description: 'the problem recorded, and what its finding led to' });

type ListQuery = { regionCode?: string; state?: string; level?: string; typeCode?: string; campaignId?: string; overdue?: boolean; offset: number; limit: number };

/** 问题整改台账 over HTTP: recording a finding, every step of a problem, and the reads. */
export const registerProblemRoutes = (app: FastifyInstance, services: Services): void => {
  const now = () => services.clock.now().toISOString();
  const present = (row: ProblemRow, identity: Identity | null) => presentProblem(row, displayFor(services, identity), now());
  const kind: CaseKind<ProblemRow> = {
    tag: 'ledger', answer: ProblemAnswer, chain: problemChain,
    get: (id) => services.problems.get(id),
    regionOf: (row) => row.context.regionCode,
    present: (row, _outcome: Pick<Outcome, 'snapshot' | 'revision'>, identity) => present(row, identity),
  };

  app.post('/problems', {
    schema: {
      ...operation({
        id: 'recordProblem', tag: 'ledger', zh: '登记排查发现的问题（户内或面上）', en: 'Record a problem found in an inspection (household-level or area-level)',
        about: [
          '问题须经县指导组组长和乡镇工作组组长签字后进入台账。综合判定"是否要纳入监测对象进行评议"（overall.2）且给出 monitoring 的，同时以村干部排查为该户开启监测事项。',
          'A problem enters the ledger once the county guidance-group leader and the township work-group leader have signed it. A finding of item overall.2 with `monitoring` opens a monitoring case for the household as a cadre\'s screening.',
        ],
        answers: { 201: ProblemFoundAnswer }, etag: true, idempotent: true, location: '/problems/{id}', problems: FOUND_PROBLEMS,
        request: { level: 'household', householdId: '5b0c3c1e-7d1a-4f0e-9a43-2f6c1d8e4a10', householdType: 'escaped', typeCode: 'employment', itemCode: 'employment.2', description: '有劳动能力，就业帮扶措施未落实，一季度务工补贴未发放', occurredAt: '2026-06-12T10:00:00+08:00' },
      }),
      body: jsonSchemaOf(FoundBody),
    },
  }, async (request, reply) => {
    const body = parseWith(FoundBody, request.body);
    await caughtUpWithStore(services);
    const identity = request.identity;
    const household = body.householdId === undefined ? undefined : services.households.get(body.householdId);
    if (body.householdId !== undefined && !household) throw outsideJurisdiction();
    const region = body.level === 'household' ? household?.villageCode : body.regionCode;
    if (region === undefined) {
      throw new ProblemError(422, 'PROBLEM_LEVEL_MISMATCH', '户内问题须指明农户，面上问题须指明所在区划', 'A household problem names the household; an area-level one its region');
    }
    if (!identity || !within(identity, region)) throw outsideJurisdiction();
    const actor = authorize(request, 'ledger.record', region);
    const campaign = body.campaignId === undefined ? undefined : services.campaigns.get(body.campaignId);
    if (body.campaignId !== undefined && (!campaign || !(region.startsWith(campaign.context.regionCode)))) throw outsideJurisdiction();
    const listed = body.listedVillageId === undefined ? undefined : services.listedVillages.get(body.listedVillageId);
    if (body.listedVillageId !== undefined && (!listed || listed.context.villageCode.slice(0, region.length) !== region)) throw outsideJurisdiction();
    const ctx = commandContext(request, actor, services.clock, body.occurredAt, body.lateEntryReason);
    const preset = campaign?.context.preset ?? services.policies.resolve(region, Number(chinaDateOf(ctx.occurredAt).slice(0, 4))).ledger.problemTypes;
    const id = creationId(problemChain, ctx, services.newId);
    const outcome = await services.engine.execute(problemChain, id, ctx, () => [{
      type: 'ProblemFound',
      data: asJson({
        level: body.level, regionCode: region, householdId: household?.id ?? null, householdType: body.householdType ?? null,
        preset, typeCode: body.typeCode, itemCode: body.itemCode ?? null, description: body.description,
        campaignId: body.campaignId ?? null, listedVillageId: body.listedVillageId ?? null, evidence: body.evidence ?? [], machineVersion: PROBLEM_MACHINE_VERSION,
      }),
    }]);
    await services.projector.waitFor(outcome.position);
    let followUp: FollowUp | null = null;
    let last = outcome;
    if (!outcome.replayed && body.itemCode === PROPOSES_MONITORING && household && body.monitoring) {
      followUp = await openCaseForFinding(services, request, {
        problemId: id, householdId: household.id, year: body.monitoring.year, proposedType: body.monitoring.proposedType, risk: body.description, occurredAt: body.occurredAt,
      });
      if (followUp.opened) {
        const caseId = followUp.caseId;
        last = await services.engine.execute(problemChain, id, { ...ctx, idempotencyKey: undefined, requestDigest: undefined, commandId: undefined },
          () => [{ type: 'ProblemMonitoringCaseLinked', data: { caseId } }]);
        await services.projector.waitFor(last.position);
      }
    }
    const row = services.problems.get(id);
    if (!row) throw new Error('problem not projected');
    return withEtag(reply.status(201), last).send({ ...present(row, identity), followUp });
  });

  const step = <S extends z.ZodType<{ occurredAt?: string; lateEntryReason?: string }>>(spec: CaseCommand<ProblemRow, S>) => caseCommandRoute(app, services, kind, spec);

  step({
    path: '/problems/:id/signatures', id: 'signProblem', zh: '县指导组组长或乡镇工作组组长签字（两人签字后进入台账）', summary: 'The county guidance-group leader or the township work-group leader signs (both: in the ledger)',
    permission: 'ledger.sign', body: SignBody, problems: ['LEDGER_SIGNER_CAPACITY', 'LEADERS_ARE_TWO_PEOPLE'],
    example: { as: 'townshipWorkLeader', opinion: '情况属实，纳入台账' },
    decide: (b) => [{ type: 'ProblemSigned', data: { as: b.as, opinion: b.opinion } }],
  });
  step({
    path: '/problems/:id/lists', id: 'setProblemLists', zh: '建立四项清单（问题、措施、责任人和责任单位、整改时限）', summary: 'Set the four lists: measure, responsible person and unit, deadline',
    permission: 'ledger.lists', body: ListsBody, problems: ['DEADLINE_BEFORE_FINDING'],
    example: { lists: { measure: '补发一季度公益岗补助', responsible: { personId: 'p-001', name: '李四', unit: '镇人社所' }, deadline: '2026-06-25' } },
    decide: (b) => [{ type: 'ProblemListsSet', data: asJson({ lists: b.lists }) }],
  });
  step({
    path: '/problems/:id/list-changes', id: 'changeProblemLists', zh: '变更四项清单（须说明理由）', summary: 'Change the four lists, with the reason',
    permission: 'ledger.lists', body: ListsChangeBody, problems: ['DEADLINE_BEFORE_FINDING', 'CHANGE_REASON_REQUIRED', 'NOTHING_CHANGED'],
    example: { lists: { measure: '补发一季度公益岗补助并建立按月发放台账', responsible: { personId: 'p-001', name: '李四', unit: '镇人社所' }, deadline: '2026-07-15' }, reason: '补助资金下达推迟，整改时限顺延' },
    decide: (b) => [{ type: 'ProblemListsChanged', data: asJson({ lists: b.lists, reason: b.reason }) }],
  });
  step({
    path: '/problems/:id/rectification', id: 'claimRectification', zh: '报告整改完成（整改成效及佐证）', summary: 'Claim the rectification done, with its result and evidence',
    permission: 'ledger.rectify', body: ClaimBody,
    decide: (b) => [{ type: 'ProblemRectificationClaimed', data: asJson({ result: b.result, evidence: b.evidence ?? [] }) }],
  });
  step({
    path: '/problems/:id/verification', id: 'verifyRectification', zh: '实地核验整改（整改人以外的人员）', summary: 'Verify the rectification on site (by someone other than the rectifier)',
    permission: 'ledger.verify', body: VerifyBody, problems: ['VERIFIER_IS_RECTIFIER'],
    decide: (b) => [{ type: 'ProblemVerified', data: asJson({ outcome: b.outcome, opinion: b.opinion, evidence: b.evidence ?? [] }) }],
  });
  step({
    path: '/problems/:id/reopening', id: 'reopenProblem', zh: '核验未通过，重新整改', summary: 'Reopen after a failed verification',
    permission: 'ledger.verify', body: ReasonBody,
    decide: (b) => [{ type: 'ProblemReopened', data: { reason: b.reason } }],
  });
  step({
    path: '/problems/:id/closure', id: 'closeProblem', zh: '销号', summary: 'Close the problem (销号) after a passed verification',
    permission: 'ledger.close', body: OpinionBody,
    decide: (b) => [{ type: 'ProblemClosed', data: { opinion: b.opinion } }],
  });
  step({
    path: '/problems/:id/escalation', id: 'escalateProblem', zh: '乡镇无法解决，上报县级', summary: 'Escalate to the county: the township cannot solve it',
    permission: 'ledger.escalate', body: ReasonBody,
    decide: (b) => [{ type: 'ProblemEscalated', data: { reason: b.reason } }],
  });
  step({
    path: '/problems/:id/assignment', id: 'assignProblem', zh: '县级交办行业部门', summary: 'The county assigns the problem to a department',
    permission: 'ledger.assign', body: AssignBody,
    decide: (b) => [{ type: 'ProblemAssigned', data: { department: b.department, opinion: b.opinion } }],
  });
  step({
    path: '/problems/:id/department-answer', id: 'answerProblem', zh: '部门答复（可重定四项清单）', summary: 'The assigned department answers, maybe with new four lists',
    permission: 'ledger.answer', body: AnswerBody, problems: ['NOT_THE_ASSIGNED_DEPARTMENT', 'DEADLINE_BEFORE_FINDING'],
    example: { answer: '县水利局已安排维修资金，7 月底前完成管网改造' },
    decide: (b) => [{ type: 'ProblemDepartmentAnswered', data: asJson({ answer: b.answer, lists: b.lists ?? null }) }],
  });
  step({
    path: '/problems/:id/interviews', id: 'recordInterview', zh: '约谈', summary: 'Record an interview (约谈) over late, incomplete or faked rectification',
    permission: 'ledger.account', body: InterviewBody,
    decide: (b) => [{ type: 'ProblemInterviewed', data: asJson({ person: b.person, reason: b.reason, notes: b.notes }) }],
  });
  step({
    path: '/problems/:id/accountability', id: 'recordAccountability', zh: '追责问责', summary: 'Hold a person to account (追责问责)',
    permission: 'ledger.account', body: AccountabilityBody,
    decide: (b) => [{ type: 'ProblemAccountabilityRecorded', data: asJson({ person: b.person, finding: b.finding, measure: b.measure }) }],
  });

  app.get<{ Params: { id: string } }>('/problems/:id', {
    schema: { ...operation({ id: 'getProblem', tag: 'ledger', zh: '问题详情（四项清单、签字、整改与核验）', en: 'A problem: its four lists, signatures, rectification and verification', answers: { 200: ProblemAnswer }, etag: true, problems: READ_ONE }), params: idParams },
  }, async (request, reply) => {
    const identity = authorizeRead(request);
    const row = services.problems.get(request.params.id);
    if (!row || !within(identity, row.context.regionCode)) throw outsideJurisdiction();
    return withEtag(reply, { revision: row.revision, replayed: false }).send(present(row, identity));
  });

  app.get<{ Params: { id: string } }>('/problems/:id/history', {
    schema: { ...operation({ id: 'getProblemHistory', tag: 'ledger', zh: '问题全过程（每次变更、核验、约谈、问责）', en: 'Every step of a problem: who, when, what was recorded', answers: { 200: ProblemHistoryAnswer }, problems: READ_ONE }), params: idParams },
  }, async (request) => {
    const identity = authorizeRead(request);
    const row = services.problems.get(request.params.id);
    if (!row || !within(identity, row.context.regionCode)) throw outsideJurisdiction();
    const events = await services.store.readStream(`${problemChain.streamPrefix}${row.id}`);
    return {
      id: row.id,
      steps: events.map((e) => ({
        revision: e.revision, step: e.type, stepZh: stepLabel(e.type).zh, actor: e.metadata.actor, occurredAt: e.metadata.occurredAt,
        recordedAt: e.metadata.recordedAt, lateEntryReason: e.metadata.lateEntryReason ?? null, data: e.data,
      })),
    };
  });

  app.get<{ Querystring: ListQuery }>('/problems', {
    schema: {
      ...operation({ id: 'listProblems', tag: 'ledger', zh: '问题台账（按区域、环节、类型、排查、逾期筛选）', en: 'The ledger: problems by region, stage, type, campaign, overdue', answers: { 200: ProblemListAnswer }, problems: READ }),
      querystring: {
        type: 'object', additionalProperties: false,
        properties: {
          regionCode: { type: 'string', pattern: '^\\d{2,12}$' },
          state: { type: 'string', maxLength: 40 },
          level: { type: 'string', enum: ['household', 'county', 'township', 'village'] },
          typeCode: { type: 'string', maxLength: 40 },
          campaignId: { type: 'string', format: 'uuid' },
          overdue: { type: 'boolean' },
          ...pageParams,
        },
      },
    },
  }, async (request) => {
    const identity = authorizeRead(request);
    const q = request.query;
    const prefix = narrowRegion(q.regionCode, identity.jurisdiction);
    if (prefix === null) return { regionCode: q.regionCode ?? identity.jurisdiction, total: 0, items: [] };
    const at = now();
    const rows = services.problems.list(prefix, (r) => (q.state === undefined || r.state === q.state) && (q.level === undefined || r.context.level === q.level)
      && (q.typeCode === undefined || r.context.typeCode === q.typeCode) && (q.campaignId === undefined || r.context.campaignId === q.campaignId)
      && (q.overdue === undefined || overdueAt(r, at) === q.overdue));
    return { regionCode: prefix, total: rows.length, items: rows.slice(q.offset, q.offset + q.limit).map((r) => present(r, identity)) };
  });

  app.get<{ Querystring: { preset?: string; regionCode?: string } }>('/problem-types', {
    schema: {
      ...operation({ id: 'listProblemTypes', tag: 'ledger', zh: '问题类型及排查内容（政策所定清单）', en: 'The problem types and their items (the preset in force, or one named)', answers: { 200: ProblemTypesAnswer }, problems: READ }),
      querystring: { type: 'object', additionalProperties: false, properties: { preset: { type: 'string', enum: [...PRESET_CODES] }, regionCode: { type: 'string', pattern: '^\\d{6,12}$' } } },
    },
  }, async (request) => {
    const identity = authorizeRead(request);
    // the preset in force where the reader asks (narrowed to their jurisdiction); a reader of everywhere (an
    // administrator) or a code no policy knows gets the product's default preset, never an error
    const region = narrowRegion(request.query.regionCode, identity.jurisdiction) ?? identity.jurisdiction;
    const year = Number(chinaDateOf(now()).slice(0, 4));
    const inForce = (): string => {
      try {
        return services.policies.resolve(region, year).ledger.problemTypes;
      } catch (error) {
        if (error instanceof RangeError) return GENERIC_2024_POLICY.ledger.problemTypes;
        throw error;
      }
    };
    const code = request.query.preset ?? inForce();
    const preset = PROBLEM_TYPE_PRESETS[code];
    if (!preset) throw outsideJurisdiction();
    return { preset: preset.code, zh: preset.zh, types: preset.types };
  });
};
