import pg from 'pg';
import { GroupCommitQueue } from '../group-commit.ts';
import { AppendNotifier } from '../notifier.ts';
import { DEFAULT_READ_LIMIT } from '../options.ts';
import type { StoreDeps } from '../options.ts';
import { planBatch, validateAppend } from '../plan.ts';
import type { AppendRequest, PlanOutcome, StreamHead } from '../plan.ts';
import { catchUpSubscription } from '../subscription.ts';
import type { AppendOptions, AppendResult, EventStore, NewEvent, ReadAllOptions, ReadStreamOptions, RecordedEvent, SubscribeOptions, Subscription, VerifyReport } from '../types.ts';
import { verifyStream } from '../verify.ts';
import { PgListener } from './listener.ts';
import { postgresSchema } from './schema.ts';
import type { PgEventRow } from './schema.ts';

export interface PostgresStoreOptions {
  connectionString: string;
  schema?: string;
  poolSize?: number;
  /** a subscription re-reads at least this often even if a NOTIFY was lost */
  pollMs?: number;
}

const toEvent = (row: PgEventRow): RecordedEvent => ({
  id: row.id,
  stream: row.stream,
  revision: Number(row.revision),
  position: Number(row.position),
  type: row.type,
  data: row.data as RecordedEvent['data'],
  metadata: row.metadata as unknown as RecordedEvent['metadata'],
  prevHash: row.prev_hash,
  hash: row.hash,
});

/** Several application instances may share one database: positions and revisions are decided under one row lock. */
export class PostgresEventStore implements EventStore {
  readonly kind = 'postgres';
  readonly pool: pg.Pool;
  readonly schema: string;
  readonly #sql: ReturnType<typeof postgresSchema>;
  readonly #queue = new GroupCommitQueue((batch) => this.#flush(batch));
  readonly #notifier = new AppendNotifier();
  readonly #listener: PgListener;
  readonly #pollMs: number;

  private constructor(options: PostgresStoreOptions, private readonly deps: StoreDeps) {
    this.#sql = postgresSchema(options.schema ?? 'eventstore');
    this.schema = this.#sql.schema;
    this.pool = new pg.Pool({ connectionString: options.connectionString, max: options.poolSize ?? 10 });
    this.pool.on('error', () => undefined); // an idle client's broken connection is replaced on next use
    this.#listener = new PgListener(options.connectionString, this.#sql.channel, () => this.#notifier.notify());
    this.#pollMs = options.pollMs ?? 1000;
  }

  static async open(options: PostgresStoreOptions, deps: StoreDeps): Promise<PostgresEventStore> {
    const store = new PostgresEventStore(options, deps);
    const client = await store.pool.connect();
    try {
      // instances starting together must not race on CREATE … IF NOT EXISTS
      await client.query('SELECT pg_advisory_lock(hashtext($1))', [store.schema]);
      await client.query(store.#sql.ddl);
    } finally {
      await client.query('SELECT pg_advisory_unlock(hashtext($1))', [store.schema]).catch(() => undefined);
      client.release();
    }
    return store;
  }

  async append(stream: string, events: NewEvent[], options: AppendOptions = {}): Promise<AppendResult> {
    validateAppend(stream, events);
    return this.#queue.submit({ stream, events, expectedRevision: options.expectedRevision ?? 'any' });
  }

  async #flush(batch: AppendRequest[]): Promise<PlanOutcome[]> {
    const s = this.schema;
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const head = await client.query<{ position: string }>(`SELECT position FROM ${s}.head WHERE id = 1 FOR UPDATE`);
      const streams = [...new Set(batch.map((r) => r.stream))];
      const heads = await client.query<{ stream: string; revision: string; hash: string }>(
        // one index probe per stream (DISTINCT ON would read and sort every event of every stream in the batch)
        `SELECT s.stream, h.revision, h.hash FROM unnest($1::text[]) AS s(stream)
         CROSS JOIN LATERAL (SELECT revision, hash FROM ${s}.events e WHERE e.stream = s.stream ORDER BY revision DESC LIMIT 1) h`,
        [streams],
      );
      const givenIds = batch.flatMap((r) => r.events.flatMap((e) => (e.id ? [e.id] : [])));
      const stored = givenIds.length === 0 ? [] : (await client.query<{ id: string }>(`SELECT id FROM ${s}.events WHERE id = ANY($1::uuid[])`, [givenIds])).rows;
      const plan = planBatch(batch, {
        heads: new Map(heads.rows.map((r): [string, StreamHead] => [r.stream, { revision: Number(r.revision), hash: r.hash }])),
        storedIds: new Set(stored.map((r) => r.id)),
        lastPosition: Number(head.rows[0]?.position ?? 0),
        recordedAt: this.deps.clock.now().toISOString(),
        newId: this.deps.newId,
      });
      const rows = plan.rows;
      if (rows.length > 0) {
        await client.query(
          `INSERT INTO ${s}.events (position, id, stream, revision, type, data, metadata, prev_hash, hash)
           SELECT * FROM unnest($1::bigint[], $2::uuid[], $3::text[], $4::bigint[], $5::text[], $6::jsonb[], $7::jsonb[], $8::text[], $9::text[])`,
          [rows.map((e) => e.position), rows.map((e) => e.id), rows.map((e) => e.stream), rows.map((e) => e.revision), rows.map((e) => e.type),
            plan.json.map((j) => j.data), plan.json.map((j) => j.metadata), rows.map((e) => e.prevHash), rows.map((e) => e.hash)],
        );
        const last = rows[rows.length - 1]?.position ?? 0;
        await client.query(`UPDATE ${s}.head SET position = $1 WHERE id = 1`, [last]);
        await client.query('SELECT pg_notify($1, $2)', [this.#sql.channel, String(last)]);
      }
      await client.query('COMMIT');
      if (rows.length > 0) this.#notifier.notify();
      return plan.outcomes;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async readStream(stream: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const limit = options.limit ?? DEFAULT_READ_LIMIT;
    const back = options.direction === 'backwards';
    const from = options.fromRevision ?? (back ? Number.MAX_SAFE_INTEGER : 0);
    const { rows } = await this.pool.query<PgEventRow>(
      `SELECT * FROM ${this.schema}.events WHERE stream = $1 AND revision ${back ? '<=' : '>='} $2 ORDER BY revision ${back ? 'DESC' : 'ASC'} LIMIT $3`,
      [stream, from, limit],
    );
    return rows.map(toEvent);
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const prefixes = options.streamPrefixes;
    const { rows } = await this.pool.query<PgEventRow>(
      // ^@ is PostgreSQL's starts-with operator
      `SELECT * FROM ${this.schema}.events WHERE position > $1${prefixes ? ' AND stream ^@ ANY($3::text[])' : ''} ORDER BY position ASC LIMIT $2`,
      prefixes ? [options.after ?? 0, options.limit ?? DEFAULT_READ_LIMIT, [...prefixes]] : [options.after ?? 0, options.limit ?? DEFAULT_READ_LIMIT],
    );
    return rows.map(toEvent);
  }

  async headPosition(): Promise<number> {
    const { rows } = await this.pool.query<{ position: string }>(`SELECT position FROM ${this.schema}.head WHERE id = 1`);
    return Number(rows[0]?.position ?? 0);
  }

  subscribe(options?: SubscribeOptions): Subscription {
    this.#listener.start();
    return catchUpSubscription({ readAll: (o) => this.readAll(o), notifier: this.#notifier, pollMs: this.#pollMs }, options);
  }

  verify(stream: string): Promise<VerifyReport> {
    return verifyStream(stream, (fromRevision, limit) => this.readStream(stream, { fromRevision, limit }));
  }

  async close(): Promise<void> {
    await this.#queue.drained();
    this.#notifier.notify();
    await this.#listener.stop();
    await this.pool.end();
  }
}
