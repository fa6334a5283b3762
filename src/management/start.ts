import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { authorize, outsideJurisdiction } from '../auth/authenticate.ts';
import { within } from '../auth/identity.ts';
import { commandContext, when, withEtag } from '../http/command-context.ts';
import { operation } from '../http/contract/operation.ts';
import { EX } from '../http/contract/examples.ts';
import { DATED } from '../http/contract/groups.ts';
import { jsonSchemaOf, parseWith } from '../http/zod-schema.ts';
import { caughtUpWithStore } from '../projections/caught-up.ts';
import type { Services } from '../services.ts';
import { displayFor } from '../shared/display.ts';
import { ProblemError } from '../shared/problem.ts';
import { ConcurrencyError } from '../store/errors.ts';
import { MANAGEMENT_MACHINE_VERSION } from '../../workflows/registry.ts';
import { ManagementRecordAnswer } from './answer-schemas.ts';
import { managementChain, managementIdOf } from './chain.ts';
import { CadreSchema } from './bodies.ts';
import { presentRecord, recordAt } from './present.ts';
import { asJson } from './records.ts';

const StartBody = z.strictObject({
  designationId: z.uuid(),
  /** 结对帮扶干部 (may be paired later) */
  cadre: CadreSchema.optional(),
  ...when,
});

const exists = (recordId: string) => new ProblemError(409, 'MANAGEMENT_RECORD_EXISTS', '该户已纳入分类帮扶管理', 'The household is already under management', { recordId });

/**
 * After the card: a household whose designation completed (公示无异议、上报县扶贫办) is taken under management with
 * its card from the completion on. One record per household: a later designation's card arrives by re-classification.
 */
export const registerStart = (app: FastifyInstance, services: Services): void => {
  app.post('/management-records', {
    schema: {
      ...operation({
        id: 'startManagement', tag: 'management', zh: '认定完成后纳入分类帮扶、动态管理', en: 'Take a carded household under management from its designation\'s completion',
        about: ['卡别自认定完成（公示无异议、上报县扶贫办）之时起算；每户一个管理记录。', "The card counts from the designation's completion; one record per household."],
        answers: { 201: ManagementRecordAnswer }, etag: true, idempotent: true, location: '/management-records/{id}',
        problems: ['FORBIDDEN_ROLE', 'NOT_FOUND', 'MANAGEMENT_RECORD_EXISTS', 'DESIGNATION_NOT_COMPLETED', 'CONCURRENT_CHANGE', ...DATED],
        request: { designationId: EX.householdId, cadre: { id: 'cadre-001', name: '李四', unitLevel: 'county', organisation: '县农业农村局' }, occurredAt: '2026-04-12T10:00:00+08:00' },
      }),
      body: jsonSchemaOf(StartBody),
    },
  }, async (request, reply) => {
    const body = parseWith(StartBody, request.body);
    await caughtUpWithStore(services);
    const designation = services.designations.get(body.designationId);
    if (!designation || !request.identity || !within(request.identity, designation.context.villageCode)) throw outsideJurisdiction();
    const c = designation.context;
    const actor = authorize(request, 'management.start', c.villageCode);
    if (designation.state !== 'designated' || c.card === null || c.completedAt === null) {
      throw new ProblemError(409, 'DESIGNATION_NOT_COMPLETED', '该户认定尚未完成，不能纳入分类帮扶管理', 'The designation has not completed', { designationId: designation.id, state: designation.state });
    }
    const ctx = commandContext(request, actor, services.clock, body.occurredAt, body.lateEntryReason);
    if (Date.parse(ctx.occurredAt) < Date.parse(c.completedAt)) {
      throw new ProblemError(422, 'OCCURRED_BEFORE_PREVIOUS_STEP', '纳入管理不能早于认定完成', 'Management cannot start before the designation completed', { completedAt: c.completedAt });
    }
    const id = managementIdOf(c.householdId);
    const existing = services.management.get(id);
    if (existing && ctx.idempotencyKey === undefined) throw exists(id);
    const completedAt = c.completedAt;
    const card = c.card;
    const outcome = await services.engine.execute(managementChain, id, ctx, (current) => {
      if (current.revision >= 0) throw exists(id);
      return [{
        type: 'ManagementStarted',
        data: asJson({
          householdId: c.householdId, villageCode: c.villageCode, designationId: designation.id, card, cardSince: new Date(completedAt).toISOString(),
          year: c.year, notEscaped: card === 'red', cadre: body.cadre ? { ...body.cadre, organisation: body.cadre.organisation ?? null } : null,
          machineVersion: MANAGEMENT_MACHINE_VERSION,
        }),
      }];
    }).catch((error: unknown) => {
      if (error instanceof ConcurrencyError) throw exists(id);
      throw error;
    });
    await services.projector.waitFor(outcome.position);
    const row = services.management.get(id);
    if (!row) throw new Error('management record not projected');
    return withEtag(reply.status(201), outcome).send(presentRecord(recordAt(row, outcome), displayFor(services, request.identity)));
  });
};
