/**
 * Event store benchmark: `npm run bench:store` (BENCH_SCALE=0.1 for a smoke run, PG_URL for another server).
 * Measures our SQLite and PostgreSQL stores and, in the same run, the raw better-sqlite3 floor with the same
 * durability, then prints one markdown table and the verdict on the target
 * "our sqlite store at ≥ 70 % of the raw insert rate for the same durability, under concurrency".
 * Progress goes to stderr, results to stdout.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { arch, cpus, platform, release, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { systemClock } from '../src/shared/clock.ts';
import { randomIds } from '../src/shared/ids.ts';
import { PostgresEventStore } from '../src/store/postgres/postgres-store.ts';
import { SqliteEventStore } from '../src/store/sqlite/sqlite-store.ts';
import { config } from './lib/config.ts';
import { rawSqliteInserts } from './lib/raw-sqlite.ts';
import type { LatencySummary, Throughput } from './lib/stats.ts';
import { fmt1, fmtInt, fmtPct, fmtX, markdownTable } from './lib/table.ts';
import { concurrentAppends, feedRead, readStreamLatency, sequentialAppends } from './lib/workloads.ts';
import type { ConcurrentResult, FeedResult } from './lib/workloads.ts';

interface StoreResult {
  sequential: Throughput;
  concurrent: ConcurrentResult;
  /** appends per transaction in the measured concurrent window */
  meanBatch: number;
  read: LatencySummary;
  feed: FeedResult;
}

const deps = { clock: systemClock, newId: randomIds };
const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);
const cleanups: Array<() => Promise<void> | void> = [];
const cleanup = async () => {
  for (const fn of cleanups.splice(0).reverse()) await Promise.resolve(fn()).catch((e: unknown) => log(`cleanup failed: ${String(e)}`));
};
process.once('SIGINT', () => void cleanup().finally(() => process.exit(130)));

const W = config.writers;

const measureStore = async (
  name: string,
  open: (label: string) => Promise<{ store: SqliteEventStore | PostgresEventStore; transactions: () => number }>,
): Promise<StoreResult> => {
  log(`${name}: sequential appends (${config.writeMs} ms)`);
  const seq = await open('seq');
  const sequential = await sequentialAppends(seq.store, `seq-${randomUUID()}`, config.warmupMs, config.writeMs);
  await seq.store.close();

  log(`${name}: ${W} concurrent writers (${config.writeMs} ms)`);
  const { store, transactions } = await open('conc');
  const concurrent = await concurrentAppends(store, `conc-${randomUUID()}`, W, config.warmupMs, config.writeMs, transactions);
  const meanBatch = concurrent.ops / (concurrent.transactions ?? Number.NaN);

  log(`${name}: readStream of a ${config.streamLength}-event stream (${config.readMs} ms)`);
  const read = await readStreamLatency(store, `read-${randomUUID()}`, config.streamLength, config.warmupMs, config.readMs, config.maxSamples);

  log(`${name}: readAll in pages of ${config.pageSize} over ${config.feedEvents} events (${config.readMs} ms)`);
  const feed = await feedRead(store, config.feedEvents, config.pageSize, config.warmupMs, config.readMs);
  await store.close();
  return { sequential, concurrent, meanBatch, read, feed };
};

const pgUnavailable = async (): Promise<string | undefined> => {
  const client = new pg.Client({ connectionString: config.pgUrl, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return undefined;
  } catch (error) {
    return `no PostgreSQL answers at ${config.pgUrl} (${(error as Error).message || String(error)})`;
  } finally {
    await client.end().catch(() => undefined);
  }
};

const pgQuery = async <T extends pg.QueryResultRow>(sql: string): Promise<T[]> => {
  const client = new pg.Client({ connectionString: config.pgUrl });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
};

const main = async () => {
  const started = performance.now();
  const dir = mkdtempSync(join(tmpdir(), 'bench-store-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  log(`BENCH_SCALE=${config.scale}, sqlite files in ${dir}`);

  // --- our SQLite store (a fresh file per workload group, so stats and table sizes are its own)
  let sqliteVersion = '?';
  const sqlite = await measureStore('sqlite', async (label) => {
    const store = new SqliteEventStore({ path: join(dir, `${label}.db`) }, deps);
    sqliteVersion = store.db.prepare('SELECT sqlite_version()').pluck().get() as string;
    return { store, transactions: () => store.stats.transactions };
  });

  // --- the raw floor, same durability: one row per commit, and the batch size our store reached
  const batch = Math.max(1, Math.round(sqlite.meanBatch));
  log(`raw better-sqlite3: 1 row/txn (${config.writeMs} ms)`);
  const rawPerRow = rawSqliteInserts(join(dir, 'raw-1.db'), 1, W, config.warmupMs, config.writeMs);
  log(`raw better-sqlite3: ${batch} rows/txn (${config.writeMs} ms)`);
  const rawGrouped = rawSqliteInserts(join(dir, `raw-${batch}.db`), batch, W, config.warmupMs, config.writeMs);

  // --- our PostgreSQL store, in a schema of its own
  let postgres: StoreResult | undefined;
  let pgNote: string;
  const skip = await pgUnavailable();
  if (skip) {
    pgNote = `postgres skipped: ${skip}`;
    log(pgNote);
  } else {
    const schema = `bench_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
    cleanups.push(async () => {
      await pgQuery(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      log(`dropped schema ${schema}`);
    });
    const [info] = await pgQuery<{ v: string; sc: string }>(`SELECT current_setting('server_version') AS v, current_setting('synchronous_commit') AS sc`);
    pgNote = `PostgreSQL ${info?.v ?? '?'} (synchronous_commit=${info?.sc ?? '?'}), schema ${schema} (dropped at the end)`;
    postgres = await measureStore('postgres', async () => {
      const store = await PostgresEventStore.open({ connectionString: config.pgUrl, schema }, deps);
      // every group-commit transaction checks out one pool client; nothing else does during the write window
      let acquired = 0;
      store.pool.on('acquire', () => (acquired += 1));
      return { store, transactions: () => acquired };
    });
  }

  // --- one table
  const pgCell = (f: (r: StoreResult) => string) => (postgres ? f(postgres) : 'skipped');
  const ours = sqlite.concurrent.perSecond;
  const rows: string[][] = [
    ['durable single-event appends/s, 1 writer awaiting each', fmtInt(sqlite.sequential.perSecond), pgCell((r) => fmtInt(r.sequential.perSecond)), `${fmtInt(rawPerRow.perSecond)} (1 row/txn)`],
    [`appends/s, ${W} concurrent writers (own stream, exact expectedRevision)`, fmtInt(ours), pgCell((r) => fmtInt(r.concurrent.perSecond)), `${fmtInt(rawGrouped.perSecond)} (${batch} rows/txn)`],
    [`mean group-commit batch @${W} writers (appends/txn)`, fmt1(sqlite.meanBatch), pgCell((r) => fmt1(r.meanBatch)), `${batch} (rounded, used above)`],
    [`readStream of a ${config.streamLength}-event stream: mean µs`, fmt1(sqlite.read.meanUs), pgCell((r) => fmt1(r.read.meanUs)), '—'],
    [`readStream of a ${config.streamLength}-event stream: p99 µs`, fmt1(sqlite.read.p99Us), pgCell((r) => fmt1(r.read.p99Us)), '—'],
    [`global feed readAll, pages of ${config.pageSize} over ${fmtInt(config.feedEvents)} events: events/s`, fmtInt(sqlite.feed.perSecond), pgCell((r) => fmtInt(r.feed.perSecond)), '—'],
    [`ours @${W} writers ÷ raw 1 row/txn (vs a naive store)`, fmtX(ours / rawPerRow.perSecond), pgCell((r) => fmtX(r.concurrent.perSecond / rawPerRow.perSecond)), '—'],
    [`ours @${W} writers ÷ raw ${batch} rows/txn (like for like)`, fmtPct(ours / rawGrouped.perSecond), pgCell((r) => fmtPct(r.concurrent.perSecond / rawGrouped.perSecond)), '—'],
  ];
  const c = cpus();
  const out = [
    '## Event store benchmark',
    '',
    `machine: ${c.length} cpus (${c[0]?.model.trim() ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB, ${platform()} ${release()} ${arch()}, node ${process.version}`,
    `sqlite ${sqliteVersion}, WAL + synchronous=FULL, files in ${tmpdir()}; ${pgNote}`,
    `BENCH_SCALE=${config.scale}: warm-up ${config.warmupMs} ms, write windows ${config.writeMs} ms, read windows ${config.readMs} ms`,
    '',
    markdownTable(['metric', 'sqlite (ours)', 'postgres (ours)', 'raw better-sqlite3'], rows, ['l', 'r', 'r', 'r']),
    '',
    `mean group-commit batch @${W} writers: sqlite ${fmt1(sqlite.meanBatch)} appends/txn` +
      (postgres ? `, postgres ${fmt1(postgres.meanBatch)} appends/txn (pool checkouts)` : ''),
  ];
  const ratio = ours / rawGrouped.perSecond;
  out.push(
    `target: our sqlite store ≥ 70 % of the raw insert rate for the same durability under concurrency — ` +
      `${ratio >= 0.7 ? 'MET' : 'NOT MET'}: ${fmtInt(ours)} appends/s @${W} writers = ${fmtPct(ratio)} of raw ${fmtInt(rawGrouped.perSecond)} rows/s ` +
      `at the same ${batch} rows/txn (and ${fmtX(ours / rawPerRow.perSecond)} raw at 1 row/txn)`,
  );
  out.push(`total run time ${((performance.now() - started) / 1000).toFixed(1)} s`);
  process.stdout.write(`${out.join('\n')}\n`);
};

try {
  await main();
} finally {
  await cleanup();
}
