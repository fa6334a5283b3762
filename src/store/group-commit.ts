import type { AppendRequest, PlanOutcome } from './plan.ts';
import type { AppendResult } from './types.ts';

export type FlushBatch = (batch: AppendRequest[]) => Promise<PlanOutcome[]> | PlanOutcome[];

interface Pending {
  request: AppendRequest;
  resolve: (result: AppendResult) => void;
  reject: (error: Error) => void;
}

/**
 * Group commit: appends that arrive while the store is busy (or in the same turn of the event loop) are written
 * in one transaction with one durable sync. Each append is still decided on its own and acknowledged only after
 * that transaction commits; if the transaction fails, every append in it fails and nothing of it is stored.
 */
export class GroupCommitQueue {
  #queue: Pending[] = [];
  #scheduled = false;
  #flushing = false;
  #idle: Array<() => void> = [];

  constructor(
    private readonly flushBatch: FlushBatch,
    private readonly maxBatch = 1000,
  ) {}

  submit(request: AppendRequest): Promise<AppendResult> {
    return new Promise((resolve, reject) => {
      this.#queue.push({ request, resolve, reject });
      this.#schedule();
    });
  }

  /** resolves when everything submitted so far is committed or refused */
  drained(): Promise<void> {
    if (!this.#flushing && this.#queue.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.#idle.push(resolve));
  }

  #schedule(): void {
    if (this.#scheduled || this.#flushing) return;
    this.#scheduled = true;
    setImmediate(() => void this.#run());
  }

  async #run(): Promise<void> {
    this.#scheduled = false;
    this.#flushing = true;
    while (this.#queue.length > 0) {
      const batch = this.#queue.splice(0, this.maxBatch);
      try {
        const outcomes = await this.flushBatch(batch.map((p) => p.request));
        batch.forEach((p, i) => {
          const outcome = outcomes[i];
          if (!outcome) p.reject(new Error('group commit lost an outcome'));
          else if (outcome.ok) p.resolve(outcome.result);
          else p.reject(outcome.error);
        });
      } catch (error) {
        for (const p of batch) p.reject(error instanceof Error ? error : new Error(String(error)));
      }
    }
    this.#flushing = false;
    for (const resolve of this.#idle.splice(0)) resolve();
  }
}
