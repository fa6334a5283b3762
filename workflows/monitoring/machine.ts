import { and, assign, setup } from 'xstate';
import { emptyContext } from './context.ts';
import type { MonitoringContext } from './context.ts';
import type { EventOf, MonitoringEvent, RuleNote } from './events.ts';

export const MONITORING_MACHINE_VERSION = 'monitoring@1';

const ev = <T extends MonitoringEvent['type']>(event: MonitoringEvent, _type: T) => event as EventOf<T>;
const phaseOf = (event: MonitoringEvent): unknown => (event as { phase?: unknown }).phase;
/** instants are compared as instants: a field time may carry any offset ('…T23:30:00+08:00' is before '…T16:00:00Z') */
const before = (a: string, b: string): boolean => Date.parse(a) < Date.parse(b);

/** a later finding of the same rule replaces the earlier one: each signer sees the current judgement once */
const withWarnings = (current: RuleNote[], added: RuleNote[]): RuleNote[] => [
  ...current.filter((w) => !added.some((a) => a.code === w.code)),
  ...added,
];

/**
 * 防止返贫监测对象 (seed 004), one machine for a household's case through both phases:
 *
 * inclusion — 申请 (or a department's alert the village verifies) → 村民小组评议 → 村两委核实评议 (初选名单) →
 * 村内公示 ≥ 5 working days, with the district's 数据比对 at the same time (both must be done) → 上报乡镇 → 乡镇审核 →
 * 区级备案公告 → monitored as a type;
 *
 * while monitored — 帮扶联系人, 一户一方案、一人一措施, visits; then 风险消除 — 村两委提出 → 评议 → 公示 → 上报 → 乡镇审核 →
 * 区级备案 → risk eliminated; and 风险再标注 — eliminated → monitored again, in the same stream.
 *
 * Pure: every time, person and number it needs arrives in the event or was recorded in the context.
 */
/** a case not yet decided may be withdrawn (撤回) at any step */
const withdrawable = { MonitoringWithdrawn: { target: 'withdrawn', actions: 'recordClosure' } } as const;
/** an objection raised during the notice and entered after it ended (villages work on paper): pulled back until it is handled */
const lateObjection = {
  MonitoringObjectionRaised: { guard: and(['newObjection', 'withinNotice']), target: 'objectionAfterNotice', actions: 'addObjection' },
} as const;
/** 数据比对: the district's comparison finds an exclusion, or comes back clear */
const comparisonExcludes = { guard: and(['comparisonPending', 'exclusionFound']), target: 'excluded', actions: 'recordExclusion' } as const;
const comparisonClears = { guard: and(['comparisonPending', 'comparisonClearResult']), actions: 'recordComparisonClear' } as const;

export const monitoringMachine = setup({
  types: { context: {} as MonitoringContext, events: {} as MonitoringEvent },
  guards: {
    inclusionPhase: ({ event }) => phaseOf(event) === 'inclusion',
    eliminationPhase: ({ event }) => phaseOf(event) === 'elimination',
    alertConfirmed: ({ event }) => ev(event, 'MonitoringAlertVerified').outcome === 'confirmed' && ev(event, 'MonitoringAlertVerified').proposedType !== null,
    alertDismissed: ({ event }) => ev(event, 'MonitoringAlertVerified').outcome === 'dismissed',
    included: ({ event }) => ev(event, 'MonitoringVillageAppraised').decision === 'included' && ev(event, 'MonitoringVillageAppraised').monitoringType !== null,
    notIncluded: ({ event }) => ev(event, 'MonitoringVillageAppraised').decision === 'notIncluded',
    hasCommitment: ({ context }) => context.commitment !== null,
    noComparisonYet: ({ context }) => context.comparison === null,
    comparisonPending: ({ context }) => context.comparison?.status === 'pending',
    comparisonClear: ({ context }) => context.comparison?.status === 'clear',
    exclusionFound: ({ event }) => ev(event, 'MonitoringComparisonCompleted').result === 'exclusionFound' && ev(event, 'MonitoringComparisonCompleted').rules.length > 0,
    comparisonClearResult: ({ event }) => ev(event, 'MonitoringComparisonCompleted').result === 'clear',
    newObjection: ({ context, event }) => !context.openObjections.includes(ev(event, 'MonitoringObjectionRaised').objectionId),
    withinNotice: ({ context, event }) => context.notice !== null && !before(event.occurredAt, context.notice.startsAt) && before(event.occurredAt, context.notice.endsAt),
    lastOpenObjection: ({ context }) => context.openObjections.length === 1,
    objectionOpen: ({ context, event }) => context.openObjections.includes(ev(event, 'MonitoringObjectionResolved').objectionId),
    objectionUpheld: ({ event }) => ev(event, 'MonitoringObjectionResolved').outcome === 'upheld',
    noticeOverAndClear: ({ context, event }) =>
      context.openObjections.length === 0 && context.notice !== null && !before(ev(event, 'MonitoringNoticeEnded').at, context.notice.endsAt),
    townshipApproved: ({ event }) => ev(event, 'MonitoringTownshipReviewed').outcome === 'approved',
    townshipSentBack: ({ event }) => ev(event, 'MonitoringTownshipReviewed').outcome === 'sentBack',
    eliminationAgreed: ({ event }) => ev(event, 'RiskEliminationAppraised').outcome === 'agreed',
    /** 帮扶联系人 are replaced only for a reason (illness, retirement, a transfer …) */
    replacementHasReason: ({ context, event }) => context.contact === null || (ev(event, 'MonitoringContactAssigned').reason ?? '').trim() !== '',
  },
  actions: {
    recordApplication: assign(({ event }) => {
      const e = ev(event, 'MonitoringApplied');
      return {
        householdId: e.householdId, villageCode: e.villageCode, year: e.year, source: e.source, channel: e.channel,
        monitoringType: e.proposedType, warnings: e.warnings, openedBy: e.actor.id,
        commitment: e.commitment ? { by: e.commitment.signature.by, thumbprint: e.commitment.thumbprint, signedOn: e.commitment.signedOn } : null,
      };
    }),
    recordAlert: assign(({ event }) => {
      const e = ev(event, 'DepartmentAlertRaised');
      return { householdId: e.householdId, villageCode: e.villageCode, year: e.year, source: 'departmentAlert' as const, department: e.department, openedBy: e.actor.id };
    }),
    recordAlertVerification: assign(({ context, event }) => {
      const e = ev(event, 'MonitoringAlertVerified');
      return { monitoringType: e.proposedType, warnings: withWarnings(context.warnings, e.warnings) };
    }),
    recordCommitment: assign(({ context, event }) => {
      const e = ev(event, 'MonitoringCommitmentRecorded');
      return {
        commitment: { by: e.commitment.signature.by, thumbprint: e.commitment.thumbprint, signedOn: e.commitment.signedOn },
        warnings: withWarnings(context.warnings, e.warnings),
      };
    }),
    recordGroupAppraisal: assign(({ context, event }) => {
      const e = ev(event, 'MonitoringGroupAppraised');
      return { groupAppraisal: e.outcome, warnings: withWarnings(context.warnings, e.warnings) };
    }),
    recordVillageAppraisal: assign(({ context, event }) => {
      const e = ev(event, 'MonitoringVillageAppraised');
      return { monitoringType: e.monitoringType ?? context.monitoringType, warnings: withWarnings(context.warnings, e.warnings) };
    }),
    recordNotice: assign(({ event }) => {
      const e = ev(event, 'MonitoringNoticePosted');
      return { notice: { phase: e.phase, startsAt: e.startsAt, endsAt: e.endsAt, endedAt: null }, openObjections: [] };
    }),
    recordComparisonRequest: assign(({ event }) => ({ comparison: { status: 'pending' as const, requestedAt: event.occurredAt, completedAt: null } })),
    recordComparisonClear: assign(({ context, event }) => ({
      comparison: { status: 'clear' as const, requestedAt: context.comparison?.requestedAt ?? event.occurredAt, completedAt: event.occurredAt },
    })),
    recordExclusion: assign(({ event }) => ({ exclusionRules: ev(event, 'MonitoringComparisonCompleted').rules, closedAt: event.occurredAt })),
    addObjection: assign(({ context, event }) => ({ openObjections: [...context.openObjections, ev(event, 'MonitoringObjectionRaised').objectionId] })),
    removeObjection: assign(({ context, event }) => ({
      openObjections: context.openObjections.filter((id) => id !== ev(event, 'MonitoringObjectionResolved').objectionId),
    })),
    recordNoticeEnd: assign(({ context, event }) => ({
      notice: context.notice && { ...context.notice, endedAt: ev(event, 'MonitoringNoticeEnded').at },
    })),
    /** back to the village for re-verification: a new notice (and comparison) will be needed */
    clearNotice: assign({ notice: null, comparison: null, openObjections: [] }),
    recordFiling: assign(({ context, event }) => ({
      monitoringType: ev(event, 'MonitoringDistrictFiled').monitoringType ?? context.monitoringType,
      monitoredSince: context.monitoredSince ?? event.occurredAt,
      notice: null,
    })),
    recordClosure: assign(({ event }) => ({ closedAt: event.occurredAt })),
    recordContact: assign(({ event }) => {
      const e = ev(event, 'MonitoringContactAssigned');
      return { contact: { ...e.contact, since: e.occurredAt } };
    }),
    recordPlan: assign(({ context, event }) => {
      const e = ev(event, 'MonitoringPlanRecorded');
      return { plan: { planId: e.planId, recordedAt: e.occurredAt, measures: e.measures.length + e.householdMeasures.length }, warnings: withWarnings(context.warnings, e.warnings) };
    }),
    recordVisit: assign(({ context, event }) => ({ visits: { count: context.visits.count + 1, lastAt: event.occurredAt } })),
    recordProposal: assign(({ context, event }) => {
      const e = ev(event, 'RiskEliminationProposed');
      return { openedBy: e.actor.id, year: e.year, warnings: withWarnings(context.warnings, e.warnings), notice: null, openObjections: [] };
    }),
    recordElimination: assign(({ event }) => ({ eliminatedAt: event.occurredAt, notice: null })),
    recordReflag: assign(({ context, event }) => {
      const e = ev(event, 'RiskReflagged');
      return { cycle: context.cycle + 1, monitoringType: e.monitoringType, year: e.year, reflaggedAt: e.occurredAt, warnings: e.warnings, notice: null, openObjections: [] };
    }),
  },
}).createMachine({
  id: 'monitoringCase',
  context: emptyContext,
  initial: 'new',
  states: {
    new: {
      on: {
        MonitoringApplied: { target: 'awaitingGroupAppraisal', actions: 'recordApplication' },
        DepartmentAlertRaised: { target: 'awaitingAlertVerification', actions: 'recordAlert' },
      },
    },
    /** 部门筛查预警: fed back to the village, which checks it on the ground */
    awaitingAlertVerification: {
      on: {
        MonitoringAlertVerified: [
          { guard: 'alertConfirmed', target: 'awaitingGroupAppraisal', actions: 'recordAlertVerification' },
          { guard: 'alertDismissed', target: 'alertDismissed', actions: 'recordClosure' },
        ],
      },
    },
    /** 村民小组评议 */
    awaitingGroupAppraisal: {
      on: {
        MonitoringGroupAppraised: { target: 'awaitingVillageAppraisal', actions: 'recordGroupAppraisal' },
        MonitoringCommitmentRecorded: { actions: 'recordCommitment' },
        ...withdrawable,
      },
    },
    /** 村两委核实和评议: settles the initial list (初选名单) and the type */
    awaitingVillageAppraisal: {
      on: {
        MonitoringVillageAppraised: [
          { guard: 'included', target: 'awaitingNotice', actions: 'recordVillageAppraisal' },
          { guard: 'notIncluded', target: 'notIncluded', actions: ['recordVillageAppraisal', 'recordClosure'] },
        ],
        MonitoringCommitmentRecorded: { actions: 'recordCommitment' },
        ...withdrawable,
      },
    },
    /** on the initial list: to be posted in the village and sent to the district for comparison together */
    awaitingNotice: {
      on: {
        // departments may query the family's assets only with the signed authorisation
        MonitoringNoticePosted: { guard: and(['inclusionPhase', 'hasCommitment']), target: 'inNotice', actions: 'recordNotice' },
        MonitoringCommitmentRecorded: { actions: 'recordCommitment' },
        ...withdrawable,
      },
    },
    /** 公示 (≥ 5 working days) and 数据比对 at the same time */
    inNotice: {
      on: {
        MonitoringComparisonRequested: { guard: 'noComparisonYet', actions: 'recordComparisonRequest' },
        MonitoringComparisonCompleted: [comparisonExcludes, comparisonClears],
        MonitoringObjectionRaised: { guard: and(['newObjection', 'withinNotice']), actions: 'addObjection' },
        MonitoringObjectionResolved: [
          { guard: and(['objectionOpen', 'objectionUpheld']), target: 'awaitingVillageAppraisal', actions: 'clearNotice' },
          { guard: 'objectionOpen', actions: 'removeObjection' },
        ],
        MonitoringNoticeEnded: [
          { guard: and(['noticeOverAndClear', 'comparisonClear']), target: 'awaitingReport', actions: 'recordNoticeEnd' },
          { guard: 'noticeOverAndClear', target: 'awaitingComparison', actions: 'recordNoticeEnd' },
        ],
        ...withdrawable,
      },
    },
    /** the notice ended without objection; the district's comparison is still out */
    awaitingComparison: {
      on: {
        ...lateObjection,
        MonitoringComparisonCompleted: [comparisonExcludes, { ...comparisonClears, target: 'awaitingReport' }],
        ...withdrawable,
      },
    },
    /** 公示无异议、比对无问题: the village reports to the township */
    awaitingReport: {
      on: {
        ...lateObjection,
        MonitoringReportedToTownship: { guard: 'inclusionPhase', target: 'awaitingTownshipReview' },
        ...withdrawable,
      },
    },
    /** an objection raised during the notice and entered after it: handled before the case goes on */
    objectionAfterNotice: {
      on: {
        MonitoringObjectionRaised: { guard: and(['newObjection', 'withinNotice']), actions: 'addObjection' },
        MonitoringComparisonCompleted: [comparisonExcludes, comparisonClears],
        MonitoringObjectionResolved: [
          { guard: and(['objectionOpen', 'objectionUpheld']), target: 'awaitingVillageAppraisal', actions: 'clearNotice' },
          // dismissed: the case goes on from the village's report again (the township reviews what it now knows)
          { guard: and(['objectionOpen', 'lastOpenObjection', 'comparisonClear']), target: 'awaitingReport', actions: 'removeObjection' },
          { guard: and(['objectionOpen', 'lastOpenObjection']), target: 'awaitingComparison', actions: 'removeObjection' },
          { guard: 'objectionOpen', actions: 'removeObjection' },
        ],
        ...withdrawable,
      },
    },
    /** 乡党委、政府审核 */
    awaitingTownshipReview: {
      on: {
        ...lateObjection,
        MonitoringTownshipReviewed: [
          { guard: and(['inclusionPhase', 'townshipApproved']), target: 'awaitingDistrictFiling' },
          { guard: and(['inclusionPhase', 'townshipSentBack']), target: 'awaitingVillageAppraisal', actions: 'clearNotice' },
          { guard: 'inclusionPhase', target: 'refused', actions: 'recordClosure' },
        ],
        ...withdrawable,
      },
    },
    /** 区级乡村振兴部门备案公告 */
    awaitingDistrictFiling: {
      on: {
        ...lateObjection,
        MonitoringDistrictFiled: { guard: 'inclusionPhase', target: 'monitored', actions: 'recordFiling' },
        MonitoringDistrictSentBack: { guard: 'inclusionPhase', target: 'awaitingTownshipReview' },
        ...withdrawable,
      },
    },
    /** 监测对象: contact person, plan, visits; the village may propose eliminating the risk */
    monitored: {
      on: {
        MonitoringContactAssigned: { guard: 'replacementHasReason', actions: 'recordContact' },
        MonitoringPlanRecorded: { actions: 'recordPlan' },
        MonitoringVisitRecorded: { actions: 'recordVisit' },
        RiskEliminationProposed: { target: 'eliminationAppraisal', actions: 'recordProposal' },
      },
    },
    /** 风险消除: proposed by the village committees, awaiting appraisal (still monitored and assisted) */
    eliminationAppraisal: {
      on: {
        MonitoringContactAssigned: { guard: 'replacementHasReason', actions: 'recordContact' },
        MonitoringPlanRecorded: { actions: 'recordPlan' },
        MonitoringVisitRecorded: { actions: 'recordVisit' },
        RiskEliminationAppraised: [
          { guard: 'eliminationAgreed', target: 'eliminationAwaitingNotice' },
          { target: 'monitored' },
        ],
        RiskEliminationWithdrawn: { target: 'monitored' },
      },
    },
    eliminationAwaitingNotice: {
      on: {
        MonitoringContactAssigned: { guard: 'replacementHasReason', actions: 'recordContact' },
        MonitoringPlanRecorded: { actions: 'recordPlan' },
        MonitoringVisitRecorded: { actions: 'recordVisit' },
        MonitoringNoticePosted: { guard: 'eliminationPhase', target: 'eliminationInNotice', actions: 'recordNotice' },
        RiskEliminationWithdrawn: { target: 'monitored' },
      },
    },
    eliminationInNotice: {
      on: {
        MonitoringContactAssigned: { guard: 'replacementHasReason', actions: 'recordContact' },
        MonitoringPlanRecorded: { actions: 'recordPlan' },
        MonitoringVisitRecorded: { actions: 'recordVisit' },
        MonitoringObjectionRaised: { guard: and(['newObjection', 'withinNotice']), actions: 'addObjection' },
        MonitoringObjectionResolved: [
          // an upheld objection says the risk is not gone: the household stays monitored
          { guard: and(['objectionOpen', 'objectionUpheld']), target: 'monitored', actions: 'clearNotice' },
          { guard: 'objectionOpen', actions: 'removeObjection' },
        ],
        MonitoringNoticeEnded: { guard: 'noticeOverAndClear', target: 'eliminationAwaitingReport', actions: 'recordNoticeEnd' },
        RiskEliminationWithdrawn: { target: 'monitored', actions: 'clearNotice' },
      },
    },
    eliminationAwaitingReport: {
      on: {
        MonitoringObjectionRaised: { guard: and(['newObjection', 'withinNotice']), target: 'eliminationObjectionAfterNotice', actions: 'addObjection' },
        MonitoringContactAssigned: { guard: 'replacementHasReason', actions: 'recordContact' },
        MonitoringPlanRecorded: { actions: 'recordPlan' },
        MonitoringVisitRecorded: { actions: 'recordVisit' },
        MonitoringReportedToTownship: { guard: 'eliminationPhase', target: 'eliminationAwaitingTownshipReview' },
        RiskEliminationWithdrawn: { target: 'monitored', actions: 'clearNotice' },
      },
    },
    eliminationAwaitingTownshipReview: {
      on: {
        MonitoringObjectionRaised: { guard: and(['newObjection', 'withinNotice']), target: 'eliminationObjectionAfterNotice', actions: 'addObjection' },
        MonitoringContactAssigned: { guard: 'replacementHasReason', actions: 'recordContact' },
        MonitoringPlanRecorded: { actions: 'recordPlan' },
        MonitoringVisitRecorded: { actions: 'recordVisit' },
        MonitoringTownshipReviewed: [
          { guard: and(['eliminationPhase', 'townshipApproved']), target: 'eliminationAwaitingFiling' },
          { guard: 'eliminationPhase', target: 'monitored', actions: 'clearNotice' },
        ],
        RiskEliminationWithdrawn: { target: 'monitored', actions: 'clearNotice' },
      },
    },
    eliminationAwaitingFiling: {
      on: {
        MonitoringObjectionRaised: { guard: and(['newObjection', 'withinNotice']), target: 'eliminationObjectionAfterNotice', actions: 'addObjection' },
        MonitoringContactAssigned: { guard: 'replacementHasReason', actions: 'recordContact' },
        MonitoringPlanRecorded: { actions: 'recordPlan' },
        MonitoringVisitRecorded: { actions: 'recordVisit' },
        MonitoringDistrictFiled: { guard: 'eliminationPhase', target: 'riskEliminated', actions: 'recordElimination' },
        MonitoringDistrictSentBack: { guard: 'eliminationPhase', target: 'eliminationAwaitingTownshipReview' },
      },
    },
    /** a late-entered objection to a risk elimination: upheld → still monitored; dismissed → reported again */
    eliminationObjectionAfterNotice: {
      on: {
        MonitoringContactAssigned: { guard: 'replacementHasReason', actions: 'recordContact' },
        MonitoringPlanRecorded: { actions: 'recordPlan' },
        MonitoringVisitRecorded: { actions: 'recordVisit' },
        MonitoringObjectionRaised: { guard: and(['newObjection', 'withinNotice']), actions: 'addObjection' },
        MonitoringObjectionResolved: [
          { guard: and(['objectionOpen', 'objectionUpheld']), target: 'monitored', actions: 'clearNotice' },
          { guard: and(['objectionOpen', 'lastOpenObjection']), target: 'eliminationAwaitingReport', actions: 'removeObjection' },
          { guard: 'objectionOpen', actions: 'removeObjection' },
        ],
        RiskEliminationWithdrawn: { target: 'monitored', actions: 'clearNotice' },
      },
    },
    /** 标注"风险消除": no longer assisted as a monitoring object; visits go on, and a returning risk re-flags it */
    riskEliminated: {
      on: {
        MonitoringVisitRecorded: { actions: 'recordVisit' },
        RiskReflagged: { target: 'monitored', actions: 'recordReflag' },
      },
    },
    alertDismissed: { type: 'final' },
    notIncluded: { type: 'final' },
    excluded: { type: 'final' },
    refused: { type: 'final' },
    withdrawn: { type: 'final' },
  },
});
