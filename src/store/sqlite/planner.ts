import type { StoreDeps } from '../options.ts';
import { planBatch } from '../plan.ts';
import type { AppendRequest, BatchPlan, StreamHead } from '../plan.ts';
import type { WriteBatch } from './protocol.ts';
import type { SqliteReader } from './reader.ts';

export interface PlannedBatch {
  plan: BatchPlan;
  /** what the writer gets: the rows, and what the plan assumed */
  batch: WriteBatch;
}

const MAX_CACHED_HEADS = 20_000;

/**
 * Plans batches on the main thread while earlier ones are still being committed. The heads and the last position
 * are kept in memory as they will be once every batch planned so far has committed: a batch is planned on top of
 * the ones before it. All of that holds only while those batches commit and no other connection writes, so:
 *
 * - plans made from one read of the file form an epoch. The first plan of an epoch is made while the writer holds
 *   the write lock (the store asks for it when `fresh`), so nothing can be committed between that read and its write;
 * - every later batch carries the position it builds on; the writer checks it, and PRAGMA data_version, under the
 *   write lock, and a batch that does not match is not written ('stale');
 * - once a batch of an epoch is not written, the writer refuses the rest of the epoch, and invalidate() starts a
 *   new one: the next plan reads the last position and heads afresh, under the lock again.
 *
 * Refusals (ConcurrencyError, DuplicateEventIdError) are planned on the same cached state, so they too count only
 * once their batch is confirmed by the writer; an append of a batch that was not written is planned again.
 */
export class BatchPlanner {
  #epoch = 0;
  #nextId = 1;
  /** -1: read it from the file before anything else */
  #lastPosition = -1;
  readonly #heads = new Map<string, StreamHead>();
  /** event ids of this epoch's batches that are sent but not yet confirmed (not visible to the reader yet) */
  readonly #unconfirmed = new Map<number, Set<string>>();

  constructor(
    private readonly reader: SqliteReader,
    private readonly deps: StoreDeps,
  ) {}

  /** the next plan starts an epoch: it reads the file, and must be made while the writer holds the write lock */
  get fresh(): boolean {
    return this.#lastPosition < 0;
  }

  get epoch(): number {
    return this.#epoch;
  }

  plan(requests: AppendRequest[]): PlannedBatch {
    // a fresh epoch reads the file under the writer's lock; later in the epoch, a stream not cached yet is read from
    // the file too: were anything committed by then (another connection), the file would be past the position the
    // plan assumes, and the writer would refuse the batch
    if (this.#lastPosition < 0) this.#lastPosition = this.reader.lastPosition();
    if (this.#unconfirmed.size === 0 && this.#heads.size > MAX_CACHED_HEADS) this.#heads.clear();
    const heads = new Map<string, StreamHead>();
    for (const r of requests) {
      if (heads.has(r.stream)) continue;
      const head = this.#heads.get(r.stream) ?? this.reader.head(r.stream);
      if (head) heads.set(r.stream, head);
    }
    const storedIds = new Set<string>();
    for (const r of requests) {
      for (const e of r.events) if (e.id !== undefined && (this.#isUnconfirmed(e.id) || this.reader.idExists(e.id))) storedIds.add(e.id);
    }
    const after = this.#lastPosition;
    const plan = planBatch(requests, {
      heads,
      storedIds,
      lastPosition: after,
      recordedAt: this.deps.clock.now().toISOString(),
      newId: this.deps.newId,
    });
    const rows: WriteBatch['rows'] = [];
    const ids = new Set<string>();
    plan.rows.forEach((e, i) => {
      const json = plan.json[i] as BatchPlan['json'][number];
      rows.push(e.position, e.id, e.stream, e.revision, e.type, json.data, json.metadata, e.prevHash, e.hash);
      ids.add(e.id);
    });
    for (const [stream, head] of plan.heads) this.#heads.set(stream, head);
    this.#lastPosition = plan.rows.at(-1)?.position ?? after;
    const id = this.#nextId++;
    this.#unconfirmed.set(id, ids);
    return { plan, batch: { id, epoch: this.#epoch, after, rows } };
  }

  /** the writer answered for the batch: committed rows are visible to the reader from now on */
  answered(batch: WriteBatch): void {
    if (batch.epoch === this.#epoch) this.#unconfirmed.delete(batch.id);
  }

  /** a batch of the epoch was not written: drop what was planned on top of it, and start a new epoch from the file */
  invalidate(epoch: number): void {
    if (epoch !== this.#epoch) return;
    this.#epoch += 1;
    this.#lastPosition = -1;
    this.#heads.clear();
    this.#unconfirmed.clear();
  }

  #isUnconfirmed(id: string): boolean {
    for (const ids of this.#unconfirmed.values()) if (ids.has(id)) return true;
    return false;
  }
}
