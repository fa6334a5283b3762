import { Type } from 'typebox';
import { NoticePeriodSchema } from '../domain/notice-period.ts';
import { EX } from '../http/contract/examples.ts';
import { Actor, Instant, ItemResult, Nullable, localDays, Revision, StringEnum, TownshipCode, Uuid, VillageCode } from '../http/contract/types.ts';
import { jsonSchemaOf } from '../http/zod-schema.ts';

const Card = StringEnum(['red', 'yellow', 'green', 'blue']);
const headcount = Type.Integer({ minimum: 0 });

/** 民主评议: a meeting as its stream holds it (src/lists/meeting-view.ts) */
export const AppraisalMeetingAnswer = Type.Object({
  id: Uuid(),
  villageCode: VillageCode(),
  occurredAt: Instant('when the meeting was held'),
  lateEntryReason: Nullable(Type.String({ description: 'why it was entered late (补录), when it was' })),
  recordedBy: Actor,
  attendance: Type.Object({ partyMembers: headcount, groupLeaders: headcount, poorHouseholdRepresentatives: headcount, publicRepresentatives: headcount }, { description: '党员、组长、贫困户代表、群众代表' }),
  decisions: Type.Array(Type.Object({
    designationId: Uuid(),
    decision: StringEnum(['approved', 'rejected']),
    card: Card,
    opinion: Type.String(),
  })),
  signatures: Type.Array(Type.Object({
    id: Type.String(),
    name: Type.Optional(Type.String()),
    organisation: Type.Optional(Type.String()),
    capacity: Type.String({ description: 'firstSecretary, partySecretary or villageDirector' }),
    jurisdiction: Type.Optional(Type.String()),
    signedAt: Instant(),
  })),
  missingSignatures: Type.Array(Type.String(), { description: 'the capacities still to sign: the decisions apply once none is missing' }),
  applied: Type.Boolean({ description: 'the decisions were applied to the designations' }),
  results: Nullable(Type.Array(ItemResult, { description: 'each designation\'s result once applied' })),
  revision: Revision(),
}, { $id: 'AppraisalMeetingAnswer', description: '民主评议: one village meeting deciding many designations' });

const roundProperties = {
  id: Uuid(),
  townshipCode: TownshipCode(),
  openedBy: Actor,
  openedAt: Instant(),
  ratio: Type.Number({ description: 'the share of the population sampled (policy)' }),
  minInspectors: Type.Integer({ minimum: 1, description: 'distinct inspectors needed per sampled result' }),
  seed: Type.String({ description: 'the recorded seed: anyone can draw the sample again' }),
  drawMethod: Type.String(),
  population: Type.Array(Uuid(), { description: 'the designations awaiting the spot check when the round opened' }),
  sample: Type.Array(Uuid()),
  sampleReproduces: Type.Boolean({ description: 'drawing again with the seed gives the recorded sample' }),
  closed: Type.Boolean(),
  closedAt: Nullable(Instant()),
  revision: Revision(),
};

/** 县级抽查: a round (src/lists/round-view.ts) */
export const SpotCheckRoundAnswer = Type.Object(roundProperties, { $id: 'SpotCheckRoundAnswer', description: '县级抽查: a round over a township\'s list with its reproducible sample' });

export const SpotCheckRoundOpenedAnswer = Type.Object({ ...roundProperties, sampling: Type.Array(ItemResult, { description: 'each sampled designation, moved to the spot check' }) });

export const SpotCheckSignedAnswer = Type.Object({
  designationId: Uuid(),
  ok: Type.Boolean(),
  state: Type.String({ description: 'the designation\'s state after the signature' }),
  revision: Revision(),
  designation: Nullable(Type.Object({
    roundId: Uuid(),
    outcome: Nullable(StringEnum(['confirmed', 'adjusted', 'sentBack', 'refused'])),
    card: Nullable(Card),
    signers: Type.Array(Type.String()),
  }, { description: 'the spot check of the designation so far' })),
});

const NoticePeriod = Type.Unsafe<unknown>(jsonSchemaOf(NoticePeriodSchema, 'output'));
const Level = StringEnum(['village', 'township'], '村级 or 乡镇级 board');

export const NoticePostedAnswer = Type.Object({
  id: Uuid(),
  scopeCode: Type.String({ pattern: '^(\\d{9}|\\d{12})$', description: 'the village (12 digits) or township (9) whose board carries the list' }),
  level: Level,
  startsAt: Instant('when the list went up'),
  endsAt: Instant('when it ends (computed from the policy and the working-day calendar)'),
  ...localDays,
  period: NoticePeriod,
  designationIds: Type.Array(Uuid(), { description: 'the designations listed: those that accepted the notice' }),
  results: Type.Array(ItemResult, { description: 'each designation asked for: listed, or refused with its code' }),
}, {
  examples: [{
    id: EX.noticeId, scopeCode: EX.village, level: 'village', startsAt: '2026-04-03T01:00:00.000Z', endsAt: EX.noticeEndsAt, firstDay: '2026-04-03', lastDay: '2026-04-10',
    period: { days: 7, unit: 'calendar' }, designationIds: [EX.designationId], results: [{ designationId: EX.designationId, ok: true, state: 'inNotice', revision: 7 }],
  }],
});

export const NoticeListAnswer = Type.Object({
  total: Type.Integer({ minimum: 0 }),
  items: Type.Array(Type.Object({
    id: Uuid(),
    scopeCode: Type.String(),
    designationIds: Type.Array(Uuid()),
    startsAt: Instant(),
    endsAt: Instant(),
    ...localDays,
    scopeName: Nullable(Type.String({ description: 'the board\'s village or township name from the region directory' })),
    postedBy: Actor,
  })),
});

export const NoticeAnswer = Type.Object({
  id: Uuid(),
  machineVersion: Type.String(),
  scopeCode: Type.String(),
  level: Level,
  designationIds: Type.Array(Uuid()),
  startsAt: Instant(),
  endsAt: Instant(),
  ...localDays,
  scopeName: Nullable(Type.String({ description: 'the board\'s village or township name from the region directory' })),
  period: NoticePeriod,
  notListed: Type.Optional(Type.Array(Type.Object({ designationId: Uuid(), code: Nullable(Type.String()) }), { description: 'designations asked for that refused the notice' })),
  postedBy: Actor,
  designations: Type.Array(Type.Object({
    id: Uuid(),
    state: Nullable(Type.String()),
    openObjections: Type.Integer({ minimum: 0 }),
  }), { description: 'the state of each designation on the list now' }),
});

export const AppraisalMeetingAnswerRef = Type.Unsafe<unknown>({ $ref: 'AppraisalMeetingAnswer#' });
export const SpotCheckRoundAnswerRef = Type.Unsafe<unknown>({ $ref: 'SpotCheckRoundAnswer#' });
