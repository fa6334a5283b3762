import type { WorkingCalendar } from './calendar.ts';
import { addDays, chinaDateOf, endOfChinaDay, isInstant, isIsoDate, weekdayOf, yearOf, type IsoDate } from './dates.ts';
import type { NoticePeriod } from './policy-schema.ts';
import { err, ok, type Result } from './result.ts';
import { invalidCount, invalidDate, invalidInstant, yearUnknown, type CalendarError } from './calendar-errors.ts';

export type { CalendarError } from './calendar-errors.ts';

const unknownYear = (date: IsoDate, cal: WorkingCalendar): CalendarError | null =>
  cal.coveredYears.has(yearOf(date)) ? null : yearUnknown(yearOf(date));

export const isWorkingDay = (date: IsoDate, cal: WorkingCalendar): Result<boolean, CalendarError> => {
  if (!isIsoDate(date)) return err(invalidDate(date));
  const unknown = unknownYear(date, cal);
  if (unknown) return err(unknown);
  if (cal.workdays.has(date)) return ok(true); // 调休: a make-up Saturday or Sunday is worked
  if (cal.holidays.has(date)) return ok(false);
  const weekday = weekdayOf(date);
  return ok(weekday !== 0 && weekday !== 6);
};

/**
 * The n-th working day after `start` (`start` itself is not counted; n = 0 gives `start`). Refuses with
 * CALENDAR_YEAR_UNKNOWN as soon as a day it has to look at lies in a year the calendar does not know.
 */
export const addWorkingDays = (start: IsoDate, n: number, cal: WorkingCalendar): Result<IsoDate, CalendarError> => {
  if (!isIsoDate(start)) return err(invalidDate(start));
  if (!Number.isInteger(n) || n < 0) return err(invalidCount(n));
  const unknown = unknownYear(start, cal);
  if (unknown) return err(unknown);
  let day = start;
  for (let counted = 0; counted < n; ) {
    day = addDays(day, 1);
    const working = isWorkingDay(day, cal);
    if (!working.ok) return working;
    if (working.value) counted += 1;
  }
  return ok(day);
};

export const addCalendarDays = (start: IsoDate, n: number): Result<IsoDate, CalendarError> => {
  if (!isIsoDate(start)) return err(invalidDate(start));
  if (!Number.isInteger(n)) return err(invalidCount(n));
  return ok(addDays(start, n));
};

/**
 * The last day of a notice posted on `posted` (a China date). As for periods in the Civil Code (民法典 art. 201),
 * the posting day is not counted — a list pinned up at 17:00 has not been seen for a day — and counting starts
 * the next day: 7 calendar days from 3 April end on 10 April, as seed 003's campaign (4/3–4/10) has it; 5 working
 * days are the next 5 days the calendar marks as working, make-up weekend days included.
 */
export const noticeLastDay = (posted: IsoDate, period: NoticePeriod, cal: WorkingCalendar): Result<IsoDate, CalendarError> =>
  period.unit === 'working' ? addWorkingDays(posted, period.days, cal) : addCalendarDays(posted, period.days);

/**
 * When a notice posted at `postedAt` (an ISO instant with offset) ends: 24:00 China Standard Time (UTC+8) of its
 * last day, returned as a UTC ISO instant. An objection raised before that instant is within the notice.
 */
export const noticeEndsAt = (postedAt: string, period: NoticePeriod, cal: WorkingCalendar): Result<string, CalendarError> => {
  if (!isInstant(postedAt)) return err(invalidInstant(postedAt));
  const last = noticeLastDay(chinaDateOf(postedAt), period, cal);
  return last.ok ? ok(endOfChinaDay(last.value)) : last;
};
