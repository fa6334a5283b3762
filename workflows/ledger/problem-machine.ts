import { and, assign, not, setup } from 'xstate';
import type { FourLists, ProblemEvent, ProblemEventOf, ProblemFinding, SignerRole } from './events.ts';

export const PROBLEM_MACHINE_VERSION = 'problem@1';

export interface ProblemContext extends ProblemFinding {
  foundBy: string | null;
  foundAt: string | null;
  /** 001: the county guidance-group leader and the township work-group leader sign before it is in the ledger */
  signatures: Record<SignerRole, { personId: string; at: string } | null>;
  enteredAt: string | null;
  lists: FourLists | null;
  listChanges: number;
  /** the latest claim of rectification: who did it (the verifier must be someone else) */
  claim: { by: string; at: string; result: string } | null;
  failedVerifications: number;
  escalatedAt: string | null;
  department: string | null;
  departmentAnswer: string | null;
  interviews: number;
  accountabilities: number;
  monitoringCaseId: string | null;
  closedAt: string | null;
}

export const emptyProblem: ProblemContext = {
  level: 'household', regionCode: '', householdId: null, householdType: null, preset: '', typeCode: '', itemCode: null,
  description: '', campaignId: null, listedVillageId: null, foundBy: null, foundAt: null,
  signatures: { countyGuidanceLeader: null, townshipWorkLeader: null }, enteredAt: null, lists: null, listChanges: 0,
  claim: null, failedVerifications: 0, escalatedAt: null, department: null, departmentAnswer: null,
  interviews: 0, accountabilities: 0, monitoringCaseId: null, closedAt: null,
};

const ev = <T extends ProblemEvent['type']>(event: ProblemEvent, _type: T) => event as ProblemEventOf<T>;
const otherRole = (as: SignerRole): SignerRole => (as === 'countyGuidanceLeader' ? 'townshipWorkLeader' : 'countyGuidanceLeader');

/** the steps every problem in the ledger accepts, whatever its stage: 约谈, 追责问责, the monitoring case it led to */
const anytime = {
  ProblemInterviewed: { actions: 'countInterview' },
  ProblemAccountabilityRecorded: { actions: 'countAccountability' },
  ProblemMonitoringCaseLinked: { guard: 'noCaseYet', actions: 'linkCase' },
  ProblemListsChanged: { actions: 'changeLists' },
} as const;

/**
 * One problem of the rectification ledger (问题整改台账), read top to bottom like the procedure:
 *
 * found (户内 or 面上, a type from policy) → signed by the county guidance-group leader and the township work-group
 * leader (001), then it is in the ledger → 四项清单 set (problem, measure, responsible person and unit, deadline) →
 * rectifying → claimed rectified with the result and evidence → verified on site (by someone else) → 销号; a failed
 * verification is reopened and rectified again. A problem the township cannot solve goes up to the county, which
 * assigns a department; the department answers here. The four lists change only with a reason, at any open stage.
 *
 * Pure: every time, person and number it needs arrives in the event or was recorded in the context.
 */
export const problemMachine = setup({
  types: { context: {} as ProblemContext, events: {} as ProblemEvent },
  guards: {
    /** the other leader has signed already: this signature puts the problem in the ledger */
    completesSignatures: ({ context, event }) => context.signatures[otherRole(ev(event, 'ProblemSigned').as)] !== null,
    notSignedYetAs: ({ context, event }) => context.signatures[ev(event, 'ProblemSigned').as] === null,
    passed: ({ event }) => ev(event, 'ProblemVerified').outcome === 'passed',
    failed: ({ event }) => ev(event, 'ProblemVerified').outcome === 'failed',
    hasReason: ({ event }) => ev(event, 'ProblemListsChanged').reason.trim() !== '',
    noCaseYet: ({ context }) => context.monitoringCaseId === null,
    answerSetsLists: ({ event }) => ev(event, 'ProblemDepartmentAnswered').lists !== null,
  },
  actions: {
    recordFinding: assign(({ event }) => {
      const e = ev(event, 'ProblemFound');
      return {
        level: e.level, regionCode: e.regionCode, householdId: e.householdId, householdType: e.householdType, preset: e.preset,
        typeCode: e.typeCode, itemCode: e.itemCode, description: e.description, campaignId: e.campaignId, listedVillageId: e.listedVillageId,
        foundBy: e.actor.id, foundAt: e.occurredAt,
      };
    }),
    recordSignature: assign(({ context, event }) => ({
      signatures: { ...context.signatures, [ev(event, 'ProblemSigned').as]: { personId: event.actor.id, at: event.occurredAt } },
    })),
    enterLedger: assign(({ event }) => ({ enteredAt: event.occurredAt })),
    setLists: assign(({ event }) => ({ lists: ev(event, 'ProblemListsSet').lists })),
    changeLists: assign(({ context, event }) => ({ lists: ev(event, 'ProblemListsChanged').lists, listChanges: context.listChanges + 1 })),
    recordClaim: assign(({ event }) => ({ claim: { by: event.actor.id, at: event.occurredAt, result: ev(event, 'ProblemRectificationClaimed').result } })),
    countFailure: assign(({ context }) => ({ failedVerifications: context.failedVerifications + 1 })),
    recordEscalation: assign(({ event }) => ({ escalatedAt: event.occurredAt })),
    recordAssignment: assign(({ event }) => ({ department: ev(event, 'ProblemAssigned').department })),
    recordAnswer: assign(({ context, event }) => {
      const e = ev(event, 'ProblemDepartmentAnswered');
      return { departmentAnswer: e.answer, lists: e.lists ?? context.lists, listChanges: context.listChanges + (e.lists ? 1 : 0) };
    }),
    countInterview: assign(({ context }) => ({ interviews: context.interviews + 1 })),
    countAccountability: assign(({ context }) => ({ accountabilities: context.accountabilities + 1 })),
    linkCase: assign(({ event }) => ({ monitoringCaseId: ev(event, 'ProblemMonitoringCaseLinked').caseId })),
    recordClosure: assign(({ event }) => ({ closedAt: event.occurredAt })),
  },
}).createMachine({
  id: 'problem',
  context: emptyProblem,
  initial: 'new',
  states: {
    new: { on: { ProblemFound: { target: 'awaitingSignatures', actions: 'recordFinding' } } },
    /** 县指导组组长和乡镇工作组组长签字后建立台账 (001) */
    awaitingSignatures: {
      on: {
        ProblemSigned: [
          { guard: and(['notSignedYetAs', 'completesSignatures']), target: 'awaitingLists', actions: ['recordSignature', 'enterLedger'] },
          { guard: and(['notSignedYetAs', not('completesSignatures')]), actions: 'recordSignature' },
        ],
        ProblemMonitoringCaseLinked: { guard: 'noCaseYet', actions: 'linkCase' },
      },
    },
    /** in the ledger: the four lists are to be set */
    awaitingLists: {
      on: {
        ProblemListsSet: { target: 'rectifying', actions: 'setLists' },
        ProblemEscalated: { target: 'escalatedToCounty', actions: 'recordEscalation' },
        ProblemInterviewed: anytime.ProblemInterviewed,
        ProblemAccountabilityRecorded: anytime.ProblemAccountabilityRecorded,
        ProblemMonitoringCaseLinked: anytime.ProblemMonitoringCaseLinked,
      },
    },
    /** 整改中 */
    rectifying: {
      on: {
        ProblemRectificationClaimed: { target: 'awaitingVerification', actions: 'recordClaim' },
        ProblemEscalated: { target: 'escalatedToCounty', actions: 'recordEscalation' },
        ...anytime,
        ProblemListsChanged: { guard: 'hasReason', actions: 'changeLists' },
      },
    },
    /** 待实地核验 */
    awaitingVerification: {
      on: {
        ProblemVerified: [
          { guard: 'passed', target: 'verified' },
          { guard: 'failed', target: 'verificationFailed', actions: 'countFailure' },
        ],
        ...anytime,
        ProblemListsChanged: { guard: 'hasReason', actions: 'changeLists' },
      },
    },
    /** 核验未通过: reopened for another round of rectification */
    verificationFailed: {
      on: {
        ProblemReopened: { target: 'rectifying' },
        ...anytime,
        ProblemListsChanged: { guard: 'hasReason', actions: 'changeLists' },
      },
    },
    /** 核验通过: to be closed (销号) */
    verified: {
      on: {
        ProblemClosed: { target: 'closed', actions: 'recordClosure' },
        ProblemReopened: { target: 'rectifying' },
        ProblemInterviewed: anytime.ProblemInterviewed,
        ProblemAccountabilityRecorded: anytime.ProblemAccountabilityRecorded,
        ProblemMonitoringCaseLinked: anytime.ProblemMonitoringCaseLinked,
      },
    },
    /** 乡镇无法解决，上报县 */
    escalatedToCounty: {
      on: {
        ProblemAssigned: { target: 'assignedToDepartment', actions: 'recordAssignment' },
        ...anytime,
        ProblemListsChanged: { guard: 'hasReason', actions: 'changeLists' },
      },
    },
    /** 县交办行业部门: the department answers in the same chain */
    assignedToDepartment: {
      on: {
        ProblemDepartmentAnswered: { target: 'rectifying', actions: 'recordAnswer' },
        ...anytime,
        ProblemListsChanged: { guard: 'hasReason', actions: 'changeLists' },
      },
    },
    /** 已销号: accountability for a faked rectification may still be recorded */
    closed: {
      on: {
        ProblemInterviewed: anytime.ProblemInterviewed,
        ProblemAccountabilityRecorded: anytime.ProblemAccountabilityRecorded,
      },
    },
  },
});
