import type { LockReply, WriteBatch, WriteReply } from './protocol.ts';
import type { Database } from 'better-sqlite3';

export interface CoreAnswer<K> {
  key: K;
  reply: WriteReply | LockReply;
}

/** None of these throws: failures are answers. */
export interface CoreWriter<K> {
  /** commits what is open, then BEGIN IMMEDIATE for the first batch of an epoch, left open for that batch */
  lock(key: K, epoch: number): void;
  /** checks the plan and inserts the rows, in the open transaction (or a new one) */
  write(key: K, batch: WriteBatch): void;
  /** gives up a lock without writing */
  release(): void;
  /** commits (unless a lock waits for its batch) and hands out the answers since the last flush, in order */
  flush(): Array<CoreAnswer<K>>;
}

export declare const openWriter: <K>(db: Database) => CoreWriter<K>;
