import { expect } from 'vitest';
import { addDays } from '../../src/domain/dates.ts';
import { tokenFor } from './app.ts';
import type { Person, TestApp } from './app.ts';

const run = (from: string, days: number): string[] => Array.from({ length: days }, (_, i) => addDays(from, i));

/**
 * A 2027 for tests, shaped like the State Council's notices (blocks with their weekend days, make-up Saturdays and
 * Sundays) but invented: the real 2027 arrangement is published late in 2026.
 */
export const YEAR_2027 = {
  year: 2027,
  holidays: [
    ...run('2027-01-01', 3), // 元旦 Fri–Sun
    ...run('2027-02-05', 9), // 春节
    ...run('2027-04-03', 3), // 清明
    ...run('2027-05-01', 5), // 劳动节
    '2027-06-09', // 端午
    '2027-09-15', // 中秋
    ...run('2027-10-01', 7), // 国庆
  ],
  workdays: ['2027-01-31', '2027-02-20', '2027-04-25', '2027-05-08', '2027-09-26', '2027-10-09'],
  source: { title: '国务院办公厅关于2027年部分节假日安排的通知', documentNumber: '国办发明电〔2026〕99号', publishedOn: '2026-11-10', url: 'https://www.gov.cn/zhengce/content/2026-11/10/content_0000000.htm' },
};

export const CALENDAR_ADMIN: Person = { id: 'calendar-admin', roles: ['admin'], jurisdiction: '', name: '系统管理员' };

/**
 * Publishes YEAR_2027 through the API, as an administrator does each November (README, "The calendar duty"). For an
 * app shared by many tests whose clock runs into 2027 (each monitoring case waits out its own notice): a working-day
 * notice reaching 2027 is refused (CALENDAR_YEAR_UNKNOWN) until the year is published.
 */
export const publishYear2027 = async (t: TestApp): Promise<void> => {
  const res = await t.app.inject({ method: 'POST', url: '/calendar/years', payload: YEAR_2027, headers: { authorization: `Bearer ${tokenFor(CALENDAR_ADMIN, t.clock)}` } });
  expect(res.statusCode, res.body).toBe(201);
};
