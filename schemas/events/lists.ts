import { Type } from 'typebox';
import { NoticePeriodSchema } from '../../src/domain/notice-period.ts';
import { defineEvent } from '../define.ts';
import { Card, OneOf, Instant, ItemResult, MachineVersion, Opinion, RegionCode, Uuid, VillageCode, fromZod } from './common.ts';

/** The list steps (workflows/lists): one stream per appraisal meeting, spot-check round and notice. */
const event = defineEvent('lists');
const headcount = Type.Integer({ minimum: 0 });

export const listEvents = [
  event('AppraisalMeetingRecorded', 1, '民主评议会记录 / Appraisal meeting recorded', "A village meeting's attendance and its decision per designation.", Type.Object({
    machineVersion: MachineVersion,
    villageCode: VillageCode,
    attendance: Type.Object({ partyMembers: headcount, groupLeaders: headcount, poorHouseholdRepresentatives: headcount, publicRepresentatives: headcount }, { description: '党员、组长、贫困户代表、群众代表' }),
    decisions: Type.Array(Type.Object({
      designationId: Uuid,
      decision: OneOf(['approved', 'rejected']),
      card: Card,
      opinion: Opinion,
    }), { minItems: 1 }),
  })),
  event('AppraisalMeetingSigned', 1, '评议会签字 / Appraisal meeting signed', 'The capacities the signer signed in (one person may hold two).', Type.Object({
    capacities: Type.Array(Type.String()),
  })),
  event('AppraisalMeetingApplied', 1, '评议结果生效 / Appraisal meeting applied', 'The third capacity signed: the per-designation results.', Type.Object({
    results: Type.Array(ItemResult),
  })),
  event('SpotCheckRoundOpened', 1, '县级抽查开始 / Spot-check round opened', "A round over a township's list with its reproducible sample.", Type.Object({
    machineVersion: MachineVersion,
    townshipCode: RegionCode('9', '9-digit township code'),
    ratio: Type.Number({ exclusiveMinimum: 0, maximum: 1 }),
    minInspectors: Type.Integer({ minimum: 1 }),
    seed: Type.String(),
    drawMethod: Type.String(),
    population: Type.Array(Uuid),
    sample: Type.Array(Uuid),
  })),
  event('SpotCheckRoundClosed', 1, '县级抽查结束 / Spot-check round closed', 'Every unsampled designation passed.', Type.Object({
    passed: Type.Array(ItemResult),
  })),
  event('NoticeListPosted', 1, '公示名单张榜 / Notice list posted', "A village's or township's list posted, its end computed once from policy and the calendar.", Type.Object({
    machineVersion: MachineVersion,
    scopeCode: Type.String({ pattern: '^(\\d{9}|\\d{12})$' }),
    level: Type.Optional(Type.Union([Type.Literal('village'), Type.Literal('township')], { description: '村级 (12-digit scope) or 乡镇级 (9-digit); absent on older events' })),
    designationIds: Type.Array(Uuid, { minItems: 1, description: 'exactly the designations the notice put on notice' }),
    notListed: Type.Optional(Type.Array(Type.Object({ designationId: Uuid, code: Type.Union([Type.String(), Type.Null()]) }), { description: 'asked for but refused by their chain, with the code; not on the list' })),
    startsAt: Instant,
    endsAt: Instant,
    period: fromZod(NoticePeriodSchema),
  })),
];
