import { calendarHorizon, calendarWarning } from '../domain/calendar-horizon.ts';
import type { CalendarHorizon, CalendarWarning } from '../domain/calendar-horizon.ts';
import { chinaDateOf } from '../domain/dates.ts';
import type { Clock } from '../shared/clock.ts';
import type { CalendarView } from './view.ts';

export interface CalendarStatus extends CalendarHorizon {
  /** a warning from this many days before the calendar ends (CALENDAR_WARNING_DAYS) */
  readonly warningDays: number;
  readonly warning: CalendarWarning | null;
}

/** how far ahead the calendar is known today (China date of the injected clock), and the warning if it ends soon */
export const calendarStatus = (services: { calendar: CalendarView; clock: Clock; calendarWarningDays: number }): CalendarStatus => {
  const horizon = calendarHorizon(services.calendar.coveredYears, chinaDateOf(services.clock.now().toISOString()));
  return { ...horizon, warningDays: services.calendarWarningDays, warning: calendarWarning(horizon, services.calendarWarningDays) };
};
