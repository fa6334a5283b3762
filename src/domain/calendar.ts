import { z } from 'zod';
import packageData from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import { calendarYearProblems, problemAtDate, type CalendarYearDays } from './calendar-year.ts';
import { configIssues, type ConfigIssue } from './config-issues.ts';
import { IsoDateSchema, yearOf, type IsoDate } from './dates.ts';
import { err, ok, type Result } from './result.ts';

/**
 * Which days China works. Statutory holidays (incl. the weekend days inside a holiday block) are off, make-up
 * working days (调休, a Saturday or Sunday) are on, other days follow Mon–Fri. The State Council publishes
 * each year late in the previous one, so a year is either known or unknown — never guessed: `chinese-days` answers
 * Mon–Fri for years it has no data for, which would silently shorten a notice over an unpublished Spring Festival.
 */
export interface WorkingCalendar {
  readonly coveredYears: ReadonlySet<number>;
  readonly holidays: ReadonlySet<IsoDate>;
  readonly workdays: ReadonlySet<IsoDate>;
  /** where each covered year's days come from, when the calendar says: the packaged data or CALENDAR_FILE */
  readonly origins?: ReadonlyMap<number, CalendarOrigin>;
}

/** 'package': chinese-days as installed; 'configuration': CALENDAR_FILE at start-up */
export type CalendarOrigin = 'package' | 'configuration';

const byYear = (dates: Iterable<string>): Map<number, IsoDate[]> => {
  const map = new Map<number, IsoDate[]>();
  for (const d of dates) map.set(yearOf(d), [...(map.get(yearOf(d)) ?? []), d]);
  return map;
};

const PACKAGE_HOLIDAYS = byYear(Object.keys(packageData.holidays));
const PACKAGE_WORKDAYS = byYear(Object.keys(packageData.workdays));

/** Years the installed chinese-days data knows (2004–2026 in 1.5.7): a year with at least one holiday listed. */
export const PACKAGE_COVERED_YEARS: ReadonlySet<number> = new Set(PACKAGE_HOLIDAYS.keys());

/** A calendar of whole years: each year's lists are all there is to know of it (a later entry of a year wins). */
export const calendarOfYears = (years: Iterable<CalendarYearDays>): Omit<WorkingCalendar, 'origins'> => {
  const byNumber = new Map<number, CalendarYearDays>();
  for (const y of years) byNumber.set(y.year, y);
  const all = [...byNumber.values()];
  return {
    coveredYears: new Set(byNumber.keys()),
    holidays: new Set(all.flatMap((y) => y.holidays)),
    workdays: new Set(all.flatMap((y) => y.workdays)),
  };
};

/** one covered year's days, read back from a calendar (in date order); null for a year it does not know */
export const daysOfYear = (calendar: Omit<WorkingCalendar, 'origins'>, year: number): CalendarYearDays | null => {
  if (!calendar.coveredYears.has(year)) return null;
  const inYear = (dates: ReadonlySet<IsoDate>) => [...dates].filter((d) => yearOf(d) === year).sort();
  return { year, holidays: inYear(calendar.holidays), workdays: inYear(calendar.workdays) };
};

/**
 * An administrator's correction: for each year given, its complete lists replace whatever the package says. The
 * lists obey the rules every year of the calendar obeys (src/domain/calendar-year.ts), also the ones published
 * through the API.
 */
export const CalendarOverridesSchema = z
  .record(
    z.string().regex(/^\d{4}$/, 'expected a four-digit year'),
    z.strictObject({ holidays: z.array(IsoDateSchema), workdays: z.array(IsoDateSchema) }),
  )
  .superRefine((years, ctx) => {
    for (const [year, { holidays, workdays }] of Object.entries(years)) {
      const lists = { holidays, workdays };
      for (const problem of calendarYearProblems({ year: Number(year), holidays, workdays })) {
        for (const date of problem.dates) {
          const i = lists[problem.field].indexOf(date);
          ctx.addIssue({ code: 'custom', path: i < 0 ? [year, problem.field] : [year, problem.field, i], message: problemAtDate(problem.code, date, Number(year)) });
        }
      }
    }
  });
export type CalendarOverrides = z.input<typeof CalendarOverridesSchema>;

export interface CalendarConfigError {
  readonly code: 'CALENDAR_CONFIG_INVALID';
  readonly issues: readonly ConfigIssue[];
}

export const chinaWorkingCalendar = (overrides: unknown = {}): Result<WorkingCalendar, CalendarConfigError> => {
  const parsed = CalendarOverridesSchema.safeParse(overrides);
  if (!parsed.success) {
    return err({ code: 'CALENDAR_CONFIG_INVALID', issues: configIssues(parsed.error) });
  }
  const years: CalendarYearDays[] = [...PACKAGE_COVERED_YEARS].map((year) => ({ year, holidays: PACKAGE_HOLIDAYS.get(year) ?? [], workdays: PACKAGE_WORKDAYS.get(year) ?? [] }));
  const origins = new Map<number, CalendarOrigin>([...PACKAGE_COVERED_YEARS].map((year) => [year, 'package']));
  for (const [year, lists] of Object.entries(parsed.data)) {
    years.push({ year: Number(year), holidays: lists.holidays, workdays: lists.workdays });
    origins.set(Number(year), 'configuration');
  }
  return ok({ ...calendarOfYears(years), origins });
};
