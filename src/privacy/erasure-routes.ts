import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { z } from 'zod';
import { authorize, outsideJurisdiction } from '../auth/authenticate.ts';
import { commandContext, when, withEtag } from '../http/command-context.ts';
import { operation } from '../http/contract/operation.ts';
import { jsonSchemaOf, parseWith } from '../http/zod-schema.ts';
import { householdChain } from '../households/chain.ts';
import { HouseholdAnswer, presentHousehold } from '../households/present.ts';
import type { Services } from '../services.ts';
import { ERASURE_EVENT } from './sealed-store.ts';

const ErasureBody = z.object({
  reason: z.string().min(1).max(2000).describe('why, for the record: the request or decision it follows (e.g. 当事人申请删除，编号…)'),
  basis: z.enum(['purpose-fulfilled', 'consent-withdrawn', 'retention-ended', 'unlawful-processing', 'other']).describe('PIPL art. 47 (1)-(5)'),
  ...when,
});
const idParams = { type: 'object', properties: { id: { type: 'string', format: 'uuid' } }, required: ['id'], additionalProperties: false } as const;

/**
 * 个人信息删除 (PIPL art. 47): the county office (or an administrator) erases a household's personal data. The
 * erasure is an event of the household's stream (who, when, why); appending it destroys the household's data key
 * (src/privacy/sealed-store.ts). Nothing is deleted from the log: every event stays and its hash chain verifies,
 * and from now on every read of it — household, list, export, feed, form — shows the names and IDs erased.
 */
export const erasureRoutes: FastifyPluginAsyncTypebox<{ services: Services }> = async (app, { services }) => {
  app.post<{ Params: { id: string } }>('/households/:id/erasure', {
    schema: {
      ...operation({
        id: 'eraseHouseholdPersonalData', tag: 'households', zh: '删除农户个人信息（销毁密钥）', en: "Erase a household's personal data (its key is destroyed)",
        about: ['《个人信息保护法》第四十七条：记录删除事件并销毁该户的数据密钥；事件链保持完整可验证，此后所有读取均显示为已删除。', "PIPL art. 47: records the erasure and destroys the household's data key; the trail stays whole and verifiable, every read shows the person erased."],
        answers: { 200: HouseholdAnswer }, etag: true, ifMatch: true, idempotent: true,
        problems: ['FORBIDDEN_ROLE', 'NOT_FOUND', 'STEP_NOT_ALLOWED', 'CONCURRENT_CHANGE', 'OCCURRED_IN_FUTURE', 'OCCURRED_BEFORE_PREVIOUS_STEP', 'LATE_ENTRY_REASON_REQUIRED'],
        request: { reason: '当事人撤回同意并申请删除（县扶贫办受理编号 2026-018）', basis: 'consent-withdrawn', occurredAt: '2026-05-06T10:00:00+08:00' },
      }),
      params: idParams,
      body: jsonSchemaOf(ErasureBody),
    },
  }, async (request, reply) => {
    const body = parseWith(ErasureBody, request.body);
    const row = services.households.get(request.params.id);
    if (!row) throw outsideJurisdiction();
    const actor = authorize(request, 'household.erase', row.household.villageCode);
    const ctx = commandContext(request, actor, services.clock, body.occurredAt, body.lateEntryReason);
    const current = await services.engine.load(householdChain, row.id);
    // recorded but the key survived (the process stopped between the two): destroy it now, then refuse the repeat
    if (current.snapshot.value === 'erased') await services.personalKeys?.destroy(row.id, services.clock.now().toISOString());
    const outcome = await services.engine.execute(householdChain, row.id, ctx, () => [{ type: ERASURE_EVENT, data: { reason: body.reason, basis: body.basis } }], { mustExist: true });
    await services.projector.waitFor(outcome.position);
    return withEtag(reply, outcome).send(presentHousehold(services.households.get(row.id) ?? row, request.identity, services.fullIdRoles, services.regions));
  });
};
