import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { Database as Db } from 'better-sqlite3';
import { BatchNotCommitted, GroupCommitQueue } from '../group-commit.ts';
import { AppendNotifier } from '../notifier.ts';
import { DEFAULT_READ_LIMIT } from '../options.ts';
import { RecentEvents } from '../recent-events.ts';
import type { StoreDeps } from '../options.ts';
import { validateAppend } from '../plan.ts';
import type { AppendRequest, PlanOutcome } from '../plan.ts';
import { catchUpSubscription } from '../subscription.ts';
import type { AppendOptions, AppendResult, EventStore, NewEvent, ReadAllOptions, ReadStreamOptions, RecordedEvent, SubscribeOptions, Subscription, VerifyReport } from '../types.ts';
import { verifyStream } from '../verify.ts';
import { BatchPlanner } from './planner.ts';
import type { PlannedBatch } from './planner.ts';
import type { WriteFailure } from './protocol.ts';
import { SqliteReader } from './reader.ts';
import { SQLITE_SCHEMA } from './schema.ts';
import { InlineWriter, ThreadWriter } from './writer.ts';
import type { BatchWriter, Synchronous } from './writer.ts';

export interface SqliteStoreOptions {
  /** file path, or ':memory:' (written inline: a second connection would open another database) */
  path: string;
  /** FULL (default): every commit is synced to disk before it is acknowledged */
  synchronous?: Synchronous;
  /** how often a subscription looks for events written by another process */
  pollMs?: number;
  /**
   * 'thread' (default): commits run on a connection of their own in a worker thread, so the next batches are
   * planned while one commits. 'inline': on the store's connection, one batch at a time.
   */
  writer?: 'thread' | 'inline';
  /** batches sent to the writer and not answered yet, at most (default 8 with a thread; inline always 1) */
  pipeline?: number;
}

const SYNCHRONOUS: readonly Synchronous[] = ['FULL', 'NORMAL', 'OFF'];

const rebuild = (failure: WriteFailure): Error => {
  const error = new Error(failure.message);
  error.name = failure.name;
  if (failure.code !== undefined) Object.assign(error, { code: failure.code });
  return error;
};

/**
 * The embedded default: one file, WAL, durable commits, appends grouped into shared transactions. The main thread
 * reads (on `db`) and plans; a writer commits the planned rows (see planner.ts for why that is safe).
 */
export class SqliteEventStore implements EventStore {
  readonly kind = 'sqlite';
  /** the main thread's connection: every read; never used to append */
  readonly db: Db;
  /**
   * counters for metrics: how well group commit is grouping (transactions committed, appends they answered), and
   * how many appends had to be planned again (their batch was not written: another connection wrote meanwhile)
   */
  readonly stats = { transactions: 0, appends: 0, replanned: 0 };
  readonly #reader: SqliteReader;
  readonly #planner: BatchPlanner;
  readonly #writer: BatchWriter;
  readonly #queue: GroupCommitQueue;
  readonly #notifier = new AppendNotifier();
  readonly #recent = new RecentEvents();
  #subscribers = 0;
  readonly #pollMs: number;
  /** the writer's transaction the last committed batch was part of: batches may share one */
  #lastTxn = -1;
  /** set while a plan waits for the write lock */
  #turn: Promise<void> | undefined;
  #closing: Promise<void> | undefined;

  constructor(options: SqliteStoreOptions, deps: StoreDeps) {
    const synchronous = options.synchronous ?? 'FULL';
    if (!SYNCHRONOUS.includes(synchronous)) throw new Error(`synchronous must be one of ${SYNCHRONOUS.join(', ')}`);
    const inMemory = options.path === ':memory:';
    if (!inMemory) mkdirSync(dirname(options.path), { recursive: true });
    this.db = new Database(options.path);
    try {
      this.db.pragma('journal_mode = WAL');
      this.db.pragma(`synchronous = ${synchronous}`);
      this.db.pragma('busy_timeout = 5000');
      this.db.exec(SQLITE_SCHEMA);
      this.#reader = new SqliteReader(this.db);
      const inline = inMemory || options.writer === 'inline';
      this.#writer = inline ? new InlineWriter(this.db) : new ThreadWriter(options.path, synchronous);
      this.#planner = new BatchPlanner(this.#reader, deps);
      this.#queue = new GroupCommitQueue((batch) => this.#flush(batch), { maxInFlight: inline ? 1 : (options.pipeline ?? 8) });
    } catch (error) {
      this.db.close();
      throw error;
    }
    this.#pollMs = options.pollMs ?? 1000;
  }

  async append(stream: string, events: NewEvent[], options: AppendOptions = {}): Promise<AppendResult> {
    validateAppend(stream, events);
    return this.#queue.submit({ stream, events, expectedRevision: options.expectedRevision ?? 'any' });
  }

  /**
   * Plans the batch on top of those in flight, sends it, and settles once the writer has answered for it. Plans are
   * made in batch order: one that waits for the write lock holds back those after it.
   */
  #flush(requests: AppendRequest[]): Promise<PlanOutcome[]> {
    if (!this.#turn && !this.#planner.fresh) return this.#commit(requests, this.#planner.plan(requests));
    // the batch is sent (not committed) before the turn passes on: the writer gets batches in plan order
    const sent = (this.#turn ?? Promise.resolve()).then(async () => ({ outcomes: this.#commit(requests, await this.#planFresh(requests)) }));
    const turn = sent.then(() => undefined, () => undefined);
    this.#turn = turn;
    void turn.then(() => {
      if (this.#turn === turn) this.#turn = undefined;
    });
    return sent.then((s) => s.outcomes);
  }

  /** the first plan of an epoch reads the file while the writer holds the write lock: nobody can commit in between */
  async #planFresh(requests: AppendRequest[]): Promise<PlannedBatch> {
    if (!this.#planner.fresh) return this.#planner.plan(requests);
    const epoch = this.#planner.epoch;
    const lock = await this.#writer.lock(epoch);
    if (lock.status !== 'locked') {
      this.#planner.invalidate(epoch);
      throw lock.status === 'stale' ? new BatchNotCommitted(lock.reason) : rebuild(lock.error);
    }
    try {
      return this.#planner.plan(requests);
    } catch (error) {
      this.#writer.release();
      this.#planner.invalidate(epoch);
      throw error;
    }
  }

  /** sends the batch at once (in the calling turn), then waits for the writer's answer */
  async #commit(requests: AppendRequest[], { plan, batch }: PlannedBatch): Promise<PlanOutcome[]> {
    const reply = await this.#writer.write(batch);
    this.#planner.answered(batch);
    if (reply.status === 'committed') {
      if (reply.txn !== this.#lastTxn) this.stats.transactions += 1;
      this.#lastTxn = reply.txn;
      this.stats.appends += requests.length;
      // kept only while someone follows the feed live (the app's projector does; a bare store, a script do not)
      if (this.#subscribers > 0) this.#recent.add(plan.rows);
      else this.#recent.clear();
      if (plan.rows.length > 0) this.#notifier.notify();
      return plan.outcomes;
    }
    this.#planner.invalidate(batch.epoch);
    if (reply.status === 'stale') {
      this.stats.replanned += requests.length;
      throw new BatchNotCommitted(reply.reason);
    }
    throw rebuild(reply.error);
  }

  async readStream(stream: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    return this.#reader.readStream(stream, options);
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    return this.#reader.readAll(options);
  }

  async headPosition(): Promise<number> {
    return this.#reader.lastPosition();
  }

  subscribe(options?: SubscribeOptions): Subscription {
    // a live subscriber is handed what this process just committed from memory; readAll (audits) reads the file
    const readAll = async (o: ReadAllOptions) => this.#recent.after(o.after ?? 0, o.limit ?? DEFAULT_READ_LIMIT) ?? this.#reader.readAll(o);
    const subscription = catchUpSubscription({ readAll, notifier: this.#notifier, pollMs: this.#pollMs }, options);
    this.#subscribers += 1;
    let open = true;
    return {
      [Symbol.asyncIterator]: () => subscription[Symbol.asyncIterator](),
      close: async () => {
        if (open) this.#subscribers -= 1;
        open = false;
        await subscription.close();
      },
    };
  }

  verify(stream: string): Promise<VerifyReport> {
    return verifyStream(stream, (fromRevision, limit) => this.readStream(stream, { fromRevision, limit }));
  }

  /** waits for every append submitted so far, stops the writer, closes the connection */
  close(): Promise<void> {
    this.#closing ??= (async () => {
      await this.#queue.drained();
      await this.#writer.close();
      this.#notifier.notify();
      if (this.db.open) this.db.close();
    })();
    return this.#closing;
  }
}
