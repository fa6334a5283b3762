import { and, assign, setup } from 'xstate';
import { emptyContext } from './context.ts';
import type { ManagementContext } from './context.ts';
import type { EventOf, ManagementEvent } from './events.ts';

export const MANAGEMENT_MACHINE_VERSION = 'management@1';

const ev = <T extends ManagementEvent['type']>(event: ManagementEvent, _type: T) => event as EventOf<T>;

/**
 * A carded household under 分类帮扶、动态管理 (seeds 000/003, sections 四 and 五):
 *
 * started from its designation's completion (the card and since when) → managed: paired cadre (结对帮扶干部), for a
 * red card with daily difficulties a named helper (户帮户亲帮亲), for a blue card the township office with the village
 * poverty specialist, a plan (一户一策), contacts and visits, assistance measures, early warnings to the monitoring
 * chain → every review or re-classification (动态调整) goes 村级申报 → 乡镇核查 → 县扶贫办核定, the card kept, changed
 * or removed. Day-to-day work goes on while a re-classification is under way.
 *
 * Pure: every time, person and number it needs arrives in the event or was recorded in the context.
 */
/** the work of every managed step, whatever re-classification is under way: pairing, care, plan, contacts, assistance */
const ongoingWork = {
        CadrePaired: { guard: 'replacementHasReason', actions: 'recordCadre' },
        ResponsibleHelperNamed: { guard: 'isRed', actions: 'recordHelper' },
        BlueCareAssigned: { guard: 'isBlue', actions: 'recordBlueCare' },
        HouseholdPlanRecorded: { actions: 'recordPlan' },
        ContactLogged: { actions: 'recordContact' },
        EarlyWarningRaised: { actions: 'recordWarning' },
        AssistanceRecorded: { actions: 'recordAssistance' },
} as const;

export const managementMachine = setup({
  types: { context: {} as ManagementContext, events: {} as ManagementEvent },
  guards: {
    isRed: ({ context }) => context.card === 'red',
    isBlue: ({ context }) => context.card === 'blue',
    /** 结对帮扶干部 are replaced only for a reason */
    replacementHasReason: ({ context, event }) => context.cadre === null || (ev(event, 'CadrePaired').reason ?? '').trim() !== '',
    /** 乡镇核查 is not by whoever declared (谁调查谁签字, and nobody checks their own declaration) */
    checkerIsNotDeclarer: ({ context, event }) => context.pending !== null && context.pending.declaredBy !== event.actor.id,
    checkAgreed: ({ event }) => ev(event, 'ReclassificationChecked').outcome === 'agreed',
    checkSentBack: ({ event }) => ev(event, 'ReclassificationChecked').outcome === 'sentBack',
    confirmerIsNotChecker: ({ context, event }) => context.pending !== null && context.pending.checkedBy !== event.actor.id && context.pending.declaredBy !== event.actor.id,
    /** the outcome says what the card does: kept (same card), changed (another card), removed (no card) */
    outcomeMatchesCard: ({ context, event }) => {
      const e = ev(event, 'ReclassificationConfirmed');
      return e.outcome === 'removed' ? e.card === null
        : e.outcome === 'kept' ? e.card === context.card
          : e.card !== null && e.card !== context.card;
    },
    removed: ({ event }) => ev(event, 'ReclassificationConfirmed').outcome === 'removed',
  },
  actions: {
    recordStart: assign(({ event }) => {
      const e = ev(event, 'ManagementStarted');
      return {
        householdId: e.householdId, villageCode: e.villageCode, designationId: e.designationId, card: e.card, cardSince: e.cardSince,
        notEscaped: e.notEscaped, cadre: e.cadre && { ...e.cadre, since: e.occurredAt },
      };
    }),
    recordCadre: assign(({ event }) => ({ cadre: { ...ev(event, 'CadrePaired').cadre, since: event.occurredAt } })),
    recordHelper: assign(({ event }) => ({ helper: { ...ev(event, 'ResponsibleHelperNamed').helper, since: event.occurredAt } })),
    recordBlueCare: assign(({ event }) => {
      const e = ev(event, 'BlueCareAssigned');
      return { blueCare: { townshipOffice: e.townshipOffice, specialist: e.specialist, since: e.occurredAt } };
    }),
    recordPlan: assign(({ event }) => {
      const e = ev(event, 'HouseholdPlanRecorded');
      return { plan: { planId: e.planId, recordedAt: e.occurredAt, measures: e.measures.length } };
    }),
    recordContact: assign(({ context, event }) => ({ lastContactAt: context.lastContactAt !== null && Date.parse(context.lastContactAt) > Date.parse(event.occurredAt) ? context.lastContactAt : event.occurredAt })),
    recordWarning: assign(({ context, event }) => ({ monitoringCaseIds: [...context.monitoringCaseIds, ev(event, 'EarlyWarningRaised').monitoringCaseId] })),
    recordDeclaration: assign(({ event }) => {
      const e = ev(event, 'ReclassificationDeclared');
      return { pending: { id: e.reclassificationId, year: e.year, proposedCard: e.proposedCard, declaredBy: e.actor.id, declaredAt: e.occurredAt, checkedBy: null, checkedCard: null }, warnings: e.warnings };
    }),
    recordCheck: assign(({ context, event }) => {
      const e = ev(event, 'ReclassificationChecked');
      return { pending: context.pending && { ...context.pending, checkedBy: e.actor.id, checkedCard: e.card }, warnings: [...context.warnings, ...e.warnings] };
    }),
    clearPending: assign({ pending: null }),
    recordConfirmation: assign(({ context, event }) => {
      const e = ev(event, 'ReclassificationConfirmed');
      const changed = e.card !== context.card;
      return {
        card: e.card ?? context.card,
        cardSince: changed ? e.occurredAt : context.cardSince,
        // a red card's helper goes with the red card; blue care with the blue card
        helper: e.card === 'red' ? context.helper : null,
        blueCare: e.card === 'blue' ? context.blueCare : null,
        pending: null,
        lastReviewedAt: e.occurredAt,
        warnings: [],
        removedAt: e.outcome === 'removed' ? e.occurredAt : null,
      };
    }),
    recordAssistance: assign(({ context, event }) => {
      const m = ev(event, 'AssistanceRecorded').measure;
      if (m.kind !== 'temporaryRelief' || m.amount === null) return {};
      const year = String(m.year);
      return { reliefByYear: { ...context.reliefByYear, [year]: (context.reliefByYear[year] ?? 0) + m.amount } };
    }),
  },
}).createMachine({
  id: 'management',
  context: emptyContext,
  initial: 'new',
  states: {
    new: {
      on: { ManagementStarted: { target: 'managed', actions: 'recordStart' } },
    },
    /** 分类帮扶、动态管理: the card holds; duties come due */
    managed: {
      on: {
        ...ongoingWork,
        ReclassificationDeclared: { target: 'declared', actions: 'recordDeclaration' },
      },
    },
    /** 村级申报: awaiting the township's check */
    declared: {
      on: {
        ...ongoingWork,
        ReclassificationChecked: [
          { guard: and(['checkerIsNotDeclarer', 'checkAgreed']), target: 'checked', actions: 'recordCheck' },
          { guard: and(['checkerIsNotDeclarer', 'checkSentBack']), target: 'managed', actions: 'clearPending' },
        ],
      },
    },
    /** 乡镇核查 agreed: awaiting the county office's confirmation */
    checked: {
      on: {
        ...ongoingWork,
        ReclassificationConfirmed: [
          { guard: and(['confirmerIsNotChecker', 'outcomeMatchesCard', 'removed']), target: 'removed', actions: 'recordConfirmation' },
          { guard: and(['confirmerIsNotChecker', 'outcomeMatchesCard']), target: 'managed', actions: 'recordConfirmation' },
        ],
      },
    },
    /** the card was removed (e.g. no longer a special-hardship household): management ends, the trail stays */
    removed: { type: 'final' },
  },
});
