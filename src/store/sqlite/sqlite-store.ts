import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { Database as Db, Statement } from 'better-sqlite3';
import { GroupCommitQueue } from '../group-commit.ts';
import { AppendNotifier } from '../notifier.ts';
import { DEFAULT_READ_LIMIT } from '../options.ts';
import type { StoreDeps } from '../options.ts';
import { planBatch, validateAppend } from '../plan.ts';
import type { AppendRequest, PlanOutcome, StreamHead } from '../plan.ts';
import { catchUpSubscription } from '../subscription.ts';
import type { AppendOptions, AppendResult, EventStore, NewEvent, ReadAllOptions, ReadStreamOptions, RecordedEvent, SubscribeOptions, Subscription, VerifyReport } from '../types.ts';
import { verifyStream } from '../verify.ts';
import { SQLITE_SCHEMA } from './schema.ts';
import type { EventRow } from './schema.ts';

export interface SqliteStoreOptions {
  /** file path, or ':memory:' */
  path: string;
  /** FULL (default): every commit is synced to disk before it is acknowledged */
  synchronous?: 'FULL' | 'NORMAL' | 'OFF';
  /** how often a subscription looks for events written by another process */
  pollMs?: number;
}

const toEvent = (row: EventRow): RecordedEvent => ({
  id: row.id,
  stream: row.stream,
  revision: row.revision,
  position: row.position,
  type: row.type,
  data: JSON.parse(row.data) as RecordedEvent['data'],
  metadata: JSON.parse(row.metadata) as RecordedEvent['metadata'],
  prevHash: row.prev_hash,
  hash: row.hash,
});

/** The embedded default: one file, WAL, durable commits, appends grouped into shared transactions. */
export class SqliteEventStore implements EventStore {
  readonly kind = 'sqlite';
  readonly db: Db;
  readonly #queue: GroupCommitQueue;
  readonly #notifier = new AppendNotifier();
  readonly #pollMs: number;
  /** counters for metrics: how well group commit is grouping */
  readonly stats = { transactions: 0, appends: 0 };
  readonly #sql: Record<'head' | 'idExists' | 'lastPosition' | 'dataVersion' | 'insert' | 'forwards' | 'backwards' | 'all', Statement>;

  constructor(
    options: SqliteStoreOptions,
    private readonly deps: StoreDeps,
  ) {
    if (options.path !== ':memory:') mkdirSync(dirname(options.path), { recursive: true });
    this.db = new Database(options.path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma(`synchronous = ${options.synchronous ?? 'FULL'}`);
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(SQLITE_SCHEMA);
    this.#pollMs = options.pollMs ?? 1000;
    this.#sql = {
      head: this.db.prepare('SELECT revision, hash FROM events WHERE stream = ? ORDER BY revision DESC LIMIT 1'),
      idExists: this.db.prepare('SELECT 1 FROM events WHERE id = ?').pluck(),
      lastPosition: this.db.prepare('SELECT COALESCE(MAX(position), 0) FROM events').pluck(),
      dataVersion: this.db.prepare('PRAGMA data_version').pluck(),
      insert: this.db.prepare(
        'INSERT INTO events (position, id, stream, revision, type, data, metadata, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      ),
      forwards: this.db.prepare('SELECT * FROM events WHERE stream = ? AND revision >= ? ORDER BY revision ASC LIMIT ?'),
      backwards: this.db.prepare('SELECT * FROM events WHERE stream = ? AND revision <= ? ORDER BY revision DESC LIMIT ?'),
      all: this.db.prepare('SELECT * FROM events WHERE position > ? ORDER BY position ASC LIMIT ?'),
    };
    this.#queue = new GroupCommitQueue((batch) => this.#flush(batch));
  }

  async append(stream: string, events: NewEvent[], options: AppendOptions = {}): Promise<AppendResult> {
    validateAppend(stream, events);
    return this.#queue.submit({ stream, events, expectedRevision: options.expectedRevision ?? 'any' });
  }

  /**
   * Heads and the last position are kept in memory between batches (the hot path of group commit); they are
   * dropped whenever another connection has committed to the file meanwhile (PRAGMA data_version tells).
   */
  readonly #cache = { heads: new Map<string, StreamHead>(), lastPosition: -1, dataVersion: -1 };

  #headsFor(streams: Iterable<string>): Map<string, StreamHead> {
    const heads = new Map<string, StreamHead>();
    for (const stream of streams) {
      const head = this.#cache.heads.get(stream) ?? (this.#sql.head.get(stream) as StreamHead | undefined);
      if (head) heads.set(stream, head);
    }
    return heads;
  }

  // One IMMEDIATE transaction for the whole batch: decided, inserted and synced together.
  #flush(batch: AppendRequest[]): PlanOutcome[] {
    const cache = this.#cache;
    const write = this.db.transaction(() => {
      const version = this.#sql.dataVersion.get() as number;
      if (version !== cache.dataVersion) {
        cache.heads.clear();
        cache.lastPosition = this.#sql.lastPosition.get() as number;
        cache.dataVersion = version;
      }
      const heads = this.#headsFor(new Set(batch.map((r) => r.stream)));
      const storedIds = new Set<string>();
      for (const r of batch) for (const e of r.events) if (e.id && this.#sql.idExists.get(e.id)) storedIds.add(e.id);
      const plan = planBatch(batch, {
        heads,
        storedIds,
        lastPosition: cache.lastPosition,
        recordedAt: this.deps.clock.now().toISOString(),
        newId: this.deps.newId,
      });
      plan.rows.forEach((e, i) => {
        const json = plan.json[i] as { data: string; metadata: string };
        this.#sql.insert.run(e.position, e.id, e.stream, e.revision, e.type, json.data, json.metadata, e.prevHash, e.hash);
      });
      return plan;
    });
    let plan;
    try {
      plan = write.immediate();
    } catch (error) {
      cache.dataVersion = -1; // a failed transaction leaves nothing we can trust in the cache
      throw error;
    }
    const outcomes = plan.outcomes;
    if (cache.heads.size > 100_000) cache.heads.clear();
    for (const [stream, head] of plan.heads) cache.heads.set(stream, head);
    cache.lastPosition = plan.rows.at(-1)?.position ?? cache.lastPosition;
    this.stats.transactions += 1;
    this.stats.appends += batch.length;
    if (outcomes.some((o) => o.ok)) this.#notifier.notify();
    return outcomes;
  }

  async readStream(stream: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const limit = options.limit ?? DEFAULT_READ_LIMIT;
    const rows = options.direction === 'backwards'
      ? this.#sql.backwards.all(stream, options.fromRevision ?? Number.MAX_SAFE_INTEGER, limit)
      : this.#sql.forwards.all(stream, options.fromRevision ?? 0, limit);
    return (rows as EventRow[]).map(toEvent);
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    return (this.#sql.all.all(options.after ?? 0, options.limit ?? DEFAULT_READ_LIMIT) as EventRow[]).map(toEvent);
  }

  async headPosition(): Promise<number> {
    return this.#sql.lastPosition.get() as number;
  }

  subscribe(options?: SubscribeOptions): Subscription {
    return catchUpSubscription({ readAll: (o) => this.readAll(o), notifier: this.#notifier, pollMs: this.#pollMs }, options);
  }

  verify(stream: string): Promise<VerifyReport> {
    return verifyStream(stream, (fromRevision, limit) => this.readStream(stream, { fromRevision, limit }));
  }

  async close(): Promise<void> {
    await this.#queue.drained();
    this.#notifier.notify();
    if (this.db.open) this.db.close();
  }
}
