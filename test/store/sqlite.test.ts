import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ManualClock, systemClock } from '../../src/shared/clock.ts';
import { randomIds } from '../../src/shared/ids.ts';
import { SqliteEventStore } from '../../src/store/sqlite/sqlite-store.ts';
import type { SqliteStoreOptions } from '../../src/store/sqlite/sqlite-store.ts';
import type { EventStore } from '../../src/store/types.ts';
import { describeConformance } from './conformance.ts';
import { event, events, uniqueStream } from './harness.ts';
import type { TamperField } from './harness.ts';

const dir = mkdtempSync(join(tmpdir(), 'es-sqlite-'));
let n = 0;
const open = (options: Partial<SqliteStoreOptions> = {}) => new SqliteEventStore({ path: join(dir, `store-${++n}.db`), ...options }, { clock: systemClock, newId: randomIds });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const column: Record<TamperField, string> = {
  data: `data = json_set(data, '$.i', 99)`,
  type: `type = 'Forged'`,
  metadata: `metadata = json_set(metadata, '$.actor.id', 'someone-else')`,
  stream: `stream = stream || '-moved'`,
  revision: `revision = revision + 10`,
  // always a different first digit (replacing it with 'f' changed nothing when it already was one: 1 run in 16)
  prevHash: `prev_hash = (CASE WHEN substr(prev_hash, 1, 1) = 'f' THEN 'e' ELSE 'f' END) || substr(prev_hash, 2)`,
  hash: `hash = (CASE WHEN substr(hash, 1, 4) = 'ffff' THEN 'eeee' ELSE 'ffff' END) || substr(hash, 5)`,
  id: `id = '00000000-0000-4000-8000-000000000000'`,
};

const tamper = async (store: EventStore, position: number, field: TamperField) => {
  const db = (store as SqliteEventStore).db;
  // an attacker with the file can drop the append-only triggers; the hash chain still tells
  db.exec('DROP TRIGGER events_no_update');
  db.prepare(`UPDATE events SET ${column[field]} WHERE position = ?`).run(position);
};

describeConformance({ name: 'sqlite', create: async () => open(), tamper });
// the same steps on the store's own connection, one batch at a time (what ':memory:' uses)
describeConformance({ name: 'sqlite, inline writer', create: async () => open({ writer: 'inline' }), tamper });

describe('sqlite specifics', () => {
  it('keeps acknowledged events across a reopen of the file', async () => {
    const path = join(dir, 'durable.db');
    const clock = new ManualClock('2026-03-18T08:00:00.000Z');
    const first = new SqliteEventStore({ path }, { clock, newId: randomIds });
    const s = uniqueStream('designation');
    await Promise.all([first.append(s, events(2)), first.append(uniqueStream('other'), [event('X')])]);
    await first.close();
    const second = new SqliteEventStore({ path }, { clock, newId: randomIds });
    const stored = await second.readStream(s);
    expect(stored.map((e) => e.metadata.recordedAt)).toEqual(['2026-03-18T08:00:00.000Z', '2026-03-18T08:00:00.000Z']);
    expect((await second.verify(s)).ok).toBe(true);
    await second.close();
  });

  it('refuses UPDATE and DELETE of stored events at the database level', async () => {
    const store = open();
    await store.append(uniqueStream('facts'), [event('A')]);
    expect(() => store.db.exec(`UPDATE events SET type = 'B'`)).toThrow(/append-only/);
    expect(() => store.db.exec('DELETE FROM events')).toThrow(/append-only/);
    await store.close();
  });

  it('groups concurrent appends into shared transactions', async () => {
    const store = open();
    await Promise.all(Array.from({ length: 50 }, () => store.append(uniqueStream('g'), [event('A')])));
    expect(await store.headPosition()).toBe(50);
    expect(store.stats.appends).toBe(50);
    expect(store.stats.transactions).toBeLessThan(5);
    await store.close();
  });

  it('two connections on one file stay consistent (cached heads are dropped when the other one commits)', async () => {
    const path = join(dir, 'shared.db');
    const a = new SqliteEventStore({ path }, { clock: systemClock, newId: randomIds });
    const b = new SqliteEventStore({ path }, { clock: systemClock, newId: randomIds });
    const s = uniqueStream('shared');
    await a.append(s, [event('A0')], { expectedRevision: 'no_stream' });
    await b.append(s, [event('B1')], { expectedRevision: 0 });
    await expect(a.append(s, [event('A-stale')], { expectedRevision: 0 })).rejects.toMatchObject({ name: 'ConcurrencyError', actual: 1 });
    await a.append(s, [event('A2')], { expectedRevision: 1 });
    await b.append(uniqueStream('other'), [event('X')]);
    const r = await a.append(uniqueStream('third'), [event('Y')]);
    expect(r.lastPosition).toBe(5);
    expect((await a.verify(s)).ok).toBe(true);
    expect((await a.readStream(s)).map((e) => e.type)).toEqual(['A0', 'B1', 'A2']);
    await a.close();
    await b.close();
  });
});
