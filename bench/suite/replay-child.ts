/**
 * Rebuilds every read model from a county's event store, in a fresh process so that its memory is the data set's
 * (argv[2]: the sqlite file). First the baseline: the whole feed read in pages of 5,000 (the projector's page) and
 * nothing done with it; then the rebuild: createServices' projector over all its projections, as at start-up.
 * Resident memory is sampled on every page read. Prints one JSON line.
 */
import { createServices } from '../../src/services.ts';
import { systemClock } from '../../src/shared/clock.ts';
import { randomIds } from '../../src/shared/ids.ts';
import { SqliteEventStore } from '../../src/store/sqlite/sqlite-store.ts';
import type { EventStore } from '../../src/store/types.ts';

export interface ReplayResult {
  events: number;
  readAll: { seconds: number; perSecond: number };
  rebuild: { seconds: number; perSecond: number };
  households: number;
  designations: number;
  rssBeforeMb: number;
  rssPeakMb: number;
  rssAfterMb: number;
  heapAfterGcMb: number;
  heapTotalMb: number;
  externalMb: number;
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
    const page = await store.readAll({ after, limit: 5000 });
    n += page.length;
    const last = page.at(-1);
    if (!last || page.length < 5000) return n;
    after = last.position;
  }
};

gc?.();
const rssBefore = process.memoryUsage.rss();
await readEverything(); // warms the page cache, so both timed passes read from memory
let t0 = performance.now();
const events = await readEverything();
const readSeconds = (performance.now() - t0) / 1000;
gc?.();
const services = createServices({ store: sampled, clock: systemClock, newId: randomIds, newSeed: randomIds });
t0 = performance.now();
await services.projector.start();
const rebuildSeconds = (performance.now() - t0) / 1000;
sample();
await services.projector.stop();
gc?.();
const after = process.memoryUsage();
const result: ReplayResult = {
  events,
  readAll: { seconds: readSeconds, perSecond: events / readSeconds },
  rebuild: { seconds: rebuildSeconds, perSecond: services.projector.position / rebuildSeconds },
  households: services.households.list('', 0, 0).total,
  designations: services.designations.list('').length,
  rssBeforeMb: mb(rssBefore),
  rssPeakMb: mb(Math.max(peak, after.rss)),
  rssAfterMb: mb(after.rss),
  heapAfterGcMb: mb(after.heapUsed),
  heapTotalMb: mb(after.heapTotal),
  externalMb: mb(after.external),
};
process.stdout.write(`${JSON.stringify(result)}\n`);
await store.close();
