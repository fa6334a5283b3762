import { and, assign, setup } from 'xstate';
import type { ListedVillageEvent, ListedVillageEventOf } from './events.ts';

export const LISTED_VILLAGE_MACHINE_VERSION = 'listedVillage@1';

export interface ListedVillageContext {
  villageCode: string;
  selection: { baseYear: number; notEscapedPeople: number; threshold: number } | null;
  residentUnit: string;
  leader: { personId: string; name: string } | null;
  fromMonth: string;
  untilMonth: string;
  /** months whose progress report has been filed (YYYY-MM) */
  reported: string[];
  supervised: string[];
}

export const emptyListedVillage: ListedVillageContext = {
  villageCode: '', selection: null, residentUnit: '', leader: null, fromMonth: '', untilMonth: '', reported: [], supervised: [],
};

const ev = <T extends ListedVillageEvent['type']>(event: ListedVillageEvent, _type: T) => event as ListedVillageEventOf<T>;
const monthOf = (event: ListedVillageEvent): string => (event as { month?: string }).month ?? '';

/**
 * 挂牌督战村 (000): listed on the policy's selection, with its resident unit (驻村单位) and supervising leader
 * (督战领导); supervised monthly with the county's monthly inspection (its findings enter the ledger as problems),
 * and reporting its progress to the county each month, in the last third of the month.
 */
export const listedVillageMachine = setup({
  types: { context: {} as ListedVillageContext, events: {} as ListedVillageEvent },
  guards: {
    inPeriod: ({ context, event }) => monthOf(event) >= context.fromMonth && monthOf(event) <= context.untilMonth,
    notReportedYet: ({ context, event }) => !context.reported.includes(monthOf(event)),
  },
  actions: {
    recordListing: assign(({ event }) => {
      const e = ev(event, 'VillageListed');
      return { villageCode: e.villageCode, selection: e.selection, residentUnit: e.residentUnit, leader: e.leader, fromMonth: e.fromMonth, untilMonth: e.untilMonth };
    }),
    recordReport: assign(({ context, event }) => ({ reported: [...context.reported, monthOf(event)] })),
    recordSupervision: assign(({ context, event }) => ({ supervised: [...new Set([...context.supervised, monthOf(event)])] })),
  },
}).createMachine({
  id: 'listedVillage',
  context: emptyListedVillage,
  initial: 'new',
  states: {
    new: { on: { VillageListed: { target: 'listed', actions: 'recordListing' } } },
    listed: {
      on: {
        ListedVillageReportFiled: { guard: and(['inPeriod', 'notReportedYet']), actions: 'recordReport' },
        ListedVillageSupervised: { guard: 'inPeriod', actions: 'recordSupervision' },
      },
    },
  },
});
