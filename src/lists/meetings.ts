import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { authorize, authorizeRead, identityOf, outsideJurisdiction } from '../auth/authenticate.ts';
import { within } from '../auth/identity.ts';
import { CardSchema } from '../domain/card.ts';
import { creationId } from '../engine/creation-id.ts';
import { commandContext, when } from '../http/command-context.ts';
import { jsonSchemaOf, parseWith } from '../http/zod-schema.ts';
import { caughtUpWithStore } from '../projections/caught-up.ts';
import type { Services } from '../services.ts';
import type { JsonObject } from '../shared/json.ts';
import { ProblemError } from '../shared/problem.ts';
import { APPRAISAL_SIGNERS, LISTS_MACHINE_VERSION } from '../../workflows/lists/machines.ts';
import { applyToDesignations } from './apply-to-designations.ts';
import { meetingChain } from './chains.ts';
import { meetingView } from './meeting-view.ts';

const headcount = z.number().int().min(0).max(10_000);
const RecordBody = z.object({
  villageCode: z.string().regex(/^\d{12}$/),
  occurredAt: z.iso.datetime({ offset: true }),
  lateEntryReason: when.lateEntryReason,
  /** 党员、组长、贫困户代表、群众代表 */
  attendance: z.object({ partyMembers: headcount, groupLeaders: headcount, poorHouseholdRepresentatives: headcount, publicRepresentatives: headcount }),
  decisions: z.array(z.object({ designationId: z.uuid(), decision: z.enum(['approved', 'rejected']), card: CardSchema, opinion: z.string().min(1).max(4000) })).min(1).max(500)
    .refine((d) => new Set(d.map((x) => x.designationId)).size === d.length, 'each designation at most once'),
});
const SignBody = z.object({ ...when });
const idParams = { type: 'object', properties: { id: { type: 'string', format: 'uuid' } }, required: ['id'] } as const;

/**
 * The decisions are dated at the meeting and take effect with its last signature: when that comes after the
 * late-entry window, the trail says why (the meeting's own reason, the signer's, or the signatures' dates).
 */
const appliedLate = (meeting: { occurredAt: string; lateEntryReason: string | null }, ctx: { occurredAt: string; lateEntryReason?: string }, windowDays: number, now: Date): { lateEntryReason?: string } => {
  const late = now.getTime() - Date.parse(meeting.occurredAt) > windowDays * 86_400_000;
  const reason = meeting.lateEntryReason ?? ctx.lateEntryReason
    ?? (late ? `评议会于 ${meeting.occurredAt} 召开，签字于 ${ctx.occurredAt} 齐全后生效 / held ${meeting.occurredAt}, signed in full ${ctx.occurredAt}` : undefined);
  return reason === undefined ? {} : { lateEntryReason: reason };
};

/** 民主评议: one village meeting decides many designations once its three signatures are in. */
export const registerMeetings = (app: FastifyInstance, services: Services): void => {
  const load = async (id: string, jurisdiction: string) => {
    const events = await services.store.readStream(`${meetingChain.streamPrefix}${id}`);
    const view = meetingView(id, events);
    if (!view || !within({ jurisdiction }, view.villageCode)) throw outsideJurisdiction();
    return view;
  };

  app.post('/appraisal-meetings', { schema: { tags: ['lists'], summary: 'Record a democratic appraisal meeting (民主评议) and its decisions', body: jsonSchemaOf(RecordBody) } }, async (request, reply) => {
    const body = parseWith(RecordBody, request.body);
    await caughtUpWithStore(services); // the list is checked against the designations as stored
    const actor = authorize(request, 'appraisal.record', body.villageCode);
    const foreign = body.decisions.filter((d) => services.designations.get(d.designationId)?.context.villageCode !== body.villageCode);
    if (foreign.length > 0) {
      throw new ProblemError(422, 'NOT_IN_VILLAGE', '名单中有不属于该村的认定对象', 'Some designations are not of this village', { designationIds: foreign.map((d) => d.designationId) });
    }
    const ctx = commandContext(request, actor, services.clock, body.occurredAt, body.lateEntryReason);
    const outcome = await services.engine.execute(meetingChain, creationId(meetingChain, ctx, services.newId), ctx, () => [{
      type: 'AppraisalMeetingRecorded',
      data: { machineVersion: LISTS_MACHINE_VERSION, villageCode: body.villageCode, attendance: body.attendance, decisions: body.decisions } as unknown as JsonObject,
    }]);
    return reply.status(201).send(await load(outcome.stream.slice(meetingChain.streamPrefix.length), actor.jurisdiction ?? ''));
  });

  app.post<{ Params: { id: string } }>('/appraisal-meetings/:id/signatures', { schema: { tags: ['lists'], summary: 'Sign the meeting record in your capacities; the third capacity applies its decisions', params: idParams, body: jsonSchemaOf(SignBody) } }, async (request) => {
    const body = parseWith(SignBody, request.body ?? {});
    const before = await load(request.params.id, identityOf(request).jurisdiction);
    const actor = authorize(request, 'appraisal.sign', before.villageCode);
    const capacities = identityOf(request).roles.filter((r) => (APPRAISAL_SIGNERS as readonly string[]).includes(r));
    const ctx = commandContext(request, actor, services.clock, body.occurredAt, body.lateEntryReason);
    // one person may hold two of the capacities (支书 and 村主任): one signature then records both
    const signed = await services.engine.execute(meetingChain, before.id, ctx, () => [{ type: 'AppraisalMeetingSigned', data: { capacities } }], { mustExist: true });
    if (signed.snapshot.value === 'signed') {
      const meeting = await load(before.id, '');
      const results = await applyToDesignations(services, meeting.decisions.map((d) => ({
        designationId: d.designationId,
        decisions: [{ type: 'AppraisalDecided', data: { meetingId: meeting.id, decision: d.decision, card: d.card, opinion: d.opinion, signatures: meeting.signatures } as unknown as JsonObject }],
      })), { actor, occurredAt: meeting.occurredAt, correlationId: String(request.id), ...appliedLate(meeting, ctx, services.policies.resolve(meeting.villageCode, Number(meeting.occurredAt.slice(0, 4))).entry.lateEntryDays, services.clock.now()) }, `appraisal-meeting:${meeting.id}`);
      // the If-Match was the signature's; the meeting's own follow-up is not judged on it again
      await services.engine.execute(meetingChain, meeting.id, { ...ctx, idempotencyKey: undefined, ifMatch: undefined, commandId: `applied:${meeting.id}` }, () => [{ type: 'AppraisalMeetingApplied', data: { results } as unknown as JsonObject }]);
    }
    return load(before.id, '');
  });

  app.get<{ Params: { id: string } }>('/appraisal-meetings/:id', { schema: { tags: ['lists'], summary: 'A meeting: decisions, signatures, per-designation results', params: idParams } }, async (request) =>
    load(request.params.id, authorizeRead(request).jurisdiction));
};
