import { ANY, NO_STREAM, START, STREAM_EXISTS, jsonEvent } from '@kurrent/kurrentdb-client';
import type { AppendStreamState, EventData, Position, ReadPosition } from '@kurrent/kurrentdb-client';
import { isJsonObject } from '../../shared/json.ts';
import type { JsonObject } from '../../shared/json.ts';
import { InvalidAppendError } from '../errors.ts';
import type { EventMetadata, ExpectedRevision, NewEvent, RecordedEvent, StreamState } from '../types.ts';

/**
 * Pure translation between our events and KurrentDB's. Kept apart from the store so that it can be tested
 * without a server (test/store/kurrentdb.test.ts).
 *
 * Storage layout of one of our events in KurrentDB:
 *  - KurrentDB event id   = our event id (a lower-case UUID)
 *  - event type           = our type
 *  - data (JSON)          = our data
 *  - metadata (JSON)      = our metadata (actor, occurredAt, recordedAt, …) plus `prevHash` and `hash`
 *  - stream revision      = our revision; commit position in $all = our position
 */

/** metadata keys the adapter adds next to the caller's metadata */
export const CHAIN_KEYS = ['prevHash', 'hash'] as const;

/** The parts of a KurrentDB recorded event we read; both the stream-read and the $all-read shapes fit it. */
export interface KurrentRecordedEvent {
  streamId: string;
  id: string;
  revision: bigint;
  type: string;
  isJson: boolean;
  data: unknown;
  metadata: unknown;
  position?: Position;
}

/** our expectation → KurrentDB's append stream state */
export const toStreamState = (expected: ExpectedRevision): AppendStreamState => {
  switch (expected) {
    case 'no_stream':
      return NO_STREAM;
    case 'any':
      return ANY;
    case 'exists':
      return STREAM_EXISTS;
    default:
      return BigInt(expected);
  }
};

/** the exact state an append must find: the head the chain was computed from (no_stream or its revision) */
export const pinnedStreamState = (actual: StreamState): AppendStreamState => toStreamState(actual);

/** KurrentDB's current stream state (bigint, 'no_stream', or a negative sentinel for deleted streams) → ours */
export const fromCurrentState = (current: unknown): StreamState => {
  if (typeof current === 'bigint') return current < 0n ? 'no_stream' : Number(current);
  if (typeof current === 'number') return current < 0 ? 'no_stream' : current;
  return 'no_stream';
};

/**
 * A KurrentDB log position as our number. KurrentDB positions are byte offsets in its transaction log: strictly
 * increasing in commit order but not gapless (consecutive events are typically a few hundred bytes apart).
 * For events appended through the gRPC API the commit and the prepare position are equal.
 */
export const positionOf = (position: Position): number => {
  if (position.commit > BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError(`KurrentDB position ${position.commit} exceeds 2^53`);
  return Number(position.commit);
};

/** where a forward read of $all must start to see events after `after` (the read itself is inclusive) */
export const readPositionAfter = (after: number): ReadPosition => {
  if (!Number.isSafeInteger(after) || after < 0) throw new RangeError(`position must be a non-negative integer, got ${after}`);
  if (after === 0) return START;
  const p = BigInt(after);
  return { commit: p, prepare: p };
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * KurrentDB keeps event ids as UUIDs and hands them back in lower case; an id hashed in another spelling would
 * break the chain on read, so ids are checked and lower-cased before they are hashed.
 */
export const normaliseEventId = (id: string): string => {
  if (typeof id !== 'string' || !UUID.test(id)) throw new InvalidAppendError(`event id must be a UUID for KurrentDB, got ${String(id)}`);
  return id.toLowerCase();
};

/** refuses caller metadata that would collide with the chain fields stored next to it */
export const assertNoChainKeys = (events: readonly NewEvent[]): void => {
  for (const e of events) {
    for (const key of CHAIN_KEYS) {
      if (Object.hasOwn(e.metadata, key)) throw new InvalidAppendError(`event ${e.type}: metadata key ${key} is reserved by the store`);
    }
  }
};

/** a planned event (position not yet known) → the KurrentDB event to append */
export const toEventData = (event: RecordedEvent): EventData =>
  jsonEvent({
    id: event.id,
    type: event.type,
    data: event.data,
    metadata: { ...event.metadata, prevHash: event.prevHash, hash: event.hash },
  });

const isSystem = (e: KurrentRecordedEvent): boolean => e.streamId.startsWith('$') || e.type.startsWith('$');

/** written through this store: JSON data and metadata carrying the chain fields */
export const isOurs = (e: KurrentRecordedEvent): boolean =>
  !isSystem(e) &&
  e.isJson &&
  isJsonObject(e.data) &&
  isJsonObject(e.metadata) &&
  typeof e.metadata.hash === 'string' &&
  typeof e.metadata.prevHash === 'string';

const splitMetadata = (metadata: unknown): { metadata: EventMetadata; prevHash: string; hash: string } => {
  if (!isJsonObject(metadata)) return { metadata: {} as EventMetadata, prevHash: '', hash: '' };
  const { prevHash, hash, ...rest } = metadata;
  return {
    metadata: rest as unknown as EventMetadata,
    prevHash: typeof prevHash === 'string' ? prevHash : '',
    hash: typeof hash === 'string' ? hash : '',
  };
};

const requirePosition = (e: KurrentRecordedEvent): number => {
  if (!e.position) throw new Error(`KurrentDB returned event ${e.id} without a log position: a server of version 22.6 or later is required`);
  return positionOf(e.position);
};

/**
 * Any event of a stream, as our RecordedEvent. An event not written through this store (foreign writer, binary
 * data, no chain fields) is mapped as far as it goes, with empty hashes, so that verify() reports it.
 */
export const fromKurrentEvent = (e: KurrentRecordedEvent): RecordedEvent => {
  const { metadata, prevHash, hash } = splitMetadata(e.metadata);
  return {
    id: e.id,
    stream: e.streamId,
    revision: Number(e.revision),
    position: requirePosition(e),
    type: e.type,
    data: e.isJson && isJsonObject(e.data) ? (e.data as JsonObject) : {},
    metadata,
    prevHash,
    hash,
  };
};

/** for the global feed: our events only (system events and foreign events are not part of it) */
export const ourEvent = (e: KurrentRecordedEvent | undefined): RecordedEvent | undefined =>
  e && isOurs(e) ? fromKurrentEvent(e) : undefined;
