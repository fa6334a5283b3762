import type { JsonObject } from '../shared/json.ts';
import type { EventMetadata, EventStore, NewEvent, RecordedEvent, Subscription } from './types.ts';

/**
 * Event versioning: each event type's `data` has a version, recorded as `metadata.schemaVersion` when the event is
 * appended. Every event stored before versioning existed has no such field and is version 1 (the shape all of them
 * have), so nothing stored changes meaning. The version sits in metadata, not data: it describes the data (like a
 * content type), it keeps the domain payload and the machines' events unchanged, and metadata is hashed, so the
 * chain covers it.
 *
 * Upcasting: a reader always gets the newest shape. An older stored event is handed out as a copy whose data went
 * through each version's upcaster in turn; the stored event is never rewritten, so its hash chain keeps verifying.
 * The copy keeps the stored `hash` and `prevHash` (they name the stored bytes) and says where it came from
 * (`metadata.upcastFrom`): verification reads the stored events themselves (`stored` below), never a copy.
 */

export interface Upcaster {
  type: string;
  /** the stored version this step reads; it returns data of version from + 1 */
  from: number;
  up(data: JsonObject): JsonObject;
}

/** the version of a stored event's data: as recorded, else 1 (everything written before versioning) */
export const storedVersionOf = (e: { metadata: Pick<EventMetadata, 'schemaVersion'> }): number => e.metadata.schemaVersion ?? 1;

export class UpcastError extends Error {}

export class Upcasters {
  readonly #steps = new Map<string, Upcaster>();
  readonly #latest: ReadonlyMap<string, number>;

  constructor(steps: readonly Upcaster[], latest: ReadonlyMap<string, number>) {
    for (const s of steps) this.#steps.set(`${s.type}@${s.from}`, s);
    this.#latest = latest;
  }

  /** the version new events of a type are written in; 1 for a type nobody declared */
  latest(type: string): number {
    return this.#latest.get(type) ?? 1;
  }

  /**
   * The event as the newest version reads: the same object when it is current (the common case costs a map
   * lookup), else an upcast copy. A version newer than this code knows (a rollback) is handed out as stored.
   */
  upcast(e: RecordedEvent): RecordedEvent {
    const stored = storedVersionOf(e);
    const latest = this.latest(e.type);
    if (stored >= latest) return e;
    let data = e.data;
    for (let v = stored; v < latest; v++) {
      const step = this.#steps.get(`${e.type}@${v}`);
      if (!step) throw new UpcastError(`no upcaster for ${e.type} v${v} (stream ${e.stream}, revision ${e.revision})`);
      data = step.up(data);
    }
    return { ...e, data, metadata: { ...e.metadata, schemaVersion: latest, upcastFrom: stored } };
  }

  /** what append records: the type's current version (a caller-set version is kept: an importer of old data) */
  stamp(e: NewEvent): NewEvent {
    if (e.metadata.schemaVersion !== undefined) return e;
    return { ...e, metadata: { ...e.metadata, schemaVersion: this.latest(e.type) } };
  }
}

/** An EventStore over the stored events that reads the newest shapes and stamps the version on append. */
export interface UpcastingStore extends EventStore {
  /** the events as stored: for hash verification and audit, never for domain reads */
  readonly stored: EventStore;
  readonly upcasters: Upcasters;
}

export const upcastingStore = (store: EventStore, upcasters: Upcasters): UpcastingStore => {
  const up = (events: RecordedEvent[]) => events.map((e) => upcasters.upcast(e));
  const subscribe = (options?: Parameters<EventStore['subscribe']>[0]): Subscription => {
    const inner = store.subscribe(options);
    return {
      async *[Symbol.asyncIterator]() {
        for await (const e of inner) yield upcasters.upcast(e);
      },
      close: () => inner.close(),
    };
  };
  return {
    kind: store.kind,
    // under a layer that also changes what reads see (src/privacy/sealed-store.ts), the events as stored are its own
    stored: storedEventsOf(store),
    upcasters,
    append: async (stream, events, options) => {
      const result = await store.append(stream, events.map((e) => upcasters.stamp(e)), options);
      return { ...result, events: up(result.events) };
    },
    readStream: async (stream, options) => up(await store.readStream(stream, options)),
    readAll: async (options) => up(await store.readAll(options)),
    headPosition: () => store.headPosition(),
    subscribe,
    verify: (stream) => store.verify(stream),
    close: () => store.close(),
  };
};

/** the stored events behind a store, when it is an upcasting view */
export const storedEventsOf = (store: EventStore): EventStore => ('stored' in store ? (store as UpcastingStore).stored : store);
