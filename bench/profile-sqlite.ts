/**
 * Where does our SQLite store spend its time under 50 concurrent writers, and what would it take to reach 70 %
 * of the raw insert rate? `npx tsx bench/profile-sqlite.ts` (about a minute; BENCH_SCALE, BENCH_ROUNDS and
 * BENCH_WRITERS as for bench/store.ts; SYNC=OFF or NORMAL takes the disk out of the picture).
 *
 * 1. Stage breakdown: the real GroupCommitQueue drives a replica of SqliteEventStore#flush (bench/lib/replica.ts)
 *    that stamps each stage; what the stages do not account for is the queue, promises and writers.
 * 2. What-if: the real store, the current replica, a lean variant (same rows, same hashes) and the raw floor,
 *    interleaved by round (the real store shows that the replica is faithful).
 * 3. The pieces of planBatch, per event, in isolation.
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
import type { AppendRequest } from '../src/store/plan.ts';
import { SQLITE_SCHEMA } from '../src/store/sqlite/schema.ts';
import { SqliteEventStore } from '../src/store/sqlite/sqlite-store.ts';
import type { NewEvent } from '../src/store/types.ts';
import { config } from './lib/config.ts';
import { benchEvent } from './lib/fixtures.ts';
import { rawSqliteInserts } from './lib/raw-sqlite.ts';
import { fastCanonical, leanHash, replica, STAGES } from './lib/replica.ts';
import type { Replica } from './lib/replica.ts';
import { rounds } from './lib/stats.ts';
import { fmt1, fmtInt, fmtPct, markdownTable } from './lib/table.ts';
import { appendRunner } from './lib/workloads.ts';

const sync = process.env.SYNC === 'OFF' ? 'OFF' : process.env.SYNC === 'NORMAL' ? 'NORMAL' : 'FULL';
const W = config.writers;
const ns = () => process.hrtime.bigint();

const openDb = (path: string) => {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${sync}`);
  db.pragma('busy_timeout = 5000');
  db.exec(SQLITE_SCHEMA);
  return db;
};

/** W writers through the real group-commit queue into a replica flush; the replica keeps its streams across runs */
const driver = (rep: Replica, label: string) => {
  let batches = 0;
  let appends = 0;
  const queue = new GroupCommitQueue((batch) => {
    batches += 1;
    appends += batch.length;
    return rep.flush(batch);
  });
  const append = async (stream: string, events: NewEvent[], expectedRevision: number | 'no_stream') => {
    validateAppend(stream, events);
    return queue.submit({ stream, events, expectedRevision });
  };
  const state = Array.from({ length: W }, (_, w) => ({ stream: `${label}-w${w}`, revision: 'no_stream' as number | 'no_stream', i: 0 }));
  const phase = async (ms: number) => {
    const until = performance.now() + ms;
    await Promise.all(
      state.map(async (s, w) => {
        while (performance.now() < until) s.revision = (await append(s.stream, [benchEvent(w, s.i++)], s.revision)).nextExpectedRevision;
      }),
    );
  };
  return async (warmupMs: number, ms: number) => {
    await phase(warmupMs);
    rep.reset();
    batches = 0;
    appends = 0;
    const start = ns();
    await phase(ms);
    const wallNs = Number(ns() - start);
    return { wallNs, batches, appends, perSecond: appends / (wallNs / 1e9) };
  };
};

const stageTable = (rep: Replica, r: { wallNs: number; batches: number; appends: number }) => {
  const row = (label: string, v: number) => [label, fmt1(v / r.batches / 1000), fmt1(v / r.appends / 1000), `${((100 * v) / r.wallNs).toFixed(1)} %`];
  const rows = STAGES.map((s) => row(s, Number(rep.spent.get(s))));
  const accounted = [...rep.spent.values()].reduce((a, b) => a + b, 0n);
  rows.push(row('outside flush: queue, promises, writers, GC', r.wallNs - Number(accounted)), row('total', r.wallNs));
  return markdownTable(['stage', 'µs per txn', 'µs per append', 'share of wall'], rows, ['l', 'r', 'r', 'r']);
};

const dir = mkdtempSync(join(tmpdir(), 'bench-profile-'));
const dbs: Database.Database[] = [];
try {
  // 0. the lean hash must be the store's hash, byte for byte
  const recordedAt = new Date().toISOString();
  for (let i = 0; i < 200; i++) {
    const e = benchEvent(i % W, i);
    const body = { id: randomIds(), stream: `s-${i}`, revision: i, type: e.type, data: e.data, metadata: { ...e.metadata, recordedAt }, prevHash: GENESIS_HASH };
    if (leanHash(body) !== eventHash(body)) throw new Error('lean hash differs from eventHash');
    if (fastCanonical(body as unknown as JsonValue) !== canonicalJson(body as unknown as JsonValue)) throw new Error('fastCanonical differs');
  }

  const currentDb = openDb(join(dir, 'current.db'));
  const leanDb = openDb(join(dir, 'lean.db'));
  dbs.push(currentDb, leanDb);
  const current = replica(currentDb, 'current');
  const lean = replica(leanDb, 'lean');
  const runCurrent = driver(current, 'cur');
  const runLean = driver(lean, 'lean');
  const raw = rawSqliteInserts(join(dir, 'raw.db'), W);
  const store = new SqliteEventStore({ path: join(dir, 'store.db'), synchronous: sync }, { clock: { now: () => new Date() }, newId: randomIds });
  const runStore = appendRunner(store, 'store', W);
  const results = { store: [] as number[], current: [] as number[], lean: [] as number[], raw: [] as number[], rStore: [] as number[], rCurrent: [] as number[], rLean: [] as number[] };
  let lastCurrent: Awaited<ReturnType<typeof runCurrent>> | undefined;
  let lastLean: typeof lastCurrent;
  for (let r = 0; r < config.rounds; r++) {
    process.stderr.write(`[profile] round ${r + 1}/${config.rounds}\n`);
    const order = r % 2 === 0 ? ['store', 'current', 'lean', 'raw'] : ['raw', 'lean', 'current', 'store'];
    const got: Record<string, number> = {};
    for (const which of order) {
      if (which === 'store') got.store = (await runStore.run(config.warmupMs, config.writeMs)).perSecond;
      else if (which === 'current') {
        lastCurrent = await runCurrent(config.warmupMs, config.writeMs);
        got.current = lastCurrent.perSecond;
      } else if (which === 'lean') {
        lastLean = await runLean(config.warmupMs, config.writeMs);
        got.lean = lastLean.perSecond;
      } else got.raw = raw.run(W, config.warmupMs, config.writeMs).perSecond;
    }
    results.store.push(got.store as number);
    results.rStore.push((got.store as number) / (got.raw as number));
    results.current.push(got.current as number);
    results.lean.push(got.lean as number);
    results.raw.push(got.raw as number);
    results.rCurrent.push((got.current as number) / (got.raw as number));
    results.rLean.push((got.lean as number) / (got.raw as number));
  }
  raw.close();
  await store.close();

  console.log(`## 1. replica of SqliteEventStore#flush (current), ${W} writers, synchronous=${sync}, last round`);
  if (lastCurrent) console.log(stageTable(current, lastCurrent));
  console.log('');
  console.log(`## 1b. lean variant (same rows, same hashes), last round`);
  if (lastLean) console.log(stageTable(lean, lastLean));
  console.log('');
  const cell = (v: number[], f: (n: number) => string) => {
    const x = rounds(v);
    return `${f(x.median)} (${f(x.min)}–${f(x.max)})`;
  };
  console.log(`## 2. what-if, ${config.rounds} interleaved rounds × ${config.writeMs} ms, median (min–max)`);
  console.log(
    markdownTable(
      ['variant', 'appends/s', '÷ raw same batch'],
      [
        ['SqliteEventStore (src/, unchanged)', cell(results.store, fmtInt), cell(results.rStore, fmtPct)],
        ['current replica (as src/ today)', cell(results.current, fmtInt), cell(results.rCurrent, fmtPct)],
        ['lean replica', cell(results.lean, fmtInt), cell(results.rLean, fmtPct)],
        [`raw better-sqlite3, ${W} rows/txn`, cell(results.raw, fmtInt), '100 %'],
      ],
      ['l', 'r', 'r'],
    ),
  );

  // 3. the pieces of planBatch, per event, on the same events
  const n = 20_000;
  const events = Array.from({ length: n }, (_, i) => benchEvent(i % W, i));
  const ev = (i: number) => events[i] as NewEvent;
  const bodies = events.map((e, i) => ({ id: randomIds(), stream: `p-w${i % W}`, revision: i, type: e.type, data: e.data, metadata: { ...e.metadata, recordedAt }, prevHash: GENESIS_HASH }));
  const body = (i: number) => bodies[i] as (typeof bodies)[number];
  const canon = bodies.map((b) => canonicalJson(b as unknown as JsonValue));
  const batches: AppendRequest[][] = [];
  for (let b = 0; b < n / W; b++) batches.push(Array.from({ length: W }, (_, k) => ({ stream: `p-w${k}`, events: [ev(b * W + k)], expectedRevision: 'any' as const })));
  const time = (label: string, fn: (i: number) => unknown, per = 1): [string, string] => {
    const count = Math.floor(n / per);
    for (let i = 0; i < Math.min(count, 500); i++) fn(i);
    const t0 = ns();
    for (let i = 0; i < count; i++) fn(i);
    return [label, fmt1(Number(ns() - t0) / (count * per) / 1000)];
  };
  const micro = [
    time(`planBatch, batches of ${W} single-event appends (all of it)`, (b) => planBatch(batches[b] as AppendRequest[], { heads: new Map(), storedIds: new Set(), lastPosition: b * W, recordedAt, newId: randomIds }), W),
    time('  normalise data + metadata: JSON.parse(JSON.stringify(x)) ×2', (i) => [JSON.parse(JSON.stringify(ev(i).data)), JSON.parse(JSON.stringify(ev(i).metadata))]),
    time('  { ...metadata, recordedAt } and { ...base, position, hash } spreads', (i) => ({ ...{ ...ev(i).metadata, recordedAt }, position: i, hash: 'x' })),
    time('  eventHash (canonicalJson + sha256)', (i) => eventHash(body(i))),
    time('    canonicalJson only', (i) => canonicalJson(body(i) as unknown as JsonValue)),
    time('    sha256 hex of the canonical string only', (i) => createHash('sha256').update(canon[i] as string).digest('hex')),
    time('    leanHash (same bytes, string concatenation)', (i) => leanHash(body(i))),
    time('  randomUUID (newId)', () => randomIds()),
    time('JSON.stringify data + metadata again for the insert', (i) => [JSON.stringify(body(i).data), JSON.stringify(body(i).metadata)]),
    time('validateAppend', (i) => validateAppend(`p-w${i % W}`, [ev(i)])),
  ];
  console.log('');
  console.log(`## 3. pieces, µs per event (${fmtInt(n)} events, ${JSON.stringify(ev(0).data).length} B data, ${JSON.stringify(body(0).metadata).length} B metadata)`);
  console.log(markdownTable(['piece', 'µs per event'], micro, ['l', 'r']));
} finally {
  for (const db of dbs) if (db.open) db.close();
  rmSync(dir, { recursive: true, force: true });
}
