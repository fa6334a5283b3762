import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ifNoneMatchHits } from '../../src/http/conditional.ts';
import { nextLink } from '../../src/http/paging-links.ts';
import { urlForLog } from '../../src/http/logger.ts';
import { startApp, tokenFor } from '../support/app.ts';
import type { Person, TestApp } from '../support/app.ts';
import { driveThroughLists } from '../support/drive.ts';
import { COUNTY, TOWNSHIP } from '../support/fixtures.ts';
import { P, apply, edgeHousehold, registerHousehold } from '../api/monitoring/helpers.ts';

const COUNTY_OFFICE: Person = { id: 'co-reads', roles: ['countyOffice'], jurisdiction: COUNTY };
const INTEGRATOR: Person = { id: 'erp-reads', roles: ['integrator'], jurisdiction: COUNTY };

let t: TestApp;
let lists: Awaited<ReturnType<typeof driveThroughLists>>;
let caseId: string;

const get = (url: string, headers: Record<string, string> = {}, who: Person = COUNTY_OFFICE, method: 'GET' | 'HEAD' = 'GET') =>
  t.app.inject({ method, url, headers: { authorization: `Bearer ${tokenFor(who, t.clock)}`, ...headers } });

beforeAll(async () => {
  t = await startApp();
  lists = await driveThroughLists(t, 3);
  const householdId = await registerHousehold(t, edgeHousehold(1));
  const opened = await apply(t, householdId);
  expect(opened.statusCode, opened.body).toBe(201);
  caseId = opened.json<{ id: string }>().id;
});
afterAll(async () => t.close());

describe('conditional reads: ETag and If-None-Match', () => {
  it('answers 304 with no body for a household, a designation and a monitoring case the client already has', async () => {
    for (const url of [`/households/${lists.householdIds[0]}`, `/designations/${lists.designationIds[0]}`, `/monitoring-cases/${caseId}`]) {
      const first = await get(url);
      expect(first.statusCode, url).toBe(200);
      const etag = String(first.headers.etag);
      expect(etag).toMatch(/^"\d+"$/);
      expect(String(first.headers.vary)).toMatch(/authorization/i); // what a record shows depends on who asks
      expect(first.headers['cache-control']).toBe('private, no-cache');

      const again = await get(url, { 'if-none-match': etag });
      expect(again.statusCode, url).toBe(304);
      expect(again.body).toBe('');
      expect(again.headers.etag).toBe(etag);
      expect(again.headers['content-type']).toBeUndefined();
      expect((await get(url, { 'if-none-match': `"999", W/${etag}` })).statusCode).toBe(304); // weak comparison, a list
      expect((await get(url, { 'if-none-match': '*' })).statusCode).toBe(304);
      expect((await get(url, { 'if-none-match': '"999"' })).statusCode).toBe(200);
      expect((await get(url, { 'if-none-match': etag }, COUNTY_OFFICE, 'HEAD')).statusCode).toBe(304);
    }
  });

  it('answers 200 again once the record moved on', async () => {
    const url = `/households/${lists.householdIds[1]}`;
    const before = await get(url);
    const changed = await t.app.inject({
      method: 'POST', url: `${url}/changes`, headers: { authorization: `Bearer ${tokenFor(P.investigator, t.clock)}`, 'if-match': String(before.headers.etag) },
      payload: { changes: { group: '4组' }, reason: '分组调整' },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    const after = await get(url, { 'if-none-match': String(before.headers.etag) });
    expect(after.statusCode).toBe(200);
    expect(after.headers.etag).not.toBe(before.headers.etag);
  });

  it('compares entity tags as RFC 9110 says', () => {
    expect(ifNoneMatchHits('"3"', '"3"')).toBe(true);
    expect(ifNoneMatchHits('W/"3"', '"3"')).toBe(true);
    expect(ifNoneMatchHits('"1", "3"', '"3"')).toBe(true);
    expect(ifNoneMatchHits('"33"', '"3"')).toBe(false);
    expect(ifNoneMatchHits('3', '"3"')).toBe(false);
    expect(ifNoneMatchHits(' * ', '"3"')).toBe(true);
  });
});

describe('paged lists: Link rel="next"', () => {
  it('links to the next offset while there is one, with every other parameter as sent', async () => {
    const first = await get(`/designations?regionCode=${TOWNSHIP}&limit=2`);
    expect(first.json<{ total: number }>().total).toBe(3);
    expect(first.headers.link).toBe(`</designations?regionCode=${TOWNSHIP}&limit=2&offset=2>; rel="next"`);
    const last = await get(`/designations?regionCode=${TOWNSHIP}&limit=2&offset=2`);
    expect(last.headers.link).toBeUndefined();
    const households = await get('/households?limit=1');
    expect(households.headers.link).toBe('</households?limit=1&offset=1>; rel="next"');
    expect((await get('/households')).headers.link).toBeUndefined(); // everything on the first page (limit 100)
    const worklist = await get('/worklists/townshipApprover?limit=1&offset=0', {}, { id: 'ta', roles: ['townshipApprover'], jurisdiction: TOWNSHIP });
    expect(worklist.statusCode).toBe(200);
    const monitoring = await get('/monitoring-cases?limit=1');
    expect(monitoring.json<{ total: number }>().total).toBe(1);
    expect(monitoring.headers.link).toBeUndefined();
  });

  it('links the feed to after = nextAfter until it has caught up with its head; following the links reads it all', async () => {
    let url: string | undefined = '/feed?limit=5&types=HouseholdRegistered,InitialCheckDeclared';
    const seen: number[] = [];
    let pages = 0;
    while (url) {
      const res = await get(url, {}, INTEGRATOR);
      expect(res.statusCode, res.body).toBe(200);
      const page = res.json<{ events: { position: number; type: string }[]; nextAfter: number; head: number }>();
      seen.push(...page.events.map((e) => e.position));
      const link = res.headers.link;
      if (page.nextAfter < page.head) expect(link).toBe(`</feed?limit=5&types=HouseholdRegistered%2CInitialCheckDeclared&after=${page.nextAfter}>; rel="next"`);
      else expect(link).toBeUndefined();
      url = typeof link === 'string' ? /^<([^>]+)>/.exec(link)?.[1] : undefined;
      pages += 1;
    }
    expect(pages).toBeGreaterThan(1);
    expect(seen).toHaveLength(3 + 3 + 1); // three households and their declarations, and the monitoring case's household
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });

  it('builds a next link from the request URL', () => {
    expect(nextLink('/households', { offset: 100, limit: 100 })).toBe('</households?offset=100&limit=100>; rel="next"');
    expect(nextLink('/feed?after=3&region=4306', { after: 9 })).toBe('</feed?after=9&region=4306>; rel="next"');
  });
});

describe('compression', () => {
  it('compresses a large list for a client that accepts gzip, and leaves a small answer alone', async () => {
    const plain = await get('/feed?limit=1000', {}, INTEGRATOR);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.rawPayload.length).toBeGreaterThan(1024);
    const gzipped = await get('/feed?limit=1000', { 'accept-encoding': 'gzip' }, INTEGRATOR);
    expect(gzipped.statusCode).toBe(200);
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(String(gzipped.headers.vary)).toMatch(/accept-encoding/i);
    const body = gunzipSync(gzipped.rawPayload);
    expect(body.length).toBeGreaterThan(gzipped.rawPayload.length * 3);
    expect(JSON.parse(body.toString('utf8'))).toEqual(plain.json());

    const tiny = await get('/households?villageCode=430623999999', { 'accept-encoding': 'gzip' });
    expect(tiny.json()).toEqual({ total: 0, items: [] });
    expect(tiny.headers['content-encoding']).toBeUndefined(); // under 1 KB
  });
});

describe('HEAD', () => {
  it('answers HEAD on GET routes: the status and headers of the GET, no body', async () => {
    for (const url of ['/households', `/households/${lists.householdIds[0]}`, `/designations/${lists.designationIds[0]}/history`, '/health', '/schemas']) {
      const head = await get(url, {}, COUNTY_OFFICE, 'HEAD');
      const full = await get(url);
      expect(head.statusCode, url).toBe(full.statusCode);
      expect(head.body, url).toBe('');
      expect(head.headers['content-type'], url).toBe(full.headers['content-type']);
      expect(head.headers.etag, url).toBe(full.headers.etag);
    }
    expect((await t.app.inject({ method: 'HEAD', url: '/households' })).statusCode).toBe(401);
  });
});

describe('request URLs in logs', () => {
  it('redact a ticket (and any token) in the query', () => {
    expect(urlForLog('/feed/stream?ticket=abc-123&after=4')).toBe('/feed/stream?ticket=[redacted]&after=4');
    expect(urlForLog('/feed/stream?after=4&TICKET=abc')).toBe('/feed/stream?after=4&TICKET=[redacted]');
    expect(urlForLog('/x?access_token=a.b.c')).toBe('/x?access_token=[redacted]');
    expect(urlForLog('/households?offset=100')).toBe('/households?offset=100');
  });
});
