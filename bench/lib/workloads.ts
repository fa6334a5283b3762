import type { EventStore } from '../../src/store/types.ts';
import { benchEvent } from './fixtures.ts';
import { summarize, throughput } from './stats.ts';
import type { LatencySummary, Throughput } from './stats.ts';

const now = () => performance.now();

/** Runs a measured window after an untimed warm-up; the runner keeps its streams between windows. */
export interface WriteRunner {
  run(warmupMs: number, ms: number): Promise<ConcurrentResult>;
}

export interface ConcurrentResult extends Throughput {
  /** transactions committed during the measured window, when the caller can count them */
  transactions?: number;
}

/**
 * `writers` concurrent loops, each appending one event to its own stream with the exact expected revision and
 * awaiting the durable acknowledgement before the next (writers = 1: the sequential case). `transactions`, read
 * before and after the measured window, tells how many commits group commit needed.
 */
export const appendRunner = (store: EventStore, label: string, writers: number, transactions?: () => number): WriteRunner => {
  const state = Array.from({ length: writers }, (_, w) => ({ stream: `${label}-w${w}`, revision: 'no_stream' as number | 'no_stream', i: 0 }));
  const phase = async (until: number) => {
    const counts = await Promise.all(
      state.map(async (s, w) => {
        let ops = 0;
        while (now() < until) {
          const r = await store.append(s.stream, [benchEvent(w, s.i++)], { expectedRevision: s.revision });
          s.revision = r.nextExpectedRevision;
          ops += 1;
        }
        return ops;
      }),
    );
    return counts.reduce((a, b) => a + b, 0);
  };
  return {
    async run(warmupMs, ms) {
      await phase(now() + warmupMs);
      const txBefore = transactions?.();
      const start = now();
      const ops = await phase(start + ms);
      const end = now();
      const txAfter = transactions?.();
      const result: ConcurrentResult = throughput(ops, start, end);
      if (txBefore !== undefined && txAfter !== undefined) result.transactions = txAfter - txBefore;
      return result;
    },
  };
};

/** Writes a stream of `length` events (one append each, as an aggregate grows), then times readStream of it. */
export const readStreamLatency = async (
  store: EventStore,
  stream: string,
  length: number,
  warmupMs: number,
  ms: number,
  maxSamples: number,
): Promise<LatencySummary> => {
  let revision: number | 'no_stream' = 'no_stream';
  for (let i = 0; i < length; i++) {
    revision = (await store.append(stream, [benchEvent(999, i)], { expectedRevision: revision })).nextExpectedRevision;
  }
  const check = (n: number) => {
    if (n !== length) throw new Error(`readStream returned ${n} events, expected ${length}`);
  };
  const warmUntil = now() + warmupMs;
  while (now() < warmUntil) check((await store.readStream(stream)).length);
  const samples = new Float64Array(maxSamples);
  let n = 0;
  const until = now() + ms;
  while (n < maxSamples && now() < until) {
    const t0 = process.hrtime.bigint();
    const events = await store.readStream(stream);
    samples[n++] = Number(process.hrtime.bigint() - t0);
    check(events.length);
  }
  return summarize(samples.subarray(0, n));
};

export interface FeedResult extends Throughput {
  passes: number;
}

/** Tops the feed up to `events` events, then reads them from the start in pages, pass after pass, for `ms`. */
export const feedRead = async (store: EventStore, events: number, pageSize: number, warmupMs: number, ms: number): Promise<FeedResult> => {
  let head = await store.headPosition();
  for (let k = 0; head < events; k++) {
    const batch = Array.from({ length: Math.min(250, events - head) }, (_, i) => benchEvent(500 + (k % 50), i));
    head = (await store.append(`feed-fill-${k}`, batch, { expectedRevision: 'no_stream' })).lastPosition;
  }
  const pass = async () => {
    let after = 0;
    let read = 0;
    while (read < events) {
      const page = await store.readAll({ after, limit: Math.min(pageSize, events - read) });
      if (page.length === 0) throw new Error(`feed ended after ${read} events, expected ${events}`);
      read += page.length;
      after = (page[page.length - 1] as (typeof page)[number]).position;
    }
    return read;
  };
  const warmUntil = now() + warmupMs;
  do await pass();
  while (now() < warmUntil);
  const start = now();
  let total = 0;
  let passes = 0;
  do {
    total += await pass();
    passes += 1;
  } while (now() - start < ms);
  return { ...throughput(total, start, now()), passes };
};
