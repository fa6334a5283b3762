import { z } from 'zod';
import packageData from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import { configIssues, type ConfigIssue } from './config-issues.ts';
import { IsoDateSchema, yearOf, type IsoDate } from './dates.ts';
import { err, ok, type Result } from './result.ts';

/**
 * Which days China works. Statutory holidays (incl. the weekend days inside a holiday block) are off, make-up
 * working days (调休, often a Saturday or Sunday) are on, other days follow Mon–Fri. The State Council publishes
 * each year late in the previous one, so a year is either known or unknown — never guessed: `chinese-days` answers
 * Mon–Fri for years it has no data for, which would silently shorten a notice over an unpublished Spring Festival.
 */
export interface WorkingCalendar {
  readonly coveredYears: ReadonlySet<number>;
  readonly holidays: ReadonlySet<IsoDate>;
  readonly workdays: ReadonlySet<IsoDate>;
}

const byYear = (dates: Iterable<string>): Map<number, IsoDate[]> => {
  const map = new Map<number, IsoDate[]>();
  for (const d of dates) map.set(yearOf(d), [...(map.get(yearOf(d)) ?? []), d]);
  return map;
};

const PACKAGE_HOLIDAYS = byYear(Object.keys(packageData.holidays));
const PACKAGE_WORKDAYS = byYear(Object.keys(packageData.workdays));

/** Years the installed chinese-days data knows (2004–2026 in 1.5.7): a year with at least one holiday listed. */
export const PACKAGE_COVERED_YEARS: ReadonlySet<number> = new Set(PACKAGE_HOLIDAYS.keys());

/** An administrator's correction: for each year given, its complete lists replace whatever the package says. */
export const CalendarOverridesSchema = z
  .record(
    z.string().regex(/^\d{4}$/, 'expected a four-digit year'),
    z.strictObject({ holidays: z.array(IsoDateSchema), workdays: z.array(IsoDateSchema) }),
  )
  .superRefine((years, ctx) => {
    for (const [year, { holidays, workdays }] of Object.entries(years)) {
      for (const [kind, dates] of [['holidays', holidays], ['workdays', workdays]] as const) {
        dates.forEach((d, i) => {
          if (yearOf(d) !== Number(year)) ctx.addIssue({ code: 'custom', path: [year, kind, i], message: `${d} is not in ${year}` });
          if (kind === 'workdays' && holidays.includes(d)) ctx.addIssue({ code: 'custom', path: [year, kind, i], message: `${d} is also a holiday` });
        });
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
  const holidays = new Map(PACKAGE_HOLIDAYS);
  const workdays = new Map(PACKAGE_WORKDAYS);
  for (const [year, lists] of Object.entries(parsed.data)) {
    holidays.set(Number(year), lists.holidays);
    workdays.set(Number(year), lists.workdays);
  }
  return ok({
    coveredYears: new Set([...PACKAGE_COVERED_YEARS, ...Object.keys(parsed.data).map(Number)]),
    holidays: new Set([...holidays.values()].flat()),
    workdays: new Set([...workdays.values()].flat()),
  });
};
