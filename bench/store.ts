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
import type { EventStore } from '../src/store/types.ts';
import { config } from './lib/config.ts';
import { rawSqliteInserts } from './lib/raw-sqlite.ts';
import { rounds } from './lib/stats.ts';
import type { LatencySummary, Rounds } from './lib/stats.ts';
import { fmt1, fmtInt, fmtPct, fmtX, markdownTable } from './lib/table.ts';
import { appendRunner, feedRead, readStreamLatency } from './lib/workloads.ts';
import type { ConcurrentResult, FeedResult, WriteRunner } from './lib/workloads.ts';

interface ReadResult {
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

/** a close that cleanup may call again after main did */
const once = (fn: () => Promise<void> | void): (() => Promise<void>) => {
  let done: Promise<void> | undefined;
  return () => (done ??= Promise.resolve().then(fn));
};

const W = config.writers;
const meanBatch = (results: readonly ConcurrentResult[]) =>
  results.reduce((a, r) => a + r.ops, 0) / results.reduce((a, r) => a + (r.transactions ?? Number.NaN), 0);

const measureReads = async (name: string, store: EventStore): Promise<ReadResult> => {
  log(`${name}: readStream of a ${config.streamLength}-event stream (${config.readMs} ms)`);
  const read = await readStreamLatency(store, `read-${randomUUID()}`, config.streamLength, config.warmupMs, config.readMs, config.maxSamples);
  log(`${name}: readAll in pages of ${config.pageSize} over ${config.feedEvents} events (${config.readMs} ms)`);
  const feed = await feedRead(store, config.feedEvents, config.pageSize, config.warmupMs, config.readMs);
  return { read, feed };
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
  log(`BENCH_SCALE=${config.scale}, ${config.rounds} rounds, sqlite files in ${dir}`);

  // --- SQLite: our store and the raw floor, interleaved round by round (each on a file of its own)
  const seqStore = new SqliteEventStore({ path: join(dir, 'ours-seq.db') }, deps);
  const concStore = new SqliteEventStore({ path: join(dir, 'ours-conc.db') }, deps);
  const closeSeq = once(() => seqStore.close());
  const closeConc = once(() => concStore.close());
  cleanups.push(closeSeq, closeConc);
  const sqliteVersion = seqStore.db.prepare('SELECT sqlite_version()').pluck().get() as string;
  const oursSeq = appendRunner(seqStore, `seq-${randomUUID()}`, 1);
  const oursConc = appendRunner(concStore, `conc-${randomUUID()}`, W, () => concStore.stats.transactions);
  const rawPerRowDb = rawSqliteInserts(join(dir, 'raw-per-row.db'), W);
  const rawGroupedDb = rawSqliteInserts(join(dir, 'raw-grouped.db'), W);
  const closeRaw = once(() => {
    rawPerRowDb.close();
    rawGroupedDb.close();
  });
  cleanups.push(closeRaw);

  const s = { seq: [] as number[], perRow: [] as number[], conc: [] as ConcurrentResult[], grouped: [] as number[], batches: [] as number[] };
  const ratio = { perRow: [] as number[], grouped: [] as number[] };
  for (let r = 0; r < config.rounds; r++) {
    const tag = `sqlite round ${r + 1}/${config.rounds}`;
    // alternate who goes first; the raw batch size is our mean batch so far (so round 1 starts with ours)
    const oursFirst = r % 2 === 0;
    let seq = 0;
    let perRow = 0;
    const runSeq = async () => {
      log(`${tag}: ours, 1 writer (${config.writeMs} ms)`);
      seq = (await oursSeq.run(config.warmupMs, config.writeMs)).perSecond;
    };
    const runPerRow = () => {
      log(`${tag}: raw, 1 row/txn (${config.writeMs} ms)`);
      perRow = rawPerRowDb.run(1, config.warmupMs, config.writeMs).perSecond;
    };
    if (oursFirst) await runSeq().then(runPerRow);
    else await Promise.resolve(runPerRow()).then(runSeq);
    let conc: ConcurrentResult | undefined;
    let grouped = 0;
    const runConc = async () => {
      log(`${tag}: ours, ${W} writers (${config.writeMs} ms)`);
      conc = await oursConc.run(config.warmupMs, config.writeMs);
      s.conc.push(conc);
    };
    const runGrouped = () => {
      const batch = Math.max(1, Math.round(meanBatch(s.conc)));
      log(`${tag}: raw, ${batch} rows/txn (${config.writeMs} ms)`);
      grouped = rawGroupedDb.run(batch, config.warmupMs, config.writeMs).perSecond;
      s.batches.push(batch);
    };
    if (oursFirst) await runConc().then(runGrouped);
    else await Promise.resolve(runGrouped()).then(runConc);
    const c = (conc as ConcurrentResult | undefined)?.perSecond ?? Number.NaN;
    s.seq.push(seq);
    s.perRow.push(perRow);
    s.grouped.push(grouped);
    ratio.perRow.push(c / perRow);
    ratio.grouped.push(c / grouped);
    log(`${tag}: ours ${fmtInt(seq)}/s vs raw ${fmtInt(perRow)}/s (1 writer); ours ${fmtInt(c)}/s vs raw ${fmtInt(grouped)}/s (${W} writers)`);
  }
  await closeSeq();
  await closeRaw();
  const sqliteBatch = meanBatch(s.conc);
  const rawBatches = [...new Set(s.batches)].join('/');
  const sqliteReads = await measureReads('sqlite', concStore);
  await closeConc();
  const sq = {
    seq: rounds(s.seq),
    conc: rounds(s.conc.map((r) => r.perSecond)),
    perRow: rounds(s.perRow),
    grouped: rounds(s.grouped),
    ratioPerRow: rounds(ratio.perRow),
    ratioGrouped: rounds(ratio.grouped),
  };

  // --- our PostgreSQL store, in a schema of its own
  let postgres: { seq: Rounds; conc: Rounds; batch: number; reads: ReadResult } | undefined;
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
    pgNote = `PostgreSQL ${info?.v ?? '?'} (synchronous_commit=${info?.sc ?? '?'}) at ${config.pgUrl.replace(/\/\/[^@/]*@/, '//')}, schema ${schema} (dropped at the end)`;
    const store = await PostgresEventStore.open({ connectionString: config.pgUrl, schema }, deps);
    const closeStore = once(() => store.close());
    cleanups.push(closeStore);
    // every group-commit transaction checks out one pool client; nothing else does during a write window
    let acquired = 0;
    store.pool.on('acquire', () => (acquired += 1));
    const runners: Record<'seq' | 'conc', WriteRunner> = {
      seq: appendRunner(store, `seq-${randomUUID()}`, 1),
      conc: appendRunner(store, `conc-${randomUUID()}`, W, () => acquired),
    };
    const p = { seq: [] as number[], conc: [] as ConcurrentResult[] };
    for (let r = 0; r < config.rounds; r++) {
      const tag = `postgres round ${r + 1}/${config.rounds}`;
      log(`${tag}: ours, 1 writer (${config.writeMs} ms)`);
      p.seq.push((await runners.seq.run(config.warmupMs, config.writeMs)).perSecond);
      log(`${tag}: ours, ${W} writers (${config.writeMs} ms)`);
      p.conc.push(await runners.conc.run(config.warmupMs, config.writeMs));
    }
    const reads = await measureReads('postgres', store);
    await closeStore();
    postgres = { seq: rounds(p.seq), conc: rounds(p.conc.map((r) => r.perSecond)), batch: meanBatch(p.conc), reads };
  }

  // --- one table
  const spread = (r: Rounds, f: (n: number) => string = fmtInt) => (config.rounds > 1 ? `${f(r.median)} (${f(r.min)}–${f(r.max)})` : f(r.median));
  const pgCell = (f: (r: NonNullable<typeof postgres>) => string) => (postgres ? f(postgres) : 'skipped');
  const rows: string[][] = [
    ['durable single-event appends/s, 1 writer awaiting each', spread(sq.seq), pgCell((r) => spread(r.seq)), `${spread(sq.perRow)} @1 row/txn`],
    [`appends/s, ${W} concurrent writers (own stream, exact expectedRevision)`, spread(sq.conc), pgCell((r) => spread(r.conc)), `${spread(sq.grouped)} @${rawBatches} rows/txn`],
    [`mean group-commit batch @${W} writers (appends/txn)`, fmt1(sqliteBatch), pgCell((r) => fmt1(r.batch)), `${rawBatches} (ours, rounded)`],
    [`readStream of a ${config.streamLength}-event stream: mean µs`, fmt1(sqliteReads.read.meanUs), pgCell((r) => fmt1(r.reads.read.meanUs)), '—'],
    [`readStream of a ${config.streamLength}-event stream: p99 µs`, fmt1(sqliteReads.read.p99Us), pgCell((r) => fmt1(r.reads.read.p99Us)), '—'],
    [`global feed readAll, pages of ${config.pageSize} over ${fmtInt(config.feedEvents)} events: events/s`, fmtInt(sqliteReads.feed.perSecond), pgCell((r) => fmtInt(r.reads.feed.perSecond)), '—'],
    [`ours @${W} writers ÷ raw 1 row/txn (vs a naive store)`, spread(sq.ratioPerRow, fmtX), pgCell(() => 'n/a'), '—'],
    [`ours @${W} writers ÷ raw ${rawBatches} rows/txn (like for like)`, spread(sq.ratioGrouped, fmtPct), pgCell(() => 'n/a'), '—'],
  ];
  const cpu = cpus();
  const met = sq.ratioGrouped.median >= 0.7;
  const out = [
    '## Event store benchmark',
    '',
    `machine: ${cpu.length} cpus (${cpu[0]?.model.trim() ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB, ${platform()} ${release()} ${arch()}, node ${process.version}`,
    `sqlite ${sqliteVersion}, WAL + synchronous=FULL, files in ${tmpdir()}; ${pgNote}`,
    `BENCH_SCALE=${config.scale}: ${config.rounds} rounds × ${config.writeMs} ms per append workload (ours and raw interleaved, median (min–max) shown), ` +
      `${config.readMs} ms per read workload, ${config.warmupMs} ms warm-up before each window`,
    '',
    markdownTable(['metric', 'sqlite (ours)', 'postgres (ours)', 'raw better-sqlite3 (same rows, WAL+FULL)'], rows, ['l', 'r', 'r', 'r']),
    '',
    `mean group-commit batch @${W} writers: sqlite ${fmt1(sqliteBatch)} appends/txn` +
      (postgres ? `, postgres ${fmt1(postgres.batch)} appends/txn (counted as pool checkouts)` : ''),
    `target — our sqlite store ≥ 70 % of the raw insert rate for the same durability under concurrency: ${met ? 'MET' : 'NOT MET'} — ` +
      `${fmtInt(sq.conc.median)} appends/s @${W} writers vs raw ${fmtInt(sq.grouped.median)} rows/s at the same ${rawBatches} rows/txn: ` +
      `${fmtPct(sq.ratioGrouped.median)} (median of per-round ratios; rounds ${sq.ratioGrouped.values.map((v) => fmtPct(v)).join(', ')}); ` +
      `vs raw at 1 row/txn ${fmtX(sq.ratioPerRow.median)}`,
    `total run time ${((performance.now() - started) / 1000).toFixed(1)} s`,
  ];
  process.stdout.write(`${out.join('\n')}\n`);
};

try {
  await main();
} finally {
  await cleanup();
}
