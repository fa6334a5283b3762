import { randomUUID } from 'node:crypto';
import {
  ANY,
  MaxAppendSizeExceededError,
  NO_STREAM,
  START,
  STREAM_EXISTS,
  StreamNotFoundError,
  UnavailableError,
  WrongExpectedVersionError,
} from '@kurrent/kurrentdb-client';
import { afterAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../src/shared/clock.ts';
import { randomIds, sequentialIds } from '../../src/shared/ids.ts';
import { ConcurrencyError, InvalidAppendError } from '../../src/store/errors.ts';
import { isStreamNotFound, mapAppendError, toConcurrencyError } from '../../src/store/kurrentdb/errors.ts';
import { KurrentDbEventStore, replayOf } from '../../src/store/kurrentdb/kurrentdb-store.ts';
import {
  assertNoChainKeys,
  fromCurrentState,
  fromKurrentEvent,
  normaliseEventId,
  ourEvent,
  pinnedStreamState,
  positionOf,
  readPositionAfter,
  toEventData,
  toStreamState,
} from '../../src/store/kurrentdb/mapping.ts';
import type { KurrentRecordedEvent } from '../../src/store/kurrentdb/mapping.ts';
import { eventHash } from '../../src/store/hash.ts';
import { planBatch } from '../../src/store/plan.ts';
import type { RecordedEvent } from '../../src/store/types.ts';
import { verifyStream } from '../../src/store/verify.ts';
import { describeConformance } from './conformance.ts';
import { event, events } from './harness.ts';

/**
 * Where the KurrentDB server comes from:
 *  1. KURRENTDB_URL, e.g. kurrentdb://127.0.0.1:2113?tls=false (its MaxAppendSize must allow the suite's 1.2 MB
 *     event: KURRENTDB_MAX_APPEND_SIZE=8388608; the default is 1 MiB);
 *  2. else a container started through testcontainers when a Docker engine answers;
 *  3. else the conformance suite is skipped, with the reason printed. The unit tests below need no server.
 */
const IMAGE = process.env.KURRENTDB_IMAGE ?? 'docker.kurrent.io/kurrent-latest/kurrentdb:latest';

const dockerReachable = async (timeoutMs = 3000): Promise<boolean> => {
  let timer: NodeJS.Timeout | undefined;
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('timed out')), timeoutMs);
    });
    await Promise.race([getContainerRuntimeClient(), timeout]);
    return true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
};

/** the server answers reads and takes writes (the health endpoint can be up before the node leads) */
const waitUntilServing = async (url: string, attempts = 60): Promise<void> => {
  for (let i = 1; ; i += 1) {
    const store = new KurrentDbEventStore({ connectionString: url }, { clock: systemClock, newId: randomIds });
    try {
      await store.append(`conformance-ready-${randomUUID()}`, [event('Ready')]);
      return;
    } catch (error) {
      if (i >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, 1000));
    } finally {
      await store.close();
    }
  }
};

interface Server {
  url?: string;
  skipReason?: string;
  stop?: () => Promise<void>;
}

const server = async (): Promise<Server> => {
  if (process.env.KURRENTDB_URL) return { url: process.env.KURRENTDB_URL };
  if (!(await dockerReachable())) return { skipReason: 'no KURRENTDB_URL and no Docker engine reachable: KurrentDB conformance not run' };
  const { GenericContainer, Wait } = await import('testcontainers');
  const container = await new GenericContainer(IMAGE)
    .withEnvironment({
      KURRENTDB_CLUSTER_SIZE: '1',
      KURRENTDB_INSECURE: 'true',
      KURRENTDB_RUN_PROJECTIONS: 'All',
      KURRENTDB_START_STANDARD_PROJECTIONS: 'true',
      KURRENTDB_MEM_DB: 'true',
      KURRENTDB_MAX_APPEND_SIZE: String(8 * 1024 * 1024),
    })
    .withExposedPorts(2113)
    .withWaitStrategy(Wait.forHttp('/health/live', 2113).forStatusCodeMatching((code) => code >= 200 && code < 300))
    .withStartupTimeout(180_000)
    .start();
  const url = `kurrentdb://${container.getHost()}:${container.getMappedPort(2113)}?tls=false`;
  await waitUntilServing(url);
  return { url, stop: async () => void (await container.stop()) };
};

const kurrent = await server();
afterAll(async () => {
  await kurrent.stop?.();
});

describeConformance({
  name: 'kurrentdb',
  skipReason: kurrent.skipReason,
  // every store is a new client on the same server; the tests use unique stream names
  create: async () => new KurrentDbEventStore({ connectionString: kurrent.url ?? '' }, { clock: systemClock, newId: randomIds }),
  // no `tamper`: KurrentDB's log cannot be edited in place through any API (events are immutable; a "change" is a
  // new event), and its chunk files are not ours to rewrite here, so the tamper-detection cases are skipped.
  // verify() still recomputes every hash and link; the unit tests below feed it a forged event.
});

// ---------------------------------------------------------------------------------------------------------------
// Adapter unit tests: the pure mapping between our events and KurrentDB's, without a server.

const metadata = event('X').metadata;
const planned = (n: number, stream = 'household-430623101-0001'): RecordedEvent[] =>
  planBatch([{ stream, events: events(n), expectedRevision: 'no_stream' }], {
    heads: new Map(),
    storedIds: new Set(),
    lastPosition: 0,
    recordedAt: '2026-03-18T09:30:00.000Z',
    newId: sequentialIds(7),
  }).rows;

/** what the client hands back for an event it appended: JSON through bytes, a revision and a log position */
const asStored = (e: RecordedEvent, commit: bigint): KurrentRecordedEvent => {
  const data = toEventData(e);
  return {
    streamId: e.stream,
    id: data.id,
    revision: BigInt(e.revision),
    type: data.type,
    isJson: data.contentType === 'application/json',
    data: JSON.parse(Buffer.from(JSON.stringify(data.data), 'utf8').toString('utf8')) as unknown,
    metadata: JSON.parse(JSON.stringify(data.metadata)) as unknown,
    position: { commit, prepare: commit },
  };
};

describe('kurrentdb adapter: expected revisions', () => {
  it('maps our expectations to the client stream states', () => {
    expect(toStreamState('no_stream')).toBe(NO_STREAM);
    expect(toStreamState('any')).toBe(ANY);
    expect(toStreamState('exists')).toBe(STREAM_EXISTS);
    expect(toStreamState(0)).toBe(0n);
    expect(toStreamState(41)).toBe(41n);
  });

  it('pins an append to the head the chain was computed from', () => {
    expect(pinnedStreamState('no_stream')).toBe(NO_STREAM);
    expect(pinnedStreamState(6)).toBe(6n);
  });

  it('reads the server current state, deleted streams as no_stream', () => {
    expect(fromCurrentState('no_stream')).toBe('no_stream');
    expect(fromCurrentState(5n)).toBe(5);
    expect(fromCurrentState(-1n)).toBe('no_stream');
    expect(fromCurrentState(-5n)).toBe('no_stream');
  });
});

describe('kurrentdb adapter: errors', () => {
  it('turns WrongExpectedVersionError into our ConcurrencyError with the caller expectation', () => {
    const conflict = new WrongExpectedVersionError(undefined, { streamName: 's', expected: 2n, current: 5n });
    const err = toConcurrencyError(conflict, 's', 2);
    expect(err).toBeInstanceOf(ConcurrencyError);
    expect(err).toMatchObject({ stream: 's', expected: 2, actual: 5 });

    const missing = new WrongExpectedVersionError(undefined, { streamName: 's', expected: 0n, current: 'no_stream' });
    expect(mapAppendError(missing, 's', 0)).toMatchObject({ name: 'ConcurrencyError', expected: 0, actual: 'no_stream' });
    const exists = new WrongExpectedVersionError(undefined, { streamName: 's', expected: STREAM_EXISTS, current: 'no_stream' });
    expect(mapAppendError(exists, 's', 'exists')).toMatchObject({ expected: 'exists', actual: 'no_stream' });
  });

  it('reports an append over the server limit as a malformed append, and passes other errors through', () => {
    expect(mapAppendError(MaxAppendSizeExceededError.fromMaxAppendSize(1_048_576), 's', 'any')).toBeInstanceOf(InvalidAppendError);
    const down = new UnavailableError(undefined, 'down');
    expect(mapAppendError(down, 's', 'any')).toBe(down);
  });

  it('recognises a missing stream', () => {
    expect(isStreamNotFound(new StreamNotFoundError(undefined, 's'))).toBe(true);
    expect(isStreamNotFound(new Error('other'))).toBe(false);
  });
});

describe('kurrentdb adapter: event mapping', () => {
  it('stores data as JSON data and the metadata with prevHash and hash, under our event id', () => {
    const [first] = planned(1) as [RecordedEvent];
    const data = toEventData(first);
    expect(data).toMatchObject({ id: first.id, type: 'Tested', contentType: 'application/json', data: { i: 0 } });
    expect(data.metadata).toEqual({ ...first.metadata, prevHash: first.prevHash, hash: first.hash });
  });

  it('round-trips an event through the stored form unchanged, hash included', () => {
    const rows = planned(3);
    const back = rows.map((e, i) => fromKurrentEvent(asStored(e, 1000n + BigInt(i) * 250n)));
    expect(back).toEqual(rows.map((e, i) => ({ ...e, position: 1000 + i * 250 })));
    for (const e of back) expect(eventHash(e)).toBe(e.hash);
  });

  it('keeps system events and events of other writers out of the feed', () => {
    const [e] = planned(1) as [RecordedEvent];
    const stored = asStored(e, 500n);
    expect(ourEvent(stored)).toMatchObject({ id: e.id, position: 500 });
    expect(ourEvent({ ...stored, streamId: '$stats-127.0.0.1:2113' })).toBeUndefined();
    expect(ourEvent({ ...stored, type: '$metadata' })).toBeUndefined();
    expect(ourEvent({ ...stored, metadata: { actor: metadata.actor } })).toBeUndefined();
    expect(ourEvent({ ...stored, isJson: false, data: new Uint8Array([1]) })).toBeUndefined();
    expect(ourEvent(undefined)).toBeUndefined();
  });

  it('maps a foreign event in one of our streams so that verify() reports it', async () => {
    const rows = planned(3);
    const foreign: KurrentRecordedEvent = { ...asStored(rows[1] as RecordedEvent, 800n), metadata: { written: 'by hand' } };
    const stream = [asStored(rows[0] as RecordedEvent, 700n), foreign, asStored(rows[2] as RecordedEvent, 900n)].map(fromKurrentEvent);
    const report = await verifyStream(rows[0]?.stream as string, async (from, limit) => stream.slice(from, from + limit));
    expect(report).toMatchObject({ ok: false, broken: { revision: 1, reason: 'prev-hash-mismatch' } });
  });

  it('refuses a stream event without a log position (servers before 22.6)', () => {
    const [e] = planned(1) as [RecordedEvent];
    const { position: _, ...withoutPosition } = asStored(e, 1n);
    expect(() => fromKurrentEvent(withoutPosition)).toThrow(/22\.6/);
  });

  it('uses commit positions as numbers; position 0 reads $all from the start, others from that event on', () => {
    expect(positionOf({ commit: 123456n, prepare: 123456n })).toBe(123456);
    expect(() => positionOf({ commit: 2n ** 60n, prepare: 2n ** 60n })).toThrow(RangeError);
    expect(readPositionAfter(0)).toBe(START);
    expect(readPositionAfter(4242)).toEqual({ commit: 4242n, prepare: 4242n });
    expect(() => readPositionAfter(-1)).toThrow(RangeError);
  });

  it('takes event ids as lower-case UUIDs, as KurrentDB returns them', () => {
    expect(normaliseEventId('0F8FAD5B-D9CB-469F-A165-70867728950E')).toBe('0f8fad5b-d9cb-469f-a165-70867728950e');
    expect(() => normaliseEventId('event-1')).toThrow(InvalidAppendError);
  });

  it('reserves the chain keys in metadata', () => {
    expect(() => assertNoChainKeys([{ ...event('A'), metadata: { ...metadata, hash: 'x' } as typeof metadata }])).toThrow(InvalidAppendError);
    expect(() => assertNoChainKeys([event('A')])).not.toThrow();
  });
});

describe('kurrentdb adapter: repeated appends', () => {
  const rows = planned(2); // revisions 0 and 1, newest first in a backward read
  const tail = [...rows].reverse().map((e, i) => ({ ...e, position: 2000 - i }));

  it('acknowledges a repeat of the last append (same ids, in order) with the stored events', () => {
    const ids = rows.map((e) => ({ id: e.id }));
    expect(replayOf(tail, ids, 'any')).toMatchObject({ nextExpectedRevision: 1, lastPosition: 2000, events: [{ revision: 0 }, { revision: 1 }] });
    expect(replayOf(tail, ids, 'no_stream')).toBeDefined();
    expect(replayOf(tail.slice(0, 1), [{ id: rows[1]?.id as string }], 0)).toMatchObject({ nextExpectedRevision: 1 });
  });

  it('is no repeat when the ids differ, their order differs, or the expectation does not hold', () => {
    expect(replayOf(tail, [{ id: randomUUID() }, { id: rows[1]?.id as string }], 'any')).toBeUndefined();
    expect(replayOf(tail, [...rows].reverse().map((e) => ({ id: e.id })), 'any')).toBeUndefined();
    expect(replayOf(tail.slice(0, 1), [{ id: rows[1]?.id as string }], 1)).toBeUndefined();
    expect(replayOf([], [{ id: randomUUID() }], 'any')).toBeUndefined();
  });
});

describe('kurrentdb adapter without a server', () => {
  it('refuses malformed appends before any I/O, and closes', async () => {
    // port 9 (discard): nothing is contacted, since every append below is refused before a read
    const store = new KurrentDbEventStore({ connectionString: 'kurrentdb://127.0.0.1:9?tls=false' }, { clock: systemClock, newId: randomIds });
    expect(store.kind).toBe('kurrentdb');
    await expect(store.append('s', [])).rejects.toBeInstanceOf(InvalidAppendError);
    await expect(store.append('$s', [event('A')])).rejects.toBeInstanceOf(InvalidAppendError);
    await expect(store.append('s', [{ ...event('A'), id: 'not-a-uuid' }])).rejects.toBeInstanceOf(InvalidAppendError);
    await expect(store.append('s', [{ ...event('A'), metadata: { ...metadata, prevHash: 'x' } as typeof metadata }])).rejects.toBeInstanceOf(InvalidAppendError);
    await store.close();
    await expect(store.append('s', [event('A')])).rejects.toThrow(/closed/);
  });
});
