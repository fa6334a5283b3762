import { chinaDateOf } from '../../domain/dates.ts';
import { breach, type Invariant } from '../../engine/invariants.ts';
import { EDGE_FORM_ID } from '../../edge/form.ts';
import type { ActionTeamMember } from '../../../workflows/action-team/machine.ts';

/**
 * While a county's campaign has the action-team roles on (seed 002 附件1 notes 3–4), who surveys and who reviews is
 * checked against the village's roster — rules of the survey chain, judged on every survey step:
 * - both who visited (and sign) are on the village's roster;
 * - the team leader (队长) surveys registered households (已脱贫户、未脱贫户) only, never adds an edge household;
 * - group leaders and members survey all three kinds; two of them visiting together are of one group;
 * - members (组员) only survey; group leaders review (审核返贫预警); a survey on the edge-household form is reviewed
 *   (修改) by the team leader.
 */

const ROLE_ZH: Record<ActionTeamMember['role'], string> = { leader: '队长', groupLeader: '组长', member: '组员' };

export const surveyedByTheActionTeam: Invariant = (step, world) => {
  if (step.type !== 'SurveySubmitted' || !world.actionTeam) return null;
  const d = step.data as { villageCode: string; householdId: string; team: { id: string }[]; form: { formId: string } };
  const roster = world.actionTeam(d.villageCode, chinaDateOf(step.occurredAt));
  if (!roster) return null;
  const members = d.team.map((m) => roster.memberOf(m.id));
  const outside = d.team.filter((_, i) => members[i]?.villageCode !== d.villageCode).map((m) => m.id);
  if (outside.length > 0) {
    return breach('ACTION_TEAM_NOT_ENROLLED', '专项行动期间，入户核查人员须在本村工作队花名册中', "During the campaign, whoever surveys is on the village's action-team roster", { campaign: roster.campaign, outside });
  }
  const on = members.filter((m): m is ActionTeamMember => m !== undefined);
  if (on.some((m) => m.role === 'leader')) {
    const registered = world.household(d.householdId)?.registration === 'registered';
    if (!registered || d.form.formId === EDGE_FORM_ID) {
      return breach('ACTION_TEAM_ROLE_REFUSED', '工作队长只入户核查建档立卡户（已脱贫户、未脱贫户），不能新增边缘户', 'The team leader surveys registered households only and adds no edge household', { role: 'leader', formId: d.form.formId });
    }
    return null;
  }
  const [a, b] = on;
  if (a && b && a.group !== b.group) {
    return breach('ACTION_TEAM_GROUP_MISMATCH', '入户核查的两人须为同一工作组', 'The two who visit are of one group', { groups: [a.group, b.group] });
  }
  return null;
};

export const reviewedByTheActionTeam: Invariant = (step, world) => {
  if (step.type !== 'SurveyReviewed' || !world.actionTeam) return null;
  const villageCode = (step.before.context as { villageCode: string | null }).villageCode;
  if (villageCode === null) return null;
  // the campaign the survey was made in (its submission is the stream's earlier event)
  const roster = world.actionTeam(villageCode, chinaDateOf(step.previousOccurredAt ?? step.occurredAt));
  if (!roster) return null;
  const reviewer = roster.memberOf(step.actor.id);
  if (reviewer?.villageCode !== villageCode) {
    return breach('ACTION_TEAM_NOT_ENROLLED', '专项行动期间，审核人员须在本村工作队花名册中', "During the campaign, whoever reviews is on the village's action-team roster", { campaign: roster.campaign });
  }
  if (reviewer.role === 'member') {
    return breach('ACTION_TEAM_ROLE_REFUSED', '组员只能入户核查，不能审核', 'A member surveys only; group leaders and the team leader review', { role: reviewer.role });
  }
  const formId = world.survey?.(step.stream.slice('survey-'.length))?.formId;
  if (formId === EDGE_FORM_ID && reviewer.role !== 'leader') {
    return breach('ACTION_TEAM_ROLE_REFUSED', `提交的边缘户由工作队长修改、审核，${ROLE_ZH[reviewer.role]}不能审核`, 'Edge households submitted are amended and reviewed by the team leader', { role: reviewer.role, formId });
  }
  return null;
};

export const actionTeamSurveyRules: readonly Invariant[] = [surveyedByTheActionTeam, reviewedByTheActionTeam];
