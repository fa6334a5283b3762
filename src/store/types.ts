import type { JsonObject } from '../shared/json.ts';

/** Who did it, in which capacity, for which jurisdiction (谁调查谁签字谁负责). */
export interface Actor {
  id: string;
  name?: string;
  organisation?: string;
  /** the role the actor acted in, e.g. 'townshipReviewer' */
  capacity?: string;
  /** region-code prefix the actor acted for */
  jurisdiction?: string;
}

export interface EventMetadata {
  actor: Actor;
  /** when it happened in the field (a meeting on paper may be entered days later) */
  occurredAt: string;
  /** when the store committed it; set by the store from its clock */
  recordedAt: string;
  correlationId: string | null;
  causationId: string | null;
  commandId: string | null;
  /** entered beyond the policy's late-entry window: the reason given (补录原因), shown to every supervisor */
  lateEntryReason?: string;
  /** digest of the request that carried an Idempotency-Key: the same key with another request is refused */
  requestDigest?: string;
  /** version of the data's shape (schemas/); absent on events stored before versioning: version 1 */
  schemaVersion?: number;
  /** on an upcast read copy only, never stored: the version the stored event has (src/store/upcasting.ts) */
  upcastFrom?: number;
}

export type NewEventMetadata = Omit<EventMetadata, 'recordedAt'>;

export interface NewEvent {
  /** optional: a caller-chosen UUID; otherwise the store's id generator picks one */
  id?: string;
  type: string;
  data: JsonObject;
  metadata: NewEventMetadata;
}

export interface RecordedEvent {
  id: string;
  stream: string;
  /** 0-based position of the event in its stream */
  revision: number;
  /** position in the global feed: strictly increasing in commit order */
  position: number;
  type: string;
  data: JsonObject;
  metadata: EventMetadata;
  /** hash of the previous event of the stream (GENESIS_HASH for revision 0) */
  prevHash: string;
  /** sha256 over the canonical serialization of this event and prevHash */
  hash: string;
}

/** 'no_stream': must not exist; 'exists': must have an event; 'any': no check; n: last revision must be n. */
export type ExpectedRevision = 'no_stream' | 'any' | 'exists' | number;
/** the actual state of a stream as reported by a conflict */
export type StreamState = 'no_stream' | number;

export interface AppendOptions {
  expectedRevision?: ExpectedRevision;
}

export interface AppendResult {
  /** revision of the last appended event: pass it as expectedRevision of the next append */
  nextExpectedRevision: number;
  lastPosition: number;
  events: RecordedEvent[];
}

export type Direction = 'forwards' | 'backwards';

export interface ReadStreamOptions {
  direction?: Direction;
  /** inclusive; default: the first (forwards) or the last (backwards) revision */
  fromRevision?: number;
  limit?: number;
}

export interface ReadAllOptions {
  /** exclusive checkpoint: events with position > after; default 0, the start of the feed */
  after?: number;
  limit?: number;
  /**
   * only events of streams whose name starts with one of these (the limit counts those): a reader that needs a few
   * kinds of stream skips the rest where the store can (a county's resident claims, a third of its events, at start-up)
   */
  streamPrefixes?: readonly string[];
}

export interface SubscribeOptions {
  /** exclusive checkpoint, as in readAll */
  after?: number;
  /** events fetched per catch-up read; bounds the memory a subscription holds */
  pageSize?: number;
}

/** Catches up from a checkpoint, then stays live. Iterate with for-await; close() ends it. */
export interface Subscription extends AsyncIterable<RecordedEvent> {
  close(): Promise<void>;
}

export type BrokenLinkReason =
  | 'hash-mismatch'
  | 'prev-hash-mismatch'
  | 'revision-gap'
  | 'wrong-stream'
  | 'position-order';

export interface BrokenLink {
  stream: string;
  revision: number;
  reason: BrokenLinkReason;
}

export interface VerifyReport {
  stream: string;
  ok: boolean;
  checked: number;
  /** the first broken link, when not ok */
  broken?: BrokenLink;
}

export interface EventStore {
  readonly kind: 'memory' | 'sqlite' | 'postgres' | 'kurrentdb';
  append(stream: string, events: NewEvent[], options?: AppendOptions): Promise<AppendResult>;
  readStream(stream: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  readAll(options?: ReadAllOptions): Promise<RecordedEvent[]>;
  /** position of the newest event in the feed, 0 when empty */
  headPosition(): Promise<number>;
  subscribe(options?: SubscribeOptions): Subscription;
  verify(stream: string): Promise<VerifyReport>;
  close(): Promise<void>;
}
