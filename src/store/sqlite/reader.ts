import type { Database as Db, Statement } from 'better-sqlite3';
import { DEFAULT_READ_LIMIT } from '../options.ts';
import type { StreamHead } from '../plan.ts';
import type { ReadAllOptions, ReadStreamOptions, RecordedEvent } from '../types.ts';

/** the columns of SELECT_EVENT, in order: rows are read as arrays, which spares better-sqlite3 a keyed object per row */
type EventTuple = [position: number, id: string, stream: string, revision: number, type: string, data: string, metadata: string, prevHash: string, hash: string];
const SELECT_EVENT = 'SELECT position, id, stream, revision, type, data, metadata, prev_hash, hash FROM events';

const toEvent = (row: EventTuple): RecordedEvent => ({
  id: row[1],
  stream: row[2],
  revision: row[3],
  position: row[0],
  type: row[4],
  data: JSON.parse(row[5]) as RecordedEvent['data'],
  metadata: JSON.parse(row[6]) as RecordedEvent['metadata'],
  prevHash: row[7],
  hash: row[8],
});

/** Reads on the main thread's connection: what is committed, whoever committed it. */
export class SqliteReader {
  readonly #sql: Record<'head' | 'idExists' | 'lastPosition' | 'forwards' | 'backwards' | 'all', Statement>;

  constructor(db: Db) {
    this.#sql = {
      head: db.prepare('SELECT revision, hash FROM events WHERE stream = ? ORDER BY revision DESC LIMIT 1'),
      idExists: db.prepare('SELECT 1 FROM events WHERE id = ?').pluck(),
      lastPosition: db.prepare('SELECT COALESCE(MAX(position), 0) FROM events').pluck(),
      forwards: db.prepare(`${SELECT_EVENT} WHERE stream = ? AND revision >= ? ORDER BY revision ASC LIMIT ?`).raw(),
      backwards: db.prepare(`${SELECT_EVENT} WHERE stream = ? AND revision <= ? ORDER BY revision DESC LIMIT ?`).raw(),
      all: db.prepare(`${SELECT_EVENT} WHERE position > ? ORDER BY position ASC LIMIT ?`).raw(),
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
    return (rows as EventTuple[]).map(toEvent);
  }

  readAll(options: ReadAllOptions = {}): RecordedEvent[] {
    return (this.#sql.all.all(options.after ?? 0, options.limit ?? DEFAULT_READ_LIMIT) as EventTuple[]).map(toEvent);
  }
}
