import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../src/shared/clock.ts';
import { randomIds } from '../../src/shared/ids.ts';
import { SqliteEventStore } from '../../src/store/sqlite/sqlite-store.ts';
import { decodeJson, storedDataJson } from '../../src/store/stored-json.ts';
import { event, uniqueStream } from './harness.ts';

const dir = mkdtempSync(join(tmpdir(), 'lazy-data-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('sqlite: large data is read as bytes and decoded on first use', () => {
  const large = { names: Array.from({ length: 60 }, (_, i) => `成员${i}`), note: 'x'.repeat(1000), nested: { ok: true, n: 1.5 } };
  const small = { n: 1 };

  it('reads back the same events, with the same keys in the same order, however they are read', async () => {
    const store = new SqliteEventStore({ path: join(dir, 'a.db') }, { clock: systemClock, newId: randomIds });
    const stream = uniqueStream('lazy');
    await store.append(stream, [event('Small', small), event('Large', large)]);
    for (const [s, l] of [await store.readAll(), await store.readStream(stream)]) {
      if (!s || !l) throw new Error('events missing');
      expect(storedDataJson(s)).toBeUndefined();
      const bytes = storedDataJson(l);
      if (!bytes) throw new Error('large data was decoded when read');
      expect(decodeJson(bytes)).toEqual(large);
      expect(l.data).toEqual(large);
      expect(l.data).toBe(l.data); // decoded once
      expect(Object.keys(l)).toEqual(Object.keys(s));
      expect(JSON.parse(JSON.stringify(l)).data).toEqual(large);
      expect({ ...l }.data).toEqual(large);
    }
    expect((await store.verify(stream)).ok).toBe(true);
    await store.close();
  });
});
