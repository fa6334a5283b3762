import { and, assign, setup } from 'xstate';
import type { Signer } from '../signatures.ts';

/**
 * 'household@1' grew the review and supervision steps by adding transitions only: every stream stored before
 * replays to the same state under it, so the version did not change.
 */
export const HOUSEHOLD_MACHINE_VERSION = 'household@1';

type HouseholdEvent = { actor: Signer } & (
  | { type: 'HouseholdRegistered' }
  | { type: 'HouseholdFactsChanged' }
  | { type: 'HouseholdDataReviewed' } // 审核
  | { type: 'HouseholdDataSupervised' } // 监督
  | { type: 'HouseholdPersonalDataErased' } // 个人信息删除 (PIPL art. 47)
);

interface HouseholdContext {
  /** who entered the facts as they stand (录入) */
  enteredBy: string | null;
  reviewedBy: string | null;
  supervisedBy: string | null;
}

/**
 * A household's own stream: registered once, then its facts change over time (members, incomes, exclusions).
 * Seed 002: each entry is made by one person, reviewed by a second and supervised by a third (1人录入、1人审核、
 * 1人监督); a change of the facts starts that over.
 */
export const householdMachine = setup({
  types: { context: {} as HouseholdContext, events: {} as HouseholdEvent },
  guards: {
    notTheEnterer: ({ context, event }) => event.actor.id !== context.enteredBy,
    notTheReviewer: ({ context, event }) => event.actor.id !== context.reviewedBy,
    notYetReviewed: ({ context }) => context.reviewedBy === null,
    reviewedNotSupervised: ({ context }) => context.reviewedBy !== null && context.supervisedBy === null,
  },
  actions: {
    recordEntry: assign(({ event }) => ({ enteredBy: event.actor.id, reviewedBy: null, supervisedBy: null })),
    recordReview: assign(({ event }) => ({ reviewedBy: event.actor.id })),
    recordSupervision: assign(({ event }) => ({ supervisedBy: event.actor.id })),
  },
}).createMachine({
  id: 'household',
  context: { enteredBy: null, reviewedBy: null, supervisedBy: null },
  initial: 'new',
  states: {
    new: { on: { HouseholdRegistered: { target: 'registered', actions: 'recordEntry' } } },
    registered: {
      on: {
        HouseholdFactsChanged: { target: 'registered', reenter: true, actions: 'recordEntry' },
        HouseholdDataReviewed: { guard: and(['notYetReviewed', 'notTheEnterer']), actions: 'recordReview' },
        HouseholdDataSupervised: { guard: and(['reviewedNotSupervised', 'notTheEnterer', 'notTheReviewer']), actions: 'recordSupervision' },
        // erasure ends the household's record: nothing can be entered, reviewed or changed about a person erased
        HouseholdPersonalDataErased: { target: 'erased' },
      },
    },
    erased: { type: 'final' },
  },
});
