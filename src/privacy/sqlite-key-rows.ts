import Database from 'better-sqlite3';
import type { Database as Db } from 'better-sqlite3';
import type { KeyRows } from './key-vault.ts';

const BUSY_ATTEMPTS = 1500;

/**
 * runs a write on the keys' own connection, retrying while the store's writer holds the file's write lock: each try
 * waits at most the connection's short busy_timeout, and between tries the event loop runs (the writer commits in
 * batches from its own thread; a try lands between two of them). Up to ~30 s, then the error stands.
 */
const whenFree = async <T>(write: () => T): Promise<T> => {
  for (let attempt = 0; ; attempt++) {
    try {
      return write();
    } catch (error) {
      if ((error as { code?: string }).code !== 'SQLITE_BUSY' || attempt >= BUSY_ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.min(1 + attempt, 20)));
    }
  }
};

/**
 * The embedded store's data keys: a table in the same file as the events (one file to back up), on a connection of
 * its own with secure_delete, so a destroyed key's bytes are overwritten in the page rather than left in free space.
 * The store's writer commits events on another connection; a key is committed before any event sealed with it.
 */
export class SqliteKeyRows implements KeyRows {
  readonly #db: Db;
  readonly #own: boolean;

  constructor(source: string | Db) {
    this.#own = typeof source === 'string';
    this.#db = typeof source === 'string' ? new Database(source) : source;
    if (this.#own) {
      this.#db.pragma('journal_mode = WAL');
      // short: a write that finds the store's writer mid-commit waits in `whenFree` (asynchronously), not here, where
      // it would block the event loop (a 5 s wait under load starved the key's insert and stalled every request)
      this.#db.pragma('busy_timeout = 20');
    }
    this.#db.pragma('secure_delete = ON');
    this.#db.exec(`CREATE TABLE IF NOT EXISTS personal_data_keys (
      subject TEXT PRIMARY KEY,
      wrapped BLOB,            -- the data key encrypted with the master key; NULL once destroyed (erased)
      created_at TEXT NOT NULL,
      destroyed_at TEXT
    ) WITHOUT ROWID`);
  }

  fetch(subjects: readonly string[]) {
    const found = new Map<string, Buffer | null>();
    const select = this.#db.prepare<[string], { subject: string; wrapped: Buffer | null }>('SELECT subject, wrapped FROM personal_data_keys WHERE subject = ?');
    for (const s of subjects) {
      const row = select.get(s);
      if (row) found.set(row.subject, row.wrapped);
    }
    return Promise.resolve(found);
  }

  async insert(subject: string, wrapped: Buffer, at: string) {
    await whenFree(() => this.#db.prepare('INSERT OR IGNORE INTO personal_data_keys (subject, wrapped, created_at) VALUES (?, ?, ?)').run(subject, wrapped, at));
    const row = this.#db.prepare<[string], { wrapped: Buffer | null }>('SELECT wrapped FROM personal_data_keys WHERE subject = ?').get(subject);
    return row?.wrapped ?? null;
  }

  async destroy(subject: string, at: string) {
    await whenFree(() => this.#db.prepare(`INSERT INTO personal_data_keys (subject, wrapped, created_at, destroyed_at) VALUES (?, NULL, ?, ?)
      ON CONFLICT (subject) DO UPDATE SET wrapped = NULL, destroyed_at = excluded.destroyed_at`).run(subject, at, at));
    // the old page images in the WAL go too: the key must not survive in the log file either
    if (this.#own) await whenFree(() => this.#db.pragma('wal_checkpoint(TRUNCATE)'));
  }

  destroyed() {
    return Promise.resolve(this.#db.prepare<[], { subject: string }>('SELECT subject FROM personal_data_keys WHERE wrapped IS NULL').all().map((r) => r.subject));
  }

  close() {
    if (this.#own) this.#db.close();
    return Promise.resolve();
  }
}
