/**
 * Where does our SQLite store spend its time under 50 concurrent writers? `npx tsx bench/profile-sqlite.ts`
 * (BENCH_SCALE and BENCH_WRITERS as for bench/store.ts; SYNC=OFF takes the disk out of the picture).
 *
 * Part 1 drives the real GroupCommitQueue with a replica of SqliteEventStore#flush (same statements, same
 * planBatch, same JSON) that stamps each stage; whatever the stages do not account for is the queue, promises
 * and the writers themselves. Part 2 times the pieces of planBatch on the same events in isolation.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { randomIds } from '../src/shared/ids.ts';
import type { JsonValue } from '../src/shared/json.ts';
import { GroupCommitQueue } from '../src/store/group-commit.ts';
import { GENESIS_HASH, canonicalJson, eventHash } from '../src/store/hash.ts';
import { planBatch, validateAppend } from '../src/store/plan.ts';
import type { AppendRequest, PlanOutcome, StreamHead } from '../src/store/plan.ts';
import { SQLITE_SCHEMA } from '../src/store/sqlite/schema.ts';
import { config } from './lib/config.ts';
import { benchEvent } from './lib/fixtures.ts';
import { fmt1, fmtInt, markdownTable } from './lib/table.ts';

const sync = process.env.SYNC === 'OFF' ? 'OFF' : process.env.SYNC === 'NORMAL' ? 'NORMAL' : 'FULL';
const W = config.writers;
const ns = () => process.hrtime.bigint();
const stages = ['begin', 'heads', 'lastPosition', 'planBatch', 'JSON.stringify for insert', 'insert.run', 'commit'] as const;
type Stage = (typeof stages)[number];

const dir = mkdtempSync(join(tmpdir(), 'bench-profile-'));
try {
  const db = new Database(join(dir, 'profile.db'));
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${sync}`);
  db.exec(SQLITE_SCHEMA);
  const sql = {
    begin: db.prepare('BEGIN IMMEDIATE'),
    commit: db.prepare('COMMIT'),
    head: db.prepare('SELECT revision, hash FROM events WHERE stream = ? ORDER BY revision DESC LIMIT 1'),
    lastPosition: db.prepare('SELECT COALESCE(MAX(position), 0) FROM events').pluck(),
    insert: db.prepare(
      'INSERT INTO events (position, id, stream, revision, type, data, metadata, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    ),
  };
  const spent = new Map<Stage, bigint>(stages.map((s) => [s, 0n]));
  let batches = 0;
  let appends = 0;
  const flush = (batch: AppendRequest[]): PlanOutcome[] => {
    const t = [ns()];
    sql.begin.run();
    t.push(ns());
    const heads = new Map<string, StreamHead>();
    for (const stream of new Set(batch.map((r) => r.stream))) {
      const head = sql.head.get(stream) as StreamHead | undefined;
      if (head) heads.set(stream, head);
    }
    t.push(ns());
    const lastPosition = sql.lastPosition.get() as number;
    t.push(ns());
    const plan = planBatch(batch, { heads, storedIds: new Set(), lastPosition, recordedAt: new Date().toISOString(), newId: randomIds });
    t.push(ns());
    const strings = plan.rows.map((e) => [JSON.stringify(e.data), JSON.stringify(e.metadata)] as const);
    t.push(ns());
    plan.rows.forEach((e, i) => {
      const [data, metadata] = strings[i] as readonly [string, string];
      sql.insert.run(e.position, e.id, e.stream, e.revision, e.type, data, metadata, e.prevHash, e.hash);
    });
    t.push(ns());
    sql.commit.run();
    t.push(ns());
    stages.forEach((s, i) => spent.set(s, (spent.get(s) as bigint) + ((t[i + 1] as bigint) - (t[i] as bigint))));
    batches += 1;
    appends += batch.length;
    return plan.outcomes;
  };
  const queue = new GroupCommitQueue(flush);
  const append = async (stream: string, events: ReturnType<typeof benchEvent>[], expectedRevision: number | 'no_stream') => {
    validateAppend(stream, events);
    return queue.submit({ stream, events, expectedRevision });
  };
  const state = Array.from({ length: W }, (_, w) => ({ stream: `p-w${w}`, revision: 'no_stream' as number | 'no_stream', i: 0 }));
  const phase = async (ms: number) => {
    const until = performance.now() + ms;
    await Promise.all(
      state.map(async (s, w) => {
        while (performance.now() < until) s.revision = (await append(s.stream, [benchEvent(w, s.i++)], s.revision)).nextExpectedRevision;
      }),
    );
  };
  await phase(config.warmupMs);
  for (const s of stages) spent.set(s, 0n);
  batches = 0;
  appends = 0;
  const start = ns();
  await phase(config.writeMs);
  const wall = Number(ns() - start);
  const accounted = [...spent.values()].reduce((a, b) => a + b, 0n);
  const perAppend = (v: number) => v / appends / 1000;
  const rows = stages.map((s) => {
    const v = Number(spent.get(s));
    return [s, fmt1(v / batches / 1000), fmt1(perAppend(v)), `${((100 * v) / wall).toFixed(1)} %`];
  });
  const rest = wall - Number(accounted);
  rows.push(['outside flush: queue, promises, writers, GC', fmt1(rest / batches / 1000), fmt1(perAppend(rest)), `${((100 * rest) / wall).toFixed(1)} %`]);
  rows.push(['total', fmt1(wall / batches / 1000), fmt1(perAppend(wall)), '100 %']);
  console.log(`## replica of SqliteEventStore#flush, ${W} writers, synchronous=${sync}: ${fmtInt(appends / (wall / 1e9))} appends/s, ${fmt1(appends / batches)} appends/txn`);
  console.log(markdownTable(['stage', 'µs per txn', 'µs per append', 'share of wall'], rows, ['l', 'r', 'r', 'r']));
  db.close();

  // Part 2: the pieces of planBatch, per event, on the same events
  const n = 20_000;
  const events = Array.from({ length: n }, (_, i) => benchEvent(i % W, i));
  const recordedAt = new Date().toISOString();
  const time = (label: string, fn: (i: number) => unknown): [string, string] => {
    for (let i = 0; i < 2000; i++) fn(i);
    const t0 = ns();
    for (let i = 0; i < n; i++) fn(i);
    return [label, fmt1(Number(ns() - t0) / n / 1000)];
  };
  const ev = (i: number) => events[i] as ReturnType<typeof benchEvent>;
  const hashed = (i: number) => ({
    id: '3f2b8c1e-0d4a-4c3e-9b1a-7e6f5d4c3b2a',
    stream: `p-w${i % W}`,
    revision: i,
    type: ev(i).type,
    data: ev(i).data,
    metadata: { ...ev(i).metadata, recordedAt },
    prevHash: GENESIS_HASH,
  });
  const bodies = Array.from({ length: n }, (_, i) => hashed(i));
  const canon = bodies.map((b) => canonicalJson(b as unknown as JsonValue));
  const single = (i: number): AppendRequest[] => [{ stream: `p-w${i % W}`, events: [ev(i)], expectedRevision: 'any' }];
  const micro = [
    time('planBatch, 1 request of 1 event (all of it)', (i) => planBatch(single(i), { heads: new Map(), storedIds: new Set(), lastPosition: i, recordedAt, newId: randomIds })),
    time('  normalise data + metadata (JSON.parse(JSON.stringify))', (i) => [JSON.parse(JSON.stringify(ev(i).data)), JSON.parse(JSON.stringify(ev(i).metadata))]),
    time('  eventHash (canonicalJson + sha256)', (i) => eventHash(bodies[i] as Parameters<typeof eventHash>[0])),
    time('    canonicalJson only', (i) => canonicalJson(bodies[i] as unknown as JsonValue)),
    time('    sha256 of the canonical string only', (i) => createHash('sha256').update(canon[i] as string).digest('hex')),
    time('    JSON.stringify of the same body (no key sort)', (i) => JSON.stringify(bodies[i])),
    time('  randomUUID (newId)', () => randomIds()),
    time('validateAppend', (i) => validateAppend(`p-w${i % W}`, [ev(i)])),
    time('benchEvent (the writer building its event)', (i) => benchEvent(i % W, i)),
  ];
  console.log('');
  console.log(`## pieces, µs per event (${fmtInt(n)} events, ${JSON.stringify(ev(0).data).length} B data, ${JSON.stringify(hashed(0).metadata).length} B metadata)`);
  console.log(markdownTable(['piece', 'µs per event'], micro, ['l', 'r']));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
