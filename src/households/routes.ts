import { narrowRegion } from '../http/region-filter.ts';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { z } from 'zod';
import { authorize, authorizeRead, outsideJurisdiction } from '../auth/authenticate.ts';
import { within } from '../auth/identity.ts';
import { HouseholdSchema } from '../domain/household.ts';
import { jsonPointer } from '../domain/household-patch.ts';
import { isJsonObject } from '../shared/json.ts';
import { ProblemError } from '../shared/problem.ts';
import { creationId } from '../engine/creation-id.ts';
import type { Outcome } from '../engine/engine.ts';
import type { Loaded } from '../engine/snapshot-cache.ts';
import { ConcurrencyError } from '../store/errors.ts';
import { validateAppend } from '../store/plan.ts';
import { claimResident } from './resident-claim.ts';
import { registerHouseholdDataChecks } from './data-checks.ts';
import { registerResidentIdCorrection } from './resident-id-correction.ts';
import { commandContext, ifMatchHoldsFor, when, withEtag } from '../http/command-context.ts';
import { jsonSchemaOf, parseWith } from '../http/zod-schema.ts';
import { pageParams } from '../http/query-params.ts';
import { caughtUpWithStore } from '../projections/caught-up.ts';
import type { Services } from '../services.ts';
import { householdChain } from './chain.ts';
import { changeHousehold, registerHousehold } from './commands.ts';
import { HouseholdAnswer, presentHousehold } from './present.ts';
import { operation } from '../http/contract/operation.ts';
import { READ, READ_ONE } from '../http/contract/groups.ts';
import { EXAMPLE_HOUSEHOLD } from '../http/contract/examples.ts';

const RegisterBody = z.object({ household: HouseholdSchema, ...when });
/**
 * `changes` is a JSON Merge Patch (RFC 7396) of the household's facts (src/domain/household-patch.ts). Its JSON
 * Schema stays a plain object on purpose: the edge validator fills defaults and drops keys a schema forbids, and a
 * patch must arrive exactly as sent — a default would overwrite a recorded fact, a dropped key would be a change
 * silently not made. The household schema checks it in the command; unknown keys are refused there.
 */
const ChangeBody = z.object({
  changes: z.record(z.string(), z.unknown()).describe('JSON Merge Patch (RFC 7396) of the household: fields not sent are kept, objects merge, arrays (members …) are replaced whole, null removes'),
  reason: z.string().min(1).max(2000),
  ...when,
});
const CHANGE_BODY_FIELDS = Object.keys(ChangeBody.shape);
/** the change body as JSON or as merge-patch JSON: the same envelope, `changes` being the merge patch */
const MERGE_PATCH = 'application/merge-patch+json';
const Params = Type.Object({ id: Type.String({ format: 'uuid' }) });
const ListQuery = Type.Object({
  regionCode: Type.Optional(Type.String({ pattern: '^\\d{2,12}$', description: 'a region code prefix (township, village …), narrowed to your jurisdiction' })),
  villageCode: Type.Optional(Type.String({ pattern: '^\\d{2,12}$', deprecated: true, description: 'deprecated alias of regionCode' })),
  ...pageParams,
});

/** the read model's facts and the stream's state (the engine's) are at different revisions: one must catch up */
class OutOfStep extends Error {}
const householdBusy = () =>
  new ProblemError(409, 'HOUSEHOLD_BUSY', '该户信息正在被他人修改，请稍后重试', 'The household is being changed by someone else; retry shortly');

/** 农户: registered and changed as a stream of their own; the designation records the facts it was decided on. */
export const householdRoutes: FastifyPluginAsyncTypebox<{ services: Services }> = async (app, { services }) => {
  const { engine, households, clock, projector } = services;
  registerHouseholdDataChecks(app, services);
  registerResidentIdCorrection(app, services);

  app.post('/households', {
    schema: {
      ...operation({
        id: 'registerHousehold',
        tag: 'households',
        zh: '农户登记',
        en: 'Register a household',
        about: ['登记一户农户（户主身份证号唯一）。答复含户的事实与 ETag；一户一个事件流，后续修改为合并补丁。', 'Registers a household (one per head\'s resident ID) as a stream of its own. Its facts are checked by seed 002\'s logic checks; later changes are merge patches.'],
        answers: { 201: HouseholdAnswer },
        etag: true,
        idempotent: true,
        location: '/households/{id}',
        problems: ['FORBIDDEN_ROLE', 'NOT_FOUND', 'HOUSEHOLD_EXISTS', 'FIELD_RULE_REFUSED', 'OCCURRED_IN_FUTURE', 'CONCURRENT_CHANGE', 'HOUSEHOLD_EDGE_BY_APPROVAL_ONLY'],
        request: { household: EXAMPLE_HOUSEHOLD, occurredAt: '2026-03-16T10:00:00+08:00' },
      }),
      body: jsonSchemaOf(RegisterBody),
    },
  }, async (request, reply) => {
    const body = parseWith(RegisterBody, request.body);
    const actor = authorize(request, 'household.register', body.household.villageCode);
    const ctx = commandContext(request, actor, clock, body.occurredAt, body.lateEntryReason);
    // everything that can refuse the registration is checked before the claim, so a refused request writes nothing
    // (a registration creates the household: an If-Match can only name a revision it does not have)
    ifMatchHoldsFor(ctx, -1);
    const metadata = { actor, occurredAt: ctx.occurredAt, correlationId: ctx.correlationId, causationId: null, commandId: null };
    const decisions = registerHousehold(body.household);
    validateAppend(`${householdChain.streamPrefix}new`, decisions.map((d) => ({ ...d, metadata })));
    // the chain's invariants (dates, late entry) are asked first, so a refused registration leaves no claim behind
    const candidate = creationId(householdChain, ctx, services.newId);
    await engine.check(householdChain, candidate, ctx, () => decisions);
    // the claim decides which household id registers this head; a retry or a racing request gets the same id,
    // and the engine then replays the first registration or refuses a second one
    const id = await claimResident(services.store, body.household.residentId, candidate, metadata, services.personalKeys?.claimKey ?? null);
    const outcome = await engine.execute(householdChain, id, ctx, () => decisions).catch((error: unknown) => {
      if (error instanceof ConcurrencyError || (error instanceof ProblemError && error.code === 'STEP_NOT_ALLOWED')) {
        throw new ProblemError(409, 'HOUSEHOLD_EXISTS', '该户主身份证号已登记', 'A household with this resident ID is already registered', { householdId: id });
      }
      throw error;
    });
    await projector.waitFor(outcome.position);
    const row = households.get(outcome.stream.slice(householdChain.streamPrefix.length));
    return withEtag(reply.status(201), outcome).send(row && presentHousehold(row, request.identity, services.fullIdRoles, services.regions));
  });

  // a scope of its own: only this route reads application/merge-patch+json (parsed as JSON is, prototype keys refused)
  await app.register(async (scope) => {
    scope.addContentTypeParser(MERGE_PATCH, { parseAs: 'string' }, scope.getDefaultJsonParser('error', 'error'));
    const body = jsonSchemaOf(ChangeBody);
    scope.post<{ Params: { id: string } }>('/households/:id/changes', {
      schema: {
        ...operation({
          id: 'changeHousehold',
          tag: 'households',
          zh: '农户信息变更（合并补丁）',
          en: 'Change household facts (a JSON Merge Patch of them)',
          about: ['`changes` 是农户事实的 JSON 合并补丁（RFC 7396）：未给出的字段保留，对象合并，数组（家庭成员等）整体替换，null 表示删除。', '`changes` is a JSON Merge Patch (RFC 7396) of the facts: members, incomes, exclusion facts. Sent as application/json or application/merge-patch+json; what is recorded is the patch as applied.'],
          answers: { 200: HouseholdAnswer },
          etag: true,
          ifMatch: true,
          idempotent: true,
          problems: ['FORBIDDEN_ROLE', 'NOT_FOUND', 'UNKNOWN_FIELD', 'HEAD_NAME_MISMATCH', 'RESIDENT_ID_IMMUTABLE', 'NO_CHANGE', 'FIELD_RULE_REFUSED', 'HOUSEHOLD_BUSY', 'STEP_NOT_ALLOWED', 'CONCURRENT_CHANGE', 'OCCURRED_IN_FUTURE', 'HOUSEHOLD_EDGE_BY_APPROVAL_ONLY'],
          request: { changes: { incomes: { 2025: { wage: 4800 } }, risks: [{ kind: 'illness' }, { kind: 'income-loss' }] }, reason: '户主住院，务工收入减少', occurredAt: '2026-05-06T10:00:00+08:00' },
        }),
        params: Params,
        body: { content: { 'application/json': { schema: body }, [MERGE_PATCH]: { schema: body } } },
      },
    }, async (request, reply) => {
      const unknown = isJsonObject(request.body) ? Object.keys(request.body).filter((key) => !CHANGE_BODY_FIELDS.includes(key)) : [];
      if (unknown.length > 0) {
        const fields = unknown.map((key) => jsonPointer([key]));
        throw new ProblemError(400, 'UNKNOWN_FIELD', `请求中含有未知字段：${fields.join('、')}`, `Unknown field: ${fields.join(', ')}`, { fields });
      }
      const body = parseWith(ChangeBody, request.body);
      const row = households.get(request.params.id);
      if (!row) throw outsideJurisdiction();
      const actor = authorize(request, 'household.change', row.household.villageCode);
      const ctx = commandContext(request, actor, clock, body.occurredAt, body.lateEntryReason);
      // decided on the facts at the stream's revision. When the read model has not caught up with a change (another
      // instance's, or a racing request's), wait until it has everything written so far; when it heard of another
      // instance's change before the engine did (whose cached state then stays behind), read the stream again
      const decide = (current: Loaded) => {
        const now = households.get(row.id);
        if (!now || now.revision !== current.revision) throw new OutOfStep();
        return changeHousehold(now.household, body.changes, body.reason);
      };
      const execute = async (attempts: number): Promise<Outcome> => {
        try {
          return await engine.execute(householdChain, row.id, ctx, decide, { mustExist: true });
        } catch (error) {
          if (!(error instanceof OutOfStep)) throw error;
          if (attempts <= 1) throw householdBusy();
          await caughtUpWithStore(services);
          await engine.load(householdChain, row.id);
          return execute(attempts - 1);
        }
      };
      const outcome = await execute(3);
      await projector.waitFor(outcome.position);
      return withEtag(reply, outcome).send(presentHousehold(households.get(row.id) ?? row, request.identity, services.fullIdRoles, services.regions));
    });
  });

  app.get('/households/:id', {
    schema: {
      ...operation({ id: 'getHousehold', tag: 'households', zh: '农户详情', en: 'A household with its current facts', about: ['身份证号对非 FULL_ID_ROLES 角色打码。', 'Resident IDs are masked for roles outside FULL_ID_ROLES (src/households/present.ts).'], answers: { 200: HouseholdAnswer }, etag: true, problems: READ_ONE }),
      params: Params,
    },
  }, async (request, reply) => {
    const identity = authorizeRead(request);
    const row = households.get(request.params.id);
    if (!row || !within(identity, row.household.villageCode)) throw outsideJurisdiction();
    return withEtag(reply, { revision: row.revision, replayed: false }).send(presentHousehold(row, identity, services.fullIdRoles, services.regions));
  });

  app.get('/households', {
    schema: {
      ...operation({ id: 'listHouseholds', tag: 'households', zh: '辖区内的农户', en: 'Households in your jurisdiction', answers: { 200: Type.Object({ total: Type.Integer({ minimum: 0 }), items: Type.Array(HouseholdAnswer) }) }, problems: READ }),
      querystring: ListQuery,
    },
  }, async (request) => {
    const identity = authorizeRead(request);
    // regionCode is the filter every list takes; villageCode, the older name here, is its deprecated alias
    const prefix = narrowRegion(request.query.regionCode ?? request.query.villageCode, identity.jurisdiction);
    if (prefix === null) return { total: 0, items: [] };
    const page = households.list(prefix, request.query.offset, request.query.limit);
    return { total: page.total, items: page.items.map((r) => presentHousehold(r, identity, services.fullIdRoles, services.regions)) };
  });
};
