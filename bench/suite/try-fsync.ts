import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
const db = new Database(join(mkdtempSync(join(tmpdir(), 'fs-')), 'x.db'));
db.pragma('journal_mode = WAL'); db.pragma('synchronous = FULL');
db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)');
const ins = db.prepare('INSERT INTO t (v) VALUES (?)');
for (const n of [1, 25]) {
  const tx = db.transaction(() => { for (let i = 0; i < n; i++) ins.run('x'.repeat(800)); });
  const t0 = performance.now(); let k = 0;
  while (performance.now() - t0 < 2000) { tx.immediate(); k++; }
  const ms = (performance.now() - t0) / k;
  console.log(`${n} rows/txn: ${ms.toFixed(2)} ms per commit, ${(n * 1000 / ms).toFixed(0)} rows/s`);
}
