import { afterAll, describe, expect, it } from 'vitest';
import type { PostgresEventStore } from '../../src/store/postgres/postgres-store.ts';
import type { RecordedEvent } from '../../src/store/types.ts';
import { describeConformance } from './conformance.ts';
import { events, uniqueStream } from './harness.ts';
import type { TamperField } from './harness.ts';
import { dropSchema, openPg, pgUnavailable, testSchema } from './pg-harness.ts';

const skipReason = (await pgUnavailable()) ?? undefined;
const schema = testSchema();
afterAll(async () => {
  if (!skipReason) await dropSchema(schema);
});

const column: Record<TamperField, string> = {
  data: `data = jsonb_set(data, '{i}', '99')`,
  type: `type = 'Forged'`,
  metadata: `metadata = jsonb_set(metadata, '{actor,id}', '"someone-else"')`,
  stream: `stream = stream || '-moved'`,
  revision: `revision = revision + 10`,
  // always a different first digit ('f' || … changed nothing when it already was one: 1 run in 16)
  prevHash: `prev_hash = (CASE WHEN left(prev_hash, 1) = 'f' THEN 'e' ELSE 'f' END) || substr(prev_hash, 2)`,
  hash: `hash = (CASE WHEN left(hash, 4) = 'ffff' THEN 'eeee' ELSE 'ffff' END) || substr(hash, 5)`,
  id: `id = '00000000-0000-4000-8000-000000000000'`,
};

describeConformance({
  name: 'postgres',
  skipReason,
  create: () => openPg(schema),
  tamper: async (store, position, field) => {
    const pool = (store as PostgresEventStore).pool;
    // an attacker with superuser rights can switch the append-only trigger off; the hash chain still tells
    await pool.query(`ALTER TABLE ${schema}.events DISABLE TRIGGER events_no_change`);
    await pool.query(`UPDATE ${schema}.events SET ${column[field]} WHERE position = $1`, [position]);
    await pool.query(`ALTER TABLE ${schema}.events ENABLE TRIGGER events_no_change`);
  },
});

describe.skipIf(Boolean(skipReason))('postgres: several instances on one database', () => {
  it('a subscriber on one instance sees every event of all instances once, with gapless positions', async () => {
    const instances = await Promise.all([openPg(schema), openPg(schema), openPg(schema)]);
    const [watcher] = instances as [PostgresEventStore, ...PostgresEventStore[]];
    const start = await watcher.headPosition();
    const prefix = uniqueStream('multi');
    const perInstance = 40;
    const total = instances.length * perInstance * 2;
    const seen: RecordedEvent[] = [];
    const sub = watcher.subscribe({ after: start, pageSize: 25 });
    const reading = (async () => {
      for await (const e of sub) {
        seen.push(e);
        if (seen.length === total) break;
      }
    })();
    await Promise.all(instances.flatMap((store, i) => Array.from({ length: perInstance }, (_, k) => store.append(`${prefix}-${(i + k) % 7}`, events(2)))));
    await reading;
    await sub.close();
    expect(seen.filter((e) => !e.stream.startsWith(prefix))).toEqual([]);
    expect(seen.map((e) => e.position)).toEqual(Array.from({ length: total }, (_, i) => start + i + 1));
    for (let s = 0; s < 7; s++) expect((await watcher.verify(`${prefix}-${s}`)).ok).toBe(true);
    await Promise.all(instances.map((s) => s.close()));
  });

  it('refuses UPDATE, DELETE and TRUNCATE of stored events', async () => {
    const store = await openPg(schema);
    await store.append(uniqueStream('facts'), events(1));
    await expect(store.pool.query(`UPDATE ${schema}.events SET type = 'B'`)).rejects.toThrow(/append-only/);
    await expect(store.pool.query(`DELETE FROM ${schema}.events`)).rejects.toThrow(/append-only/);
    await expect(store.pool.query(`TRUNCATE ${schema}.events`)).rejects.toThrow(/append-only/);
    await store.close();
  });
});
