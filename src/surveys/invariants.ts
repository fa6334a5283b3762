import { breach, type Invariant } from '../engine/invariants.ts';
import { canonicalJson } from '../store/hash.ts';
import type { JsonValue } from '../shared/json.ts';
import { judgeAnswersOnce, type Answers } from './judge.ts';
import { actionTeamSurveyRules } from './action-team/survey-rules.ts';

/**
 * What must hold of every survey step, whichever route or import sends it: the engine checks these before each append.
 */

interface Submitted {
  householdId: string;
  villageCode: string;
  form: { formId: string; version: string };
  answers: Answers;
  team: { id: string }[];
  mode: 'doorToDoor' | 'phone' | 'video';
  respondent: { kind: 'respondent' } | { kind: 'reviewerOnBehalf'; by: string; reason: string };
  warnings: { code: string }[];
  findings: unknown[];
}

const submitted = (step: Parameters<Invariant>[0]): Submitted | null => (step.type === 'SurveySubmitted' ? step.data as unknown as Submitted : null);

/** the household surveyed is registered, in the village the survey names */
export const ofARegisteredHousehold: Invariant = (step, world) => {
  const s = submitted(step);
  if (!s) return null;
  const household = world.household(s.householdId);
  if (!household) return breach('HOUSEHOLD_FACTS_MISSING', '未找到该户的登记信息，无法核对问卷', "The household is not in the register", { householdId: s.householdId }, 409);
  if (household.villageCode !== s.villageCode) return breach('SURVEY_TEAM_INVALID', '调查记录的村与农户所在村不一致', "The survey's village is not the household's", { villageCode: s.villageCode });
  return null;
};

/** 谁调查、谁签字、谁负责: two different people, the one entering it among them; a respondent not signing is signed for by one of them, with the reason */
export const twoSignedAndTheRespondent: Invariant = (step) => {
  const s = submitted(step);
  if (!s) return null;
  const ids = s.team.map((m) => m.id);
  if (ids.length !== 2 || new Set(ids).size !== 2) return breach('SURVEY_TEAM_INVALID', '入户调查须由两人组成调查组，各自签字', 'A survey is made by a team of two, each signing', { team: ids });
  if (!ids.includes(step.actor.id)) return breach('SURVEY_TEAM_INVALID', '录入人须是调查组成员之一', 'Whoever enters the survey is one of the team', { team: ids });
  if (s.mode !== 'doorToDoor' && s.respondent.kind !== 'reviewerOnBehalf') {
    return breach('SURVEY_SIGNATURE_INVALID', '电话、视频等方式调查的，由复核人员代签并备注说明', 'Surveyed by phone or video: a reviewer signs on the respondent\'s behalf, with the reason', { mode: s.mode });
  }
  if (s.respondent.kind === 'reviewerOnBehalf' && !ids.includes(s.respondent.by)) {
    return breach('SURVEY_SIGNATURE_INVALID', '代签人须是调查组（复核人员）成员', "Whoever signs on the respondent's behalf is one of the team", { by: s.respondent.by });
  }
  return null;
};

/**
 * The form's rules (001): a blocking rule refuses the submission naming it; the warnings and findings stored are
 * exactly the ones the form's rules give, so every later reviewer sees what the answers were accepted with.
 */
export const judgedByTheForm: Invariant = (step, world) => {
  const s = submitted(step);
  if (!s) return null;
  const form = world.questionnaire?.(s.form.formId, s.form.version, s.villageCode);
  if (!form) return breach('QUESTIONNAIRE_NOT_FOUND', `没有问卷 ${s.form.formId} 的 ${s.form.version} 版`, `No version ${s.form.version} of questionnaire ${s.form.formId}`, s.form, 422);
  const judged = judgeAnswersOnce(form, s.answers);
  const [first] = judged.refusals;
  if (first) {
    return { ...breach('SURVEY_RULE_REFUSED', `不允许提交：${first.zh}`, `Refused: ${first.en}`, { formId: form.formId, version: form.version }), rules: judged.refusals };
  }
  // the route stores the judgement's own arrays: the same objects need no comparing (src/surveys/judge.ts judgeAnswersOnce)
  const same = (a: unknown, b: unknown) => a === b || canonicalJson(a as JsonValue) === canonicalJson(b as JsonValue);
  if (!same(judged.warnings, s.warnings) || !same(judged.findings, s.findings)) {
    return breach('SURVEY_RULE_REFUSED', '记录的警告或问题与问卷规则的判定不一致', "The warnings or findings recorded are not the form's judgement", { formId: form.formId });
  }
  return null;
};

/** a review acknowledges every warning the survey was accepted with */
export const warningsSeenOnReview: Invariant = (step) => {
  if (step.type !== 'SurveyReviewed') return null;
  const warnings = (step.before.context as { warnings: string[] }).warnings;
  const seen = (step.data as { acknowledgedWarnings: string[] }).acknowledgedWarnings;
  const missing = warnings.filter((w) => !seen.includes(w));
  return missing.length === 0 ? null : breach('SURVEY_WARNINGS_NOT_ACKNOWLEDGED', '审核须逐条确认调查时的警告', 'The review must acknowledge every warning the survey was accepted with', { missing });
};

export const surveyInvariants: readonly Invariant[] = [ofARegisteredHousehold, twoSignedAndTheRespondent, judgedByTheForm, warningsSeenOnReview, ...actionTeamSurveyRules];
