import { registerMaybeEdge } from '../support/edge-household.ts';
import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hmacKey } from '../../src/auth/keys.ts';
import { ROLES } from '../../src/auth/roles.ts';
import { buildApp } from '../../src/http/app.ts';
import { createLogger } from '../../src/http/logger.ts';
import { ManualClock } from '../../src/shared/clock.ts';
import { sequentialIds } from '../../src/shared/ids.ts';
import { MemoryEventStore } from '../../src/store/memory.ts';
import { AUDIENCE, SECRET, startApp } from '../support/app.ts';
import type { Person, TestApp } from '../support/app.ts';
import { YEAR_2027 } from '../support/calendar-2027.ts';
import { P, edgeHousehold, http, ok, refused, signedLetter, villageMeeting } from './monitoring/helpers.ts';

const ADMIN: Person = { id: 'admin-1', roles: ['admin'], jurisdiction: '', name: '系统管理员' };
const NOTICE_START = '2026-12-28T02:00:00.000Z'; // Monday 28 December, 10:00 China time
/** 12-29, 12-30, 12-31, (1-1 … 1-3 off), 1-4, 1-5: 24:00 China time of 5 January */
const NOTICE_END = '2027-01-05T16:00:00.000Z';

interface YearAnswer {
  year: number;
  origin: string;
  holidays: string[];
  workdays: string[];
  source: { title: string; documentNumber: string } | null;
  reason: string | null;
  revision: number | null;
  versions: Array<{ revision: number; type: string; reason: string | null; supersedes: unknown; changes: unknown; actor: { id: string; capacity?: string } }>;
  calendar?: { knownUntil: string; daysAhead: number };
}
interface Ready { status: string; calendarKnownUntil: string | null; calendarDaysAhead: number; warnings: Array<{ code: string; message_zh: string; daysAhead?: number }> }

let t: TestApp;
beforeEach(async () => { t = await startApp({ clock: new ManualClock('2026-11-10T02:00:00.000Z') }); });
afterEach(async () => { await t.close(); });

const publish = (app: TestApp, body: object, who: Person = ADMIN, headers: Record<string, string> = {}) => http(app).post(who, '/calendar/years', body, headers);
const ready = async (app: TestApp) => ok<Ready>(await app.app.inject({ method: 'GET', url: '/ready' }));

/** a monitoring case of instance `app` waiting for its village notice (the clock is left at the notice's day) */
const awaitingNotice = async (app: TestApp, seq: number) => {
  app.clock.set('2026-12-21T01:00:00.000Z');
  const api = http(app);
  const householdId = await registerMaybeEdge(app, edgeHousehold(seq), async (household) => ok<{ id: string }>(await api.post(P.investigator, '/households', { household }), 201).id);
  const c = ok(await api.post(P.clerk, '/monitoring-cases', {
    householdId, year: 2025, source: 'householdApplication', proposedType: 'edgeProne', risk: '重病', commitment: signedLetter('2026-12-21'),
  }), 201);
  ok(await api.post(P.clerk, `/monitoring-cases/${c.id}/group-appraisal`, { outcome: 'recommended', opinion: '同意', attendance: 9 }));
  ok(await api.post(P.partySecretary, `/monitoring-cases/${c.id}/village-appraisal`, { decision: 'included', monitoringType: 'edgeProne', opinion: '同意', attendance: villageMeeting }));
  app.clock.set(NOTICE_START);
  return c.id;
};
const postNotice = (app: TestApp, id: string) => http(app).post(P.clerk, `/monitoring-cases/${id}/notice`, { startsAt: NOTICE_START });

describe('publishing a year of the working-day calendar through the API', () => {
  it('2027 published by an administrator makes a notice posted on 2026-12-28 computable, without a restart, here and in another instance', async () => {
    const here = await awaitingNotice(t, 71);
    const other = await startApp({ path: t.path, clock: t.clock });
    try {
      const there = await awaitingNotice(other, 72);
      expect(refused(await postNotice(t, here))).toMatchObject({ code: 'CALENDAR_YEAR_UNKNOWN' });
      expect(refused(await postNotice(other, there))).toMatchObject({ code: 'CALENDAR_YEAR_UNKNOWN' });

      const res = await publish(t, YEAR_2027);
      const answer = ok<YearAnswer>(res, 201);
      expect(res.headers.etag).toBe('"0"');
      expect(res.headers.location).toBe('/calendar/years/2027');
      expect(answer).toMatchObject({ year: 2027, origin: 'published', source: YEAR_2027.source, revision: 0, calendar: { knownUntil: '2027-12-31' } });
      expect(answer.versions).toMatchObject([{ revision: 0, type: 'CalendarYearPublished', actor: { id: 'admin-1', capacity: 'admin' } }]);

      expect(ok(await postNotice(t, here)).notice).toMatchObject({ endsAt: NOTICE_END });
      // the other instance hears of it through the store's feed: the step catches up before it computes
      expect(ok(await postNotice(other, there)).notice).toMatchObject({ endsAt: NOTICE_END });
      expect(ok<YearAnswer>(await http(other).get(P.clerk, '/calendar/years/2027'))).toMatchObject({ origin: 'published', holidays: YEAR_2027.holidays });
    } finally {
      await other.close();
    }
  });

  it('is stored as an event of the year\'s stream, signed by the administrator, and survives a restart', async () => {
    ok(await publish(t, { ...YEAR_2027, holidays: [...YEAR_2027.holidays].reverse() }), 201);
    const [event] = await t.store.readStream('calendar-2027');
    expect(event).toMatchObject({
      type: 'CalendarYearPublished',
      data: { year: 2027, holidays: YEAR_2027.holidays, workdays: YEAR_2027.workdays, source: YEAR_2027.source, reason: null },
      metadata: { actor: { id: 'admin-1', name: '系统管理员', capacity: 'admin', jurisdiction: '' } },
    });
    t = await t.restart();
    expect(ok<{ knownUntil: string; years: Array<{ year: number; origin: string }> }>(await http(t).get(P.clerk, '/calendar'))).toMatchObject({ knownUntil: '2027-12-31' });
  });

  it('refuses a body that cannot be a year of the calendar, naming the rule and the dates, and writes nothing', async () => {
    const head = await t.store.headPosition();
    const cases: Array<[object, number, string]> = [
      [{ holidays: [...YEAR_2027.holidays, '2028-01-01'] }, 422, 'CALENDAR_DATE_OUTSIDE_YEAR'],
      [{ holidays: [...YEAR_2027.holidays, '2027-01-01'] }, 422, 'CALENDAR_DATE_REPEATED'],
      [{ workdays: [...YEAR_2027.workdays, '2027-01-02'] }, 422, 'CALENDAR_DAY_BOTH_HOLIDAY_AND_WORKDAY'],
      [{ workdays: [...YEAR_2027.workdays, '2027-03-01'] }, 422, 'CALENDAR_MAKEUP_DAY_NOT_WEEKEND'],
      [{ holidays: YEAR_2027.holidays.slice(1) }, 422, 'CALENDAR_NEW_YEAR_NOT_HOLIDAY'],
      [{ holidays: ['2027-02-30', ...YEAR_2027.holidays] }, 400, 'VALIDATION_FAILED'],
      [{ holidays: [] }, 400, 'VALIDATION_FAILED'],
      [{ year: 1999 }, 400, 'VALIDATION_FAILED'],
      [{ source: { title: '国务院办公厅关于2027年部分节假日安排的通知' } }, 400, 'VALIDATION_FAILED'],
      [{ source: undefined }, 400, 'VALIDATION_FAILED'],
    ];
    for (const [change, status, code] of cases) {
      const problem = refused(await publish(t, { ...YEAR_2027, ...change }), status);
      expect(problem.code, JSON.stringify(change)).toBe(code);
    }
    const weekday = refused(await publish(t, { ...YEAR_2027, workdays: ['2027-03-01'] })) as { problems?: unknown };
    expect(weekday.problems).toEqual([expect.objectContaining({ code: 'CALENDAR_MAKEUP_DAY_NOT_WEEKEND', field: 'workdays', dates: ['2027-03-01'] })]);
    expect(await t.store.headPosition()).toBe(head);
  });

  it('a correction is a new event that supersedes the year\'s lists, with its reason and what it changed; the first is kept', async () => {
    ok(await publish(t, YEAR_2027), 201);
    const corrected = { ...YEAR_2027, holidays: [...YEAR_2027.holidays, '2027-01-04'] };
    expect(refused(await publish(t, corrected))).toMatchObject({ code: 'CALENDAR_CORRECTION_REASON_REQUIRED' });
    expect(refused(await publish(t, { ...corrected, reason: '误录' }, ADMIN, { 'if-match': '"5"' }), 412).code).toBe('PRECONDITION_FAILED');
    const answer = ok<YearAnswer>(await publish(t, { ...corrected, reason: '元旦假期按通知延至1月4日' }, ADMIN, { 'if-match': '"0"' }), 201);
    expect(answer).toMatchObject({ origin: 'published', revision: 1, reason: '元旦假期按通知延至1月4日' });
    expect(answer.holidays).toContain('2027-01-04');
    expect(answer.versions.map((v) => v.type)).toEqual(['CalendarYearPublished', 'CalendarYearCorrected']);
    expect(answer.versions[1]).toMatchObject({
      supersedes: { origin: 'published', revision: 0 },
      changes: { holidaysAdded: ['2027-01-04'], holidaysRemoved: [], workdaysAdded: [], workdaysRemoved: [] },
    });
    const stored = await t.store.readStream('calendar-2027');
    expect(stored.map((e) => e.type)).toEqual(['CalendarYearPublished', 'CalendarYearCorrected']);
    expect(stored[0]?.data.holidays).toEqual(YEAR_2027.holidays); // never updated
    // a notice posted now is computed on the corrected days: 1-4 is off, so the 5th working day is 1-6
    const id = await awaitingNotice(t, 73);
    expect(ok(await postNotice(t, id)).notice).toMatchObject({ endsAt: '2027-01-06T16:00:00.000Z' });
  });

  it('a correction of a year the packaged data knows supersedes the package; a retried request appends nothing', async () => {
    const year2026 = ok<YearAnswer>(await http(t).get(P.clerk, '/calendar/years/2026'));
    expect(year2026).toMatchObject({ origin: 'package', source: null, versions: [] });
    const body = { year: 2026, holidays: year2026.holidays, workdays: year2026.workdays, source: { title: '国务院办公厅关于2026年部分节假日安排的通知', documentNumber: '国办发明电〔2025〕7号' }, reason: '以国务院通知为准录入' };
    const headers = { 'idempotency-key': 'calendar-2026-first' };
    const first = ok<YearAnswer>(await publish(t, body, ADMIN, headers), 201);
    expect(first.versions).toMatchObject([{ type: 'CalendarYearCorrected', supersedes: { origin: 'package', revision: null }, changes: { holidaysAdded: [], holidaysRemoved: [] } }]);
    const again = await publish(t, body, ADMIN, headers);
    expect(again.statusCode).toBe(201); // a retry answers as the first did
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(await t.store.readStream('calendar-2026')).toHaveLength(1);
  });

  it('only administrators publish (403 for every other role); anyone signed in reads', async () => {
    for (const role of ROLES.filter((r) => r !== 'admin')) {
      const res = await publish(t, YEAR_2027, { id: `${role}-1`, roles: [role], jurisdiction: '430623' });
      expect(refused(res, 403).code, role).toBe('FORBIDDEN_ROLE');
      expect(ok(await http(t).get({ id: `${role}-1`, roles: [role], jurisdiction: '430623' }, '/calendar'), 200)).toBeTruthy();
    }
    expect(await t.store.readStream('calendar-2027')).toEqual([]);
    expect((await t.app.inject({ method: 'GET', url: '/calendar' })).statusCode).toBe(401);
    expect(refused(await http(t).get(P.clerk, '/calendar/years/2027'), 404)).toMatchObject({ code: 'CALENDAR_YEAR_UNKNOWN' });
  });
});

describe('how far ahead the calendar is known: /ready, GET /calendar, the metric', () => {
  it('/ready says how many days ahead it is known and warns from 60 days before the end, without failing readiness', async () => {
    t.clock.set('2026-10-30T16:00:00.000Z'); // 10-31 China time: 61 days ahead
    expect(await ready(t)).toMatchObject({ status: 'ready', calendarKnownUntil: '2026-12-31', calendarDaysAhead: 61, warnings: [] });
    t.clock.set('2026-10-31T16:00:00.000Z'); // 11-01 China time
    const warned = await ready(t);
    expect(warned).toMatchObject({ status: 'ready', calendarDaysAhead: 60, warnings: [{ code: 'CALENDAR_ENDING', daysAhead: 60 }] });
    expect(warned.warnings[0]?.message_zh).toContain('2027');
    t.clock.set('2027-01-02T02:00:00.000Z');
    expect(await ready(t)).toMatchObject({ status: 'ready', calendarDaysAhead: -2, warnings: [{ code: 'CALENDAR_ENDED' }] });
    t.clock.set('2026-12-25T02:00:00.000Z');
    ok(await publish(t, YEAR_2027), 201);
    expect(await ready(t)).toMatchObject({ calendarKnownUntil: '2027-12-31', calendarDaysAhead: 371, warnings: [] });
  });

  it('GET /calendar lists the years, until which day, and the warning', async () => {
    t.clock.set('2026-12-25T02:00:00.000Z');
    const calendar = ok<{ today: string; knownUntil: string; daysAhead: number; warning: { code: string } | null; years: Array<{ year: number; origin: string }> }>(await http(t).get(P.clerk, '/calendar'));
    expect(calendar).toMatchObject({ today: '2026-12-25', knownUntil: '2026-12-31', daysAhead: 6, nextYear: 2027, warningDays: 60, warning: { code: 'CALENDAR_ENDING' } });
    expect(calendar.years.map((y) => y.year)).toEqual(Array.from({ length: 23 }, (_, i) => 2004 + i));
    expect(calendar.years[0]).toMatchObject({ origin: 'package' });
  });

  it('exports calendar_days_ahead', async () => {
    const metric = async () => /^calendar_days_ahead (-?\d+)$/m.exec((await t.app.inject({ method: 'GET', url: '/metrics' })).body)?.[1];
    expect(await metric()).toBe('51'); // 2026-11-10
    ok(await publish(t, YEAR_2027), 201);
    expect(await metric()).toBe('416');
  });
});

describe('the log says it at start-up and once a day', () => {
  it('warns at start-up inside the warning period, then once more each new China day', async () => {
    const lines: Array<{ level: number; msg: string; calendarDaysAhead?: number; code?: string }> = [];
    const sink = new Writable({ write(chunk: Buffer, _encoding, done) { lines.push(JSON.parse(chunk.toString()) as (typeof lines)[number]); done(); } });
    const clock = new ManualClock('2026-12-20T02:00:00.000Z');
    const newId = sequentialIds(90);
    const app = await buildApp({ store: new MemoryEventStore({ clock, newId }), clock, newId, newSeed: () => 's', auth: { resolveKey: hmacKey(SECRET), audience: AUDIENCE }, calendarWarningDays: 30, logger: createLogger('info', sink) });
    try {
      await app.ready();
      await app.calendarWatch.start(); // resolves once the start-up check (after the read models caught up) is done
      const warnings = () => lines.filter((l) => l.level === 40 && l.code !== undefined);
      expect(warnings()).toMatchObject([{ code: 'CALENDAR_ENDING', calendarDaysAhead: 11 }]);
      expect(app.calendarWatch.check().logged).toBe(false); // the same day: nothing more
      clock.advance(12 * 3600_000); // 2026-12-20 22:00 China time
      expect(app.calendarWatch.check().logged).toBe(false);
      clock.advance(12 * 3600_000); // the next China day
      expect(app.calendarWatch.check()).toMatchObject({ logged: true, daysAhead: 10 });
      expect(warnings().map((l) => l.calendarDaysAhead)).toEqual([11, 10]);
    } finally {
      await app.close();
    }
  });
});
