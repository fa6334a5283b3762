import { Type } from 'typebox';
import { defineEvent } from '../define.ts';
import { MachineVersion, OneOf, RegionCode, VillageCode } from './common.ts';

/** 专项行动工作队 (seed 002 二(三), 附件1): one stream per county and campaign, `action-team-<id>`. */
const event = defineEvent('action-team');

const Day = Type.String({ format: 'date' });

export const actionTeamEvents = [
  event('ActionTeamCampaignOpened', 1, '启用专项行动工作队角色 / Action-team roles switched on', "The county office switches the action-team roles on for a campaign's days: surveys in the county are then checked against the villages' rosters.", Type.Object({
    machineVersion: MachineVersion,
    countyCode: RegionCode('6', 'the county'),
    campaign: Type.Integer({ minimum: 2015, maximum: 2100, description: 'the campaign year (2019 回头看)' }),
    title: Type.String({ minLength: 1 }),
    from: Day,
    to: Day,
  })),
  event('ActionTeamMemberEnrolled', 1, '工作队队员登记 / Action-team member enrolled', 'A person on a village\'s roster (花名册) with their one role: team leader, group leader or member, and their group.', Type.Object({
    member: Type.Object({
      id: Type.String({ minLength: 1, description: 'the account (账号名) they sign in with' }),
      name: Type.String({ minLength: 1 }),
      villageCode: VillageCode,
      role: OneOf(['leader', 'groupLeader', 'member'], '队长 / 组长 / 组员'),
      group: Type.Union([Type.String({ minLength: 1 }), Type.Null()], { description: '入户分组 (一组 …); null for the team leader' }),
      unit: Type.Optional(Type.String()),
      post: Type.Optional(Type.String()),
    }),
  })),
];
