/**
 * The writing end of the sqlite store, in plain JavaScript so that a worker thread runs it without a TypeScript
 * loader (types: writer-core.d.mts; messages: protocol.ts). It decides nothing: it gets batches planned by the
 * main thread and, under the write lock, checks that each plan still holds, inserts its rows and commits.
 *
 * Batches written before the next flush() share one transaction (one sync). A batch is refused ('stale') when the
 * file is not where its plan assumed, when another connection committed since the epoch's last transaction, or
 * when an earlier batch of its epoch was not written; then the rest of that epoch is refused too. A batch whose
 * insert fails (a constraint, an I/O error) fails; the transaction is rolled back, and the batches that shared it
 * are refused as stale, to be planned again. (No savepoint per batch: in WAL mode with synchronous=FULL one costs
 * about as much as 25 inserts.)
 */
const INSERT = 'INSERT INTO events (position, id, stream, revision, type, data, metadata, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)';
const ROW_WIDTH = 9;

const describe = (error) => ({
  name: error instanceof Error ? error.name : 'Error',
  message: error instanceof Error ? error.message : String(error),
  ...(error && typeof error.code === 'string' ? { code: error.code } : {}),
});

export const openWriter = (db) => {
  const sql = {
    begin: db.prepare('BEGIN IMMEDIATE'),
    commit: db.prepare('COMMIT'),
    rollback: db.prepare('ROLLBACK'),
    dataVersion: db.prepare('PRAGMA data_version').pluck(),
    lastPosition: db.prepare('SELECT COALESCE(MAX(position), 0) FROM events').pluck(),
    insert: db.prepare(INSERT),
  };
  /** batches of this epoch or older are refused unseen */
  let deadEpoch = -1;
  /** the live epoch, and the data_version its last transaction saw: another connection's commit changes it */
  let epoch = -1;
  let version = -1;
  /** the data_version the open transaction saw when it began */
  let seen = -1;
  /** lock() opened the transaction and the batch planned under it has not come yet */
  let held = false;
  let txn = 0;
  /** answers not handed out yet, in request order */
  let answers = [];
  /** answers of the batches inserted in the open transaction: committed, or failed, together */
  let inserted = [];

  const kill = (at) => {
    deadEpoch = Math.max(deadEpoch, at);
  };

  const begin = () => {
    sql.begin.run();
    txn += 1;
    seen = sql.dataVersion.get();
  };

  /**
   * Rolls back the open transaction (if SQLite has not already, as after some I/O errors): the batches it held get
   * `reply` instead of 'committed', and their epoch is over.
   */
  const abort = (reply) => {
    if (db.inTransaction) {
      try {
        sql.rollback.run();
      } catch {
        // nothing more to undo
      }
    }
    for (const answer of inserted) answer.reply = reply;
    if (inserted.length > 0) kill(epoch);
    inserted = [];
    held = false;
  };

  const failed = (error) => ({ status: 'failed', error: describe(error) });

  const commit = () => {
    if (!db.inTransaction) return;
    try {
      sql.commit.run();
      version = seen;
    } catch (error) {
      abort(failed(error)); // the sync they shared failed: all of them did
    }
    inserted = [];
  };

  const answer = (key, reply) => {
    const entry = { key, reply };
    answers.push(entry);
    return entry;
  };

  const stale = (key, at, reason) => {
    kill(at);
    answer(key, { status: 'stale', reason });
  };

  /** takes the write lock and keeps it: the main thread then reads the file and plans, and nobody else can write */
  const lock = (key, at) => {
    commit();
    if (at <= deadEpoch) return stale(key, at, `epoch ${at} is over`);
    try {
      begin();
      held = true;
      epoch = at;
      version = seen;
      answer(key, { status: 'locked' });
    } catch (error) {
      abort(failed(error));
      kill(at);
      answer(key, failed(error));
    }
  };

  const write = (key, batch) => {
    const locked = held;
    held = false;
    if (batch.epoch <= deadEpoch) return stale(key, batch.epoch, `an earlier batch of epoch ${batch.epoch} was not written`);
    if (batch.epoch !== epoch) return stale(key, batch.epoch, `epoch ${batch.epoch} did not start with a lock`);
    try {
      if (!db.inTransaction) begin();
      // positions are gapless: the last one tells whether anything was appended since the plan's read of the file
      const last = sql.lastPosition.get();
      if (last !== batch.after) return stale(key, batch.epoch, `the plan assumed position ${batch.after}, the file is at ${last}`);
      if (!locked && seen !== version) return stale(key, batch.epoch, 'another connection committed since the last batch');
      const r = batch.rows;
      for (let i = 0; i + ROW_WIDTH <= r.length; i += ROW_WIDTH) {
        sql.insert.run(r[i], r[i + 1], r[i + 2], r[i + 3], r[i + 4], r[i + 5], r[i + 6], r[i + 7], r[i + 8]);
      }
      inserted.push(answer(key, { status: 'committed', txn }));
    } catch (error) {
      abort({ status: 'stale', reason: `rolled back with batch ${String(key)}, which failed` });
      kill(batch.epoch);
      answer(key, failed(error));
    }
  };

  /** a lock() whose batch will not come */
  const release = () => {
    if (!held) return;
    held = false;
    commit(); // nothing was written since the lock: this only ends the transaction
  };

  /** commits the open transaction (unless a lock waits for its batch) and hands out every answer since the last flush */
  const flush = () => {
    if (!held) commit();
    const out = answers;
    answers = [];
    return out;
  };

  return { lock, write, release, flush };
};
