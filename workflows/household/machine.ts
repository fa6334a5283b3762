import { setup } from 'xstate';

export const HOUSEHOLD_MACHINE_VERSION = 'household@1';

/** A household's own stream: registered once, then its facts change over time (members, incomes, exclusions). */
export const householdMachine = setup({
  types: { events: {} as { type: 'HouseholdRegistered' } | { type: 'HouseholdFactsChanged' } },
}).createMachine({
  id: 'household',
  initial: 'new',
  states: {
    new: { on: { HouseholdRegistered: 'registered' } },
    registered: { on: { HouseholdFactsChanged: 'registered' } },
  },
});
