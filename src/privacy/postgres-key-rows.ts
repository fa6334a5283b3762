import type pg from 'pg';
import type { KeyRows } from './key-vault.ts';

/** PostgreSQL's data keys: a table in the event store's schema (same backup, same transactions' durability) */
export class PostgresKeyRows implements KeyRows {
  #ready: Promise<unknown> | undefined;

  constructor(private readonly pool: pg.Pool, private readonly schema: string) {}

  #table() {
    this.#ready ??= this.pool.query(`CREATE TABLE IF NOT EXISTS ${this.schema}.personal_data_keys (
      subject text PRIMARY KEY, wrapped bytea, created_at timestamptz NOT NULL, destroyed_at timestamptz)`);
    return this.#ready;
  }

  async fetch(subjects: readonly string[]) {
    await this.#table();
    const { rows } = await this.pool.query<{ subject: string; wrapped: Buffer | null }>(`SELECT subject, wrapped FROM ${this.schema}.personal_data_keys WHERE subject = ANY($1)`, [subjects]);
    return new Map(rows.map((r) => [r.subject, r.wrapped] as const));
  }

  async insert(subject: string, wrapped: Buffer, at: string) {
    await this.#table();
    await this.pool.query(`INSERT INTO ${this.schema}.personal_data_keys (subject, wrapped, created_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [subject, wrapped, at]);
    const { rows } = await this.pool.query<{ wrapped: Buffer | null }>(`SELECT wrapped FROM ${this.schema}.personal_data_keys WHERE subject = $1`, [subject]);
    return rows[0]?.wrapped ?? null;
  }

  async destroy(subject: string, at: string) {
    await this.#table();
    // PostgreSQL keeps dead tuples until VACUUM: the old row's bytes are unreadable through SQL at once and gone
    // from the table's pages after the next vacuum (README: personal data)
    await this.pool.query(`INSERT INTO ${this.schema}.personal_data_keys (subject, wrapped, created_at, destroyed_at) VALUES ($1, NULL, $2, $2)
      ON CONFLICT (subject) DO UPDATE SET wrapped = NULL, destroyed_at = excluded.destroyed_at`, [subject, at]);
  }

  async destroyed() {
    await this.#table();
    const { rows } = await this.pool.query<{ subject: string }>(`SELECT subject FROM ${this.schema}.personal_data_keys WHERE wrapped IS NULL`);
    return rows.map((r) => r.subject);
  }

  close() {
    return Promise.resolve();
  }
}
