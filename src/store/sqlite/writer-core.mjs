/**
 * The writing end of the sqlite store, in plain JavaScript so that a worker thread runs it without a TypeScript
 * loader (types: writer-core.d.mts; messages: protocol.ts). It decides nothing: it gets batches planned by the
 * main thread and, under the write lock, checks that the plan still holds, inserts the rows and commits.
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
  /** batches of this epoch or older are refused unseen: one of their epoch did not commit */
  let deadEpoch = -1;
  /** the epoch of the last transaction, and the data_version it saw: another connection's commit changes it */
  let epoch = -1;
  let version = -1;
  /** lock() left the transaction open for the batch the main thread plans meanwhile */
  let held = false;

  const rollback = () => {
    held = false;
    if (!db.inTransaction) return; // an I/O error can roll back by itself
    try {
      sql.rollback.run();
    } catch {
      // nothing more to undo
    }
  };

  const fail = (at, error) => {
    rollback();
    deadEpoch = Math.max(deadEpoch, at);
    return { status: 'failed', error: describe(error) };
  };

  const stale = (at, reason) => {
    rollback();
    deadEpoch = Math.max(deadEpoch, at);
    return { status: 'stale', reason };
  };

  /** takes the write lock and keeps it: the main thread then reads the file and plans, and nobody else can write */
  const lock = (at) => {
    if (held) rollback();
    if (at <= deadEpoch) return { status: 'stale', reason: `epoch ${at} is over` };
    try {
      sql.begin.run();
      held = true;
      epoch = at;
      version = sql.dataVersion.get();
      return { status: 'locked' };
    } catch (error) {
      return fail(at, error);
    }
  };

  const write = (batch) => {
    const locked = held;
    held = false;
    if (batch.epoch <= deadEpoch) return stale(batch.epoch, `an earlier batch of epoch ${batch.epoch} did not commit`);
    try {
      if (!locked) sql.begin.run();
      // positions are gapless: the last one tells whether anything was appended since the plan's read of the file;
      // PRAGMA data_version tells whether another connection committed anything since our last transaction
      const last = sql.lastPosition.get();
      if (last !== batch.after) return stale(batch.epoch, `the plan assumed position ${batch.after}, the file is at ${last}`);
      const seen = locked ? version : sql.dataVersion.get();
      if (batch.epoch !== epoch || seen !== version) {
        if (batch.epoch === epoch) return stale(batch.epoch, 'another connection committed since the last batch');
        return stale(batch.epoch, `epoch ${batch.epoch} did not start with a lock`);
      }
      const r = batch.rows;
      for (let i = 0; i + ROW_WIDTH <= r.length; i += ROW_WIDTH) {
        sql.insert.run(r[i], r[i + 1], r[i + 2], r[i + 3], r[i + 4], r[i + 5], r[i + 6], r[i + 7], r[i + 8]);
      }
      sql.commit.run();
      return { status: 'committed' };
    } catch (error) {
      return fail(batch.epoch, error);
    }
  };

  return { lock, write, release: rollback };
};
