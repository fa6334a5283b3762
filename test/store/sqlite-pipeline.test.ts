import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../src/shared/clock.ts';
import { randomIds } from '../../src/shared/ids.ts';
import { DuplicateEventIdError } from '../../src/store/errors.ts';
import type { StoreDeps } from '../../src/store/options.ts';
import { BatchPlanner } from '../../src/store/sqlite/planner.ts';
import { SqliteReader } from '../../src/store/sqlite/reader.ts';
import { SQLITE_SCHEMA } from '../../src/store/sqlite/schema.ts';
import { SqliteEventStore } from '../../src/store/sqlite/sqlite-store.ts';
import type { SqliteStoreOptions } from '../../src/store/sqlite/sqlite-store.ts';
import type { WriteBatch } from '../../src/store/sqlite/protocol.ts';
import { openWriter } from '../../src/store/sqlite/writer-core.mjs';
import type { EventStore, RecordedEvent } from '../../src/store/types.ts';
import { event, events, uniqueStream } from './harness.ts';

const dir = mkdtempSync(join(tmpdir(), 'es-sqlite-pipeline-'));
let n = 0;
const deps: StoreDeps = { clock: systemClock, newId: randomIds };
const file = () => join(dir, `store-${++n}.db`);
const open = (options: Partial<SqliteStoreOptions> = {}) => new SqliteEventStore({ path: file(), ...options }, deps);
const tick = () => new Promise((resolve) => setImmediate(resolve));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const readEverything = async (store: EventStore): Promise<RecordedEvent[]> => store.readAll({ after: 0, limit: 1_000_000 });
const expectGapless = (all: RecordedEvent[]) => expect(all.map((e) => e.position)).toEqual(all.map((_, i) => i + 1));

describe('sqlite writer thread: planning ahead of the commit', () => {
  it('writes an in-memory database inline', async () => {
    const store = new SqliteEventStore({ path: ':memory:' }, deps);
    const s = uniqueStream('mem');
    await Promise.all([store.append(s, events(2)), store.append(s, [event('B')])]);
    expect(await store.readStream(s)).toHaveLength(3);
    expect((await store.verify(s)).ok).toBe(true);
    await store.close();
  });

  it('refuses an event id that is in a batch still being committed, for that append only', async () => {
    const store = open();
    const id = randomUUID();
    const first = store.append(uniqueStream('a'), [{ ...event('First'), id }]);
    await tick(); // the first batch is planned and sent; the next one is planned while it commits
    const results = await Promise.allSettled([
      store.append(uniqueStream('b'), [event('Before')]),
      store.append(uniqueStream('c'), [event('Again'), { ...event('Dup'), id }]),
      store.append(uniqueStream('d'), [event('After')]),
    ]);
    await expect(first).resolves.toMatchObject({ lastPosition: 1 });
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((results[1] as PromiseRejectedResult).reason).toBeInstanceOf(DuplicateEventIdError);
    const all = await readEverything(store);
    expect(all.map((e) => e.type)).toEqual(['First', 'Before', 'After']);
    expectGapless(all);
    await store.close();
  });

  it('plans again, rather than fails, the appends planned on top of a batch that failed', async () => {
    const store = open();
    // a batch with this stream fails inside the transaction, as an I/O error or a constraint would
    store.db.exec(`CREATE TRIGGER poison BEFORE INSERT ON events WHEN NEW.stream LIKE 'poison-%' BEGIN SELECT RAISE(ABORT, 'poisoned row'); END`);
    const streams = Array.from({ length: 6 }, () => uniqueStream('ok'));
    for (let round = 0; round < 5; round++) {
      const poisoned = store.append(uniqueStream('poison'), [event('Bad')]);
      await tick();
      const others = streams.map((s) => store.append(s, [event(`R${round}`)], { expectedRevision: round === 0 ? 'no_stream' : round - 1 }));
      await expect(poisoned).rejects.toThrow('poisoned row');
      await expect(Promise.all(others)).resolves.toHaveLength(streams.length);
    }
    const all = await readEverything(store);
    expect(all).toHaveLength(5 * streams.length);
    expectGapless(all);
    for (const s of streams) {
      expect((await store.readStream(s)).map((e) => e.type)).toEqual(['R0', 'R1', 'R2', 'R3', 'R4']);
      expect((await store.verify(s)).ok).toBe(true);
    }
    expect(store.stats.replanned).toBeGreaterThan(0);
    await store.close();
  });

  it('two stores appending concurrently to one file: every append lands once, positions gapless, chains intact', async () => {
    const path = file();
    const a = new SqliteEventStore({ path }, deps);
    const b = new SqliteEventStore({ path }, deps);
    const prefix = uniqueStream('shared');
    const rounds = 12;
    const perStore = 8;
    for (let r = 0; r < rounds; r++) {
      await Promise.all([
        ...Array.from({ length: perStore }, (_, i) => a.append(`${prefix}-${i % 3}`, [event('A', { r, i })])),
        ...Array.from({ length: perStore }, (_, i) => b.append(`${prefix}-${i % 3}`, events(1 + (i % 2), 'B'))),
      ]);
    }
    const all = await readEverything(a);
    expect(all).toHaveLength(rounds * (perStore + perStore * 1.5));
    expectGapless(all);
    expect(new Set(all.map((e) => e.id)).size).toBe(all.length);
    for (let i = 0; i < 3; i++) expect((await a.verify(`${prefix}-${i}`)).ok).toBe(true);
    await a.close();
    await b.close();
  });

  it('two stores racing for one revision: exactly one append wins, the losers get ConcurrencyError', async () => {
    const path = file();
    const a = new SqliteEventStore({ path }, deps);
    const b = new SqliteEventStore({ path }, deps);
    const s = uniqueStream('race');
    await a.append(s, [event('Started')]);
    for (let revision = 0; revision < 5; revision++) {
      const results = await Promise.allSettled(
        Array.from({ length: 10 }, (_, i) => (i % 2 === 0 ? a : b).append(s, [event('Step', { revision, i })], { expectedRevision: revision })),
      );
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      expect(results.every((r) => r.status === 'fulfilled' || (r.reason as Error).name === 'ConcurrencyError')).toBe(true);
    }
    expect(await a.readStream(s)).toHaveLength(6);
    expect((await b.verify(s)).ok).toBe(true);
    await a.close();
    await b.close();
  });

  it('close() waits for appends in flight; appends after it fail', async () => {
    const store = open();
    const pending = Array.from({ length: 20 }, (_, i) => store.append(uniqueStream('closing'), [event('A', { i })]));
    await store.close();
    await expect(Promise.all(pending)).resolves.toHaveLength(20);
    await expect(store.append(uniqueStream('late'), [event('A')])).rejects.toThrow();
    await store.close();
  });
});

describe('sqlite writer: a plan is written only if it still holds', () => {
  const setup = () => {
    const path = file();
    const main = new Database(path);
    main.pragma('journal_mode = WAL');
    main.exec(SQLITE_SCHEMA);
    const writerDb = new Database(path);
    const other = new Database(path);
    const planner = new BatchPlanner(new SqliteReader(main), deps);
    const core = openWriter<string>(writerDb);
    // one request, one answer (and a commit), as the inline writer does
    const only = () => core.flush()[0]?.reply;
    const writer = {
      lock: (epoch: number) => (core.lock('lock', epoch), only()),
      write: (batch: WriteBatch) => (core.write(`batch ${batch.id}`, batch), only()),
      release: () => core.release(),
    };
    const close = () => [main, writerDb, other].forEach((db) => db.close());
    return { main, other, planner, core, writer, close };
  };
  const req = (stream: string, count = 1) => ({ stream, events: events(count), expectedRevision: 'any' as const });
  const foreignInsert = (db: Database.Database, position: number) =>
    db.prepare(`INSERT INTO events VALUES (?, ?, 'foreign', ?, 'X', '{}', '{}', 'p', 'h')`).run(position, randomUUID(), position);

  it('the first batch of an epoch must be planned under the write lock', () => {
    const { planner, writer, close } = setup();
    const unlocked = planner.plan([req('s')]);
    expect(writer.write(unlocked.batch)).toMatchObject({ status: 'stale', reason: /did not start with a lock/ });
    planner.invalidate(unlocked.batch.epoch);
    expect(writer.lock(planner.epoch)).toEqual({ status: 'locked' });
    const locked = planner.plan([req('s')]);
    expect(writer.write(locked.batch)).toMatchObject({ status: 'committed' });
    close();
  });

  it('a batch planned on top of one that failed is refused, even when the file happens to be where it expects', () => {
    const { main, other, planner, writer, close } = setup();
    main.exec(`CREATE TRIGGER poison BEFORE INSERT ON events WHEN NEW.stream = 'poison' BEGIN SELECT RAISE(ABORT, 'poisoned row'); END`);
    expect(writer.lock(planner.epoch)).toEqual({ status: 'locked' });
    const first = planner.plan([req('poison', 2)]);
    const second = planner.plan([req('s')]);
    expect(second.batch.after).toBe(2);
    expect(writer.write(first.batch)).toMatchObject({ status: 'failed', error: { message: 'poisoned row' } });
    // another connection appends exactly as many rows as the first batch: the second batch's position would match
    foreignInsert(other, 1);
    foreignInsert(other, 2);
    expect(writer.write(second.batch)).toMatchObject({ status: 'stale' });
    planner.invalidate(first.batch.epoch);
    expect(planner.fresh).toBe(true);
    expect(writer.lock(planner.epoch)).toEqual({ status: 'locked' });
    const again = planner.plan([req('s')]);
    expect(again.batch.after).toBe(2);
    expect(writer.write(again.batch)).toMatchObject({ status: 'committed' });
    planner.answered(again.batch);
    expect(main.prepare('SELECT stream, revision FROM events ORDER BY position').all()).toEqual([
      { stream: 'foreign', revision: 1 },
      { stream: 'foreign', revision: 2 },
      { stream: 's', revision: 0 },
    ]);
    close();
  });

  it('a batch is refused when another connection committed since the previous batch of its epoch', () => {
    const { main, planner, writer, close } = setup();
    writer.lock(planner.epoch);
    const first = planner.plan([req('s')]);
    expect(writer.write(first.batch)).toMatchObject({ status: 'committed' });
    planner.answered(first.batch);
    const second = planner.plan([req('s')]);
    // no row appended, but the file changed under the plan (here: an edit through another connection)
    main.exec(`CREATE TABLE IF NOT EXISTS notes (x)`);
    expect(writer.write(second.batch)).toMatchObject({ status: 'stale', reason: /another connection/ });
    close();
  });

  it('refusals planned on the cache are confirmed by the writer like rows', () => {
    const { other, planner, writer, close } = setup();
    writer.lock(planner.epoch);
    const first = planner.plan([req('s')]);
    expect(writer.write(first.batch)).toMatchObject({ status: 'committed' });
    planner.answered(first.batch);
    // another connection moves the stream on; the cached head still says revision 0
    other.prepare(`INSERT INTO events VALUES (2, ?, 's', 1, 'X', '{}', '{}', 'p', 'h')`).run(randomUUID());
    const refused = planner.plan([{ stream: 's', events: events(1), expectedRevision: 1 }]);
    expect(refused.plan.outcomes[0]).toMatchObject({ ok: false, error: { name: 'ConcurrencyError', actual: 0 } });
    expect(refused.batch.rows).toEqual([]);
    expect(writer.write(refused.batch)).toMatchObject({ status: 'stale' });
    planner.invalidate(refused.batch.epoch);
    writer.lock(planner.epoch);
    const again = planner.plan([{ stream: 's', events: events(1), expectedRevision: 1 }]);
    expect(again.plan.outcomes[0]).toMatchObject({ ok: true });
    expect(writer.write(again.batch)).toMatchObject({ status: 'committed' });
    close();
  });

  it('batches that reach the writer together share a transaction', () => {
    const { main, planner, core, writer, close } = setup();
    writer.lock(planner.epoch);
    const batches = [req('a'), req('b', 2), req('c')].map((r) => planner.plan([r]).batch);
    for (const b of batches) core.write(`batch ${b.id}`, b);
    const answers = core.flush();
    expect(answers.map((a) => a.reply.status)).toEqual(['committed', 'committed', 'committed']);
    expect(new Set(answers.map((a) => (a.reply as { txn?: number }).txn)).size).toBe(1);
    expect(main.prepare('SELECT stream FROM events ORDER BY position').pluck().all()).toEqual(['a', 'b', 'b', 'c']);
    close();
  });

  it('one batch failing in a shared transaction fails alone: the others are refused as stale, to be planned again', () => {
    const { main, planner, core, writer, close } = setup();
    main.exec(`CREATE TRIGGER poison BEFORE INSERT ON events WHEN NEW.stream = 'poison' BEGIN SELECT RAISE(ABORT, 'poisoned row'); END`);
    writer.lock(planner.epoch);
    const first = planner.plan([req('a')]);
    expect(writer.write(first.batch)).toMatchObject({ status: 'committed' });
    const [b2, b3, b4, b5] = [req('b', 2), req('c'), req('poison'), req('d')].map((r) => planner.plan([r]).batch) as [WriteBatch, WriteBatch, WriteBatch, WriteBatch];
    for (const b of [b2, b3, b4, b5]) core.write(`batch ${b.id}`, b);
    const answers = core.flush();
    expect(answers.map((a) => a.reply.status)).toEqual(['stale', 'stale', 'failed', 'stale']);
    expect(answers.map((a) => a.key)).toEqual([b2, b3, b4, b5].map((b) => `batch ${b.id}`));
    expect(answers[2]?.reply).toMatchObject({ error: { message: 'poisoned row' } });
    expect(main.prepare('SELECT stream FROM events ORDER BY position').pluck().all()).toEqual(['a']);
    close();
  });

  it('while the writer holds the lock for a plan, no other connection can commit', () => {
    const { other, planner, writer, close } = setup();
    other.pragma('busy_timeout = 0');
    writer.lock(planner.epoch);
    expect(() => foreignInsert(other, 1)).toThrow(/locked|busy/i);
    writer.release();
    foreignInsert(other, 1);
    close();
  });
});
