import type { AnyStateMachine } from 'xstate';
import { setup } from 'xstate';

export const CALENDAR_MACHINE_VERSION = 'calendar@1';

type CalendarYearEvent = { type: 'CalendarYearPublished' } | { type: 'CalendarYearCorrected' };

/**
 * One year of the working-day calendar ('calendar-<year>'): published once, then corrected any number of times. A
 * correction never changes what was published: it is a new event that supersedes the one before it, and the first
 * event of a year the packaged data or CALENDAR_FILE already knew is a correction of that. The year's days are in
 * the events (src/calendar/view.ts folds them); the machine only keeps the order of publication and correction.
 */
export const calendarYearMachine = setup({
  types: { events: {} as CalendarYearEvent },
}).createMachine({
  id: 'calendarYear',
  initial: 'unpublished',
  states: {
    unpublished: { on: { CalendarYearPublished: 'published', CalendarYearCorrected: 'published' } },
    published: { on: { CalendarYearCorrected: 'published' } },
  },
});

export const calendarMachines: Readonly<Record<string, AnyStateMachine>> = { [CALENDAR_MACHINE_VERSION]: calendarYearMachine };
