import type { FastifyInstance, FastifyRequest } from 'fastify';
import { displayFor } from '../shared/display.ts';
import { z } from 'zod';
import { authorize, outsideJurisdiction } from '../auth/authenticate.ts';
import { within } from '../auth/identity.ts';
import type { CommandName } from '../auth/permissions.ts';
import { chinaDateOf } from '../domain/dates.ts';
import type { Decision } from '../engine/engine.ts';
import { caughtUpWithStore } from '../projections/caught-up.ts';
import type { HouseholdRow } from '../households/projection.ts';
import { commandContext, withEtag, when } from '../http/command-context.ts';
import { jsonSchemaOf, parseWith } from '../http/zod-schema.ts';
import type { Services } from '../services.ts';
import { derivedId } from '../shared/ids.ts';
import { ProblemError } from '../shared/problem.ts';
import { ConcurrencyError } from '../store/errors.ts';
import { MONITORING_MACHINE_VERSION } from '../../workflows/registry.ts';
import { asJson, refuseOn } from './cases.ts';
import { monitoringChain } from './chain.ts';
import { checkApplication, checkApplicationCommitment } from './eligibility.ts';
import { closed, CommitmentSchema, DepartmentSchema, evidenceList, MonitoringTypeSchema } from './evidence.ts';
import { caseAt, presentCase } from './present.ts';
import { MonitoringCaseAnswer } from './answer-schemas.ts';
import { operation } from '../http/contract/operation.ts';
import { EX } from '../http/contract/examples.ts';
import type { ProblemRef } from '../http/contract/problems.ts';

const OPEN_PROBLEMS: readonly ProblemRef[] = ['FORBIDDEN_ROLE', 'NOT_FOUND', 'MONITORING_CASE_OPEN', 'MONITORING_RULE_REFUSED', 'HOUSEHOLD_FACTS_MISSING', 'CONCURRENT_CHANGE', 'OCCURRED_IN_FUTURE', 'LATE_ENTRY_REASON_REQUIRED'];

const year = z.number().int().min(2000).max(2100);

const ApplyBody = z.object({
  householdId: z.uuid(),
  /** the income year judged against that year's monitoring line (004: 6000 yuan for 2021) */
  year,
  /** 农户自主申报 (recorded by a cadre from the household's letter, app or 12317 call) or 村干部排查 */
  source: z.enum(['householdApplication', 'cadreScreening']),
  channel: z.enum(['written', 'app', 'hotline12317']).optional(),
  proposedType: MonitoringTypeSchema,
  /** the risk as found: 因病、因灾、因意外事故、收入大幅缩减 … */
  risk: z.string().min(1).max(4000),
  /** 农户承诺和授权查询书: required with a household's own application */
  commitment: CommitmentSchema.optional(),
  evidence: evidenceList,
  ...when,
});

const AlertBody = z.object({
  householdId: z.uuid(),
  year,
  department: DepartmentSchema,
  alert: closed({
    kind: z.enum(['incomeDrop', 'medicalExpense', 'schooling', 'housing', 'water', 'employment', 'disaster', 'other']),
    summary: z.string().min(1).max(4000),
  }),
  evidence: evidenceList,
  ...when,
});

/** the id of a household's n-th monitoring case: the same on every instance, so racing applications meet in one stream */
export const nthCaseId = (householdId: string, n: number): string => derivedId('monitoring', householdId, String(n));

const caseOpen = (caseId: string, state: string | null) => {
  const eliminated = state === 'riskEliminated';
  return new ProblemError(409, 'MONITORING_CASE_OPEN',
    eliminated ? '该户已标注风险消除，风险再现时请进行风险再标注' : '该户已有进行中的监测事项',
    eliminated ? 'This household is marked risk-eliminated: re-flag its case instead' : 'This household already has a monitoring case',
    { caseId, ...(state === null ? {} : { state }) });
};

/**
 * A case starts with an application (申请) or a department's alert (部门筛查预警). One open case per household: an
 * eliminated one is re-flagged (风险再标注) rather than opened again.
 */
export const registerOpenCase = (app: FastifyInstance, services: Services): void => {
  const open = async (
    request: FastifyRequest,
    householdId: string,
    permission: CommandName,
    when: { occurredAt?: string; lateEntryReason?: string },
    decide: (household: HouseholdRow, recordedOn: string) => Decision[],
  ) => {
    await caughtUpWithStore(services);
    const household = services.households.get(householdId);
    if (!household || !request.identity || !within(request.identity, household.household.villageCode)) throw outsideJurisdiction();
    const actor = authorize(request, permission, household.household.villageCode);
    const ctx = commandContext(request, actor, services.clock, when.occurredAt, when.lateEntryReason);
    // one open case per household, also when requests race or instances share the database: the id of a
    // household's n-th case is derived from (household, n), so racing applications address one stream and the store
    // lets one of them start it; a retry (same Idempotency-Key) of the open case's first command is answered as then
    const existing = services.monitoring.openFor(household.id);
    if (existing && ctx.idempotencyKey === undefined) throw caseOpen(existing.id, existing.state);
    const earlier = services.monitoring.list('', (r) => r.context.householdId === household.id).length;
    const id = existing?.id ?? nthCaseId(household.id, earlier);
    const outcome = await services.engine.execute(monitoringChain, id, ctx, () => {
      if (existing) throw caseOpen(existing.id, existing.state); // the open one was not started by this command
      return decide(household, chinaDateOf(ctx.occurredAt));
    }).catch((error: unknown) => {
      if (error instanceof ConcurrencyError || (error instanceof ProblemError && error.code === 'STEP_NOT_ALLOWED')) throw caseOpen(id, null);
      throw error;
    });
    await services.projector.waitFor(outcome.position);
    const row = services.monitoring.get(id);
    if (!row) throw new Error('monitoring case not projected');
    return { outcome, view: presentCase(caseAt(row, outcome), displayFor(services, request.identity ?? null)) };
  };

  app.post('/monitoring-cases', {
    schema: {
      ...operation({
        id: 'applyForMonitoring', tag: 'monitoring', zh: '申请纳入监测（农户自主申报或村干部排查）', en: "Apply for monitoring: a household's own application with its commitment letter, or a cadre's screening",
        about: ['农户自主申报须附农户承诺和授权查询书。一户同时只能有一个监测事项；风险消除后风险再现的，用风险再标注（409 MONITORING_CASE_OPEN）。', "A household's own application needs its signed commitment and authorisation letter. One open case per household; an eliminated one is re-flagged instead (409 MONITORING_CASE_OPEN)."],
        answers: { 201: MonitoringCaseAnswer }, etag: true, idempotent: true, location: '/monitoring-cases/{id}', problems: OPEN_PROBLEMS,
        request: {
          householdId: EX.householdId, year: 2026, source: 'householdApplication', channel: 'written', proposedType: 'suddenHardship', risk: '户主突发重病住院，医疗支出大，收入大幅减少',
          commitment: {
            letter: { kind: 'scan', id: 'doc-2026-0506-001', sha256: '9f2c4b1a7d3e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8', mediaType: 'application/pdf', caption: '农户承诺和授权查询书' },
            signedOn: '2026-05-06', signature: { by: 'applicant' }, thumbprint: true, factsTrue: true, authorisesAssetQuery: true,
          },
          occurredAt: '2026-05-06T10:00:00+08:00',
        },
      }),
      body: jsonSchemaOf(ApplyBody),
    },
  }, async (request, reply) => {
    const body = parseWith(ApplyBody, request.body);
    const { outcome, view } = await open(request, body.householdId, 'monitoring.apply', body, (household, recordedOn) => {
      const facts = household.household;
      const policy = services.policies.resolve(facts.villageCode, body.year);
      const eligibility = checkApplication(facts, body.year, policy, body.proposedType);
      const letter = checkApplicationCommitment(body.source, body.commitment, recordedOn);
      refuseOn({ refusals: [...eligibility.refusals, ...letter.refusals], warnings: [] });
      return [{
        type: 'MonitoringApplied',
        data: asJson({
          householdId: household.id,
          householdRevision: household.revision,
          villageCode: facts.villageCode,
          year: body.year,
          source: body.source,
          channel: body.source === 'householdApplication' ? (body.channel ?? 'written') : null,
          proposedType: body.proposedType,
          risk: body.risk,
          perCapitaIncome: eligibility.perCapitaIncome,
          incomeLine: eligibility.incomeLine,
          verdict: eligibility.verdict,
          warnings: [...eligibility.warnings, ...letter.warnings],
          commitment: body.commitment ?? null,
          evidence: body.evidence ?? [],
          machineVersion: MONITORING_MACHINE_VERSION,
        }),
      }];
    });
    return withEtag(reply.status(201), outcome).send(view);
  });

  app.post('/monitoring-alerts', {
    schema: {
      ...operation({
        id: 'raiseMonitoringAlert', tag: 'monitoring', zh: '行业部门筛查预警（由村核实）', en: "A department's screening alert: opens a case the village must verify",
        answers: { 201: MonitoringCaseAnswer }, etag: true, idempotent: true, location: '/monitoring-cases/{id}', problems: OPEN_PROBLEMS,
        request: { householdId: EX.householdId, year: 2026, department: 'medicalInsurance', alert: { kind: 'medicalExpense', summary: '年内自付医疗费用超过 3 万元' }, occurredAt: '2026-05-06T10:00:00+08:00' },
      }),
      body: jsonSchemaOf(AlertBody),
    },
  }, async (request, reply) => {
    const body = parseWith(AlertBody, request.body);
    const { outcome, view } = await open(request, body.householdId, 'monitoring.alert', body, (household) => [{
      type: 'DepartmentAlertRaised',
      data: asJson({
        householdId: household.id,
        householdRevision: household.revision,
        villageCode: household.household.villageCode,
        year: body.year,
        department: body.department,
        alert: body.alert,
        evidence: body.evidence ?? [],
        machineVersion: MONITORING_MACHINE_VERSION,
      }),
    }]);
    return withEtag(reply.status(201), outcome).send(view);
  });
};
