import { and, assign, setup } from 'xstate';
import { emptyContext, noticesOverAt } from './context.ts';
import type { FourCardContext } from './context.ts';
import type { EventOf, FourCardEvent } from './events.ts';

export const FOUR_CARD_MACHINE_VERSION = 'four-card@1';

const ev = <T extends FourCardEvent['type']>(event: FourCardEvent, _type: T) => event as EventOf<T>;
/** a notice posted before levels were recorded counts as the village's */
const levelOf = (e: EventOf<'NoticePosted'>) => e.level ?? 'village';
/** instants are compared as instants: a field time may carry any offset */
const ms = (instant: string) => Date.parse(instant);
const duringSomeNotice = (c: FourCardContext, at: string): boolean =>
  c.notices.some((n) => ms(at) >= ms(n.startsAt) && ms(at) < ms(n.endsAt));

/**
 * 红黄绿蓝卡认定: 初核申报 → 民主评议 → 乡镇复核 → 县级抽查 → 公示 → 认定并上报县扶贫办.
 * Pure: every time, person and number it needs arrives in the event or was recorded in the context.
 */
export const fourCardMachine = setup({
  types: { context: {} as FourCardContext, events: {} as FourCardEvent },
  guards: {
    byDeclarer: ({ context, event }) => event.actor.id === context.declaredBy,
    appraisalApproved: ({ event }) => ev(event, 'AppraisalDecided').decision === 'approved',
    spotCheckAgrees: ({ context, event }) => {
      const e = ev(event, 'SpotCheckSigned');
      const s = context.spotCheck;
      if (!s || s.roundId !== e.roundId || s.signers.includes(e.actor.id)) return false;
      return s.outcome === null || (s.outcome === e.outcome && s.card === e.card);
    },
    enoughInspectors: ({ context }) => (context.spotCheck?.signers.length ?? 0) >= context.minInspectors,
    spotCheckSentBack: ({ context }) => context.spotCheck?.outcome === 'sentBack',
    spotCheckRefused: ({ context }) => context.spotCheck?.outcome === 'refused',
    objectionOpen: ({ context, event }) => context.openObjections.includes(ev(event, 'ObjectionResolved').objectionId),
    objectionUpheld: ({ event }) => ev(event, 'ObjectionResolved').outcome === 'upheld',
    newObjection: ({ context, event }) => !context.openObjections.includes(ev(event, 'ObjectionRaised').objectionId),
    // an objection counts when it was raised during a notice, whenever it is entered (occurredAt, not recordedAt)
    raisedDuringNotice: ({ context, event }) => duringSomeNotice(context, event.occurredAt),
    /** a level the policy requires and that has no notice yet */
    levelStillToPost: ({ context, event }) => {
      const level = levelOf(ev(event, 'NoticePosted'));
      return context.noticeLevels.includes(level) && !context.notices.some((n) => n.level === level);
    },
    noticeOverAndClear: ({ context, event }) => {
      const over = noticesOverAt(context);
      return context.openObjections.length === 0 && over !== null && ms(ev(event, 'DesignationCompleted').at) >= ms(over);
    },
    lastOpenObjection: ({ context }) => context.openObjections.length === 1,
  },
  actions: {
    recordDeclaration: assign(({ event }) => {
      const e = ev(event, 'InitialCheckDeclared');
      return {
        householdId: e.householdId, villageCode: e.villageCode, year: e.year, incomeYear: e.incomeYear ?? null, noticeLevels: e.noticeLevels ?? [],
        card: e.proposedCard, warnings: e.warnings, declaredBy: e.actor.id, minInspectors: e.minInspectors,
      };
    }),
    recordRevision: assign(({ event }) => {
      const e = ev(event, 'InitialCheckRevised');
      return { card: e.proposedCard, warnings: e.warnings, declaredBy: e.actor.id };
    }),
    recordAppraisal: assign(({ event }) => {
      const e = ev(event, 'AppraisalDecided');
      return { card: e.card, appraisalSigners: e.signatures };
    }),
    recordTownshipReview: assign(({ event }) => {
      const e = ev(event, 'TownshipReviewed');
      return { card: e.card, townshipReviewedBy: e.actor.id };
    }),
    // back to the township: whatever was reviewed, checked, posted or completed is to be done again
    clearReview: assign({ townshipReviewedBy: null, spotCheck: null, notice: null, notices: [], openObjections: [], completedAt: null }),
    openSpotCheck: assign(({ event }) => ({ spotCheck: { roundId: ev(event, 'SampledForSpotCheck').roundId, outcome: null, card: null, signers: [] } })),
    addSpotCheckSignature: assign(({ context, event }) => {
      const e = ev(event, 'SpotCheckSigned');
      const s = context.spotCheck;
      return { spotCheck: { roundId: e.roundId, outcome: e.outcome, card: e.card, signers: [...(s?.signers ?? []), e.actor.id] } };
    }),
    applySpotCheckCard: assign(({ context }) => ({ card: context.spotCheck?.card ?? context.card })),
    recordNotice: assign(({ context, event }) => {
      const e = ev(event, 'NoticePosted');
      return {
        notice: context.notice ?? { id: e.noticeId, startsAt: e.startsAt, endsAt: e.endsAt },
        notices: [...context.notices, { id: e.noticeId, level: levelOf(e), startsAt: e.startsAt, endsAt: e.endsAt }],
      };
    }),
    addObjection: assign(({ context, event }) => ({ openObjections: [...context.openObjections, ev(event, 'ObjectionRaised').objectionId] })),
    removeObjection: assign(({ context, event }) => ({
      openObjections: context.openObjections.filter((id) => id !== ev(event, 'ObjectionResolved').objectionId),
    })),
    recordCompletion: assign(({ event }) => ({ completedAt: ev(event, 'DesignationCompleted').at })),
  },
}).createMachine({
  id: 'fourCardDesignation',
  context: emptyContext,
  initial: 'new',
  states: {
    new: {
      on: { InitialCheckDeclared: { target: 'awaitingAppraisal', actions: 'recordDeclaration' } },
    },
    /** 民主评议: waits for the village meeting */
    awaitingAppraisal: {
      on: {
        AppraisalDecided: [
          { guard: 'appraisalApproved', target: 'awaitingTownshipReview', actions: 'recordAppraisal' },
          { target: 'refused', actions: 'recordAppraisal' },
        ],
        DeclarationWithdrawn: { guard: 'byDeclarer', target: 'withdrawn' },
      },
    },
    /** sent back (退回) by the township: the village re-checks and declares again */
    returnedToVillage: {
      on: {
        InitialCheckRevised: { target: 'awaitingAppraisal', actions: 'recordRevision' },
        DeclarationWithdrawn: { guard: 'byDeclarer', target: 'withdrawn' },
      },
    },
    /** 乡镇复核 */
    awaitingTownshipReview: {
      on: {
        TownshipReviewed: { target: 'awaitingSpotCheck', actions: 'recordTownshipReview' },
        TownshipSentBack: { target: 'returnedToVillage', actions: 'clearReview' },
        TownshipRefused: { target: 'refused' },
        AppraisalWithdrawn: { target: 'awaitingAppraisal' },
      },
    },
    /** 县级抽查: in the township's list, not yet drawn or passed */
    awaitingSpotCheck: {
      on: {
        SampledForSpotCheck: { target: 'spotCheck', actions: 'openSpotCheck' },
        SpotCheckPassed: { target: 'awaitingNotice' },
        TownshipReviewWithdrawn: { target: 'awaitingTownshipReview', actions: 'clearReview' },
      },
    },
    /** drawn into the sample: needs matching signatures of enough distinct inspectors (003: a group of ≥ 2) */
    spotCheck: {
      on: { SpotCheckSigned: { guard: 'spotCheckAgrees', target: 'spotCheckSigned', actions: 'addSpotCheckSignature' } },
    },
    spotCheckSigned: {
      always: [
        { guard: and(['enoughInspectors', 'spotCheckSentBack']), target: 'awaitingTownshipReview', actions: 'clearReview' },
        { guard: and(['enoughInspectors', 'spotCheckRefused']), target: 'refused' },
        { guard: 'enoughInspectors', target: 'awaitingNotice', actions: 'applySpotCheckCard' },
        { target: 'spotCheck' },
      ],
    },
    /** 公示: waits to be put on a notice */
    awaitingNotice: {
      on: { NoticePosted: { target: 'inNotice', actions: 'recordNotice' } },
    },
    inNotice: {
      on: {
        /** the other board's list (乡、村两级): the village's and the township's notice, each once */
        NoticePosted: { guard: 'levelStillToPost', actions: 'recordNotice' },
        ObjectionRaised: { guard: and(['newObjection', 'raisedDuringNotice']), actions: 'addObjection' },
        ObjectionResolved: [
          { guard: and(['objectionOpen', 'objectionUpheld']), target: 'awaitingTownshipReview', actions: 'clearReview' },
          { guard: 'objectionOpen', actions: 'removeObjection' },
        ],
        DesignationCompleted: { guard: 'noticeOverAndClear', target: 'designated', actions: 'recordCompletion' },
      },
    },
    /**
     * 认定: on the county's list of designated households. An objection raised during the notice but entered after
     * the completion (villages work on paper) is not lost: it pulls the designation back until it is handled.
     */
    designated: {
      on: { ObjectionRaised: { guard: and(['newObjection', 'raisedDuringNotice']), target: 'objectionAfterCompletion', actions: 'addObjection' } },
    },
    /** a late-entered objection to a completed designation: upheld → re-verified by the township; dismissed → designated again */
    objectionAfterCompletion: {
      on: {
        ObjectionRaised: { guard: and(['newObjection', 'raisedDuringNotice']), actions: 'addObjection' },
        ObjectionResolved: [
          { guard: and(['objectionOpen', 'objectionUpheld']), target: 'awaitingTownshipReview', actions: 'clearReview' },
          { guard: and(['objectionOpen', 'lastOpenObjection']), target: 'designated', actions: 'removeObjection' },
          { guard: 'objectionOpen', actions: 'removeObjection' },
        ],
      },
    },
    refused: { type: 'final' },
    withdrawn: { type: 'final' },
  },
});
