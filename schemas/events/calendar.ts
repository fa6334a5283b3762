import { defineEvent } from '../define.ts';
import { CalendarYearCorrectedDataSchema, CalendarYearPublishedDataSchema } from '../../src/calendar/events.ts';
import { fromZod } from './common.ts';

/** The working-day calendar (workflows/calendar, src/calendar): one stream per year, `calendar-<year>`. */
const event = defineEvent('calendar');

export const calendarEvents = [
  event('CalendarYearPublished', 1, '发布年度节假日安排 / Calendar year published',
    'An administrator enters a year\'s holidays and make-up working days (调休) from the State Council\'s notice; notices reaching that year can then be scheduled.',
    fromZod(CalendarYearPublishedDataSchema)),
  event('CalendarYearCorrected', 1, '更正年度节假日安排 / Calendar year corrected',
    'A year already known (packaged data, CALENDAR_FILE or an earlier event) gets complete new lists that supersede the ones before; the reason and the changed days are recorded. Notices already posted keep the end they were given.',
    fromZod(CalendarYearCorrectedDataSchema)),
];
