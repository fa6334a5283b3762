import { assign, setup } from 'xstate';

export const LISTS_MACHINE_VERSION = 'lists@1';

/** the three capacities whose signatures make an appraisal meeting's decisions take effect (民主评议) */
export const APPRAISAL_SIGNERS = ['firstSecretary', 'partySecretary', 'villageDirector'] as const;

type MeetingEvent =
  | { type: 'AppraisalMeetingRecorded' }
  | { type: 'AppraisalMeetingSigned'; capacities: string[] }
  | { type: 'AppraisalMeetingApplied' };

/** 民主评议会: recorded, signed by the first secretary, the party secretary and the village director, then applied. */
export const appraisalMeetingMachine = setup({
  types: { context: {} as { signed: string[] }, events: {} as MeetingEvent },
  guards: {
    addsACapacity: ({ context, event }) =>
      event.type === 'AppraisalMeetingSigned' && event.capacities.some((c) => !context.signed.includes(c) && (APPRAISAL_SIGNERS as readonly string[]).includes(c)),
    allSigned: ({ context }) => APPRAISAL_SIGNERS.every((c) => context.signed.includes(c)),
  },
  actions: {
    addSignature: assign({
      signed: ({ context, event }) => (event.type === 'AppraisalMeetingSigned' ? [...new Set([...context.signed, ...event.capacities])] : context.signed),
    }),
  },
}).createMachine({
  id: 'appraisalMeeting',
  context: { signed: [] },
  initial: 'new',
  states: {
    new: { on: { AppraisalMeetingRecorded: 'signing' } },
    signing: {
      always: { guard: 'allSigned', target: 'signed' },
      on: { AppraisalMeetingSigned: { guard: 'addsACapacity', actions: 'addSignature', target: 'signing', reenter: true } },
    },
    signed: { on: { AppraisalMeetingApplied: 'applied' } },
    applied: { type: 'final' },
  },
});

/** 县级抽查轮次: opened with its drawn sample, closed when the county passes the rest. */
export const spotCheckRoundMachine = setup({
  types: { events: {} as { type: 'SpotCheckRoundOpened' } | { type: 'SpotCheckRoundClosed' } },
}).createMachine({
  id: 'spotCheckRound',
  initial: 'new',
  states: {
    new: { on: { SpotCheckRoundOpened: 'open' } },
    open: { on: { SpotCheckRoundClosed: 'closed' } },
    closed: { type: 'final' },
  },
});

/** 公示: a list posted with a start and a computed end. */
export const noticeMachine = setup({
  types: { events: {} as { type: 'NoticeListPosted' } },
}).createMachine({
  id: 'notice',
  initial: 'new',
  states: { new: { on: { NoticeListPosted: 'posted' } }, posted: {} },
});
