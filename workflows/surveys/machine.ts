import { assign, setup } from 'xstate';
import type { Signer } from '../signatures.ts';

export const SURVEY_MACHINE_VERSION = 'survey@1';
export const QUESTIONNAIRE_MACHINE_VERSION = 'questionnaire@1';

type SurveyEvent = { actor: Signer } & (
  | { type: 'SurveySubmitted'; householdId: string; villageCode: string; team: { id: string }[]; warnings?: { code: string }[] }
  | { type: 'SurveyReviewed'; acknowledgedWarnings: string[] }
);

export interface SurveyContext {
  householdId: string | null;
  villageCode: string | null;
  /** the two who visited and signed (谁调查、谁签字、谁负责) */
  team: string[];
  /** the codes of the warning rules the submission was accepted with */
  warnings: string[];
  reviewedBy: string | null;
}

/**
 * 入户调查 (seeds 000, 001, 002): a team of two fills in the questionnaire (door to door, or by phone or video for an
 * absent household), the answers are judged by the form's rules when entered (src/surveys/invariants.ts), and someone
 * outside the team reviews the record, seeing every warning it was accepted with.
 */
export const surveyMachine = setup({
  types: { context: {} as SurveyContext, events: {} as SurveyEvent },
  guards: {
    notOfTheTeam: ({ context, event }) => !context.team.includes(event.actor.id),
  },
  actions: {
    recordSubmission: assign(({ event }) => event.type === 'SurveySubmitted'
      ? { householdId: event.householdId, villageCode: event.villageCode, team: event.team.map((m) => m.id), warnings: (event.warnings ?? []).map((w) => w.code) }
      : {}),
    recordReview: assign(({ event }) => ({ reviewedBy: event.actor.id })),
  },
}).createMachine({
  id: 'survey',
  context: { householdId: null, villageCode: null, team: [], warnings: [], reviewedBy: null },
  initial: 'new',
  states: {
    new: { on: { SurveySubmitted: { target: 'submitted', actions: 'recordSubmission' } } },
    submitted: { on: { SurveyReviewed: { target: 'reviewed', guard: 'notOfTheTeam', actions: 'recordReview' } } },
    reviewed: { type: 'final' },
  },
});

type QuestionnaireEvent = { actor: Signer } & { type: 'QuestionnaireVersionImported'; form: { formId: string; version: string } };

/** a questionnaire (调查问卷) and its versions: each import adds one; a survey names the version it was filled on */
export const questionnaireMachine = setup({
  types: { context: {} as { formId: string | null; versions: string[] }, events: {} as QuestionnaireEvent },
  guards: {
    aNewVersion: ({ context, event }) => !context.versions.includes(event.form.version) && (context.formId === null || context.formId === event.form.formId),
  },
  actions: {
    recordVersion: assign(({ context, event }) => ({ formId: event.form.formId, versions: [...context.versions, event.form.version] })),
  },
}).createMachine({
  id: 'questionnaire',
  context: { formId: null, versions: [] },
  initial: 'active',
  states: {
    active: { on: { QuestionnaireVersionImported: { guard: 'aNewVersion', actions: 'recordVersion' } } },
  },
});
