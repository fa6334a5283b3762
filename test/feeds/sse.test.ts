import { isInternal } from '../../src/feeds/filter.ts';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES } from '../../src/auth/roles.ts';
import type { RecordedEvent } from '../../src/store/types.ts';
import { startApp } from '../support/app.ts';
import type { TestApp } from '../support/app.ts';
import { call, driveThroughLists } from '../support/drive.ts';
import { COUNTY, OTHER_VILLAGE, TOWNSHIP, VILLAGE, yellowHousehold } from '../support/fixtures.ts';
import { asStored, bearer, listen, openSse, sleep } from './support.ts';
import type { SseClient, Who } from './support.ts';

const COUNTY_INTEGRATOR: Who = { id: 'erp-county', role: 'integrator', region: COUNTY };

let t: TestApp;
let base: string;
let stored: RecordedEvent[];
const opened: SseClient[] = [];

const sse = async (path: string, who: Who, headers: Record<string, string> = {}) => {
  const client = await openSse(base, path, { authorization: bearer(t, who), ...headers });
  opened.push(client);
  return client;
};

beforeAll(async () => {
  t = await startApp({ feeds: { heartbeatMs: 40, maxStreamsPerToken: 2, streamPageSize: 7 } });
  await driveThroughLists(t, 2);
  const other = await call(t, { id: 'inv-2', role: 'investigator', region: OTHER_VILLAGE }, 'POST', '/households', { household: yellowHousehold(50, OTHER_VILLAGE) });
  expect(other.statusCode, other.body).toBe(201);
  stored = (await t.store.readAll({})).filter((e) => !isInternal(e.stream)); // claims and webhook bookkeeping never reach the feed
  base = await listen(t);
});
afterAll(async () => {
  for (const c of opened) c.close();
  await t.close();
});

describe('GET /feed/stream (Server-Sent Events)', () => {
  it('streams every event after a position in order: id = position, event = type, data = the event exactly as stored', async () => {
    const s = await sse('/feed/stream?after=0', COUNTY_INTEGRATOR);
    expect(s.status).toBe(200);
    expect(s.contentType).toMatch(/^text\/event-stream/);
    await s.until((c) => c.events().length >= stored.length);
    const frames = s.frames.filter((f) => f.id !== undefined);
    expect(frames.map((f) => Number(f.id))).toEqual(stored.map((e) => e.position));
    expect(frames.map((f) => f.event)).toEqual(stored.map((e) => e.type));
    expect(frames.map((f) => JSON.stringify(asStored(JSON.parse(f.data ?? 'null') as RecordedEvent)))).toEqual(stored.map((e) => JSON.stringify(e)));
    expect(Object.keys(s.events()[0] ?? {}).sort()).toEqual(['data', 'hash', 'id', 'metadata', 'personal', 'position', 'prevHash', 'revision', 'stream', 'type']);
    s.close();
  });

  it('resumes after Last-Event-ID, which wins over the after of a reconnecting URL', async () => {
    const tenth = stored[9]?.position ?? 0; // internal events (claims) take positions too: the feed has gaps
    const s = await sse('/feed/stream?after=0', COUNTY_INTEGRATOR, { 'last-event-id': String(tenth) });
    await s.until((c) => c.events().length >= stored.length - 10);
    expect(s.events().map((e) => e.position)).toEqual(stored.slice(10).map((e) => e.position));
    s.close();
    const from = await sse(`/feed/stream?after=${stored[19]?.position ?? 0}`, COUNTY_INTEGRATOR);
    await from.until((c) => c.events().length >= stored.length - 20);
    expect(from.events()[0]?.position).toBe(stored[20]?.position);
    from.close();
  });

  it('filters by event type, by chain and by region prefix', async () => {
    const who: Who = { id: 'erp-filters', role: 'integrator', region: COUNTY };
    const byType = await sse('/feed/stream?types=TownshipReviewed,NoticeListPosted', who);
    const byChain = await sse('/feed/stream?chains=appraisal-meeting,notice', who);
    await byType.until((c) => c.events().length >= 4);
    await byChain.until((c) => c.events().length >= 6);
    await sleep(100); // nothing else arrives
    // the list is posted on the village's board and the township's (乡、村两级张榜公示)
    expect(byType.events().map((e) => e.type)).toEqual(['TownshipReviewed', 'TownshipReviewed', 'NoticeListPosted', 'NoticeListPosted']);
    expect(new Set(byChain.events().map((e) => e.stream.replace(/-[0-9a-f-]{36}$/, '')))).toEqual(new Set(['appraisal-meeting', 'notice']));
    expect(byChain.events()).toHaveLength(stored.filter((e) => e.stream.startsWith('appraisal-meeting-') || e.stream.startsWith('notice-')).length);
    byType.close();
    byChain.close();

    // the village's events: its households, designations (their later steps included), meeting and notice; not the
    // township's spot-check round, not the other village's household
    const byRegion = await sse(`/feed/stream?region=${VILLAGE}`, { id: 'erp-region', role: 'integrator', region: COUNTY });
    // (the township's board carries the same list: that notice is the township's, not the village's)
    const expected = stored.filter((e) => !e.stream.startsWith('spot-check-round-') && !(e.stream.startsWith('household-') && JSON.stringify(e.data).includes(OTHER_VILLAGE))
      && !(e.stream.startsWith('notice-') && e.data.scopeCode !== VILLAGE));
    await byRegion.until((c) => c.events().length >= expected.length);
    await sleep(100);
    expect(byRegion.events().map((e) => e.position)).toEqual(expected.map((e) => e.position));
    byRegion.close();
  });

  it('delivers live events after catching up', async () => {
    const head = await t.store.headPosition();
    const s = await sse(`/feed/stream?after=${head}`, { id: 'erp-live', role: 'integrator', region: COUNTY });
    await s.until((c) => c.comments().includes('connected'));
    expect(s.events()).toEqual([]);
    const res = await call(t, { id: 'inv-1', role: 'investigator', region: VILLAGE }, 'POST', '/households', { household: yellowHousehold(60) });
    expect(res.statusCode, res.body).toBe(201);
    await s.until((c) => c.events().length === 1);
    expect(s.events()[0]).toMatchObject({ type: 'HouseholdRegistered', position: head + 2 }); // head + 1 is its claim
    s.close();
  });

  it('writes a heartbeat comment every heartbeatMs', async () => {
    const s = await sse(`/feed/stream?types=Nothing`, { id: 'erp-hb', role: 'integrator', region: COUNTY });
    await s.until((c) => c.comments().filter((x) => x === 'heartbeat').length >= 2, 2000);
    s.close();
  });

  it('forces the region into the caller\'s jurisdiction: a wider one is narrowed, a disjoint one refused', async () => {
    const village: Who = { id: 'erp-other', role: 'integrator', region: OTHER_VILLAGE };
    const narrowed = await sse(`/feed/stream?region=${COUNTY}`, village);
    await narrowed.until((c) => c.events().length >= 1);
    await sleep(100);
    expect(narrowed.events().map((e) => e.type)).toEqual(['HouseholdRegistered']);
    expect(JSON.stringify(narrowed.events()[0]?.data)).toContain(OTHER_VILLAGE);
    narrowed.close();
    const refused = await sse(`/feed/stream?region=${VILLAGE}`, village);
    expect(refused.status).toBe(403);
    expect(JSON.parse(refused.body)).toMatchObject({ code: 'REGION_OUTSIDE_JURISDICTION', message_zh: expect.any(String), message_en: expect.any(String) });
    // a township integrator sees its township's round, not another township's
    const township = await sse('/feed/stream?chains=spot-check-round', { id: 'erp-town', role: 'integrator', region: TOWNSHIP });
    await township.until((c) => c.events().length >= 2);
    township.close();
    const elsewhere = await sse('/feed/stream?chains=spot-check-round', { id: 'erp-else', role: 'integrator', region: '430623102' });
    await sleep(150);
    expect(elsewhere.status).toBe(200);
    expect(elsewhere.events()).toEqual([]);
    elsewhere.close();
  });

  it('403 for every role but integrator, supervisor, county office and admin; 401 without a token', async () => {
    for (const role of ROLES) {
      const res = await fetch(`${base}/feed/stream?types=Nothing`, { headers: { authorization: bearer(t, { id: `r-${role}`, role, region: COUNTY }) } });
      if (['integrator', 'supervisor', 'countyOffice', 'admin'].includes(role)) {
        expect(res.status, role).toBe(200);
        await res.body?.cancel();
      } else {
        expect(res.status, role).toBe(403);
        expect(await res.json()).toMatchObject({ code: 'FORBIDDEN_ROLE' });
      }
    }
    expect((await fetch(`${base}/feed/stream`)).status).toBe(401);
  });

  it('caps concurrent streams per token and frees the slot (and closes the subscription) when the client goes', async () => {
    const who: Who = { id: 'erp-cap', role: 'integrator', region: COUNTY };
    const a = await sse('/feed/stream?types=Nothing', who);
    const b = await sse('/feed/stream?types=Nothing', who);
    const c = await sse('/feed/stream?types=Nothing', who);
    expect([a.status, b.status, c.status]).toEqual([200, 200, 429]);
    expect(JSON.parse(c.body)).toMatchObject({ code: 'TOO_MANY_STREAMS' });
    expect(t.app.feedStreams.count(who.id)).toBe(2);
    a.close();
    const deadline = performance.now() + 2000;
    while (t.app.feedStreams.count(who.id) > 1 && performance.now() < deadline) await sleep(5);
    expect(t.app.feedStreams.count(who.id)).toBe(1);
    const d = await sse('/feed/stream?types=Nothing', who);
    expect(d.status).toBe(200);
    b.close();
    d.close();
  });

  it('a client that stops reading holds back only its own stream: bounded by one page and the socket buffer', async () => {
    const big = 'x'.repeat(64 * 1024);
    const head = await t.store.headPosition();
    const metadata = { actor: { id: 'bulk' }, occurredAt: '2026-04-01T00:00:00Z', correlationId: null, causationId: null, commandId: null };
    for (let i = 0; i < 300; i++) await t.store.append(`bulk-${i}`, [{ type: 'BulkLoaded', data: { i, big }, metadata }]);
    const who: Who = { id: 'erp-slow', role: 'integrator', region: '' };
    const { port } = t.app.server.address() as { port: number };
    const socket = connect(port, '127.0.0.1');
    await new Promise((r) => socket.once('connect', r));
    socket.write(`GET /feed/stream?after=${head}&types=BulkLoaded HTTP/1.1\r\nhost: x\r\nauthorization: ${bearer(t, who)}\r\n\r\n`);
    await new Promise((r) => socket.once('data', r));
    socket.pause(); // stop reading: the kernel buffers fill, then the server's socket buffer
    await sleep(300);
    const [stream] = t.app.feedStreams.list(who.id);
    const stalled = stream?.sent ?? -1;
    await sleep(200);
    expect(stream?.sent).toBe(stalled); // not pulling from the store while the socket is full
    expect(stalled).toBeLessThan(300);
    console.log(`stalled after ${stalled} of 300 frames of 64 KiB`);
    // a command is not slowed by it
    const res = await call(t, { id: 'inv-1', role: 'investigator', region: VILLAGE }, 'POST', '/households', { household: yellowHousehold(61) });
    expect(res.statusCode).toBe(201);
    let bytes = 0;
    socket.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
    });
    socket.resume();
    const deadline = performance.now() + 10_000;
    while ((stream?.sent ?? 0) < 300 && performance.now() < deadline) await sleep(10);
    expect(stream?.sent).toBe(300);
    // and everything arrives once it reads again
    while (bytes < 290 * 64 * 1024 && performance.now() < deadline) await sleep(10);
    expect(bytes).toBeGreaterThan(290 * 64 * 1024);
    socket.destroy();
  });
});
