import Database from 'better-sqlite3';
const db = new Database('/tmp/bench-suite-DSoy8v/http.db', { readonly: true });
const streams = db.prepare("SELECT DISTINCT stream FROM events").pluck().all() as string[];
const q = db.prepare('SELECT * FROM events WHERE stream = ? AND revision >= ? ORDER BY revision ASC LIMIT ?');
console.log(streams.length, 'streams', db.prepare('select count(*) from events').pluck().get());
for (let round = 0; round < 3; round++) {
  const t0 = performance.now(); let n = 0;
  for (const s of streams) { q.all(s, 100000, 10000); n++; }
  console.log(((performance.now() - t0) * 1000 / n).toFixed(1), 'us per empty-tail read');
}
console.log(db.prepare('EXPLAIN QUERY PLAN SELECT * FROM events WHERE stream = ? AND revision >= ? ORDER BY revision ASC LIMIT ?').all('a', 1, 1));
