import type { Database as Db, Statement } from 'better-sqlite3';
import { DEFAULT_READ_LIMIT } from '../options.ts';
import type { StreamHead } from '../plan.ts';
import { prefixEnd } from '../prefix-range.ts';
import { withLazyData } from '../stored-json.ts';
import type { ReadAllOptions, ReadStreamOptions, RecordedEvent } from '../types.ts';

/**
 * Data larger than this many bytes is read as bytes and decoded when first used (src/store/stored-json.ts): a household
 * registration is ~1.5 KB, and a rebuild of the households view then keeps the bytes instead of parsing them.
 */
const LAZY_DATA_BYTES = 1024;

/** the columns of SELECT_EVENT, in order: rows are read as arrays, which spares better-sqlite3 a keyed object per row */
type EventTuple = [position: number, id: string, stream: string, revision: number, type: string, data: string | Uint8Array, metadata: string, prevHash: string, hash: string];
const SELECT_EVENT = `SELECT position, id, stream, revision, type,
  CASE WHEN length(CAST(data AS BLOB)) > ${LAZY_DATA_BYTES} THEN CAST(data AS BLOB) ELSE data END, metadata, prev_hash, hash FROM events`;

const toEvent = (row: EventTuple): RecordedEvent => {
  const [position, id, stream, revision, type, data, metadata, prevHash, hash] = row;
  const meta = JSON.parse(metadata) as RecordedEvent['metadata'];
  if (typeof data !== 'string') return withLazyData({ id, stream, revision, position, type, metadata: meta, prevHash, hash }, data);
  return { id, stream, revision, position, type, data: JSON.parse(data) as RecordedEvent['data'], metadata: meta, prevHash, hash };
};

/** Reads on the main thread's connection: what is committed, whoever committed it. */
export class SqliteReader {
  readonly #sql: Record<'head' | 'idExists' | 'lastPosition' | 'forwards' | 'backwards' | 'all', Statement>;

  readonly #byPrefixes = new Map<number, Statement>();

  constructor(private readonly db: Db) {
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
    const prefixes = options.streamPrefixes;
    if (!prefixes) return (this.#sql.all.all(options.after ?? 0, options.limit ?? DEFAULT_READ_LIMIT) as EventTuple[]).map(toEvent);
    const params = prefixes.flatMap((p) => [p, prefixEnd(p)]);
    return (this.#filtered(prefixes.length).all(options.after ?? 0, ...params, options.limit ?? DEFAULT_READ_LIMIT) as EventTuple[]).map(toEvent);
  }

  /**
   * The feed of the streams whose names start with one of `count` prefixes: name ranges, compared bytewise. `+stream`
   * keeps SQLite on the position order: through the stream index, every page would sort all of a prefix's events.
   */
  #filtered(count: number): Statement {
    let statement = this.#byPrefixes.get(count);
    if (!statement) {
      const any = count === 0 ? '0' : Array.from({ length: count }, () => '(+stream >= ? AND +stream < ?)').join(' OR ');
      statement = this.db.prepare(`${SELECT_EVENT} WHERE position > ? AND (${any}) ORDER BY position ASC LIMIT ?`).raw();
      this.#byPrefixes.set(count, statement);
    }
    return statement;
  }
}
