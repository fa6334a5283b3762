import type { AnyMachineSnapshot } from 'xstate';

/** What the engine knows of one stream after replaying it. */
export interface Loaded {
  stream: string;
  snapshot: AnyMachineSnapshot;
  /** -1 when the stream does not exist yet */
  revision: number;
  version: string;
  /** the latest occurredAt of the stream's events: the next step may not have happened before it */
  lastOccurredAt: string | null;
  /** command ids (actor + Idempotency-Key) already applied, with the revision they ended at */
  commands: Map<string, number>;
}

/** A bounded LRU of replayed streams: a hit costs one read of the stream's tail instead of a full replay. */
export class SnapshotCache {
  readonly #entries = new Map<string, Loaded>();
  constructor(private readonly capacity = 10_000) {}

  get(stream: string): Loaded | undefined {
    const hit = this.#entries.get(stream);
    if (hit) {
      this.#entries.delete(stream);
      this.#entries.set(stream, hit);
    }
    return hit;
  }

  set(entry: Loaded): void {
    this.#entries.delete(entry.stream);
    this.#entries.set(entry.stream, entry);
    if (this.#entries.size > this.capacity) {
      const oldest = this.#entries.keys().next().value;
      if (oldest !== undefined) this.#entries.delete(oldest);
    }
  }
}
