import { isInternal } from '../../src/feeds/filter.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordedEvent } from '../../src/store/types.ts';
import { startApp } from '../support/app.ts';
import type { TestApp } from '../support/app.ts';
import { call, driveThroughLists } from '../support/drive.ts';
import { COUNTY, OTHER_VILLAGE, VILLAGE, yellowHousehold } from '../support/fixtures.ts';
import { asStored, bearer, pullAll } from './support.ts';
import type { Who } from './support.ts';

const INTEGRATOR: Who = { id: 'batch', role: 'integrator', region: COUNTY };
let t: TestApp;
let stored: RecordedEvent[];
/** the store's head: internal events (claims) take positions too, so feed positions have gaps */
let head = 0;
const pos = (i: number) => stored[i]?.position ?? 0;

beforeAll(async () => {
  t = await startApp();
  await driveThroughLists(t, 2);
  expect((await call(t, { id: 'inv-2', role: 'investigator', region: OTHER_VILLAGE }, 'POST', '/households', { household: yellowHousehold(50, OTHER_VILLAGE) })).statusCode).toBe(201);
  stored = (await t.store.readAll({})).filter((e) => !isInternal(e.stream)); // claims and webhook bookkeeping never reach the feed
  head = await t.store.headPosition();
});
afterAll(async () => t.close());

const get = (url: string, who: Who = INTEGRATOR) => t.app.inject({ method: 'GET', url, headers: { authorization: bearer(t, who) } });

describe('GET /feed (paged pull)', () => {
  it('answers { events, nextAfter, head }: events after a position, as stored, at most limit', async () => {
    const res = await get(`/feed?after=${pos(2)}&limit=5`);
    expect(res.statusCode, res.body).toBe(200);
    const page = res.json() as { events: RecordedEvent[]; nextAfter: number; head: number };
    expect(page.events.map(asStored)).toEqual(stored.slice(3, 8));
    expect(page.nextAfter).toBe(pos(7));
    expect(page.head).toBe(head);
  });

  it('pages through the whole feed without gaps or repeats', async () => {
    expect((await pullAll(t, INTEGRATOR)).map(asStored)).toEqual(stored);
    const tail = await get(`/feed?after=${head}`);
    expect(tail.json()).toEqual({ events: [], nextAfter: head, head });
  });

  it('filters like the stream: types, chains, region; nextAfter moves past what a filter skipped', async () => {
    const reviewed = await get('/feed?types=TownshipReviewed&limit=1');
    const first = reviewed.json() as { events: RecordedEvent[]; nextAfter: number };
    expect(first.events.map((e) => e.type)).toEqual(['TownshipReviewed']);
    expect(first.nextAfter).toBe(first.events[0]?.position);
    expect((await pullAll(t, INTEGRATOR, 'types=TownshipReviewed')).length).toBe(2);
    const households = await pullAll(t, INTEGRATOR, 'chains=household');
    expect(households.map((e) => e.stream.startsWith('household-'))).toEqual([true, true, true]);
    const none = await get('/feed?types=Nothing');
    expect(none.json()).toMatchObject({ events: [], nextAfter: head });
    const village = await pullAll(t, INTEGRATOR, `region=${VILLAGE}&chains=designation`);
    expect(village.map(asStored)).toEqual(stored.filter((e) => e.stream.startsWith('designation-')));
  });

  it('narrows to the jurisdiction, refuses another region, limits limit, and is closed to field roles', async () => {
    const other = await pullAll(t, { id: 'v2', role: 'supervisor', region: OTHER_VILLAGE });
    expect(other.map((e) => e.type)).toEqual(['HouseholdRegistered']);
    expect((await get(`/feed?region=${VILLAGE}`, { id: 'v2', role: 'integrator', region: OTHER_VILLAGE })).json()).toMatchObject({ code: 'REGION_OUTSIDE_JURISDICTION' });
    expect((await get('/feed?limit=1001')).statusCode).toBe(400);
    expect((await get('/feed?limit=1000')).statusCode).toBe(200);
    const clerk = await get('/feed', { id: 'c', role: 'villageClerk', region: VILLAGE });
    expect(clerk.statusCode).toBe(403);
    expect(clerk.json()).toMatchObject({ code: 'FORBIDDEN_ROLE', message_zh: expect.any(String), message_en: expect.any(String) });
    expect((await get('/feed', { id: 'co', role: 'countyOffice', region: COUNTY })).statusCode).toBe(200);
    expect((await get('/feed', { id: 'a', role: 'admin', region: '' })).statusCode).toBe(200);
  });
});
