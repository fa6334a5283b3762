import { describe, expect, it } from 'vitest';
import { Projector } from '../../src/projections/projector.ts';
import type { Projection } from '../../src/projections/projector.ts';
import { ManualClock } from '../../src/shared/clock.ts';
import { sequentialIds } from '../../src/shared/ids.ts';
import { MemoryEventStore } from '../../src/store/memory.ts';
import type { EventStore, ReadAllOptions, RecordedEvent } from '../../src/store/types.ts';
import { event } from '../store/harness.ts';

/** a projection that records what it was fed */
const recorder = (name: string, streamPrefixes?: string[]) => {
  const seen: RecordedEvent[] = [];
  const projection: Projection = { name, ...(streamPrefixes ? { streamPrefixes } : {}), apply: (e) => { if (!streamPrefixes || streamPrefixes.some((p) => e.stream.startsWith(p))) seen.push(e); } };
  return { projection, seen };
};

const storeWith = async () => {
  const store = new MemoryEventStore({ clock: new ManualClock('2026-03-18T01:00:00.000Z'), newId: sequentialIds(7) });
  await store.append('household-1', [event('Registered')]);
  await store.append('claim-1', [event('Claimed')]);
  await store.append('designation-1', [event('Declared'), event('Appraised')]);
  await store.append('claim-2', [event('Claimed'), event('Claimed')]); // the feed ends in streams nobody reads
  const asked: Array<ReadAllOptions | undefined> = [];
  const spied: EventStore = {
    kind: store.kind,
    append: (stream, events, options) => store.append(stream, events, options),
    readStream: (stream, options) => store.readStream(stream, options),
    readAll: (options) => {
      asked.push(options);
      return store.readAll(options);
    },
    headPosition: () => store.headPosition(),
    subscribe: (options) => store.subscribe(options),
    verify: (stream) => store.verify(stream),
    close: () => store.close(),
  };
  return { store: spied, asked };
};

describe('projector: catching up at start', () => {
  it('asks the store only for the streams its projections read, and is caught up with the whole feed when started', async () => {
    const { store, asked } = await storeWith();
    const households = recorder('households', ['household-']);
    const designations = recorder('designations', ['designation-']);
    const projector = new Projector(store, [households.projection, designations.projection]);
    await projector.start();
    expect(asked[0]?.streamPrefixes).toEqual(['household-', 'designation-']);
    expect(households.seen.map((e) => e.type)).toEqual(['Registered']);
    expect(designations.seen.map((e) => e.type)).toEqual(['Declared', 'Appraised']);
    expect(projector.position).toBe(await store.headPosition()); // the claims at the end count as read
    await projector.waitFor(await store.headPosition());
    await store.append('designation-1', [event('Reviewed')]);
    await projector.waitFor(await store.headPosition());
    expect(designations.seen.map((e) => e.type)).toEqual(['Declared', 'Appraised', 'Reviewed']);
    await projector.stop();
  });

  it('reads every event when one projection does not say which streams it reads', async () => {
    const { store, asked } = await storeWith();
    const everything = recorder('audit');
    const projector = new Projector(store, [recorder('households', ['household-']).projection, everything.projection]);
    await projector.start();
    expect(asked[0]?.streamPrefixes).toBeUndefined();
    expect(everything.seen).toHaveLength(6);
    await projector.stop();
  });
});
