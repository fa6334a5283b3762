import type { AnyStateMachine } from 'xstate';
import { describe, expect, it } from 'vitest';
import { fourCardMachine } from '../../workflows/four-card/machine.ts';
import { householdMachine } from '../../workflows/household/machine.ts';
import { appraisalMeetingMachine, noticeMachine, spotCheckRoundMachine } from '../../workflows/lists/machines.ts';
import { monitoringMachine } from '../../workflows/monitoring/machine.ts';
import { webhookMachine } from '../../workflows/webhooks/machine.ts';
import { calendarYearMachine as calendarMachine } from '../../workflows/calendar/machine.ts';
import { regionDirectoryMachine } from '../../workflows/regions/machine.ts';
import { campaignMachine, listedVillageMachine, problemMachine } from '../../workflows/ledger/index.ts';
import { managementMachine } from '../../workflows/management/machine.ts';
import { adjustmentRoundMachine } from '../../workflows/management/round.ts';
import { actionTeamMachine } from '../../workflows/action-team/machine.ts';
import { questionnaireMachine, surveyMachine } from '../../workflows/surveys/machine.ts';
import { edgeMachine } from '../../workflows/edge/machine.ts';
import { EVENT_SCHEMAS } from '../../schemas/catalog.ts';
import { STEP_TITLE_ZH } from '../../src/audit/form-labels.ts';
import { STEP_ZH } from '../../src/designations/present.ts';
import { stepNotAllowed } from '../../src/engine/errors.ts';
import { MONITORING_STEP_ZH } from '../../src/monitoring/present.ts';
import { MACHINE_LABELS, machineOfStep, stateLabel, stateNamesZh, stepLabel } from '../../src/shared/labels.ts';
import type { MachineKey } from '../../src/shared/labels.ts';

const MACHINES: ReadonlyArray<[MachineKey, AnyStateMachine]> = [
  ['fourCard', fourCardMachine], ['monitoring', monitoringMachine], ['household', householdMachine], ['appraisalMeeting', appraisalMeetingMachine],
  ['spotCheckRound', spotCheckRoundMachine], ['noticeList', noticeMachine], ['webhook', webhookMachine], ['calendar', calendarMachine], ['regions', regionDirectoryMachine],
  ['problem', problemMachine], ['campaign', campaignMachine], ['listedVillage', listedVillageMachine], ['management', managementMachine],
  ['questionnaire', questionnaireMachine], ['survey', surveyMachine], ['edge', edgeMachine],
  ['adjustmentRound', adjustmentRoundMachine], ['actionTeam', actionTeamMachine],
];

const CHAIN_OF: Readonly<Record<string, readonly MachineKey[]>> = {
  'four-card': ['fourCard'], monitoring: ['monitoring'], household: ['household'], lists: ['appraisalMeeting', 'spotCheckRound', 'noticeList'], webhooks: ['webhook'], calendar: ['calendar'], regions: ['regions'], ledger: ['problem', 'campaign', 'listedVillage'], management: ['management'], questionnaire: ['questionnaire'], survey: ['survey'], edge: ['edge'],
  adjustmentRound: ['adjustmentRound'], 'action-team': ['actionTeam'],
};

describe('one table of labels for the machines', () => {
  it.each(MACHINES)('every state and every accepted step of %s has a Chinese and an English label', (key, machine) => {
    const labels = MACHINE_LABELS[key];
    expect(Object.keys(labels.states).sort()).toEqual(Object.keys(machine.config.states ?? {}).sort());
    const accepted = new Set(Object.values(machine.config.states ?? {}).flatMap((s) => Object.keys((s as { on?: object }).on ?? {})));
    for (const type of accepted) expect(Object.keys(labels.steps), `${key} accepts ${type}`).toContain(type);
    for (const label of [...Object.values(labels.states), ...Object.values(labels.steps)]) {
      expect(label.zh).toMatch(/\p{Script=Han}/u);
      expect(label.en).toMatch(/^[\x20-\x7e]+$/);
    }
  });

  it('every event type of the catalog is a step of its own chain', () => {
    // the personal-data access log (src/privacy) follows no procedure: its reads are facts, no machine's steps
    for (const s of EVENT_SCHEMAS) {
      if (s.chain !== 'privacy') expect(CHAIN_OF[s.chain], s.type).toContain(machineOfStep(s.type));
      expect(stepLabel(s.type).zh, s.type).not.toBe(s.type);
    }
  });

  it('agrees with the names the read models show until they read them from here', () => {
    for (const [state, zh] of Object.entries(STEP_ZH)) expect(stateNamesZh('fourCard')[state], state).toBe(zh);
    for (const [state, zh] of Object.entries(MONITORING_STEP_ZH)) expect(stateNamesZh('monitoring')[state], state).toBe(zh);
    expect(STEP_TITLE_ZH).toMatchObject({ TownshipReviewed: '乡镇复核', SpotCheckPassed: '县级抽查（未抽中）通过', DesignationCompleted: '认定并上报县扶贫办' });
  });

  it('an unknown id reads as itself', () => {
    expect(stepLabel('Opened')).toEqual({ zh: 'Opened', en: 'Opened' });
    expect(stateLabel(undefined, 'open')).toEqual({ zh: 'open', en: 'open' });
    expect(stateLabel('fourCard', 'constructor')).toEqual({ zh: 'constructor', en: 'constructor' });
    expect(machineOfStep('toString')).toBeUndefined();
  });
});

describe('a step refused in the current state (409)', () => {
  it('names the step and the state as people know them; programs keep the machine ids', () => {
    const e = stepNotAllowed('designated', 'TownshipReviewed');
    expect(e).toMatchObject({
      status: 409, code: 'STEP_NOT_ALLOWED',
      zh: '当前环节（已认定并上报县扶贫办）不能进行“乡镇复核”',
      en: 'Township review is not possible at the current step (Designated and reported to the county)',
      extensions: { currentState: 'designated', refusedStep: 'TownshipReviewed', currentStateZh: '已认定并上报县扶贫办', refusedStepZh: '乡镇复核' },
    });
    expect(`${e.zh} ${e.en}`).not.toMatch(/designated|TownshipReviewed/);
  });

  it("a state's name is its own machine's: 待乡党委、政府审核 in a monitoring case, 待乡镇复核 in a designation", () => {
    expect(stepNotAllowed('awaitingTownshipReview', 'MonitoringReportedToTownship').zh).toBe('当前环节（待乡党委、政府审核）不能进行“上报乡镇”');
    expect(stepNotAllowed('awaitingTownshipReview', 'NoticePosted').zh).toBe('当前环节（待乡镇复核）不能进行“公示”');
  });
});
