import { Type } from 'typebox';
import { FormDefinitionSchema } from '../../src/surveys/form.ts';
import { AnswersSchema, FindingSchema, RespondentSignatureSchema, SurveyModeSchema, TeamMemberSchema } from '../../src/surveys/survey.ts';
import { defineEvent } from '../define.ts';
import { MachineVersion, Rule, Uuid, VillageCode, fromZod } from './common.ts';

/** 调查问卷 (stream `questionnaire-<formId>`) and 入户调查 (stream `survey-<id>`, linked to its household). */
const questionnaire = defineEvent('questionnaire');
const survey = defineEvent('survey');

export const surveyEvents = [
  questionnaire('QuestionnaireVersionImported', 1, '调查问卷版本导入 / Questionnaire version imported', 'A version of a questionnaire issued for a jurisdiction (stream `questionnaire-<jurisdiction>.<formId>`), as read from an XLSForm workbook: questions, choices, skips, rules with their strength.', Type.Object({
    machineVersion: MachineVersion,
    form: fromZod(FormDefinitionSchema, 'the definition (src/surveys/form.ts)'),
    scope: Type.String({ pattern: '^\\d{2,12}$', description: 'the jurisdiction it is issued for (the importer\'s): surveys under it may use it' }),
    source: Type.Object({ filename: Type.Optional(Type.String()), sha256: Type.String({ pattern: '^[0-9a-f]{64}$' }) }),
  })),
  survey('SurveySubmitted', 1, '入户调查提交 / Survey submitted', "A filled questionnaire entered for a household: the form version, the answers, the team of two, the mode, the respondent's signature or the reviewer's on their behalf with the reason, the warnings it was accepted with and the problems it found. It does not change the household's facts.", Type.Object({
    machineVersion: MachineVersion,
    householdId: Uuid,
    villageCode: VillageCode,
    form: Type.Object({ formId: Type.String(), version: Type.String() }),
    answers: fromZod(AnswersSchema),
    team: Type.Array(fromZod(TeamMemberSchema), { minItems: 2, maxItems: 2 }),
    mode: fromZod(SurveyModeSchema),
    respondent: fromZod(RespondentSignatureSchema),
    warnings: Type.Array(Rule, { description: "the form's warning rules the answers broke: accepted, shown to every later reviewer" }),
    findings: Type.Array(fromZod(FindingSchema), { description: 'answers the form marks as problems: each a problem for the rectification ledger (整改台账)' }),
  })),
  survey('SurveyReviewed', 1, '入户调查审核 / Survey reviewed', 'Someone outside the team reviews the record, acknowledging each warning it was accepted with.', Type.Object({
    opinion: Type.String({ minLength: 1 }),
    acknowledgedWarnings: Type.Array(Type.String(), { description: 'the codes of the warnings seen' }),
  })),
];
