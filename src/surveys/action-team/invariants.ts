import { breach, type Invariant } from '../../engine/invariants.ts';
import type { ActionTeamContext, ActionTeamMember } from '../../../workflows/action-team/machine.ts';

/** What must hold of a campaign's rosters (seed 002 附件1 notes 2–3), whichever route or import sends the step. */

/** the roles' days are a period: from ≤ to */
export const aPeriod: Invariant = (step) => {
  if (step.type !== 'ActionTeamCampaignOpened') return null;
  const { from, to } = step.data as { from: string; to: string };
  return from <= to ? null : breach('ACTION_TEAM_PERIOD_INVALID', '专项行动起止日期有误：开始日期晚于结束日期', 'The campaign starts after it ends', { from, to });
};

const enrolled = (step: Parameters<Invariant>[0]): { member: ActionTeamMember; before: ActionTeamContext } | null =>
  step.type === 'ActionTeamMemberEnrolled' ? { member: step.data.member as unknown as ActionTeamMember, before: step.before.context as ActionTeamContext } : null;

/** 一个人一个角色: a person already on any of the county's rosters in this campaign is not enrolled again */
export const onePersonOneRole: Invariant = (step) => {
  const e = enrolled(step);
  if (!e) return null;
  const already = e.before.members.find((m) => m.id === e.member.id);
  if (!already) return null;
  return breach('ACTION_TEAM_ONE_ROLE', '专项行动工作队员一人一个角色：此人已登记在花名册中', 'One role per person in a campaign: this person is already on a roster', { personId: e.member.id, role: already.role, villageCode: already.villageCode });
};

/** the roster is for a village of the campaign's county */
export const inTheCounty: Invariant = (step) => {
  const e = enrolled(step);
  if (!e || e.before.countyCode === null || e.member.villageCode.startsWith(e.before.countyCode)) return null;
  return breach('ACTION_TEAM_OUTSIDE_COUNTY', '该村不在本次专项行动的县内', "The village is outside the campaign's county", { villageCode: e.member.villageCode, countyCode: e.before.countyCode });
};

/**
 * 每个村必须有1个工作队长 … 下设若干工作组: one team leader per village, in no group; each group leader and member in
 * a group (一组, 二组 …), one group leader per group
 */
export const oneLeaderAndGroups: Invariant = (step) => {
  const e = enrolled(step);
  if (!e) return null;
  const { member } = e;
  const village = e.before.members.filter((m) => m.villageCode === member.villageCode);
  if (member.role === 'leader') {
    if (member.group !== null) return breach('ACTION_TEAM_GROUP_INVALID', '工作队长不属于入户分组', 'The team leader is in no group', { group: member.group });
    if (village.some((m) => m.role === 'leader')) return breach('ACTION_TEAM_LEADER_EXISTS', '每个村只有1个工作队长：该村已有队长', 'A village has one team leader, and this one has', { villageCode: member.villageCode });
    return null;
  }
  if (member.group === null) return breach('ACTION_TEAM_GROUP_INVALID', '组长、组员须填写入户分组（如一组、二组）', 'A group leader or member is in a group', { role: member.role });
  if (member.role === 'groupLeader' && village.some((m) => m.role === 'groupLeader' && m.group === member.group)) {
    return breach('ACTION_TEAM_GROUP_INVALID', `${member.group}已有组长`, `Group ${member.group} has its leader already`, { group: member.group });
  }
  return null;
};

export const actionTeamInvariants: readonly Invariant[] = [aPeriod, inTheCounty, onePersonOneRole, oneLeaderAndGroups];
