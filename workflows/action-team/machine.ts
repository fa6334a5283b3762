import { assign, setup } from 'xstate';
import type { Signer } from '../signatures.ts';

export const ACTION_TEAM_MACHINE_VERSION = 'action-team@1';

/** 类型（队长、组长、组员）: one per person in a campaign (seed 002 附件1 note 3) */
export type ActionTeamRole = 'leader' | 'groupLeader' | 'member';

export interface ActionTeamMember {
  id: string;
  name: string;
  villageCode: string;
  role: ActionTeamRole;
  /** 入户分组 (一组, 二组 …); the leader leads the village's team and is in no group */
  group: string | null;
  unit?: string;
  post?: string;
}

type ActionTeamEvent = { actor: Signer } & (
  | { type: 'ActionTeamCampaignOpened'; countyCode: string; campaign: number; title: string; from: string; to: string }
  | { type: 'ActionTeamMemberEnrolled'; member: ActionTeamMember }
);

export interface ActionTeamContext {
  countyCode: string | null;
  campaign: number | null;
  /** the days the action-team roles hold for the county's surveys, both included */
  from: string | null;
  to: string | null;
  members: ActionTeamMember[];
}

/**
 * 专项行动工作队 (seed 002 二(三), 附件1): a county switches the action-team roles on for a campaign and its days; the
 * townships file each village's roster (花名册) — one team leader (the township's village-link leader), groups of two
 * or more, one role per person. While it holds, the survey chain checks who surveys and who reviews against the
 * roster (src/surveys/action-team/survey-rules.ts); the roster's own rules are src/surveys/action-team/invariants.ts.
 */
export const actionTeamMachine = setup({
  types: { context: {} as ActionTeamContext, events: {} as ActionTeamEvent },
  actions: {
    recordCampaign: assign(({ event }) => (event.type === 'ActionTeamCampaignOpened' ? { countyCode: event.countyCode, campaign: event.campaign, from: event.from, to: event.to } : {})),
    recordMember: assign(({ context, event }) => (event.type === 'ActionTeamMemberEnrolled' ? { members: [...context.members, event.member] } : {})),
  },
}).createMachine({
  id: 'actionTeam',
  context: { countyCode: null, campaign: null, from: null, to: null, members: [] },
  initial: 'new',
  states: {
    new: { on: { ActionTeamCampaignOpened: { target: 'open', actions: 'recordCampaign' } } },
    open: { on: { ActionTeamMemberEnrolled: { actions: 'recordMember' } } },
  },
});
