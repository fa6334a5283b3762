import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../src/shared/clock.ts';
import { randomIds } from '../../src/shared/ids.ts';
import { RecentEvents } from '../../src/store/recent-events.ts';
import { SqliteEventStore } from '../../src/store/sqlite/sqlite-store.ts';
import type { RecordedEvent } from '../../src/store/types.ts';
import { event, uniqueStream } from './harness.ts';

const at = (position: number): RecordedEvent => ({
  id: `id-${position}`, stream: 's', revision: position - 1, position, type: 'T', data: { n: position, nested: { list: [position] } },
  metadata: { actor: { id: 'a' } } as unknown as RecordedEvent['metadata'], prevHash: '', hash: '',
});
const positions = (events: RecordedEvent[] | undefined) => events?.map((e) => e.position);

describe('recent events: what this process committed last, handed to its subscribers', () => {
  it('answers only reads that start inside an unbroken run of positions', () => {
    const recent = new RecentEvents(10);
    expect(recent.after(0, 10)).toBeUndefined();
    recent.add([at(5), at(6), at(7)]);
    expect(positions(recent.after(4, 10))).toEqual([5, 6, 7]);
    expect(positions(recent.after(5, 1))).toEqual([6]);
    expect(recent.after(3, 10)).toBeUndefined(); // position 4 is not held: the store must answer
    expect(recent.after(7, 10)).toBeUndefined(); // nothing newer held: whatever else there is, the store knows
  });

  it('starts the run again when another writer took the positions in between', () => {
    const recent = new RecentEvents(10);
    recent.add([at(1), at(2)]);
    recent.add([at(5)]);
    expect(recent.after(1, 10)).toBeUndefined();
    expect(recent.after(2, 10)).toBeUndefined();
    expect(positions(recent.after(4, 10))).toEqual([5]);
  });

  it('keeps the newest: at least its capacity, never more than twice it', () => {
    const recent = new RecentEvents(3);
    recent.add([at(1), at(2), at(3), at(4), at(5), at(6)]);
    expect(positions(recent.after(0, 10))).toEqual([1, 2, 3, 4, 5, 6]);
    recent.add([at(7)]);
    expect(recent.after(3, 10)).toBeUndefined();
    expect(positions(recent.after(4, 10))).toEqual([5, 6, 7]);
  });

  it('holds nothing after clear(): the next run starts with the next commit', () => {
    const recent = new RecentEvents();
    recent.add([at(1), at(2)]);
    recent.clear();
    expect(recent.after(0, 10)).toBeUndefined();
    recent.add([at(3)]);
    expect(recent.after(1, 10)).toBeUndefined();
    expect(positions(recent.after(2, 10))).toEqual([3]);
  });

  it('hands out frozen events: a fact read by many cannot be changed by one', () => {
    const recent = new RecentEvents();
    recent.add([at(1)]);
    const [e] = recent.after(0, 1) ?? [];
    expect(() => { (e?.data.nested as { list: number[] }).list.push(2); }).toThrow(TypeError);
  });
});

describe('a sqlite subscription with another process writing to the same file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'es-recent-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('yields every event once, in position order, whoever wrote it', async () => {
    const path = join(dir, 'shared.db');
    const ours = new SqliteEventStore({ path, pollMs: 20 }, { clock: systemClock, newId: randomIds });
    const theirs = new SqliteEventStore({ path, pollMs: 20 }, { clock: systemClock, newId: randomIds });
    const seen: number[] = [];
    await ours.append(uniqueStream('first'), [event('Y')]); // before anyone subscribes: not kept in memory, read from the file
    const subscription = ours.subscribe({ after: 0 });
    const reading = (async () => {
      for await (const e of subscription) {
        seen.push(e.position);
        if (seen.length === 61) return;
      }
    })();
    for (let i = 0; i < 20; i++) {
      await ours.append(uniqueStream('ours'), [event('A')]);
      await theirs.append(uniqueStream('theirs'), [event('B')]);
      await ours.append(uniqueStream('ours'), [event('C')]);
    }
    await reading;
    await subscription.close();
    expect(seen).toEqual(Array.from({ length: 61 }, (_, i) => i + 1));
    await ours.close();
    await theirs.close();
  });
});
