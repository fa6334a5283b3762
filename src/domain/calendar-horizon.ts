import { daysBetween, yearOf, type IsoDate } from './dates.ts';

/**
 * How far ahead the working-day calendar reaches from a day: the last day of the unbroken run of known years that
 * holds it. A year known further on does not help: a notice posted in December stops at the first unknown year.
 */
export interface CalendarHorizon {
  /** the China date the horizon is measured from */
  readonly today: IsoDate;
  /** the last day every day up to which is known; null when the calendar knows no year up to today at all */
  readonly knownUntil: IsoDate | null;
  /** days from today to knownUntil (0: today is the last known day; negative: the calendar ran out that many days ago; -1 when it knows nothing) */
  readonly daysAhead: number;
  /** the first year the calendar does not know after knownUntil: the one to publish next */
  readonly nextYear: number;
}

export const calendarHorizon = (coveredYears: ReadonlySet<number>, today: IsoDate): CalendarHorizon => {
  const year = yearOf(today);
  let last: number | null = null;
  if (coveredYears.has(year)) {
    last = year;
    while (coveredYears.has(last + 1)) last += 1;
  } else {
    const earlier = [...coveredYears].filter((y) => y < year);
    last = earlier.length > 0 ? Math.max(...earlier) : null;
  }
  if (last === null) return { today, knownUntil: null, daysAhead: -1, nextYear: year };
  const knownUntil = `${String(last).padStart(4, '0')}-12-31`;
  return { today, knownUntil, daysAhead: daysBetween(today, knownUntil), nextYear: last + 1 };
};

/** the default of CALENDAR_WARNING_DAYS */
export const DEFAULT_CALENDAR_WARNING_DAYS = 60;

export type CalendarWarningCode = 'CALENDAR_ENDING' | 'CALENDAR_ENDED';

/** what /ready and the log say when the calendar is about to end or has ended */
export interface CalendarWarning {
  readonly code: CalendarWarningCode;
  readonly knownUntil: IsoDate | null;
  readonly daysAhead: number;
  readonly nextYear: number;
  readonly warningDays: number;
  readonly zh: string;
  readonly en: string;
}

/**
 * A warning from `warningDays` days before the calendar's end (policy; 60 by default: the State Council publishes
 * in November or December, and a notice of 5 working days posted in the last week of December already needs the
 * next year), and once it has ended. None before.
 */
export const calendarWarning = (horizon: CalendarHorizon, warningDays: number): CalendarWarning | null => {
  const { knownUntil, daysAhead, nextYear } = horizon;
  if (knownUntil !== null && daysAhead > warningDays) return null;
  const base = { knownUntil, daysAhead, nextYear, warningDays };
  if (knownUntil === null || daysAhead < 0) {
    return {
      code: 'CALENDAR_ENDED', ...base,
      zh: `工作日历${knownUntil === null ? '没有任何年份' : `已于${knownUntil}结束`}：涉及${nextYear}年的工作日公示一律无法计算截止日，请立即录入${nextYear}年节假日安排（POST /calendar/years）`,
      en: `The working-day calendar ${knownUntil === null ? 'knows no year' : `ended on ${knownUntil}`}: no working-day notice reaching ${nextYear} can be scheduled; publish ${nextYear}'s holidays now (POST /calendar/years)`,
    };
  }
  return {
    code: 'CALENDAR_ENDING', ...base,
    zh: `工作日历只到${knownUntil}（还剩${daysAhead}天）：国务院公布${nextYear}年节假日安排后，请录入（POST /calendar/years）`,
    en: `The working-day calendar ends on ${knownUntil} (${daysAhead} days ahead): publish ${nextYear}'s holidays once the State Council announces them (POST /calendar/years)`,
  };
};
