import { afterAll, beforeAll, expect, it } from 'vitest';
import { startApp } from '../support/app.ts';
import type { TestApp } from '../support/app.ts';
import { call } from '../support/drive.ts';
import { VILLAGE, yellowHousehold } from '../support/fixtures.ts';

let t: TestApp;
beforeAll(async () => { t = await startApp(); });
afterAll(async () => t.close());

it('/ready is 200 while the store answers and 503 with a reason when it does not', async () => {
  expect((await t.app.inject({ method: 'GET', url: '/ready' })).json()).toEqual({
    status: 'ready', store: true, timers: true, projectionLag: 0,
    // the clock is at 2026-03-18 China time: the packaged calendar ends on 2026-12-31, outside the 60 days' warning
    calendarKnownUntil: '2026-12-31', calendarDaysAhead: 288, warnings: [],
  });
  const original = t.store.headPosition.bind(t.store);
  t.store.headPosition = async () => { throw new Error('database unreachable'); };
  const down = await t.app.inject({ method: 'GET', url: '/ready' });
  t.store.headPosition = original;
  expect(down.statusCode).toBe(503);
  expect(down.json()).toMatchObject({ status: 'not-ready', store: false });
});

it('/metrics counts commands by route and outcome and times appends', async () => {
  await call(t, { id: 'inv-1', role: 'investigator', region: VILLAGE }, 'POST', '/households', { household: yellowHousehold(1) });
  await call(t, { id: 'inv-1', role: 'investigator', region: VILLAGE }, 'POST', '/households', { household: yellowHousehold(1) });
  const text = (await t.app.inject({ method: 'GET', url: '/metrics' })).body;
  expect(text).toMatch(/http_requests_total\{route="\/households",method="POST",status="201"\} 1/);
  expect(text).toMatch(/http_requests_total\{route="\/households",method="POST",status="409"\} 1/);
  // a registration is two appends: the resident-ID claim, then the household
  expect(text).toMatch(/store_append_seconds_count\{store="sqlite",outcome="ok"\} 2/);
  expect(text).toMatch(/projection_lag_events 0/);
  expect(text).toMatch(/notice_timer_backlog 0/);
  expect(text).toMatch(/calendar_days_ahead 288/);
});
