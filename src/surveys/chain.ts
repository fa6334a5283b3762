import { defineChain } from '../engine/chain.ts';
import { QUESTIONNAIRE_MACHINE_VERSION, SURVEY_MACHINE_VERSION, questionnaireMachines, surveyMachines } from '../../workflows/registry.ts';
import { surveyInvariants } from './invariants.ts';

/** 入户调查: one stream per survey, linked to its household (its facts change only through their own entry and review) */
export const surveyChain = defineChain('survey', SURVEY_MACHINE_VERSION, surveyMachines, { invariants: surveyInvariants });

/** 调查问卷: one stream per questionnaire, one event per imported version */
export const questionnaireChain = defineChain('questionnaire', QUESTIONNAIRE_MACHINE_VERSION, questionnaireMachines);
