import chineseDays from 'chinese-days';
import { describe, expect, it } from 'vitest';
import { chinaWorkingCalendar, PACKAGE_COVERED_YEARS, type WorkingCalendar } from '../../src/domain/calendar.ts';
import { addDays } from '../../src/domain/dates.ts';
import { addCalendarDays, addWorkingDays, isWorkingDay, noticeEndsAt, noticeLastDay } from '../../src/domain/working-days.ts';

const calendarWith = (overrides: unknown = {}): WorkingCalendar => {
  const r = chinaWorkingCalendar(overrides);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
};
const cal = calendarWith();
const working = { days: 5, unit: 'working' } as const;
const value = <T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T => {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
};

describe('the packaged calendar', () => {
  it('covers 2004 through 2026 and nothing else', () => {
    expect([...PACKAGE_COVERED_YEARS].sort()).toEqual(Array.from({ length: 23 }, (_, i) => 2004 + i));
  });

  it('knows the 2024 National Day and 2025 Spring Festival arrangements, make-up weekend days included', () => {
    expect(value(isWorkingDay('2024-09-29', cal))).toBe(true); // Sunday, 调休
    for (let d = 1; d <= 7; d++) expect(value(isWorkingDay(`2024-10-0${d}`, cal))).toBe(false);
    expect(value(isWorkingDay('2024-10-12', cal))).toBe(true); // Saturday, 调休
    expect(value(isWorkingDay('2024-10-13', cal))).toBe(false);
    expect(value(isWorkingDay('2025-01-26', cal))).toBe(true); // Sunday, 调休
    expect(value(isWorkingDay('2025-01-28', cal))).toBe(false);
    expect(value(isWorkingDay('2025-02-04', cal))).toBe(false);
    expect(value(isWorkingDay('2025-02-08', cal))).toBe(true); // Saturday, 调休
  });

  it('agrees with chinese-days on every day it covers', () => {
    const mismatches: string[] = [];
    for (let d = '2004-01-01'; d <= '2026-12-31'; d = addDays(d, 1)) {
      if (value(isWorkingDay(d, cal)) !== chineseDays.isWorkday(d)) mismatches.push(d);
    }
    expect(mismatches).toEqual([]);
  });
});

describe('addWorkingDays', () => {
  it('counts the n-th working day after the start, skipping National Day and counting the make-up Sunday', () => {
    expect(value(addWorkingDays('2024-09-27', 1, cal))).toBe('2024-09-29');
    expect(value(addWorkingDays('2024-09-27', 3, cal))).toBe('2024-10-08');
    expect(value(addWorkingDays('2024-09-27', 0, cal))).toBe('2024-09-27');
  });

  it('counts a make-up Saturday as a working day', () => {
    expect(value(addWorkingDays('2024-10-11', 1, cal))).toBe('2024-10-12');
    expect(value(addWorkingDays('2025-02-07', 1, cal))).toBe('2025-02-08');
  });

  it('refuses a period reaching into a year the calendar does not know, naming the year', () => {
    expect(addWorkingDays('2026-12-28', 5, cal)).toMatchObject({ ok: false, error: { code: 'CALENDAR_YEAR_UNKNOWN', year: 2027 } });
    expect(addWorkingDays('2027-03-01', 1, cal)).toMatchObject({ ok: false, error: { code: 'CALENDAR_YEAR_UNKNOWN', year: 2027 } });
    expect(addWorkingDays('2003-12-30', 1, cal)).toMatchObject({ ok: false, error: { code: 'CALENDAR_YEAR_UNKNOWN', year: 2003 } });
    expect(value(addWorkingDays('2026-12-28', 3, cal))).toBe('2026-12-31');
  });

  it('refuses nonsense input', () => {
    expect(addWorkingDays('2024-02-30', 1, cal)).toMatchObject({ ok: false, error: { code: 'INVALID_DATE' } });
    expect(addWorkingDays('2024-02-01', -1, cal)).toMatchObject({ ok: false, error: { code: 'INVALID_COUNT' } });
    expect(addWorkingDays('2024-02-01', 1.5, cal)).toMatchObject({ ok: false, error: { code: 'INVALID_COUNT' } });
  });
});

describe('addCalendarDays', () => {
  it('crosses months and leap days', () => {
    expect(value(addCalendarDays('2024-02-27', 3))).toBe('2024-03-01');
    expect(value(addCalendarDays('2025-02-27', 3))).toBe('2025-03-02');
    expect(value(addCalendarDays('2030-12-31', 1))).toBe('2031-01-01'); // no holiday data needed
  });
});

describe('noticeEndsAt', () => {
  it('ends a 5-working-day notice posted Friday 2024-09-27 at 24:00 CST on 10 October', () => {
    // 9/29 (make-up Sunday), 9/30, [10/1–10/7 off], 10/8, 10/9, 10/10
    expect(value(noticeLastDay('2024-09-27', working, cal))).toBe('2024-10-10');
    expect(value(noticeEndsAt('2024-09-27T10:00:00+08:00', working, cal))).toBe('2024-10-10T16:00:00.000Z');
  });

  it('ends a 5-working-day notice posted before Spring Festival 2025 on 7 February', () => {
    // posted Fri 1/24: 1/26 (make-up Sunday), 1/27, [1/28–2/4 off], 2/5, 2/6, 2/7
    expect(value(noticeEndsAt('2025-01-24T09:30:00+08:00', working, cal))).toBe('2025-02-07T16:00:00.000Z');
    // posted Wed 2/5: 2/6, 2/7, 2/8 (make-up Saturday), 2/10, 2/11
    expect(value(noticeLastDay('2025-02-05', working, cal))).toBe('2025-02-11');
  });

  it('takes the posting day in China time, whatever offset the instant is written in', () => {
    // 01:30 on 27 September in China is still 26 September in UTC
    expect(value(noticeEndsAt('2024-09-26T17:30:00Z', working, cal))).toBe('2024-10-10T16:00:00.000Z');
    expect(value(noticeEndsAt('2024-09-27T15:59:59Z', working, cal))).toBe('2024-10-10T16:00:00.000Z');
    // 00:00 of Sunday 29 September in China: 9/30, 10/8, 10/9, 10/10, 10/11
    expect(value(noticeEndsAt('2024-09-28T16:00:00Z', working, cal))).toBe('2024-10-11T16:00:00.000Z');
    expect(value(noticeEndsAt('2024-09-29T00:00:00+08:00', working, cal))).toBe('2024-10-11T16:00:00.000Z');
  });

  it('ends a 7-calendar-day notice posted 3 April on 10 April, as seed 003\'s campaign (4/3–4/10)', () => {
    expect(value(noticeEndsAt('2024-04-03T09:00:00+08:00', { days: 7, unit: 'calendar' }, cal))).toBe('2024-04-10T16:00:00.000Z');
  });

  it('refuses a working-day notice reaching an unknown year, and an instant without offset', () => {
    expect(noticeEndsAt('2026-12-29T09:00:00+08:00', working, cal)).toMatchObject({ ok: false, error: { code: 'CALENDAR_YEAR_UNKNOWN', year: 2027 } });
    const r = noticeEndsAt('2026-12-29T09:00:00+08:00', working, cal);
    expect(!r.ok && r.error.zh).toMatch(/2027/);
    expect(noticeEndsAt('2024-09-27T10:00:00', working, cal)).toMatchObject({ ok: false, error: { code: 'INVALID_INSTANT' } });
  });
});

describe('administrator overrides', () => {
  it('adds a year the package does not know', () => {
    const withNext = calendarWith({ 2027: { holidays: ['2027-01-01'], workdays: [] } });
    // 12/29, 12/30, 12/31, [1/1 off], [1/2–1/3 weekend], 1/4, 1/5
    expect(value(addWorkingDays('2026-12-28', 5, withNext))).toBe('2027-01-05');
  });

  it('replaces a year\'s lists entirely', () => {
    const noHolidays = calendarWith({ 2024: { holidays: ['2024-01-01'], workdays: ['2024-10-05'] } });
    expect(value(isWorkingDay('2024-10-01', noHolidays))).toBe(true);
    expect(value(isWorkingDay('2024-09-29', noHolidays))).toBe(false); // its make-up day went with it
    expect(value(isWorkingDay('2024-10-05', noHolidays))).toBe(true);
    expect(value(isWorkingDay('2025-01-28', noHolidays))).toBe(false); // other years untouched
  });

  it('names the path of a bad entry', () => {
    const r = chinaWorkingCalendar({ 2027: { holidays: ['2026-12-31', '2027-02-30'], workdays: ['2027-01-01'] }, 2028: { holidays: [] } });
    const paths = r.ok ? [] : r.error.issues.map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['2027.holidays[1]', '2028.workdays']));
    const clash = chinaWorkingCalendar({ 2027: { holidays: ['2027-01-01', '2026-12-31'], workdays: ['2027-01-01'] } });
    expect(clash.ok ? [] : clash.error.issues.map((i) => `${i.path}: ${i.message}`)).toEqual([
      '2027.holidays[1]: 2026-12-31 is not in 2027',
      '2027.workdays[0]: 2027-01-01 is also a holiday',
      '2027.workdays[0]: 2027-01-01 is not a Saturday or Sunday',
    ]);
  });
});
