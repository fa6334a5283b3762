import type { AppendRequest, PlanOutcome } from './plan.ts';
import type { AppendResult } from './types.ts';

export type FlushBatch = (batch: AppendRequest[]) => Promise<PlanOutcome[]> | PlanOutcome[];

/**
 * What a flush rejects with when its batch did not commit because what it was planned on no longer holds (a batch
 * before it failed, or another connection committed meanwhile): nothing of it is stored, and the queue submits its
 * appends again, in their order, ahead of newer ones. Any other rejection fails every append of the batch.
 */
export class BatchNotCommitted extends Error {
  override readonly name = 'BatchNotCommitted';
}

export interface GroupCommitOptions {
  /** appends per batch at most (default 1000) */
  maxBatch?: number;
  /**
   * batches flushing at once at most (default 1: the next batch starts when the previous one settled). With more,
   * the next batch is started (planned) while earlier ones commit; outcomes are still delivered in batch order.
   */
  maxInFlight?: number;
  /** how often one append may be put back after BatchNotCommitted before it fails (default 10) */
  maxRetries?: number;
}

interface Pending {
  request: AppendRequest;
  resolve: (result: AppendResult) => void;
  reject: (error: Error) => void;
  retries: number;
}

type Settled = { ok: true; outcomes: PlanOutcome[] } | { ok: false; error: unknown };

interface Flight {
  batch: Pending[];
  settled?: Settled;
}

const asError = (error: unknown): Error => (error instanceof Error ? error : new Error(String(error)));

/**
 * Group commit: appends that arrive while the store is busy (or in the same turn of the event loop) are written
 * in one transaction with one durable sync. Each append is still decided on its own and acknowledged only after
 * that transaction commits; if the transaction fails, every append in it fails and nothing of it is stored.
 *
 * Batches are started in arrival order and settled in that order. After a batch failed (or did not commit), no
 * further batch starts until every batch in flight has settled, so appends put back keep their place in line.
 */
export class GroupCommitQueue {
  #queue: Pending[] = [];
  /** appends put back by BatchNotCommitted, in arrival order, until the batches in flight have settled */
  #retry: Pending[] = [];
  #inFlight: Flight[] = [];
  #scheduled = false;
  /** a batch failed: start nothing until the batches in flight have settled */
  #holding = false;
  #idle: Array<() => void> = [];
  readonly #maxBatch: number;
  readonly #maxInFlight: number;
  readonly #maxRetries: number;

  constructor(
    private readonly flushBatch: FlushBatch,
    options: GroupCommitOptions = {},
  ) {
    this.#maxBatch = Math.max(1, options.maxBatch ?? 1000);
    this.#maxInFlight = Math.max(1, options.maxInFlight ?? 1);
    this.#maxRetries = Math.max(0, options.maxRetries ?? 10);
  }

  submit(request: AppendRequest): Promise<AppendResult> {
    return new Promise((resolve, reject) => {
      this.#queue.push({ request, resolve, reject, retries: 0 });
      this.#schedule();
    });
  }

  /** resolves when everything submitted so far is committed or refused */
  drained(): Promise<void> {
    if (this.#isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.#idle.push(resolve));
  }

  /** batches started and not yet settled */
  get inFlight(): number {
    return this.#inFlight.length;
  }

  #isIdle(): boolean {
    return this.#queue.length === 0 && this.#inFlight.length === 0 && this.#retry.length === 0;
  }

  #schedule(): void {
    if (this.#scheduled) return;
    this.#scheduled = true;
    setImmediate(() => {
      this.#scheduled = false;
      this.#fill();
    });
  }

  /** starts batches while there are appends waiting and room in flight */
  #fill(): void {
    while (!this.#holding && this.#inFlight.length < this.#maxInFlight && this.#queue.length > 0) {
      const flight: Flight = { batch: this.#queue.splice(0, this.#maxBatch) };
      this.#inFlight.push(flight);
      let done: Promise<PlanOutcome[]>;
      try {
        done = Promise.resolve(this.flushBatch(flight.batch.map((p) => p.request)));
      } catch (error) {
        done = Promise.reject(error);
      }
      void done
        .then(
          (outcomes): Settled => ({ ok: true, outcomes }),
          (error: unknown): Settled => ({ ok: false, error }),
        )
        .then((settled) => {
          flight.settled = settled;
          this.#settle();
        });
    }
    if (this.#isIdle()) for (const resolve of this.#idle.splice(0)) resolve();
  }

  /** delivers the outcomes of the settled batches at the head of the line, in batch order */
  #settle(): void {
    for (let head = this.#inFlight[0]; head?.settled; head = this.#inFlight[0]) {
      this.#inFlight.shift();
      const settled = head.settled;
      if (settled.ok) {
        head.batch.forEach((p, i) => {
          const outcome = settled.outcomes[i];
          if (!outcome) p.reject(new Error('group commit lost an outcome'));
          else if (outcome.ok) p.resolve(outcome.result);
          else p.reject(outcome.error);
        });
        continue;
      }
      this.#holding = true;
      if (settled.error instanceof BatchNotCommitted) {
        for (const p of head.batch) {
          p.retries += 1;
          if (p.retries <= this.#maxRetries) this.#retry.push(p);
          else p.reject(new Error(`append not committed after ${p.retries} attempts: ${settled.error.message}`));
        }
      } else {
        const error = asError(settled.error);
        for (const p of head.batch) p.reject(error);
      }
    }
    if (this.#holding && this.#inFlight.length === 0) {
      this.#holding = false;
      this.#queue = [...this.#retry.splice(0), ...this.#queue];
    }
    this.#fill();
  }
}
