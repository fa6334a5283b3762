import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StreamTickets } from '../../src/auth/stream-tickets.ts';
import { createLogger } from '../../src/http/logger.ts';
import { ManualClock } from '../../src/shared/clock.ts';
import { sequentialIds } from '../../src/shared/ids.ts';
import { startApp, tokenFor } from '../support/app.ts';
import type { TestApp } from '../support/app.ts';
import { COUNTY, VILLAGE, yellowHousehold } from '../support/fixtures.ts';
import { call } from '../support/drive.ts';
import { bearer, listen, openSse } from './support.ts';
import type { SseClient, Who } from './support.ts';

const INTEGRATOR: Who = { id: 'erp-web', role: 'integrator', region: COUNTY };
const PAGE_ORIGIN = 'https://fupin-web.example.cn';

interface Ticket { ticket: string; purpose: string; expiresAt: string; url: string }

let t: TestApp;
let base: string;
const logLines: string[] = [];
const opened: SseClient[] = [];

const newTicket = async (who: Who = INTEGRATOR) => {
  const res = await t.app.inject({ method: 'POST', url: '/feed/stream-tickets', headers: { authorization: bearer(t, who) } });
  expect(res.statusCode, res.body).toBe(201);
  expect(res.headers['cache-control']).toBe('no-store');
  return res.json<Ticket>();
};

/** an EventSource: no Authorization header, the ticket in the URL */
const eventSource = async (path: string) => {
  const client = await openSse(base, path, {});
  opened.push(client);
  return client;
};

beforeAll(async () => {
  const sink = new Writable({ write(chunk, _enc, done) { logLines.push(String(chunk)); done(); } });
  t = await startApp({ feeds: { heartbeatMs: 60_000, ticketTtlMs: 30_000 }, logger: createLogger('info', sink), corsOrigins: [PAGE_ORIGIN] });
  expect((await call(t, { id: 'inv-1', role: 'investigator', region: VILLAGE }, 'POST', '/households', { household: yellowHousehold(1) })).statusCode).toBe(201);
  base = await listen(t);
});
afterAll(async () => {
  for (const c of opened) c.close();
  await t.close();
});

describe('stream tickets: an EventSource opens /feed/stream without a token in its URL', () => {
  it('opens the stream once, as the identity that asked for it; the second use is refused', async () => {
    const issued = await newTicket();
    expect(issued).toMatchObject({ purpose: 'feed.stream', expiresAt: new Date(t.clock.now().getTime() + 30_000).toISOString() });
    expect(issued.url).toBe(`/feed/stream?ticket=${encodeURIComponent(issued.ticket)}`);
    const stream = await eventSource(`${issued.url}&after=0`);
    expect(stream.status).toBe(200);
    await stream.until((c) => c.events().length >= 1);
    expect(stream.events()[0]?.type).toBe('HouseholdRegistered');
    expect(t.app.feedStreams.count(INTEGRATOR.id)).toBe(1); // counted against the ticket's subject
    const again = await eventSource(issued.url);
    expect(again.status).toBe(401);
    expect(JSON.parse(again.body)).toMatchObject({ code: 'UNAUTHENTICATED' });
    stream.close();
  });

  it('is refused once expired by the clock, and is never good for another path', async () => {
    const late = await newTicket();
    t.clock.advance(30_000);
    expect((await eventSource(late.url)).status).toBe(401);

    const elsewhere = await newTicket();
    for (const url of [`/feed?ticket=${elsewhere.ticket}`, `/households?ticket=${elsewhere.ticket}`, `/feed/stream-tickets?ticket=${elsewhere.ticket}`]) {
      const res = await t.app.inject({ method: url.startsWith('/feed/stream-tickets') ? 'POST' : 'GET', url });
      expect(res.statusCode, url).toBe(401);
    }
    // those refusals did not spend it: it still opens the stream it is for
    const stream = await eventSource(elsewhere.url);
    expect(stream.status).toBe(200);
    stream.close();
    // and nothing but a ticket it issued opens the stream
    expect((await eventSource('/feed/stream?ticket=00000000-0000-4000-8000-000000000001')).status).toBe(401);
    expect((await eventSource('/feed/stream')).status).toBe(401);
  });

  it('is issued only to a role that may read the feed', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/feed/stream-tickets', headers: { authorization: bearer(t, { id: 'inv-1', role: 'investigator', region: VILLAGE }) } });
    expect(res.statusCode).toBe(403);
    expect((await t.app.inject({ method: 'POST', url: '/feed/stream-tickets' })).statusCode).toBe(401);
  });

  it('never reaches the log: the request line of the stream is logged with the ticket redacted', async () => {
    const issued = await newTicket();
    const stream = await eventSource(`${issued.url}&after=0`);
    expect(stream.status).toBe(200);
    stream.close();
    const log = logLines.join('');
    expect(log).toContain('/feed/stream?ticket=[redacted]&after=0');
    expect(log).not.toContain(issued.ticket);
  });
});

describe('the stream as a browser on another origin sees it', () => {
  it('carries the CORS and security headers, and is never compressed (frames arrive as written)', async () => {
    const issued = await newTicket();
    const abort = new AbortController();
    const res = await fetch(`${base}${issued.url}`, { headers: { origin: PAGE_ORIGIN, 'accept-encoding': 'gzip, deflate, br' }, signal: abort.signal });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe(PAGE_ORIGIN);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-encoding')).toBeNull();
    const reader = res.body?.getReader();
    const first = await reader?.read();
    expect(new TextDecoder().decode(first?.value)).toContain(': connected');
    abort.abort();
  });
});

describe('HEAD /feed/stream', () => {
  it('answers the headers a GET would, and ends: no stream is opened', async () => {
    const who: Who = { id: 'erp-head', role: 'integrator', region: COUNTY };
    const res = await fetch(`${base}/feed/stream?after=0`, { method: 'HEAD', headers: { authorization: bearer(t, who) } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(await res.text()).toBe('');
    expect(t.app.feedStreams.count(who.id)).toBe(0);
    const refused = await fetch(`${base}/feed/stream`, { method: 'HEAD' });
    expect(refused.status).toBe(401);
  });
});

describe('the bearer scheme is case-insensitive (RFC 9110 §11.1)', () => {
  it('accepts bearer, BEARER and Bearer, and still refuses another scheme or a missing token', async () => {
    const token = tokenFor({ id: 'co', roles: ['countyOffice'], jurisdiction: COUNTY }, t.clock);
    for (const scheme of ['bearer', 'BEARER', 'Bearer', 'bEaReR']) {
      expect((await t.app.inject({ method: 'GET', url: '/households', headers: { authorization: `${scheme} ${token}` } })).statusCode, scheme).toBe(200);
    }
    for (const header of [`Basic ${token}`, 'Bearer', 'Bearer ', `Bearer${token}`, `Bearer ${token} extra`]) {
      expect((await t.app.inject({ method: 'GET', url: '/households', headers: { authorization: header } })).statusCode, header).toBe(401);
    }
  });
});

describe('StreamTickets', () => {
  const identity = { id: 'erp', roles: ['integrator' as const], jurisdiction: COUNTY };

  it('binds a ticket to one purpose and to the identity, and lasts no longer than the token it came from', () => {
    const clock = new ManualClock('2026-03-18T00:00:00.000Z');
    const tickets = new StreamTickets({ clock, newTicket: sequentialIds(7), ttlMs: 60_000 });
    const issued = tickets.issue(identity, 'feed.stream', clock.now().getTime() + 10_000);
    expect(issued?.expiresAt).toBe('2026-03-18T00:00:10.000Z');
    clock.advance(9_999);
    expect(tickets.redeem(issued?.ticket ?? '', 'feed.stream')).toEqual(identity);
    expect(tickets.redeem(issued?.ticket ?? '', 'feed.stream')).toBeNull();
    const cut = tickets.issue(identity, 'feed.stream', clock.now().getTime() + 5);
    clock.advance(5);
    expect(tickets.redeem(cut?.ticket ?? '', 'feed.stream')).toBeNull();
  });

  it('holds at most a few unredeemed tickets per subject, and forgets expired ones', () => {
    const clock = new ManualClock();
    const tickets = new StreamTickets({ clock, newTicket: sequentialIds(8), ttlMs: 1000, maxPerSubject: 3 });
    for (let i = 0; i < 3; i++) expect(tickets.issue(identity, 'feed.stream')).not.toBeNull();
    expect(tickets.issue(identity, 'feed.stream')).toBeNull();
    expect(tickets.issue({ ...identity, id: 'other' }, 'feed.stream')).not.toBeNull();
    clock.advance(1000);
    expect(tickets.issue(identity, 'feed.stream')).not.toBeNull(); // the expired three were swept
    expect(tickets.size).toBe(1);
  });
});
