import { AppendNotifier } from './notifier.ts';
import type { StoreDeps } from './options.ts';
import { DEFAULT_READ_LIMIT } from './options.ts';
import { planBatch, validateAppend } from './plan.ts';
import type { StreamHead } from './plan.ts';
import { catchUpSubscription } from './subscription.ts';
import type { AppendOptions, AppendResult, EventStore, NewEvent, ReadAllOptions, ReadStreamOptions, RecordedEvent, SubscribeOptions, Subscription, VerifyReport } from './types.ts';
import { verifyStream } from './verify.ts';

const copy = (e: RecordedEvent): RecordedEvent => structuredClone(e);

/** In-process store with the same semantics as the durable ones; for unit tests. */
export class MemoryEventStore implements EventStore {
  readonly kind = 'memory';
  readonly #log: RecordedEvent[] = [];
  readonly #streams = new Map<string, RecordedEvent[]>();
  readonly #ids = new Set<string>();
  readonly #notifier = new AppendNotifier();

  constructor(private readonly deps: StoreDeps) {}

  async append(stream: string, events: NewEvent[], options: AppendOptions = {}): Promise<AppendResult> {
    validateAppend(stream, events);
    const last = this.#streams.get(stream)?.at(-1);
    const heads = new Map<string, StreamHead>(last ? [[stream, { revision: last.revision, hash: last.hash }]] : []);
    const plan = planBatch([{ stream, events, expectedRevision: options.expectedRevision ?? 'any' }], {
      heads,
      storedIds: new Set(events.flatMap((e) => (e.id && this.#ids.has(e.id) ? [e.id] : []))),
      lastPosition: this.#log.length,
      recordedAt: this.deps.clock.now().toISOString(),
      newId: this.deps.newId,
    });
    const outcome = plan.outcomes[0];
    if (!outcome?.ok) throw outcome?.error ?? new Error('append not planned');
    for (const row of plan.rows) {
      this.#log.push(row);
      this.#ids.add(row.id);
      const list = this.#streams.get(stream) ?? [];
      list.push(row);
      this.#streams.set(stream, list);
    }
    this.#notifier.notify();
    return structuredClone(outcome.result);
  }

  async readStream(stream: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const events = this.#streams.get(stream) ?? [];
    const limit = options.limit ?? DEFAULT_READ_LIMIT;
    if (options.direction === 'backwards') {
      const from = options.fromRevision ?? Number.MAX_SAFE_INTEGER;
      return events.filter((e) => e.revision <= from).reverse().slice(0, limit).map(copy);
    }
    const from = options.fromRevision ?? 0;
    return events.filter((e) => e.revision >= from).slice(0, limit).map(copy);
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const after = options.after ?? 0;
    const limit = options.limit ?? DEFAULT_READ_LIMIT;
    const prefixes = options.streamPrefixes;
    if (!prefixes) return this.#log.slice(after, after + limit).map(copy);
    const out: RecordedEvent[] = [];
    for (let i = after; i < this.#log.length && out.length < limit; i++) {
      const e = this.#log[i] as RecordedEvent;
      if (prefixes.some((p) => e.stream.startsWith(p))) out.push(copy(e));
    }
    return out;
  }

  async headPosition(): Promise<number> {
    return this.#log.length;
  }

  subscribe(options?: SubscribeOptions): Subscription {
    return catchUpSubscription({ readAll: (o) => this.readAll(o), notifier: this.#notifier, pollMs: 60_000 }, options);
  }

  verify(stream: string): Promise<VerifyReport> {
    return verifyStream(stream, (fromRevision, limit) => this.readStream(stream, { fromRevision, limit }));
  }

  /** test hook: lets the conformance suite tamper with a stored event as an attacker with disk access would */
  tamper(position: number, change: (event: RecordedEvent) => void): void {
    const event = this.#log[position - 1];
    if (event) change(event);
  }

  async close(): Promise<void> {}
}
