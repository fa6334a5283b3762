import { BACKWARDS, END, FORWARDS, KurrentDBClient, excludeSystemEvents } from '@kurrent/kurrentdb-client';
import type { AllStreamResolvedEvent, AppendResult as KurrentAppendResult, ReadPosition, ReadRevision } from '@kurrent/kurrentdb-client';
import { DEFAULT_READ_LIMIT } from '../options.ts';
import type { StoreDeps } from '../options.ts';
import { planBatch, revisionMatches, stateOf, validateAppend } from '../plan.ts';
import type { StreamHead } from '../plan.ts';
import type { AppendOptions, AppendResult, EventStore, ExpectedRevision, NewEvent, ReadAllOptions, ReadStreamOptions, RecordedEvent, SubscribeOptions, Subscription, VerifyReport } from '../types.ts';
import { verifyStream } from '../verify.ts';
import { isStreamNotFound, isWrongExpectedVersion, mapAppendError } from './errors.ts';
import { assertNoChainKeys, fromKurrentEvent, normaliseEventId, ourEvent, pinnedStreamState, positionOf, readPositionAfter, toEventData } from './mapping.ts';
import { kurrentSubscription } from './subscription.ts';

interface CommonOptions {
  /** attempts of an 'any'/'exists' append that loses a race against another writer (default 10) */
  maxAppendAttempts?: number;
}

export type KurrentDBStoreOptions = CommonOptions &
  (
    | {
        /** e.g. kurrentdb://127.0.0.1:2113?tls=false; the store creates the client and disposes it on close() */
        connectionString: string;
      }
    | {
        /** a client configured elsewhere (credentials provider, shared by several stores); not disposed by close() */
        client: KurrentDBClient;
      }
  );

const HEAD_SCAN_PAGE = 200;

/**
 * EventStore on KurrentDB (formerly EventStoreDB). One of our streams is one KurrentDB stream, one event one event;
 * the global feed is $all without system events and without events other writers put there.
 *
 * The hash chain is computed here, exactly as by the other adapters (planBatch): each append reads the stream's
 * last event, links the new events to it and appends with that exact revision, so a concurrent writer can never
 * slip in between the predecessor we hashed and our events. When the caller said 'any' or 'exists' a lost race is
 * retried with the new head; an exact expectation fails with ConcurrencyError. Appends to one stream from this
 * process are queued, so they do not race each other.
 *
 * Positions are KurrentDB log positions (commit positions in $all): strictly increasing in commit order, not
 * gapless. `after` checkpoints must be 0 or a position this store returned.
 */
export class KurrentDbEventStore implements EventStore {
  readonly kind = 'kurrentdb';
  readonly client: KurrentDBClient;
  readonly #maxAttempts: number;
  /** per-stream queue of this process's appends: the chain needs one writer at a time */
  readonly #appending = new Map<string, Promise<unknown>>();
  readonly #subscriptions = new Set<Subscription>();
  readonly #ownsClient: boolean;
  #closed = false;

  constructor(
    options: KurrentDBStoreOptions,
    private readonly deps: StoreDeps,
  ) {
    this.client = 'client' in options ? options.client : KurrentDBClient.connectionString(options.connectionString);
    this.#ownsClient = !('client' in options);
    this.#maxAttempts = Math.max(1, options.maxAppendAttempts ?? 10);
  }

  /** opens a store and makes one read of $all, so that an unreachable server or a bad connection string fails here */
  static async connect(connectionString: string, deps: StoreDeps, options: CommonOptions = {}): Promise<KurrentDbEventStore> {
    const store = new KurrentDbEventStore({ ...options, connectionString }, deps);
    try {
      for await (const _ of store.client.readAll({ direction: BACKWARDS, fromPosition: END, maxCount: 1 })) break;
    } catch (err) {
      await store.close();
      throw err;
    }
    return store;
  }

  async append(stream: string, events: NewEvent[], options: AppendOptions = {}): Promise<AppendResult> {
    validateAppend(stream, events);
    assertNoChainKeys(events);
    if (this.#closed) throw new Error('the KurrentDB store is closed');
    const expected = options.expectedRevision ?? 'any';
    // Only ids the caller chose can repeat an earlier append; for fresh ids the stream's head is all we need to read.
    const window = events.some((e) => e.id !== undefined) ? events.length : 1;
    const withIds = events.map((e) => ({ ...e, id: normaliseEventId(e.id ?? this.deps.newId()) }));
    return this.#serially(stream, () => this.#appendPinned(stream, withIds, expected, window));
  }

  async #serially<T>(stream: string, task: () => Promise<T>): Promise<T> {
    const before = this.#appending.get(stream) ?? Promise.resolve();
    const run = before.then(task, task);
    const settled = run.then(() => undefined, () => undefined);
    this.#appending.set(stream, settled);
    try {
      return await run;
    } finally {
      if (this.#appending.get(stream) === settled) this.#appending.delete(stream);
    }
  }

  async #appendPinned(stream: string, events: Array<NewEvent & { id: string }>, expected: ExpectedRevision, window: number): Promise<AppendResult> {
    for (let attempt = 1; ; attempt += 1) {
      const tail = await this.#tail(stream, window);
      const replay = replayOf(tail, events, expected);
      if (replay) return replay;

      const last = tail[0];
      const heads = new Map<string, StreamHead>(last ? [[stream, { revision: last.revision, hash: last.hash }]] : []);
      const ids = new Set(events.map((e) => e.id));
      const plan = planBatch([{ stream, events, expectedRevision: expected }], {
        heads,
        storedIds: new Set(tail.filter((e) => ids.has(e.id)).map((e) => e.id)),
        lastPosition: 0,
        recordedAt: this.deps.clock.now().toISOString(),
        newId: this.deps.newId,
      });
      const outcome = plan.outcomes[0];
      if (!outcome?.ok) throw outcome?.error ?? new Error('append not planned');

      let written: KurrentAppendResult;
      try {
        written = await this.client.appendToStream(stream, plan.rows.map(toEventData), {
          streamState: pinnedStreamState(stateOf(heads.get(stream))),
        });
      } catch (err) {
        const raced = isWrongExpectedVersion(err) && (expected === 'any' || expected === 'exists');
        if (raced && attempt < this.#maxAttempts) {
          await new Promise((resolve) => setTimeout(resolve, 5 * attempt));
          continue;
        }
        throw mapAppendError(err, stream, expected);
      }
      return this.#acknowledged(stream, outcome.result, written);
    }
  }

  /** the last `n` events of a stream, newest first (at least the head) */
  async #tail(stream: string, n: number): Promise<RecordedEvent[]> {
    return this.#read(stream, { direction: BACKWARDS, fromRevision: END, maxCount: Math.max(1, n) });
  }

  /** fills in the positions the server assigned: from the append result, or by reading the events back */
  async #acknowledged(stream: string, planned: AppendResult, written: KurrentAppendResult): Promise<AppendResult> {
    const first = planned.events[0] as RecordedEvent;
    const last = planned.events[planned.events.length - 1] as RecordedEvent;
    if (Number(written.nextExpectedRevision) !== last.revision) {
      throw new Error(`KurrentDB acknowledged ${stream} at revision ${written.nextExpectedRevision}, expected ${last.revision}`);
    }
    let positions: number[];
    if (planned.events.length === 1 && written.position) {
      positions = [positionOf(written.position)];
    } else {
      const stored = await this.#read(stream, { direction: FORWARDS, fromRevision: BigInt(first.revision), maxCount: planned.events.length });
      if (stored.length !== planned.events.length || stored.some((e, i) => e.id !== planned.events[i]?.id)) {
        throw new Error(`KurrentDB did not return the events just appended to ${stream}`);
      }
      positions = stored.map((e) => e.position);
    }
    const events = planned.events.map((e, i) => ({ ...e, position: positions[i] as number }));
    return { nextExpectedRevision: last.revision, lastPosition: positions[positions.length - 1] as number, events };
  }

  async #read(stream: string, options: { direction: typeof FORWARDS | typeof BACKWARDS; fromRevision: ReadRevision; maxCount: number }): Promise<RecordedEvent[]> {
    const out: RecordedEvent[] = [];
    try {
      for await (const resolved of this.client.readStream(stream, options)) {
        if (resolved.event) out.push(fromKurrentEvent(resolved.event));
      }
    } catch (err) {
      if (isStreamNotFound(err)) return [];
      throw err;
    }
    return out;
  }

  async readStream(stream: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const maxCount = options.limit ?? DEFAULT_READ_LIMIT;
    if (maxCount <= 0) return [];
    if (options.direction !== 'backwards') {
      return this.#read(stream, { direction: FORWARDS, fromRevision: BigInt(options.fromRevision ?? 0), maxCount });
    }
    if (options.fromRevision === undefined) return this.#read(stream, { direction: BACKWARDS, fromRevision: END, maxCount });
    const from = options.fromRevision;
    const events = await this.#read(stream, { direction: BACKWARDS, fromRevision: BigInt(from), maxCount });
    if (events.length > 0) return events;
    // A backward read from beyond the last revision may come back empty; "at most `from`" then means from the end.
    return (await this.#read(stream, { direction: BACKWARDS, fromRevision: END, maxCount })).filter((e) => e.revision <= from);
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const limit = options.limit ?? DEFAULT_READ_LIMIT;
    const out: RecordedEvent[] = [];
    let from = options.after ?? 0;
    // Pages of $all without system events; events of other writers are dropped here, so read on until `limit`.
    while (out.length < limit) {
      const maxCount = limit - out.length + 1; // +1: a read from a position includes the event at that position
      let seen = 0;
      let furthest = from;
      for await (const resolved of this.client.readAll({ fromPosition: readPositionAfter(from), maxCount, filter: excludeSystemEvents() })) {
        seen += 1;
        const raw = resolved.event;
        if (!raw) continue;
        const position = positionOf(raw.position);
        if (position <= from) continue;
        furthest = Math.max(furthest, position);
        const event = ourEvent(raw);
        // stream prefixes are applied here, not by a server-side filter: the paging above counts what the server sends
        if (event && options.streamPrefixes && !options.streamPrefixes.some((p) => event.stream.startsWith(p))) continue;
        // no early break: the read is bounded by maxCount, and the client's reader has no way to be cancelled
        if (event && out.length < limit) out.push(event);
      }
      if (seen < maxCount || furthest === from) break;
      from = furthest;
    }
    return out;
  }

  async headPosition(): Promise<number> {
    let from: ReadPosition = END;
    for (;;) {
      let seen = 0;
      const page: AsyncIterable<AllStreamResolvedEvent> = this.client.readAll({ direction: BACKWARDS, fromPosition: from, maxCount: HEAD_SCAN_PAGE, filter: excludeSystemEvents() });
      for await (const resolved of page) {
        seen += 1;
        const raw = resolved.event;
        if (!raw) continue;
        const event = ourEvent(raw);
        if (event) return event.position;
        from = raw.position; // a backward read from a position excludes it
      }
      if (seen < HEAD_SCAN_PAGE) return 0;
    }
  }

  subscribe(options?: SubscribeOptions): Subscription {
    if (this.#closed) throw new Error('the KurrentDB store is closed');
    const sub = kurrentSubscription(this.client, options, () => this.#subscriptions.delete(sub));
    this.#subscriptions.add(sub);
    return sub;
  }

  verify(stream: string): Promise<VerifyReport> {
    return verifyStream(stream, (fromRevision, limit) => this.readStream(stream, { fromRevision, limit }));
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await Promise.all([...this.#subscriptions].map((s) => s.close()));
    await Promise.all([...this.#appending.values()]);
    if (this.#ownsClient) await this.client.dispose();
  }
}

/**
 * A retry of an append that is already stored (same event ids, in order, at the end of the stream): acknowledged
 * with the stored events and nothing written twice, as KurrentDB itself treats a repeated append of the same ids.
 * The caller's expectation must hold for the state the stream had before those events.
 */
export const replayOf = (tail: RecordedEvent[], events: Array<{ id: string }>, expected: ExpectedRevision): AppendResult | undefined => {
  if (tail.length !== events.length) return undefined;
  const stored = [...tail].reverse();
  if (stored.some((e, i) => e.id !== events[i]?.id)) return undefined;
  const first = stored[0] as RecordedEvent;
  const last = stored[stored.length - 1] as RecordedEvent;
  if (!revisionMatches(expected, first.revision === 0 ? 'no_stream' : first.revision - 1)) return undefined;
  return { nextExpectedRevision: last.revision, lastPosition: last.position, events: stored };
};
