import { weekdayOf, yearOf, type IsoDate } from './dates.ts';

/**
 * One year of China's working-day calendar as the State Council publishes it (国务院办公厅关于…年部分节假日安排的通知):
 * every day off of the holiday blocks (the weekend days inside a block included) and the make-up working days (调休).
 * Every other day follows Monday–Friday.
 */
export interface CalendarYearDays {
  readonly year: number;
  readonly holidays: readonly IsoDate[];
  readonly workdays: readonly IsoDate[];
}

export type CalendarYearProblemCode =
  | 'CALENDAR_DATE_OUTSIDE_YEAR'
  | 'CALENDAR_DATE_REPEATED'
  | 'CALENDAR_DAY_BOTH_HOLIDAY_AND_WORKDAY'
  | 'CALENDAR_MAKEUP_DAY_NOT_WEEKEND'
  | 'CALENDAR_NEW_YEAR_NOT_HOLIDAY';

/** a reason the lists of a year cannot be the year's calendar, naming the dates at fault */
export interface CalendarYearProblem {
  readonly code: CalendarYearProblemCode;
  readonly field: 'holidays' | 'workdays';
  readonly dates: readonly IsoDate[];
  readonly zh: string;
  readonly en: string;
}

const repeated = (dates: readonly IsoDate[]): IsoDate[] => [...new Set(dates.filter((d, i) => dates.indexOf(d) !== i))];

/**
 * What is wrong with a year's lists (the dates are assumed to be real YYYY-MM-DD dates, checked at the edge): a date
 * of another year, a date listed twice, a day both off and worked, a make-up working day that is not a Saturday or
 * Sunday (a make-up day moves a weekend day into the week, so it is one), no New Year's Day (元旦, 1 January, is a
 * statutory holiday every year: a list without it is not a whole year).
 */
export const calendarYearProblems = ({ year, holidays, workdays }: CalendarYearDays): CalendarYearProblem[] => {
  const problems: CalendarYearProblem[] = [];
  for (const [field, dates] of [['holidays', holidays], ['workdays', workdays]] as const) {
    const outside = dates.filter((d) => yearOf(d) !== year);
    if (outside.length > 0) {
      problems.push({ code: 'CALENDAR_DATE_OUTSIDE_YEAR', field, dates: outside, zh: `日期不在${year}年内：${outside.join('、')}`, en: `Not in ${year}: ${outside.join(', ')}` });
    }
    const twice = repeated(dates);
    if (twice.length > 0) {
      problems.push({ code: 'CALENDAR_DATE_REPEATED', field, dates: twice, zh: `日期重复：${twice.join('、')}`, en: `Listed twice: ${twice.join(', ')}` });
    }
  }
  const both = [...new Set(workdays.filter((d) => holidays.includes(d)))];
  if (both.length > 0) {
    problems.push({ code: 'CALENDAR_DAY_BOTH_HOLIDAY_AND_WORKDAY', field: 'workdays', dates: both, zh: `同一天既是假日又是调休上班日：${both.join('、')}`, en: `Both a holiday and a make-up working day: ${both.join(', ')}` });
  }
  const weekdays = workdays.filter((d) => weekdayOf(d) !== 0 && weekdayOf(d) !== 6);
  if (weekdays.length > 0) {
    problems.push({ code: 'CALENDAR_MAKEUP_DAY_NOT_WEEKEND', field: 'workdays', dates: weekdays, zh: `调休上班日须为周六或周日：${weekdays.join('、')}`, en: `A make-up working day must be a Saturday or Sunday: ${weekdays.join(', ')}` });
  }
  const newYear = `${String(year).padStart(4, '0')}-01-01`;
  if (!holidays.includes(newYear)) {
    problems.push({ code: 'CALENDAR_NEW_YEAR_NOT_HOLIDAY', field: 'holidays', dates: [newYear], zh: `假日中缺少元旦（${newYear}），不是完整的一年`, en: `New Year's Day (${newYear}) is missing from the holidays: not a whole year` });
  }
  return problems;
};

const AT_DATE: Record<CalendarYearProblemCode, (date: IsoDate, year: number) => string> = {
  CALENDAR_DATE_OUTSIDE_YEAR: (d, year) => `${d} is not in ${year}`,
  CALENDAR_DATE_REPEATED: (d) => `${d} is listed twice`,
  CALENDAR_DAY_BOTH_HOLIDAY_AND_WORKDAY: (d) => `${d} is also a holiday`,
  CALENDAR_MAKEUP_DAY_NOT_WEEKEND: (d) => `${d} is not a Saturday or Sunday`,
  CALENDAR_NEW_YEAR_NOT_HOLIDAY: (d) => `${d} (New Year's Day) is missing`,
};

/** a problem as it concerns one of its dates (for a file's issues, which name the entry at fault) */
export const problemAtDate = (code: CalendarYearProblemCode, date: IsoDate, year: number): string => AT_DATE[code](date, year);

/** the lists in date order: how a year is stored and shown */
export const sortedYear = (days: CalendarYearDays): CalendarYearDays => ({
  year: days.year,
  holidays: [...days.holidays].sort(),
  workdays: [...days.workdays].sort(),
});

export interface CalendarYearChanges {
  readonly holidaysAdded: readonly IsoDate[];
  readonly holidaysRemoved: readonly IsoDate[];
  readonly workdaysAdded: readonly IsoDate[];
  readonly workdaysRemoved: readonly IsoDate[];
}

/** what a correction changes in the days it supersedes */
export const calendarYearChanges = (before: Omit<CalendarYearDays, 'year'>, after: Omit<CalendarYearDays, 'year'>): CalendarYearChanges => {
  const minus = (a: readonly IsoDate[], b: readonly IsoDate[]) => a.filter((d) => !b.includes(d)).sort();
  return {
    holidaysAdded: minus(after.holidays, before.holidays),
    holidaysRemoved: minus(before.holidays, after.holidays),
    workdaysAdded: minus(after.workdays, before.workdays),
    workdaysRemoved: minus(before.workdays, after.workdays),
  };
};
