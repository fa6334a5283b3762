import type { RecordedEvent } from './types.ts';

const deepFreeze = <T>(value: T): T => {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
};

/**
 * The events this process committed last, in memory, so that its own subscribers (the projector a command waits
 * for, the feeds) get them without reading back and parsing what was just written. Only an unbroken run of
 * positions is kept: when another writer's events come in between, the run starts again, and a read that is not
 * wholly inside the run goes to the store. Shared, so frozen: a fact handed to many readers must not change.
 */
export class RecentEvents {
  #run: RecordedEvent[] = [];

  /** keeps at least the last `capacity` events, at most twice as many */
  constructor(private readonly capacity = 1024) {}

  /** committed events in position order */
  add(events: readonly RecordedEvent[]): void {
    const first = events[0];
    if (!first) return;
    const last = this.#run.at(-1);
    if (!last || first.position !== last.position + 1) this.#run = [];
    for (const e of events) this.#run.push(deepFreeze(e));
    // trimmed in halves, not on every add: between capacity and twice it, the older ones are simply still there
    if (this.#run.length > 2 * this.capacity) this.#run = this.#run.slice(this.#run.length - this.capacity);
  }

  clear(): void {
    if (this.#run.length > 0) this.#run = [];
  }

  /** the events after `after`, at most `limit`, if the run holds the next one; else undefined (ask the store) */
  after(after: number, limit: number): RecordedEvent[] | undefined {
    const first = this.#run[0];
    if (!first || after < first.position - 1) return undefined;
    const from = after - first.position + 1;
    if (from >= this.#run.length) return undefined;
    return this.#run.slice(from, from + limit);
  }
}
