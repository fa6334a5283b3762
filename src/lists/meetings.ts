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
import { AppraisalMeetingAnswerRef } from './answer-schemas.ts';
import { operation } from '../http/contract/operation.ts';
import { DATED, READ_ONE } from '../http/contract/groups.ts';
import { EX } from '../http/contract/examples.ts';

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

  app.post('/appraisal-meetings', {
    schema: {
      ...operation({
        id: 'recordAppraisalMeeting', tag: 'lists', zh: '录入民主评议会及其评议结果', en: 'Record a democratic appraisal meeting and its decisions',
        about: ['一次村民主评议会决定多户；第一书记、村支书、村主任三个身份签字后生效（POST …/signatures）。参会人数须达到政策最低要求。', 'One village meeting decides many designations; it takes effect once the first secretary, the party secretary and the village director have signed. Attendance must reach the policy\'s minimum of each group.'],
        answers: { 201: AppraisalMeetingAnswerRef }, idempotent: true, location: '/appraisal-meetings/{id}',
        problems: ['FORBIDDEN_ROLE', 'NOT_FOUND', 'NOT_IN_VILLAGE', 'APPRAISAL_MEETING_ATTENDANCE', 'CONCURRENT_CHANGE', ...DATED],
        request: {
          villageCode: EX.village, occurredAt: '2026-03-23T10:00:00+08:00',
          attendance: { partyMembers: 12, groupLeaders: 6, poorHouseholdRepresentatives: 4, publicRepresentatives: 8 },
          decisions: [{ designationId: EX.designationId, decision: 'approved', card: 'yellow', opinion: '评议同意评为黄卡' }],
        },
      }),
      body: jsonSchemaOf(RecordBody),
    },
  }, async (request, reply) => {
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

  app.post<{ Params: { id: string } }>('/appraisal-meetings/:id/signatures', {
    schema: {
      ...operation({
        id: 'signAppraisalMeeting', tag: 'lists', zh: '评议会记录签字（第三个身份签字后评议结果生效）', en: 'Sign the meeting record in your capacities; the third capacity applies its decisions',
        about: ['一人可兼两个身份（如支书兼村主任），一次签字记录两个身份。生效时每户各自按规则判定，结果见 results。', 'One person may hold two capacities (party secretary and village director): one signature records both. When the decisions apply, each designation is judged on its own; see `results`.'],
        answers: { 200: AppraisalMeetingAnswerRef }, idempotent: true,
        problems: ['FORBIDDEN_ROLE', 'NOT_FOUND', 'STEP_NOT_ALLOWED', 'CONCURRENT_CHANGE', ...DATED],
        request: { occurredAt: '2026-03-23T11:00:00+08:00' },
      }),
      params: idParams,
      body: jsonSchemaOf(SignBody),
    },
  }, async (request) => {
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

  app.get<{ Params: { id: string } }>('/appraisal-meetings/:id', {
    schema: {
      ...operation({ id: 'getAppraisalMeeting', tag: 'lists', zh: '评议会：评议结果、签字、各户结果', en: 'A meeting: decisions, signatures, per-designation results', answers: { 200: AppraisalMeetingAnswerRef }, problems: READ_ONE }),
      params: idParams,
    },
  }, async (request) =>
    load(request.params.id, authorizeRead(request).jurisdiction));
};
