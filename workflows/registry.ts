import type { AnyStateMachine } from 'xstate';
import { FOUR_CARD_MACHINE_VERSION, fourCardMachine } from './four-card/machine.ts';
import { HOUSEHOLD_MACHINE_VERSION, householdMachine } from './household/machine.ts';

/**
 * Every machine definition ever released, by version. A stream replays under the version recorded in its first
 * event, so a change to a procedure never rewrites the meaning of old trails: add a new version, keep the old one.
 */
export const fourCardMachines: Readonly<Record<string, AnyStateMachine>> = { [FOUR_CARD_MACHINE_VERSION]: fourCardMachine };
export const householdMachines: Readonly<Record<string, AnyStateMachine>> = { [HOUSEHOLD_MACHINE_VERSION]: householdMachine };
export { FOUR_CARD_MACHINE_VERSION, HOUSEHOLD_MACHINE_VERSION };

import { LISTS_MACHINE_VERSION, appraisalMeetingMachine, noticeMachine, spotCheckRoundMachine } from './lists/machines.ts';
export const meetingMachines: Readonly<Record<string, AnyStateMachine>> = { [LISTS_MACHINE_VERSION]: appraisalMeetingMachine };
export const roundMachines: Readonly<Record<string, AnyStateMachine>> = { [LISTS_MACHINE_VERSION]: spotCheckRoundMachine };
export const noticeMachines: Readonly<Record<string, AnyStateMachine>> = { [LISTS_MACHINE_VERSION]: noticeMachine };
export { LISTS_MACHINE_VERSION };

import { MONITORING_MACHINE_VERSION, monitoringMachine } from './monitoring/machine.ts';
export const monitoringMachines: Readonly<Record<string, AnyStateMachine>> = { [MONITORING_MACHINE_VERSION]: monitoringMachine };
export { MONITORING_MACHINE_VERSION };

import { CAMPAIGN_MACHINE_VERSION, LISTED_VILLAGE_MACHINE_VERSION, PROBLEM_MACHINE_VERSION, campaignMachine, listedVillageMachine, problemMachine } from './ledger/index.ts';
export const problemMachines: Readonly<Record<string, AnyStateMachine>> = { [PROBLEM_MACHINE_VERSION]: problemMachine };
export const campaignMachines: Readonly<Record<string, AnyStateMachine>> = { [CAMPAIGN_MACHINE_VERSION]: campaignMachine };
export const listedVillageMachines: Readonly<Record<string, AnyStateMachine>> = { [LISTED_VILLAGE_MACHINE_VERSION]: listedVillageMachine };
export { CAMPAIGN_MACHINE_VERSION, LISTED_VILLAGE_MACHINE_VERSION, PROBLEM_MACHINE_VERSION };
import { MANAGEMENT_MACHINE_VERSION, managementMachine } from './management/machine.ts';
export const managementMachines: Readonly<Record<string, AnyStateMachine>> = { [MANAGEMENT_MACHINE_VERSION]: managementMachine };
export { MANAGEMENT_MACHINE_VERSION };
import { QUESTIONNAIRE_MACHINE_VERSION, SURVEY_MACHINE_VERSION, questionnaireMachine, surveyMachine } from './surveys/machine.ts';
export const surveyMachines: Readonly<Record<string, AnyStateMachine>> = { [SURVEY_MACHINE_VERSION]: surveyMachine };
export const questionnaireMachines: Readonly<Record<string, AnyStateMachine>> = { [QUESTIONNAIRE_MACHINE_VERSION]: questionnaireMachine };
export { QUESTIONNAIRE_MACHINE_VERSION, SURVEY_MACHINE_VERSION };

import { EDGE_MACHINE_VERSION, edgeMachine } from './edge/machine.ts';
export const edgeMachines: Readonly<Record<string, AnyStateMachine>> = { [EDGE_MACHINE_VERSION]: edgeMachine };
export { EDGE_MACHINE_VERSION };
import { ADJUSTMENT_ROUND_MACHINE_VERSION, adjustmentRoundMachine } from './management/round.ts';
export const adjustmentRoundMachines: Readonly<Record<string, AnyStateMachine>> = { [ADJUSTMENT_ROUND_MACHINE_VERSION]: adjustmentRoundMachine };
export { ADJUSTMENT_ROUND_MACHINE_VERSION };

import { ACTION_TEAM_MACHINE_VERSION, actionTeamMachine } from './action-team/machine.ts';
export const actionTeamMachines: Readonly<Record<string, AnyStateMachine>> = { [ACTION_TEAM_MACHINE_VERSION]: actionTeamMachine };
export { ACTION_TEAM_MACHINE_VERSION };
