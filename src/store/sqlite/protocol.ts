/**
 * Messages between the sqlite store (main thread: reads and plans) and its writer (a worker thread, or the same
 * connection inline): the writer gets batches already planned and only checks, inserts and commits them.
 */

/** values of one row in INSERT column order: position, id, stream, revision, type, data, metadata, prev_hash, hash */
export const ROW_WIDTH = 9;

export interface WriteBatch {
  id: number;
  /**
   * Plans made from one read of the file form an epoch. Once a batch fails, the writer refuses every later batch of
   * its epoch unseen (they were planned on top of it), and the planner starts a new epoch from fresh heads.
   */
  epoch: number;
  /** the last position the plan assumes stored before this batch: the writer checks it under the write lock */
  after: number;
  /** the rows, flat, ROW_WIDTH values each; none when every append of the batch was refused */
  rows: Array<string | number>;
}

export interface WriteFailure {
  name: string;
  message: string;
  code?: string;
}

/** not written: another connection committed since the plan was made, or an earlier batch of the epoch failed */
export interface Stale {
  status: 'stale';
  reason: string;
}

/** the transaction failed (I/O error, constraint violation, busy): nothing of it is stored */
export interface Failed {
  status: 'failed';
  error: WriteFailure;
}

/**
 * committed: durable (synced as the connection's synchronous setting says) and visible to readers. Batches that
 * reached the writer while it was committing share the next transaction, with one savepoint each: `txn` tells
 * which transaction (and sync) a batch was part of.
 */
export type WriteReply = { status: 'committed'; txn: number } | Stale | Failed;

/** the writer holds the write lock (an open IMMEDIATE transaction) until the next write or a release */
export type LockReply = { status: 'locked' } | Stale | Failed;

export type WriterMessage =
  | { type: 'lock'; seq: number; epoch: number }
  | { type: 'write'; seq: number; batch: WriteBatch }
  | { type: 'release' }
  | { type: 'close' };

/** the writer answers in request order, several at once when they shared a transaction */
export interface WriterAnswer {
  seq: number;
  reply: WriteReply | LockReply;
}
