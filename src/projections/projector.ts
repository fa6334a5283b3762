import type { EventStore, RecordedEvent, Subscription } from '../store/types.ts';

/**
 * Events per read while catching up. A page should fit V8's young generation, so that what the projections do not
 * keep dies young: with 5,000 events (a household registration is ~3 KB of JSON) every page was promoted to the old
 * generation, and rebuilding a 200,000-household county peaked at 1.4 GB resident instead of 0.8 GB, no faster.
 */
const CATCH_UP_PAGE = 1000;

/** A read model kept in memory and fed in global order. */
export interface Projection {
  readonly name: string;
  /** the streams it reads, by name prefix; without them, it is fed every event */
  readonly streamPrefixes?: readonly string[];
  apply(event: RecordedEvent): void;
  /** the catch-up at start is over: from now on events come live (a read model may tidy up what it deferred) */
  caughtUp?(): void;
}

/**
 * Feeds every projection from the global feed: catches up at start (so read models and due timers are back
 * after a restart), then follows live. A command waits for its own position before answering, so a read after
 * a write sees the write; writes of other instances arrive through the same feed.
 */
export class Projector {
  #position = 0;
  #waiters: Array<{ position: number; resolve: () => void; reject: (error: Error) => void }> = [];
  #subscription: Subscription | undefined;
  #running: Promise<void> | undefined;
  #failure: Error | undefined;

  constructor(
    private readonly store: EventStore,
    private readonly projections: readonly Projection[],
  ) {}

  get position(): number {
    return this.#position;
  }

  /**
   * Catches up on the streams the projections read (a store skips the others: a county's resident claims are a
   * third of its events), then follows the whole feed live from there; resolves once the read models hold
   * everything stored when the catch-up ended.
   */
  async start(): Promise<void> {
    const streamPrefixes = this.#streamPrefixes();
    for (;;) {
      const page = await this.store.readAll({ after: this.#position, limit: CATCH_UP_PAGE, streamPrefixes });
      for (const e of page) this.#apply(e);
      if (page.length < CATCH_UP_PAGE) break;
    }
    const head = await this.store.headPosition();
    const subscription = this.store.subscribe({ after: this.#position });
    this.#subscription = subscription;
    this.#running = (async () => {
      try {
        for await (const e of subscription) this.#apply(e);
      } catch (error) {
        const failure = error instanceof Error ? error : new Error(String(error));
        this.#failure = failure;
        // nobody waits forever on a feed that stopped
        for (const w of this.#waiters.splice(0)) w.reject(failure);
      }
    })();
    await this.waitFor(head);
    for (const p of this.projections) p.caughtUp?.();
  }

  /** the prefixes of every projection's streams, or undefined (every event) if one of them reads everything */
  #streamPrefixes(): readonly string[] | undefined {
    const prefixes: string[] = [];
    for (const p of this.projections) {
      if (!p.streamPrefixes) return undefined;
      prefixes.push(...p.streamPrefixes);
    }
    return prefixes;
  }

  /** resolves once every event up to `position` is in the read models */
  waitFor(position: number): Promise<void> {
    if (this.#failure) return Promise.reject(this.#failure);
    if (position <= this.#position) return Promise.resolve();
    return new Promise((resolve, reject) => this.#waiters.push({ position, resolve, reject }));
  }

  async stop(): Promise<void> {
    await this.#subscription?.close();
    await this.#running;
  }

  #apply(event: RecordedEvent): void {
    if (event.position <= this.#position) return;
    for (const p of this.projections) p.apply(event);
    this.#position = event.position;
    if (this.#waiters.length === 0) return;
    const ready = this.#waiters.filter((w) => w.position <= this.#position);
    this.#waiters = this.#waiters.filter((w) => w.position > this.#position);
    for (const w of ready) w.resolve();
  }
}
