import { Type } from 'typebox';
import { Nullable } from '../http/contract/types.ts';

const RuleAnswer = Type.Object({ code: Type.String(), zh: Type.String(), en: Type.String(), facts: Type.Optional(Type.Object({}, { additionalProperties: true })) });

export const SurveyAnswer = Type.Object({
  id: Type.String({ format: 'uuid' }),
  householdId: Type.String({ format: 'uuid' }),
  villageCode: Type.String(),
  form: Type.Object({ formId: Type.String(), version: Type.String(), title: Nullable(Type.String()) }),
  mode: Type.String({ description: 'doorToDoor (入户) / phone / video' }),
  team: Type.Array(Type.Object({ id: Type.String(), name: Type.Optional(Type.String()), organisation: Type.Optional(Type.String()) })),
  respondent: Type.Object({ kind: Type.String(), name: Type.Optional(Type.String()), by: Type.Optional(Type.String()), reason: Type.Optional(Type.String()) }, { description: '被访者签名, or 复核人员代签 with the reason' }),
  answers: Type.Object({}, { additionalProperties: true, description: 'by question name' }),
  warnings: Type.Array(RuleAnswer, { description: 'accepted with these: every reviewer sees them' }),
  findings: Type.Array(Type.Object({ question: Type.String(), label: Type.String(), problemType: Type.String(), member: Type.Optional(Type.Integer()) }), { description: 'problems for the rectification ledger' }),
  occurredAt: Type.String({ description: 'when the visit happened' }),
  recordedAt: Type.String({ description: 'when it was entered' }),
  enteredBy: Type.String(),
  state: Type.String({ description: 'submitted / reviewed' }),
  review: Nullable(Type.Object({ by: Type.String(), opinion: Type.String(), occurredAt: Type.String() })),
  monitoringAlert: Type.Optional(Type.Object({
    caseId: Nullable(Type.String({ description: 'the monitoring case the risks opened (or the one already open)' })),
    refused: Nullable(Type.String({ description: "the monitoring chain's refusal code, if it refused the alert (the survey stands)" })),
  }, { description: 'on submission, when the survey found 六看 risks or 004 综合判定 asks for the monitoring appraisal' })),
  ledger: Type.Optional(Type.Object({
    problemIds: Type.Array(Type.String(), { description: 'the problems the findings entered in the rectification ledger (they still need both leaders\' signatures)' }),
    refused: Type.Array(Type.String(), { description: "the ledger's refusal codes of findings it did not take (the survey stands)" }),
  }, { description: 'on submission: what the form marked as problems (两不愁三保障), each a problem in the rectification ledger' })),
});

export const SurveyListAnswer = Type.Object({ items: Type.Array(SurveyAnswer) });

const QuestionnaireSummary = Type.Object({
  formId: Type.String(), version: Type.String(), title: Type.String(), questions: Type.Integer({ description: 'questions that take an answer' }),
  preset: Type.Boolean({ description: 'shipped with the product' }), importedAt: Nullable(Type.String()),
  scope: Nullable(Type.String({ description: 'the jurisdiction an imported version is issued for (null: a preset, everywhere)' })),
});
export const QuestionnaireAnswer = QuestionnaireSummary;
export const QuestionnaireListAnswer = Type.Object({ items: Type.Array(QuestionnaireSummary) });
