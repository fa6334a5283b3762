import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { SQLITE_SCHEMA } from '../../src/store/sqlite/schema.ts';
import { rowTemplate } from './fixtures.ts';
import type { RowTemplate } from './fixtures.ts';
import { throughput } from './stats.ts';
import type { Throughput } from './stats.ts';

/**
 * The floor a store cannot beat: plain better-sqlite3 inserts of the rows our SQLite store writes (same table,
 * indexes and triggers; same JSON; WAL + synchronous=FULL; BEGIN IMMEDIATE), `rowsPerTxn` rows per commit,
 * spread round-robin over `streams` streams. The strings are prepared up front; only the id is made per row.
 * The table persists between windows, as the store's does.
 */
export interface RawRunner {
  run(rowsPerTxn: number, warmupMs: number, ms: number): Throughput;
  close(): void;
}

export const rawSqliteInserts = (path: string, streams: number): RawRunner => {
  const db = new Database(path);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('busy_timeout = 5000');
    db.exec(SQLITE_SCHEMA);
    const insert = db.prepare(
      'INSERT INTO events (position, id, stream, revision, type, data, metadata, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    const recordedAt = new Date().toISOString();
    const templates: RowTemplate[] = Array.from({ length: 1024 }, (_, i) => rowTemplate(i % streams, i, recordedAt));
    const names = Array.from({ length: streams }, (_, s) => `raw-w${s}`);
    const revisions = new Array<number>(streams).fill(0);
    let position = 0;
    const write = db.transaction((n: number) => {
      for (let k = 0; k < n; k++) {
        const s = position % streams;
        const t = templates[position % templates.length] as RowTemplate;
        const revision = revisions[s] as number;
        revisions[s] = revision + 1;
        position += 1;
        insert.run(position, randomUUID(), names[s], revision, t.type, t.data, t.metadata, t.prevHash, t.hash);
      }
    });
    const phase = (rowsPerTxn: number, until: number) => {
      let rows = 0;
      while (performance.now() < until) {
        write.immediate(rowsPerTxn);
        rows += rowsPerTxn;
      }
      return rows;
    };
    return {
      run(rowsPerTxn, warmupMs, ms) {
        phase(rowsPerTxn, performance.now() + warmupMs);
        const start = performance.now();
        const rows = phase(rowsPerTxn, start + ms);
        return throughput(rows, start, performance.now());
      },
      close: () => db.close(),
    };
  } catch (error) {
    db.close();
    throw error;
  }
};
