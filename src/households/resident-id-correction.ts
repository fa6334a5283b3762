import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { z } from 'zod';
import { authorize, outsideJurisdiction } from '../auth/authenticate.ts';
import { ResidentIdSchema } from '../domain/resident-id.ts';
import { commandContext, when, withEtag } from '../http/command-context.ts';
import { operation } from '../http/contract/operation.ts';
import { jsonSchemaOf, parseWith } from '../http/zod-schema.ts';
import { caughtUpWithStore } from '../projections/caught-up.ts';
import type { Services } from '../services.ts';
import { ProblemError } from '../shared/problem.ts';
import { householdChain } from './chain.ts';
import { correctResidentId } from './commands.ts';
import { HouseholdAnswer, presentHousehold } from './present.ts';
import { claimResident, releaseResident } from './resident-claim.ts';

const CorrectionBody = z.object({
  residentId: ResidentIdSchema,
  reason: z.string().min(2).max(2000).describe('what was wrong and what shows the right number (户口簿, 身份证)'),
  ...when,
}).strict();

/**
 * 更正户主身份证号 (PIPL art. 46: a person may have wrong data corrected). The head's ID is the key of one household per
 * person, so its correction moves the claim: the right ID is claimed first (409 HOUSEHOLD_EXISTS when another
 * household holds it, nothing written), then the correction is recorded as a change of the facts (sealed like every
 * personal value, reviewed and supervised again), then the wrong ID's claim is released so the person it belongs to
 * can be registered. A crash between the steps leaves the right ID claimed by this household: a retry completes it.
 */
export const registerResidentIdCorrection = (app: FastifyInstance, services: Services): void => {
  const { households, engine, projector, clock } = services;
  app.post<{ Params: { id: string } }>('/households/:id/resident-id-correction', {
    schema: {
      ...operation({
        id: 'correctResidentId', tag: 'households', zh: '更正户主身份证号（新事件，原号码释放）', en: "Correct the head's resident ID (a new event; the wrong number is released)",
        about: ['户主身份证号录错时更正：先占用正确号码（已被他户登记则 409），再记录更正，最后释放错误号码。更正后须重新审核、监督。', "When the head's ID was entered wrong: the right number is claimed (409 if another household holds it), the correction recorded, the wrong number released. The correction is reviewed and supervised again."],
        answers: { 200: HouseholdAnswer }, etag: true, ifMatch: true,
        problems: ['FORBIDDEN_ROLE', 'NOT_FOUND', 'HOUSEHOLD_EXISTS', 'NO_CHANGE', 'FIELD_RULE_REFUSED', 'HOUSEHOLD_BUSY', 'STEP_NOT_ALLOWED', 'CONCURRENT_CHANGE', 'OCCURRED_IN_FUTURE'],
        request: { residentId: '430623197107010129', reason: '户口簿核对：原录入身份证号第 17 位错误' },
      }),
      params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
      body: jsonSchemaOf(CorrectionBody),
    },
  }, async (request, reply) => {
    const body = parseWith(CorrectionBody, request.body);
    await caughtUpWithStore(services);
    const row = households.get(request.params.id);
    if (!row) throw outsideJurisdiction();
    const actor = authorize(request, 'household.correctResidentId', row.household.villageCode);
    const wrong = row.household.residentId as string | null; // null once erased (the machine refuses any step then)
    if (wrong === body.residentId) throw new ProblemError(422, 'NO_CHANGE', '更正后的身份证号与现有号码相同', 'The corrected ID is the one recorded');
    const ctx = commandContext(request, actor, clock, body.occurredAt, body.lateEntryReason);
    const decisions = () => correctResidentId(row.household, body.residentId, body.reason);
    await engine.check(householdChain, row.id, ctx, decisions, { mustExist: true });
    const metadata = { actor, occurredAt: ctx.occurredAt, correlationId: ctx.correlationId, causationId: null, commandId: null };
    const key = services.personalKeys?.claimKey ?? null;
    const holder = await claimResident(services.store, body.residentId, row.id, metadata, key);
    if (holder !== row.id) throw new ProblemError(409, 'HOUSEHOLD_EXISTS', '该身份证号已被其他农户登记', 'Another household is registered with this resident ID', { householdId: holder });
    const outcome = await engine.execute(householdChain, row.id, ctx, decisions, { mustExist: true });
    if (wrong !== null) await releaseResident(services.store, wrong, row.id, metadata, key);
    await projector.waitFor(outcome.position);
    return withEtag(reply, outcome).send(presentHousehold(households.get(row.id) ?? row, request.identity, services.fullIdRoles, services.regions));
  });
};
