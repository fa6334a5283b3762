import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../src/shared/clock.ts';
import { randomIds } from '../../src/shared/ids.ts';
import { InvalidAppendError } from '../../src/store/errors.ts';
import { MemoryEventStore } from '../../src/store/memory.ts';
import { SqliteEventStore } from '../../src/store/sqlite/sqlite-store.ts';
import type { EventStore } from '../../src/store/types.ts';
import { dropSchema, openPg, pgUnavailable, testSchema } from '../store/pg-harness.ts';
import { event, uniqueStream } from '../store/harness.ts';
import { seeded } from '../support/property.ts';
import { EDGE_TEXT, UNSTORABLE_TEXT } from './nasty.ts';

const pgSkip = await pgUnavailable();
const schema = testSchema();
const dir = mkdtempSync(join(tmpdir(), 'fupin-unicode-'));
const deps = { clock: systemClock, newId: randomIds };
const targets: Array<{ name: string; skip: string | null; open: () => Promise<EventStore> }> = [
  { name: 'memory', skip: null, open: async () => new MemoryEventStore(deps) },
  { name: 'sqlite', skip: null, open: async () => new SqliteEventStore({ path: join(dir, 'events.db') }, deps) },
  { name: 'postgres', skip: pgSkip, open: () => openPg(schema) },
];
afterAll(async () => {
  if (!pgSkip) await dropSchema(schema);
});

/** text that is valid UTF-16 and has no NUL: everything a person can type, and worse */
const storable = fc.string({ unit: fc.oneof(fc.constantFrom(...EDGE_TEXT), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })), maxLength: 30 })
  .filter((s) => !s.includes('\u0000'));
/** storable text with one NUL or unpaired surrogate put somewhere into it */
const unstorable = fc.tuple(storable, fc.constantFrom(...UNSTORABLE_TEXT), fc.nat()).map(([s, bad, at]) => {
  const i = s.length === 0 ? 0 : at % (s.length + 1);
  // never split a surrogate pair of `s`, which would make a second unpaired surrogate elsewhere: insert at a code point boundary
  const j = i > 0 && /[\uD800-\uDBFF]/.test(s[i - 1] ?? '') ? i + 1 : i;
  return `${s.slice(0, j)}${bad}${s.slice(j)}`;
});

describe.each(targets)('text at the edges of Unicode in the $name store', (target) => {
  const run = it.skipIf(Boolean(target.skip));
  let store: EventStore;
  beforeAll(async () => {
    if (!target.skip) store = await target.open();
  });
  afterAll(async () => {
    await store?.close();
  });

  run('stores any valid text (RTL, zero-width, emoji, combining marks, astral planes) exactly, in values and keys, with a valid chain', async () => {
    await fc.assert(fc.asyncProperty(storable, storable, async (value, key) => {
      const stream = uniqueStream('unicode');
      await store.append(stream, [event('Texted', { value, [key]: value, nested: { list: [value] } }, `actor ${value}`)]);
      const [stored] = await store.readStream(stream);
      expect(stored?.data).toEqual({ value, [key]: value, nested: { list: [value] } });
      expect(stored?.metadata.actor.id).toBe(`actor ${value}`);
      expect((await store.verify(stream)).ok).toBe(true);
    }), seeded({ numRuns: 60 }));
  });

  run('refuses NUL and unpaired surrogates in data, keys and metadata, alone: a neighbour in the same group commit is stored', async () => {
    await fc.assert(fc.asyncProperty(unstorable, fc.constantFrom('value', 'key', 'actor'), async (bad, where) => {
      const good = uniqueStream('good');
      const refused = uniqueStream('bad');
      const head = await store.headPosition();
      const data = where === 'value' ? { text: bad } : where === 'key' ? { [bad]: 1 } : { text: 'ok' };
      const [badResult, goodResult] = await Promise.allSettled([
        store.append(refused, [event('Texted', data, where === 'actor' ? bad : 'investigator-1')]),
        store.append(good, [event('Texted', { text: '好' })]),
      ]);
      expect(badResult.status === 'rejected' && badResult.reason instanceof InvalidAppendError, String(badResult.status === 'rejected' ? badResult.reason : 'stored')).toBe(true);
      expect(goodResult.status).toBe('fulfilled');
      expect(await store.readStream(refused)).toEqual([]);
      expect(await store.headPosition()).toBe(head + 1);
    }), seeded({ numRuns: 40 }));
  });
});
