import type { Database } from 'better-sqlite3';
import type { LockReply, WriteBatch, WriteReply } from './protocol.ts';

export interface CoreWriter {
  /** BEGIN IMMEDIATE for the first batch of an epoch, left open until write() or release(); never throws */
  lock(epoch: number): LockReply;
  /** checks the plan, inserts, commits: in the transaction lock() opened, or in one of its own; never throws */
  write(batch: WriteBatch): WriteReply;
  /** gives up a lock without writing */
  release(): void;
}

export declare const openWriter: (db: Database) => CoreWriter;
