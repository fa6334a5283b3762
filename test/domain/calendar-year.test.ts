import { describe, expect, it } from 'vitest';
import { CalendarView } from '../../src/calendar/view.ts';
import { chinaWorkingCalendar, type WorkingCalendar } from '../../src/domain/calendar.ts';
import { calendarHorizon, calendarWarning } from '../../src/domain/calendar-horizon.ts';
import { calendarYearChanges, calendarYearProblems } from '../../src/domain/calendar-year.ts';
import { noticeEndsAt } from '../../src/domain/working-days.ts';
import type { RecordedEvent } from '../../src/store/types.ts';
import { YEAR_2027 } from '../support/calendar-2027.ts';

const packaged = (overrides: unknown = {}): WorkingCalendar => {
  const r = chinaWorkingCalendar(overrides);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
};
const codes = (days: { year: number; holidays: string[]; workdays: string[] }) => calendarYearProblems(days).map((p) => p.code);
const working5 = { days: 5, unit: 'working' } as const;

describe('the rules every year of the calendar obeys', () => {
  it('accepts a year shaped like the State Council\'s notices, and every year of the packaged data', () => {
    expect(calendarYearProblems(YEAR_2027)).toEqual([]);
    const cal = packaged();
    for (const year of cal.coveredYears) {
      const inYear = (s: ReadonlySet<string>) => [...s].filter((d) => d.startsWith(`${year}-`));
      expect(calendarYearProblems({ year, holidays: inYear(cal.holidays), workdays: inYear(cal.workdays) }), String(year)).toEqual([]);
    }
  });

  it('refuses, naming the dates: another year\'s date, a date twice, a day both off and worked, a weekday make-up day, no New Year\'s Day', () => {
    const base = { year: 2027, holidays: ['2027-01-01'], workdays: ['2027-01-31'] };
    expect(codes({ ...base, holidays: ['2027-01-01', '2028-01-01'] })).toEqual(['CALENDAR_DATE_OUTSIDE_YEAR']);
    expect(codes({ ...base, workdays: ['2026-12-27'] })).toEqual(['CALENDAR_DATE_OUTSIDE_YEAR']);
    expect(codes({ ...base, holidays: ['2027-01-01', '2027-01-01'] })).toEqual(['CALENDAR_DATE_REPEATED']);
    expect(codes({ ...base, holidays: ['2027-01-01', '2027-01-31'] })).toEqual(['CALENDAR_DAY_BOTH_HOLIDAY_AND_WORKDAY']);
    const weekday = calendarYearProblems({ ...base, workdays: ['2027-02-01', '2027-02-20'] });
    expect(weekday).toMatchObject([{ code: 'CALENDAR_MAKEUP_DAY_NOT_WEEKEND', field: 'workdays', dates: ['2027-02-01'] }]);
    expect(weekday[0]?.zh).toContain('2027-02-01');
    expect(codes({ ...base, holidays: ['2027-02-05'] })).toEqual(['CALENDAR_NEW_YEAR_NOT_HOLIDAY']);
  });

  it('CALENDAR_FILE obeys the same rules', () => {
    const r = chinaWorkingCalendar({ 2027: { holidays: ['2027-01-01'], workdays: ['2027-02-01'] } });
    expect(r).toMatchObject({ ok: false, error: { issues: [{ path: '2027.workdays[0]', message: '2027-02-01 is not a Saturday or Sunday' }] } });
    const noNewYear = chinaWorkingCalendar({ 2027: { holidays: ['2027-02-08'], workdays: [] } });
    expect(noNewYear).toMatchObject({ ok: false, error: { issues: [{ path: '2027.holidays', message: "2027-01-01 (New Year's Day) is missing" }] } });
  });

  it('a correction records what it changes', () => {
    expect(calendarYearChanges({ holidays: ['2027-01-01', '2027-06-09'], workdays: [] }, { holidays: ['2027-01-01', '2027-06-10'], workdays: ['2027-06-12'] }))
      .toEqual({ holidaysAdded: ['2027-06-10'], holidaysRemoved: ['2027-06-09'], workdaysAdded: ['2027-06-12'], workdaysRemoved: [] });
  });
});

describe('how far ahead the calendar is known', () => {
  const years = new Set([2025, 2026]);

  it('counts the days to the end of the unbroken run of known years from today', () => {
    expect(calendarHorizon(years, '2026-03-18')).toEqual({ today: '2026-03-18', knownUntil: '2026-12-31', daysAhead: 288, nextYear: 2027 });
    expect(calendarHorizon(years, '2026-12-31').daysAhead).toBe(0);
    // a later year alone does not help: a notice in December stops at the first unknown year
    expect(calendarHorizon(new Set([2026, 2028]), '2026-12-25')).toMatchObject({ knownUntil: '2026-12-31', daysAhead: 6, nextYear: 2027 });
    expect(calendarHorizon(new Set([2026, 2027, 2028]), '2026-12-25')).toMatchObject({ knownUntil: '2028-12-31', nextYear: 2029 });
  });

  it('is negative once the calendar has ended', () => {
    expect(calendarHorizon(years, '2027-01-02')).toEqual({ today: '2027-01-02', knownUntil: '2026-12-31', daysAhead: -2, nextYear: 2027 });
    expect(calendarHorizon(new Set(), '2027-01-02')).toEqual({ today: '2027-01-02', knownUntil: null, daysAhead: -1, nextYear: 2027 });
  });

  it('warns from the warning period before the end (60 days: from 1 November), and after it', () => {
    expect(calendarWarning(calendarHorizon(years, '2026-10-31'), 60)).toBeNull();
    expect(calendarWarning(calendarHorizon(years, '2026-11-01'), 60)).toMatchObject({ code: 'CALENDAR_ENDING', daysAhead: 60, nextYear: 2027 });
    expect(calendarWarning(calendarHorizon(years, '2026-10-31'), 90)).toMatchObject({ code: 'CALENDAR_ENDING' });
    expect(calendarWarning(calendarHorizon(years, '2027-01-01'), 60)).toMatchObject({ code: 'CALENDAR_ENDED', daysAhead: -1 });
  });
});

describe('the calendar view: the start-up calendar with the years published as events over it', () => {
  let position = 0;
  const recorded = (revision: number, type: string, data: object): RecordedEvent => ({
    id: `e${++position}`, stream: `calendar-${(data as { year: number }).year}`, revision, position, type, data: JSON.parse(JSON.stringify(data)) as RecordedEvent['data'],
    metadata: { actor: { id: 'admin-1', capacity: 'admin' }, occurredAt: '2026-11-11T02:00:00.000Z', recordedAt: '2026-11-11T02:00:00.000Z', correlationId: 'c', causationId: null, commandId: null },
    prevHash: '', hash: '',
  });
  const published = { machineVersion: 'calendar@1', ...YEAR_2027, reason: null };

  it('knows a published year without a restart, and a correction supersedes the year\'s earlier lists', () => {
    const view = new CalendarView(packaged());
    expect(noticeEndsAt('2026-12-28T02:00:00.000Z', working5, view)).toMatchObject({ ok: false, error: { code: 'CALENDAR_YEAR_UNKNOWN', year: 2027 } });
    view.apply(recorded(0, 'CalendarYearPublished', published));
    expect(noticeEndsAt('2026-12-28T02:00:00.000Z', working5, view)).toEqual({ ok: true, value: '2027-01-05T16:00:00.000Z' });
    expect(view.originOf(2027)).toBe('published');
    // the correction makes Monday 4 January a holiday too
    view.apply(recorded(1, 'CalendarYearCorrected', {
      ...published, holidays: [...YEAR_2027.holidays, '2027-01-04'].sort(), reason: '更正', supersedes: { origin: 'published', revision: 0 },
      changes: { holidaysAdded: ['2027-01-04'], holidaysRemoved: [], workdaysAdded: [], workdaysRemoved: [] },
    }));
    expect(noticeEndsAt('2026-12-28T02:00:00.000Z', working5, view)).toEqual({ ok: true, value: '2027-01-06T16:00:00.000Z' });
    expect(view.year(2027)?.versions.map((v) => v.revision)).toEqual([0, 1]);
    expect(view.revisionOf(2027)).toBe(1);
    expect(view.year(2026)).toMatchObject({ origin: 'package', versions: [] });
  });

  it('a published year wins over CALENDAR_FILE\'s, and says so', () => {
    const view = new CalendarView(packaged({ 2027: { holidays: ['2027-01-01'], workdays: [] } }));
    expect(view.originOf(2027)).toBe('configuration');
    expect(view.holidays.has('2027-02-08')).toBe(false);
    view.apply(recorded(0, 'CalendarYearCorrected', {
      ...published, reason: '以国务院通知为准', supersedes: { origin: 'configuration', revision: null },
      changes: { holidaysAdded: [], holidaysRemoved: [], workdaysAdded: [], workdaysRemoved: [] },
    }));
    expect(view.originOf(2027)).toBe('published');
    expect(view.holidays.has('2027-02-08')).toBe(true);
    expect(view.supersededConfiguration()).toEqual([2027]);
    // the packaged years are still there
    expect(view.coveredYears.has(2004) && view.holidays.has('2026-10-01')).toBe(true);
  });
});
