/**
 * One half of the replay benchmark, in a fresh process (argv[2]: a county's sqlite file; argv[3]: the mode).
 * 'read', the baseline: the whole feed read once in pages of 1,000 (the projector's catch-up page), every event's
 * data decoded (the store decodes large data only when it is first read), nothing else done with it.
 * 'rebuild': createServices' projector over all its projections, as at start-up; resident memory is sampled on
 * every page read, so it is the data set's. Prints one JSON line.
 */
import { createServices } from '../../src/services.ts';
import { systemClock } from '../../src/shared/clock.ts';
import { randomIds } from '../../src/shared/ids.ts';
import { SqliteEventStore } from '../../src/store/sqlite/sqlite-store.ts';
import type { EventStore } from '../../src/store/types.ts';

export interface ReadResult {
  events: number;
  seconds: number;
  perSecond: number;
}

export interface RebuildResult extends ReadResult {
  households: number;
  designations: number;
  rssBeforeMb: number;
  rssPeakMb: number;
  rssAfterMb: number;
  heapAfterGcMb: number;
  heapTotalMb: number;
}

const mb = (bytes: number) => bytes / 2 ** 20;
const gc = (globalThis as { gc?: () => void }).gc;
const store = new SqliteEventStore({ path: process.argv[2] ?? '' }, { clock: systemClock, newId: randomIds });
let peak = 0;
const sample = () => {
  peak = Math.max(peak, process.memoryUsage.rss());
};

/** the store, sampling resident memory on every page of the feed */
const sampled: EventStore = {
  kind: store.kind,
  append: (stream, events, options) => store.append(stream, events, options),
  readStream: (stream, options) => store.readStream(stream, options),
  readAll: async (options) => {
    const page = await store.readAll(options);
    sample();
    return page;
  },
  headPosition: () => store.headPosition(),
  subscribe: (options) => store.subscribe(options),
  verify: (stream) => store.verify(stream),
  close: () => store.close(),
};

const readEverything = async () => {
  let after = 0;
  let n = 0;
  for (;;) {
    const page = await store.readAll({ after, limit: 1000 });
    for (const e of page) if (e.data === null) throw new Error('no data');
    n += page.length;
    const last = page.at(-1);
    if (!last || page.length < 1000) return n;
    after = last.position;
  }
};

const mode = process.argv[3] === 'read' ? 'read' : 'rebuild';
gc?.();
const rssBefore = process.memoryUsage.rss();
if (mode === 'read') {
  // timed from a cold start, as the rebuild is (the file was just written, so both read it from the page cache)
  const t0 = performance.now();
  const events = await readEverything();
  const seconds = (performance.now() - t0) / 1000;
  process.stdout.write(`${JSON.stringify({ events, seconds, perSecond: events / seconds })}\n`);
} else {
  const services = createServices({ store: sampled, clock: systemClock, newId: randomIds, newSeed: randomIds });
  const t0 = performance.now();
  await services.projector.start();
  const seconds = (performance.now() - t0) / 1000;
  sample();
  await services.projector.stop();
  gc?.();
  const after = process.memoryUsage();
  const result: RebuildResult = {
    events: services.projector.position,
    seconds,
    perSecond: services.projector.position / seconds,
    households: services.households.list('', 0, 0).total,
    designations: services.designations.list('').length,
    rssBeforeMb: mb(rssBefore),
    rssPeakMb: mb(Math.max(peak, after.rss)),
    rssAfterMb: mb(after.rss),
    heapAfterGcMb: mb(after.heapUsed),
    heapTotalMb: mb(after.heapTotal),
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
await store.close();
