import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChainVerifier, verifyPages } from '../../src/audit/chain-verifier.ts';
import type { AuditBrokenLink } from '../../src/audit/chain-verifier.ts';
import { ManualClock } from '../../src/shared/clock.ts';
import { sequentialIds } from '../../src/shared/ids.ts';
import { eventHash } from '../../src/store/hash.ts';
import { MemoryEventStore } from '../../src/store/memory.ts';
import type { SqliteEventStore } from '../../src/store/sqlite/sqlite-store.ts';
import type { RecordedEvent } from '../../src/store/types.ts';
import type { Role } from '../../src/auth/roles.ts';
import { startApp } from '../support/app.ts';
import type { TestApp } from '../support/app.ts';
import { call, driveThroughLists } from '../support/drive.ts';
import { COUNTY, TOWNSHIP, VILLAGE } from '../support/fixtures.ts';

const metadata = { actor: { id: 'a' }, occurredAt: '2026-03-18T00:00:00.000Z', correlationId: null, causationId: null, commandId: null };

/** two interleaved streams of five events each, as a memory store hashes them */
const feed = async (): Promise<RecordedEvent[]> => {
  const store = new MemoryEventStore({ clock: new ManualClock(), newId: sequentialIds(3) });
  for (let i = 0; i < 5; i++) {
    await store.append('a', [{ type: 'T', data: { i }, metadata }]);
    await store.append('b', [{ type: 'T', data: { i }, metadata }]);
  }
  return store.readAll();
};
const run = (events: RecordedEvent[]) => {
  const v = new ChainVerifier();
  return events.flatMap((e) => v.feed(e) ?? []);
};
const at = (links: AuditBrokenLink[]) => links.map((l) => [l.stream, l.revision, l.reasons]);
const byStreamAndRevision = (a: { stream: string; revision: number }, b: { stream: string; revision: number }) => a.stream.localeCompare(b.stream) || a.revision - b.revision;

describe('the incremental chain verifier (pure)', () => {
  it('finds nothing in an intact feed, and keeps one head per stream', async () => {
    const v = new ChainVerifier();
    for (const e of await feed()) expect(v.feed(e)).toBeNull();
    expect([v.eventsChecked, v.streamsChecked]).toEqual([10, 2]);
  });

  it('reports every tampered event, not just the first, and resumes after each break', async () => {
    const events = await feed();
    const edit = (stream: string, revision: number, change: (e: RecordedEvent) => void) => {
      const e = events.find((x) => x.stream === stream && x.revision === revision);
      if (!e) throw new Error('no such event');
      change(e);
    };
    edit('a', 1, (e) => { e.data = { i: 99 }; }); // content changed: its own hash no longer matches
    edit('a', 3, (e) => { e.metadata = { ...e.metadata, actor: { id: 'someone-else' } }; });
    edit('b', 2, (e) => { e.data = { i: 42 }; e.hash = eventHash(e); }); // rehashed: the next link breaks instead
    expect(at(run(events))).toEqual([
      ['a', 1, ['hash-mismatch']],
      ['a', 3, ['hash-mismatch']],
      ['b', 3, ['prev-hash-mismatch']],
    ]);
  });

  it('reports a gap where an event went missing, and a stream that starts mid-way', async () => {
    const events = (await feed()).filter((e) => !(e.stream === 'a' && e.revision === 2));
    const moved = events.find((e) => e.stream === 'b' && e.revision === 4);
    if (moved) moved.stream = 'c';
    expect(at(run(events))).toEqual([
      ['a', 3, ['revision-gap', 'prev-hash-mismatch']],
      ['c', 4, ['revision-gap', 'prev-hash-mismatch', 'hash-mismatch']],
    ]);
  });

  it('pages through a feed holding one page at a time, and caps what it reports', async () => {
    const events = await feed();
    for (const e of events) e.data = { tampered: true };
    const pages: number[] = [];
    const report = await verifyPages(async (after, limit) => {
      const page = events.filter((e) => e.position > after).slice(0, limit);
      pages.push(page.length);
      return page;
    }, { pageSize: 3, maxReported: 4 });
    expect(pages).toEqual([3, 3, 3, 1]);
    expect(report).toMatchObject({ eventsChecked: 10, streamsChecked: 2, brokenTotal: 10, truncated: true });
    expect(report.brokenLinks).toHaveLength(4);
  });
});

describe('/audit/verify over a tampered sqlite store', () => {
  let t: TestApp;
  let lists: Awaited<ReturnType<typeof driveThroughLists>>;
  const supervisor = { id: 'sv-1', role: 'supervisor' as Role, region: COUNTY };
  const get = (url: string, who: { id: string; role: Role; region: string } = supervisor) => call(t, who, 'GET', url);

  beforeAll(async () => {
    t = await startApp();
    lists = await driveThroughLists(t, 3);
  });
  afterAll(async () => t.close());

  const positionOf = async (stream: string, revision: number) => {
    const e = (await t.store.readStream(stream)).find((x) => x.revision === revision);
    if (!e) throw new Error(`no ${stream}#${revision}`);
    return e.position;
  };

  it('is intact after a driven chain', async () => {
    const res = await get('/audit/verify');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ ok: true, brokenTotal: 0, brokenLinks: [], scope: COUNTY });
    expect(res.json().eventsChecked).toBe(await t.store.headPosition());
  });

  it('reports every broken link with stream and revision, through the feed page by page', async () => {
    const [d0, d1] = lists.designationIds as [string, string];
    const h0 = lists.householdIds[0] as string;
    const targets = [
      { stream: `designation-${d0}`, revision: 1, sql: `data = json_set(data, '$.opinion', '篡改')` },
      { stream: `designation-${d0}`, revision: 3, sql: `metadata = json_set(metadata, '$.actor.id', 'someone-else')` },
      { stream: `designation-${d1}`, revision: 2, sql: `data = json_set(data, '$.card', 'red')` },
      { stream: `household-${h0}`, revision: 0, sql: `data = json_set(data, '$.household.head', '假名')` },
    ];
    const db = (t.store as SqliteEventStore).db;
    // an attacker with the file can drop the append-only trigger; the hash chain still tells
    db.exec('DROP TRIGGER IF EXISTS events_no_update');
    for (const target of targets) db.prepare(`UPDATE events SET ${target.sql} WHERE position = ?`).run(await positionOf(target.stream, target.revision));

    const expected = targets.map((x) => ({ stream: x.stream, revision: x.revision, reason: 'hash-mismatch' })).sort(byStreamAndRevision);
    for (const pageSize of [1000, 7]) {
      const res = await get(`/audit/verify?pageSize=${pageSize}`);
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json() as { ok: boolean; brokenTotal: number; brokenLinks: AuditBrokenLink[] };
      expect(body.ok).toBe(false);
      expect(body.brokenTotal).toBe(4);
      expect(body.brokenLinks.map((l) => ({ stream: l.stream, revision: l.revision, reason: l.reason })).sort(byStreamAndRevision)).toEqual(expected);
    }
    // the store's own verify stops at the first break of a stream; the audit reports both of d0's
    expect((await t.store.verify(`designation-${d0}`)).broken).toMatchObject({ revision: 1, reason: 'hash-mismatch' });
    const one = await get(`/audit/verify/streams/designation-${d0}`);
    expect(one.statusCode, one.body).toBe(200);
    expect(one.json()).toMatchObject({ stream: `designation-${d0}`, ok: false });
    expect((one.json().brokenLinks as AuditBrokenLink[]).map((l) => l.revision)).toEqual([1, 3]);

    const village = await get(`/audit/verify/villages/${VILLAGE}`, { id: 'co', role: 'countyOffice', region: COUNTY });
    expect(village.statusCode, village.body).toBe(200);
    expect(village.json()).toMatchObject({ villageCode: VILLAGE, ok: false, streamsChecked: 6 });
    expect((village.json().brokenLinks as AuditBrokenLink[]).map((l) => `${l.stream}#${l.revision}`).sort())
      .toEqual([`designation-${d0}#1`, `designation-${d0}#3`, `designation-${d1}#2`, `household-${h0}#0`].sort());

    // the history marks the tampered steps
    const history = await get(`/designations/${d0}/history`);
    expect((history.json().steps as Array<{ linkVerified: boolean }>).map((s) => s.linkVerified)).toEqual(
      (await t.store.readStream(`designation-${d0}`)).map((e) => e.revision !== 1 && e.revision !== 3),
    );
  });

  it("stays within the reader's jurisdiction and is for auditors only", async () => {
    const [d0] = lists.designationIds as [string];
    const elsewhere = { id: 'sv-2', role: 'supervisor' as Role, region: '430624' };
    const scoped = await get('/audit/verify', elsewhere);
    expect(scoped.statusCode).toBe(200);
    expect(scoped.json()).toMatchObject({ ok: true, brokenLinks: [], scope: '430624' });
    expect((await get(`/audit/verify/streams/designation-${d0}`, elsewhere)).statusCode).toBe(404);
    expect((await get(`/audit/verify/villages/${VILLAGE}`, elsewhere)).statusCode).toBe(404);
    expect((await get('/audit/verify/streams/designation-00000000-0000-4000-8000-0000000000ff')).statusCode).toBe(404);
    expect((await get('/audit/verify', { id: 'adm', role: 'admin', region: '' })).json().brokenTotal).toBe(4);
    for (const who of [{ id: 'inv', role: 'investigator' as Role, region: VILLAGE }, { id: 'tr', role: 'townshipReviewer' as Role, region: TOWNSHIP }]) {
      const res = await get('/audit/verify', who);
      expect(res.statusCode).toBe(403);
      expect(res.json().code).toBe('FORBIDDEN_ROLE');
    }
  });
});
