import { Type } from 'typebox';
import { HouseholdSchema } from '../../src/domain/household.ts';
import type { JsonObject } from '../../src/shared/json.ts';
import { defineEvent } from '../define.ts';
import { Card, OneOf, Instant, MachineVersion, Opinion, Reason, RegionCode, Rule, Signer, Text, Uuid, VillageCode, fromZod } from './common.ts';

/** 红黄绿蓝卡认定 (workflows/four-card): one stream per designation, `designation-<id>`. */
const event = defineEvent('four-card');

const Suggestion = Type.Object({
  card: Type.Union([Card, Type.Null()]),
  basis: Type.String({ description: 'why the criteria land where they do, e.g. YELLOW_ESCAPED_AT_RISK' }),
  perCapitaIncome: Type.Union([Type.Number(), Type.Null()]),
  excludedBy: Type.Array(Rule),
}, { description: "the card the region's criteria give, stored next to the card a person proposed" });
const Facts = fromZod(HouseholdSchema, 'the household facts the step was judged on (农户信息), as of householdRevision');
const RoundId = Uuid;

const declaredV1 = Type.Object({
  householdId: Uuid,
  householdRevision: Type.Optional(Type.Integer({ minimum: 0, description: 'revision of the household stream the facts were read at' })),
  villageCode: VillageCode,
  year: Type.Integer({ minimum: 2000, maximum: 2100, description: 'the designation year: whose policy applies (before incomeYear was recorded, also the income year)' }),
  incomeYear: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100, description: 'the year whose income was judged (华容 2020: 2019); absent on older declarations: `year`' })),
  noticeLevels: Type.Optional(Type.Array(Type.Union([Type.Literal('village'), Type.Literal('township')]), { description: 'where the list must be posted before completion (乡、村两级张榜公示); absent on older declarations: any one notice' })),
  proposedCard: Card,
  suggestedCard: Type.Union([Card, Type.Null()]),
  suggestion: Type.Optional(Suggestion),
  perCapitaIncome: Type.Number({ description: '人均纯收入 (yuan)' }),
  warnings: Type.Array(Rule),
  opinion: Opinion,
  machineVersion: MachineVersion,
  minInspectors: Type.Integer({ minimum: 1, description: 'distinct county inspectors a spot-check result needs (policy, 003: 2)' }),
  facts: Type.Optional(Facts),
});

/**
 * v0, the declaration as first drafted: the card was `card`, and the number of inspectors came from nowhere.
 * Upcast: `card` becomes `proposedCard`, and `minInspectors` takes seed 003's rule (每个复核小组必须保证2人以上: 2).
 */
const declaredV0 = Type.Object({
  householdId: Uuid,
  villageCode: VillageCode,
  year: Type.Integer({ minimum: 2000, maximum: 2100 }),
  card: Card,
  suggestedCard: Type.Optional(Type.Union([Card, Type.Null()])),
  perCapitaIncome: Type.Number(),
  warnings: Type.Optional(Type.Array(Rule)),
  opinion: Opinion,
  machineVersion: MachineVersion,
});
export const V0_MIN_INSPECTORS = 2;
const declaredV0toV1 = (data: JsonObject): JsonObject => {
  const { card, ...rest } = data;
  return { ...rest, proposedCard: card ?? null, suggestedCard: data.suggestedCard ?? null, warnings: data.warnings ?? [], minInspectors: V0_MIN_INSPECTORS };
};

export const fourCardEvents = [
  event('InitialCheckDeclared', 0, '初核申报 (v0) / Initial check declared, first draft', 'Legacy shape: `card` instead of `proposedCard`, no `minInspectors`. Read as v1.', declaredV0, declaredV0toV1),
  event('InitialCheckDeclared', 1, '初核申报 / Initial check declared', 'An investigator visited the household, computed its income and proposes a card.', declaredV1),
  event('DeclarationWithdrawn', 1, '撤回申报 / Declaration withdrawn', 'The declarer withdraws before the appraisal acts.', Type.Object({ reason: Reason })),
  event('InitialCheckRevised', 1, '重新核查申报 / Initial check revised', 'After a send-back the village re-checks and declares again.', Type.Object({
    proposedCard: Card,
    suggestedCard: Type.Optional(Type.Union([Card, Type.Null()])),
    suggestion: Type.Optional(Suggestion),
    perCapitaIncome: Type.Number(),
    warnings: Type.Array(Rule),
    opinion: Opinion,
    householdRevision: Type.Optional(Type.Integer({ minimum: 0 })),
    facts: Type.Optional(Facts),
  })),
  event('AppraisalDecided', 1, '民主评议 / Appraisal decided', "The village meeting's decision on this household, with the three signatures.", Type.Object({
    meetingId: Uuid,
    decision: OneOf(['approved', 'rejected']),
    card: Card,
    opinion: Opinion,
    signatures: Type.Array(Signer, { description: '驻村第一书记, 村支部书记, 村主任' }),
  })),
  event('AppraisalWithdrawn', 1, '撤回评议 / Appraisal withdrawn', 'The village withdraws its appraisal before the township reviews it.', Type.Object({ reason: Reason })),
  event('TownshipReviewed', 1, '乡镇复核 / Township reviewed', 'Door-to-door verification: confirmed, or adjusted after consultation (协商调整).', Type.Object({
    outcome: OneOf(['confirmed', 'adjusted']),
    card: Card,
    opinion: Opinion,
  })),
  event('TownshipSentBack', 1, '乡镇退回 / Sent back by the township', 'Back to the village for a re-check.', Type.Object({ reason: Reason })),
  event('TownshipRefused', 1, '乡镇不予认定 / Refused by the township', 'The township refuses the designation.', Type.Object({ reason: Reason })),
  event('TownshipReviewWithdrawn', 1, '撤回复核 / Township review withdrawn', 'Before the county draws its sample.', Type.Object({ reason: Reason })),
  event('SampledForSpotCheck', 1, '抽中县级抽查 / Sampled for the spot check', 'Drawn into a county round\'s reproducible sample.', Type.Object({ roundId: RoundId })),
  event('SpotCheckPassed', 1, '未抽中，通过 / Passed the spot check', 'Outside the sample: passed when the round closed.', Type.Object({ roundId: RoundId })),
  event('SpotCheckSigned', 1, '县级抽查签字 / Spot check signed', 'One inspector\'s result; it takes effect with enough matching signatures.', Type.Object({
    roundId: RoundId,
    outcome: OneOf(['confirmed', 'adjusted', 'sentBack', 'refused']),
    card: Card,
    opinion: Opinion,
  })),
  event('NoticePosted', 1, '公示 / Put on a public notice', 'On a posted notice list, from startsAt to endsAt.', Type.Object({
    noticeId: Uuid,
    level: Type.Optional(Type.Union([Type.Literal('village'), Type.Literal('township')], { description: '村级 or 乡镇级 board; absent on older events: village' })),
    startsAt: Instant,
    endsAt: Instant,
  })),
  event('ObjectionRaised', 1, '异议 / Objection raised', 'Raised during the notice; the designation cannot complete while it is open.', Type.Object({ objectionId: Uuid, summary: Text('what was objected') })),
  event('ObjectionResolved', 1, '异议处理 / Objection resolved', 'Upheld sends the household back to township review; dismissed lets it complete.', Type.Object({
    objectionId: Uuid,
    outcome: OneOf(['upheld', 'dismissed']),
    opinion: Opinion,
  })),
  event('DesignationCompleted', 1, '认定并上报县扶贫办 / Designation completed', 'The notice ended with no open objection; reported to the county.', Type.Object({
    card: Card,
    at: Instant,
    reportedTo: RegionCode('6', 'the county office it was reported to'),
  })),
];
