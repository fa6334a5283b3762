import type { Database as Db, Statement } from 'better-sqlite3';
import { DEFAULT_READ_LIMIT } from '../options.ts';
import type { StreamHead } from '../plan.ts';
import type { ReadAllOptions, ReadStreamOptions, RecordedEvent } from '../types.ts';
import type { EventRow } from './schema.ts';

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

/** Reads on the main thread's connection: what is committed, whoever committed it. */
export class SqliteReader {
  readonly #sql: Record<'head' | 'idExists' | 'lastPosition' | 'forwards' | 'backwards' | 'all', Statement>;

  constructor(db: Db) {
    this.#sql = {
      head: db.prepare('SELECT revision, hash FROM events WHERE stream = ? ORDER BY revision DESC LIMIT 1'),
      idExists: db.prepare('SELECT 1 FROM events WHERE id = ?').pluck(),
      lastPosition: db.prepare('SELECT COALESCE(MAX(position), 0) FROM events').pluck(),
      forwards: db.prepare('SELECT * FROM events WHERE stream = ? AND revision >= ? ORDER BY revision ASC LIMIT ?'),
      backwards: db.prepare('SELECT * FROM events WHERE stream = ? AND revision <= ? ORDER BY revision DESC LIMIT ?'),
      all: db.prepare('SELECT * FROM events WHERE position > ? ORDER BY position ASC LIMIT ?'),
    };
  }

  head(stream: string): StreamHead | undefined {
    return this.#sql.head.get(stream) as StreamHead | undefined;
  }

  idExists(id: string): boolean {
    return this.#sql.idExists.get(id) !== undefined;
  }

  lastPosition(): number {
    return this.#sql.lastPosition.get() as number;
  }

  readStream(stream: string, options: ReadStreamOptions = {}): RecordedEvent[] {
    const limit = options.limit ?? DEFAULT_READ_LIMIT;
    const rows = options.direction === 'backwards'
      ? this.#sql.backwards.all(stream, options.fromRevision ?? Number.MAX_SAFE_INTEGER, limit)
      : this.#sql.forwards.all(stream, options.fromRevision ?? 0, limit);
    return (rows as EventRow[]).map(toEvent);
  }

  readAll(options: ReadAllOptions = {}): RecordedEvent[] {
    return (this.#sql.all.all(options.after ?? 0, options.limit ?? DEFAULT_READ_LIMIT) as EventRow[]).map(toEvent);
  }
}
