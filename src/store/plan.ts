import { isJsonObject } from '../shared/json.ts';
import type { JsonObject } from '../shared/json.ts';
import type { IdGenerator } from '../shared/ids.ts';
import { ConcurrencyError, DuplicateEventIdError, InvalidAppendError } from './errors.ts';
import { sortedJsonCopy } from './canonical-copy.ts';
import { GENESIS_HASH, eventHash, hashOfCanonical } from './hash.ts';
import type { AppendResult, EventMetadata, ExpectedRevision, NewEvent, RecordedEvent, StreamState } from './types.ts';

/** The last event of a stream, as far as the chain and the revision check need it. */
export interface StreamHead {
  revision: number;
  hash: string;
}

export interface AppendRequest {
  stream: string;
  events: NewEvent[];
  expectedRevision: ExpectedRevision;
}

export type PlanOutcome = { ok: true; result: AppendResult } | { ok: false; error: Error };

export interface BatchPlan {
  outcomes: PlanOutcome[];
  /** rows to insert, in position order */
  rows: RecordedEvent[];
  /** data and metadata of each row as JSON text, serialized once for hashing and storing alike */
  json: Array<{ data: string; metadata: string }>;
  /** the heads of every stream the batch touched, as they are after it commits */
  heads: Map<string, StreamHead>;
}

export interface PlanContext {
  heads: ReadonlyMap<string, StreamHead>;
  /** event ids of the batch that are already stored */
  storedIds: ReadonlySet<string>;
  lastPosition: number;
  recordedAt: string;
  newId: IdGenerator;
}

const MAX_NAME = 200;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// NUL and unpaired UTF-16 surrogates: JSON.stringify writes them as \u0000 / \ud800, which PostgreSQL's jsonb refuses
const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const unstorable = (text: string) => text.includes('\u0000') || UNPAIRED_SURROGATE.test(text);

/** whether any string (key or value) holds what no adapter can store alike; builds no paths: most events are clean */
const holdsUnstorable = (value: unknown): boolean => {
  if (typeof value === 'string') return unstorable(value);
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) return value.some(holdsUnstorable);
  for (const key in value) {
    if (unstorable(key) || holdsUnstorable((value as Record<string, unknown>)[key])) return true;
  }
  return false;
};

/** the JSON pointer of the first string (key or value) no adapter can store alike, if any */
const unstorableText = (value: unknown, path: string): string | null => {
  if (typeof value === 'string') return unstorable(value) ? path : null;
  if (typeof value !== 'object' || value === null) return null;
  for (const [key, inner] of Object.entries(value)) {
    const at = `${path}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`;
    if (unstorable(key)) return at;
    const found = unstorableText(inner, at);
    if (found !== null) return found;
  }
  return null;
};

export const validateAppend = (stream: string, events: NewEvent[]): void => {
  if (typeof stream !== 'string' || stream.length === 0 || stream.length > MAX_NAME || stream.startsWith('$')) {
    throw new InvalidAppendError(`stream name must be 1–${MAX_NAME} characters and not start with $`);
  }
  if (!Array.isArray(events) || events.length === 0) throw new InvalidAppendError('an append needs at least one event');
  for (const e of events) {
    if (e.id !== undefined && !UUID.test(e.id)) throw new InvalidAppendError(`event id must be a UUID: ${String(e.id)}`);
    if (typeof e.type !== 'string' || e.type.length === 0 || e.type.length > MAX_NAME) {
      throw new InvalidAppendError('event type must be 1–200 characters');
    }
    if (!isJsonObject(e.data)) throw new InvalidAppendError(`event ${e.type}: data must be a JSON object`);
    if (!isJsonObject(e.metadata) || !isJsonObject(e.metadata.actor as unknown)) {
      throw new InvalidAppendError(`event ${e.type}: metadata with an actor is required`);
    }
    // refused alone, before the group commit: in a shared transaction it would fail every append of the batch
    const bad = holdsUnstorable(e.data) || holdsUnstorable(e.metadata) ? unstorableText(e.data, '/data') ?? unstorableText(e.metadata, '/metadata') : null;
    if (bad !== null) throw new InvalidAppendError(`event ${e.type}: text at ${bad} contains NUL (U+0000) or an unpaired surrogate`);
  }
};

export const stateOf = (head: StreamHead | undefined): StreamState => (head ? head.revision : 'no_stream');

export const revisionMatches = (expected: ExpectedRevision, actual: StreamState): boolean => {
  if (expected === 'any') return true;
  if (expected === 'no_stream') return actual === 'no_stream';
  if (expected === 'exists') return actual !== 'no_stream';
  return actual === expected;
};

/**
 * Data and metadata as they will be stored and read back, and their JSON text. Plain JSON (the common case) is copied
 * with sorted keys, so its text is already canonical and hashed as it is; anything else goes through JSON once, which
 * applies JSON's rules (undefined dropped, toJSON, …), and is hashed by the general canonical walk.
 */
const asStored = (e: NewEvent, recordedAt: string) => {
  const stamped = { ...e.metadata, recordedAt };
  const data = sortedJsonCopy(e.data);
  const metadata = sortedJsonCopy(stamped as unknown as JsonObject);
  if (data && metadata) {
    const text = { data: JSON.stringify(data), metadata: JSON.stringify(metadata), canonical: true };
    return { data, metadata: metadata as unknown as EventMetadata, text };
  }
  const text = { data: JSON.stringify(e.data), metadata: JSON.stringify(stamped), canonical: false };
  return { data: JSON.parse(text.data) as JsonObject, metadata: JSON.parse(text.metadata) as EventMetadata, text };
};

/**
 * Decides a batch of appends against the current heads, as one group commit does: each request is accepted or
 * refused on its own (per-call atomicity), in arrival order, seeing the heads left by the requests before it.
 * Pure: the adapters do the reading and the writing around it. What is hashed is exactly what is stored and
 * handed back: data and metadata go through JSON once (dropping undefined) and that text is what gets stored.
 */
export const planBatch = (requests: readonly AppendRequest[], ctx: PlanContext): BatchPlan => {
  const heads = new Map(ctx.heads);
  const seenIds = new Set(ctx.storedIds);
  let position = ctx.lastPosition;
  const rows: RecordedEvent[] = [];
  const json: BatchPlan['json'] = [];
  const outcomes = requests.map((req): PlanOutcome => {
    const actual = stateOf(heads.get(req.stream));
    if (!revisionMatches(req.expectedRevision, actual)) {
      return { ok: false, error: new ConcurrencyError(req.stream, req.expectedRevision, actual) };
    }
    const ids = req.events.map((e) => e.id ?? ctx.newId());
    const dup = ids.find((id, i) => seenIds.has(id) || ids.indexOf(id) !== i);
    if (dup !== undefined) return { ok: false, error: new DuplicateEventIdError(dup) };
    let head = heads.get(req.stream);
    const first = rows.length;
    req.events.forEach((e, i) => {
      const { data, metadata, text } = asStored(e, ctx.recordedAt);
      const event: RecordedEvent = {
        id: ids[i] as string,
        stream: req.stream,
        revision: head ? head.revision + 1 : 0,
        position: (position += 1),
        type: e.type,
        data,
        metadata,
        prevHash: head ? head.hash : GENESIS_HASH,
        hash: '',
      };
      event.hash = text.canonical ? hashOfCanonical(event, text.data, text.metadata) : eventHash(event);
      head = { revision: event.revision, hash: event.hash };
      rows.push(event);
      json.push({ data: text.data, metadata: text.metadata });
    });
    for (const id of ids) seenIds.add(id);
    if (head) heads.set(req.stream, head);
    const recorded = rows.slice(first);
    const last = recorded[recorded.length - 1] as RecordedEvent;
    return { ok: true, result: { nextExpectedRevision: last.revision, lastPosition: last.position, events: recorded } };
  });
  return { outcomes, rows, json, heads };
};
