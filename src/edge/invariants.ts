import type { EdgeContext } from '../../workflows/edge/machine.ts';
import { stateName } from '../engine/fold.ts';
import { chinaDateOf } from '../domain/dates.ts';
import { breach, type Invariant } from '../engine/invariants.ts';
import { EDGE_FORM_ID } from './form.ts';

/** What must hold of every step of an edge identification (seed 002 三(三)), whichever route sends it. */

/** 对所有疑似危房户的住房，必须由县住建部门进行鉴定，并出具鉴定意见: before the household is listed as suspected edge */
export const dangerousHouseAppraisedBeforeListing: Invariant = (step) => {
  if (stateName(step.after) !== 'suspected' || stateName(step.before) === 'suspected') return null;
  const context = step.after.context as EdgeContext;
  if (!context.basis.includes('dangerousHouse') || context.appraisal !== null) return null;
  return breach('EDGE_HOUSING_APPRAISAL_REQUIRED', '疑似危房户须经县住建部门鉴定并出具鉴定意见后方可列入疑似边缘户', "A suspected dangerous house is appraised by the county housing department before the household is listed", { basis: context.basis });
};

/** the survey is this household's, on the edge-household form (附件7) */
export const surveyedWithTheEdgeForm: Invariant = (step, world) => {
  if (step.type !== 'EdgeHouseholdSurveyed') return null;
  const survey = world.survey?.(String(step.data.surveyId));
  const context = step.after.context as EdgeContext;
  if (survey && survey.householdId === context.householdId && survey.formId === EDGE_FORM_ID) return null;
  return breach('EDGE_SURVEY_INVALID', '须为该户的边缘户调查表调查记录', "The survey must be this household's, on the edge-household form", { surveyId: String(step.data.surveyId) });
};

/** the household screened is registered, in the village named */
export const screenedHouseholdKnown: Invariant = (step, world) => {
  if (step.type !== 'EdgeCandidateScreened') return null;
  const household = world.household(String(step.data.householdId));
  if (!household) return breach('HOUSEHOLD_FACTS_MISSING', '未找到该户的登记信息', 'The household is not in the register', {}, 409);
  return null;
};

/**
 * 工作队长 … 不能新增边缘户 (002 附件1 note 4): while the county's campaign has the action-team roles on, the village's
 * team leader does not put a household forward for edge identification (group leaders and members screen)
 */
export const notScreenedByTheTeamLeader: Invariant = (step, world) => {
  if (step.type !== 'EdgeCandidateScreened' || !world.actionTeam) return null;
  const villageCode = String(step.data.villageCode);
  const role = world.actionTeam(villageCode, chinaDateOf(step.occurredAt))?.memberOf(step.actor.id);
  if (role?.role !== 'leader' || role.villageCode !== villageCode) return null;
  return breach('ACTION_TEAM_ROLE_REFUSED', '工作队长不能新增边缘户（由组长、组员排查申报）', 'The team leader adds no edge household: group leaders and members put them forward', { role: 'leader' });
};

export const edgeInvariants: readonly Invariant[] = [screenedHouseholdKnown, notScreenedByTheTeamLeader, surveyedWithTheEdgeForm, dangerousHouseAppraisedBeforeListing];
