import { defineChain } from '../engine/chain.ts';
import { CALENDAR_MACHINE_VERSION, calendarMachines } from '../../workflows/calendar/machine.ts';

/** the working-day calendar, one stream per year: 'calendar-2027', decided by workflows/calendar/machine.ts */
export const calendarChain = defineChain('calendar', CALENDAR_MACHINE_VERSION, calendarMachines);

export const PUBLISHED = 'CalendarYearPublished';
export const CORRECTED = 'CalendarYearCorrected';
