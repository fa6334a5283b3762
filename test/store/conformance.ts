import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConcurrencyError, DuplicateEventIdError, InvalidAppendError } from '../../src/store/errors.ts';
import { GENESIS_HASH } from '../../src/store/hash.ts';
import type { EventStore, RecordedEvent } from '../../src/store/types.ts';
import { event, events, uniqueStream } from './harness.ts';
import type { StoreHarness, TamperField } from './harness.ts';

const collect = async (store: EventStore, after: number, until: (seen: RecordedEvent[]) => boolean, filter: (e: RecordedEvent) => boolean) => {
  const seen: RecordedEvent[] = [];
  const sub = store.subscribe({ after, pageSize: 7 });
  for await (const e of sub) {
    if (filter(e)) seen.push(e);
    if (until(seen)) break;
  }
  await sub.close();
  return seen;
};

/** One behaviour suite for every adapter: the contract of src/store/types.ts. */
export const describeConformance = (harness: StoreHarness) => {
  describe.skipIf(Boolean(harness.skipReason))(`EventStore conformance: ${harness.name}`, () => {
    let store: EventStore;
    beforeEach(async () => {
      store = await harness.create();
    });
    afterEach(async () => {
      await store.close();
    });

    describe('expected revision', () => {
      it('no_stream creates a stream at revision 0 and refuses an existing one', async () => {
        const s = uniqueStream('designation');
        const r = await store.append(s, [event('Started')], { expectedRevision: 'no_stream' });
        expect(r.nextExpectedRevision).toBe(0);
        const err = await store.append(s, [event('Again')], { expectedRevision: 'no_stream' }).catch((e: unknown) => e);
        expect(err).toBeInstanceOf(ConcurrencyError);
        expect(err).toMatchObject({ stream: s, expected: 'no_stream', actual: 0 });
      });

      it('exists refuses a missing stream and accepts an existing one', async () => {
        const s = uniqueStream('designation');
        const err = await store.append(s, [event('X')], { expectedRevision: 'exists' }).catch((e: unknown) => e);
        expect(err).toMatchObject({ name: 'ConcurrencyError', expected: 'exists', actual: 'no_stream' });
        await store.append(s, [event('A')]);
        await expect(store.append(s, [event('B')], { expectedRevision: 'exists' })).resolves.toMatchObject({ nextExpectedRevision: 1 });
      });

      it('an exact revision must be the last revision; the error carries expected and actual', async () => {
        const s = uniqueStream('designation');
        await store.append(s, events(3));
        await expect(store.append(s, [event('Next')], { expectedRevision: 2 })).resolves.toMatchObject({ nextExpectedRevision: 3 });
        const err = await store.append(s, [event('Stale')], { expectedRevision: 1 }).catch((e: unknown) => e);
        expect(err).toBeInstanceOf(ConcurrencyError);
        expect(err).toMatchObject({ expected: 1, actual: 3 });
        const missing = await store.append(uniqueStream('x'), [event('A')], { expectedRevision: 0 }).catch((e: unknown) => e);
        expect(missing).toMatchObject({ expected: 0, actual: 'no_stream' });
      });

      it('any accepts whatever the state; a refused append writes nothing', async () => {
        const s = uniqueStream('designation');
        await store.append(s, [event('A')], { expectedRevision: 'any' });
        await store.append(s, [event('B')], { expectedRevision: 'any' });
        await store.append(s, events(2), { expectedRevision: 7 }).catch(() => undefined);
        expect((await store.readStream(s)).map((e) => e.type)).toEqual(['A', 'B']);
      });

      it('of many concurrent appends expecting the same revision exactly one wins', async () => {
        const s = uniqueStream('race');
        await store.append(s, [event('Started')]);
        const results = await Promise.allSettled(Array.from({ length: 12 }, (_, i) => store.append(s, [event('Step', { i })], { expectedRevision: 0 })));
        expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
        const losers = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
        expect(losers.every((r) => r.reason instanceof ConcurrencyError)).toBe(true);
        expect(await store.readStream(s)).toHaveLength(2);
      });

      it('a conflicting append among concurrent ones fails alone', async () => {
        const streams = Array.from({ length: 10 }, () => uniqueStream('batch'));
        const results = await Promise.allSettled(streams.map((s, i) => store.append(s, events(2), { expectedRevision: i === 4 ? 3 : 'no_stream' })));
        expect(results.map((r) => r.status)).toEqual(streams.map((_, i) => (i === 4 ? 'rejected' : 'fulfilled')));
        expect(await store.readStream(streams[4] as string)).toEqual([]);
        expect(await store.readStream(streams[5] as string)).toHaveLength(2);
      });
    });

    describe('append', () => {
      it('stores all events of one call with consecutive revisions and rising positions', async () => {
        const s = uniqueStream('designation');
        const r = await store.append(s, events(3));
        expect(r.events.map((e) => e.revision)).toEqual([0, 1, 2]);
        const [a, b, c] = r.events.map((e) => e.position) as [number, number, number];
        expect(a < b && b < c).toBe(true);
        expect(r.lastPosition).toBe(c);
        const stored = await store.readStream(s);
        expect(stored).toEqual(r.events);
      });

      it('records metadata: actor, occurredAt, recordedAt from the store clock, correlation ids', async () => {
        const s = uniqueStream('designation');
        const e = event('Checked', { card: 'yellow' });
        e.metadata = { ...e.metadata, correlationId: 'corr-1', causationId: 'cause-1', commandId: 'cmd-1' };
        const [stored] = (await store.append(s, [e])).events;
        expect(stored?.metadata).toMatchObject({ actor: e.metadata.actor, occurredAt: e.metadata.occurredAt, correlationId: 'corr-1', causationId: 'cause-1', commandId: 'cmd-1' });
        expect(stored?.metadata.recordedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
        expect(stored?.id).toMatch(/^[0-9a-f-]{36}$/);
      });

      it('refuses an event id that is already stored, and stores nothing twice', async () => {
        const s = uniqueStream('designation');
        const unique = { ...event('Once'), id: randomUUID() };
        await store.append(s, [unique]);
        const second = await store.append(s, [unique]).catch((e: unknown) => e);
        if (store.kind !== 'kurrentdb') expect(second).toBeInstanceOf(DuplicateEventIdError);
        expect((await store.readStream(s)).filter((e) => e.id === unique.id)).toHaveLength(1);
      });

      it('refuses malformed appends', async () => {
        await expect(store.append(uniqueStream('x'), [])).rejects.toBeInstanceOf(InvalidAppendError);
        await expect(store.append('', [event('A')])).rejects.toBeInstanceOf(InvalidAppendError);
        await expect(store.append('$system', [event('A')])).rejects.toBeInstanceOf(InvalidAppendError);
        await expect(store.append(uniqueStream('x'), [{ ...event('A'), data: [] as never }])).rejects.toBeInstanceOf(InvalidAppendError);
      });

      it('round-trips Chinese text, emoji and escapes exactly', async () => {
        const s = uniqueStream('户');
        const data = { 户主: '张三', 意见: '经入户核实，家庭人均纯收入4,800元，建议评定为黄卡。', emoji: '🏠👨‍👩‍👧', escapes: 'a"b\\c\n\t\u2028', nested: { 成员: [{ 姓名: '李四', 年龄: 67 }] }, n: 0.1 + 0.2, big: 9007199254740991 };
        await store.append(s, [event('初核申报', data)]);
        const [stored] = await store.readStream(s);
        expect(stored?.type).toBe('初核申报');
        expect(stored?.data).toEqual(data);
        expect(stored?.stream).toBe(s);
        expect((await store.verify(s)).ok).toBe(true);
      });

      it('stores a large payload (1 MB) intact', async () => {
        const s = uniqueStream('large');
        const data = { members: Array.from({ length: 2000 }, (_, i) => ({ i, note: '家庭成员情况说明'.repeat(25) })) };
        expect(Buffer.byteLength(JSON.stringify(data))).toBeGreaterThan(1_000_000);
        await store.append(s, [event('Large', data)]);
        const [stored] = await store.readStream(s);
        expect(stored?.data).toEqual(data);
        expect((await store.verify(s)).ok).toBe(true);
      });
    });

    describe('reading', () => {
      it('reads a stream forwards and backwards, from a revision, with a limit', async () => {
        const s = uniqueStream('designation');
        await store.append(s, events(10));
        const rev = (list: RecordedEvent[]) => list.map((e) => e.revision);
        expect(rev(await store.readStream(s))).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
        expect(rev(await store.readStream(s, { fromRevision: 4, limit: 3 }))).toEqual([4, 5, 6]);
        expect(rev(await store.readStream(s, { direction: 'backwards', limit: 2 }))).toEqual([9, 8]);
        expect(rev(await store.readStream(s, { direction: 'backwards', fromRevision: 3 }))).toEqual([3, 2, 1, 0]);
        expect(await store.readStream(uniqueStream('missing'))).toEqual([]);
      });

      it('reads the global feed in commit order from a position, with a limit', async () => {
        const a = uniqueStream('a');
        const b = uniqueStream('b');
        const start = await store.headPosition();
        await store.append(a, [event('A0')]);
        await store.append(b, [event('B0'), event('B1')]);
        await store.append(a, [event('A1')]);
        const mine = (list: RecordedEvent[]) => list.filter((e) => e.stream === a || e.stream === b);
        const feed = mine(await store.readAll({ after: start, limit: 1000 }));
        expect(feed.map((e) => e.type)).toEqual(['A0', 'B0', 'B1', 'A1']);
        const positions = feed.map((e) => e.position);
        expect([...positions].sort((x, y) => x - y)).toEqual(positions);
        const rest = mine(await store.readAll({ after: positions[1] as number, limit: 1000 }));
        expect(rest.map((e) => e.type)).toEqual(['B1', 'A1']);
        expect(await store.headPosition()).toBeGreaterThanOrEqual(positions[3] as number);
        const limited = await store.readAll({ after: start, limit: 2 });
        expect(limited).toHaveLength(2);
      });

      it('reads only the streams with given name prefixes, when asked: in order, the limit counting those', async () => {
        const run = uniqueStream('run');
        const start = await store.headPosition();
        await store.append(`${run}-keep-1`, [event('K0')]);
        await store.append(`${run}-skip-1`, [event('S0'), event('S1')]);
        await store.append(`${run}-also-1`, [event('L0')]);
        await store.append(`${run}-keep-2`, [event('K1'), event('K2')]);
        await store.append(`${run}-kee`, [event('Short')]); // shorter than the prefix: not a match
        const prefixes = [`${run}-keep-`, `${run}-also-`];
        const feed = await store.readAll({ after: start, limit: 1000, streamPrefixes: prefixes });
        expect(feed.map((e) => e.type)).toEqual(['K0', 'L0', 'K1', 'K2']);
        expect((await store.readAll({ after: start, limit: 2, streamPrefixes: prefixes })).map((e) => e.type)).toEqual(['K0', 'L0']);
        const after = feed[1]?.position ?? 0;
        expect((await store.readAll({ after, limit: 1000, streamPrefixes: prefixes })).map((e) => e.type)).toEqual(['K1', 'K2']);
        expect(await store.readAll({ after: start, limit: 1000, streamPrefixes: [] })).toEqual([]);
      });
    });

    describe('subscriptions', () => {
      it('catches up from a position, then delivers live events', async () => {
        const s = uniqueStream('sub');
        const start = await store.headPosition();
        await store.append(s, events(5));
        const done = collect(store, start, (seen) => seen.length === 12, (e) => e.stream === s);
        await store.append(s, events(4));
        await store.append(s, events(3));
        const seen = await done;
        expect(seen.map((e) => e.revision)).toEqual(Array.from({ length: 12 }, (_, i) => i));
      });

      it('resumes after a checkpoint without repeating it', async () => {
        const s = uniqueStream('sub');
        const start = await store.headPosition();
        const r = await store.append(s, events(6));
        const third = r.events[2]?.position as number;
        const seen = await collect(store, third, (list) => list.length === 3, (e) => e.stream === s);
        expect(seen.map((e) => e.revision)).toEqual([3, 4, 5]);
        expect(start).toBeLessThan(third);
      });

      it('sees every event exactly once, in position order, while many writers commit concurrently', async () => {
        const prefix = uniqueStream('concurrent');
        const writers = 16;
        const appendsPerWriter = 15;
        const start = await store.headPosition();
        let expected = 0;
        const plan = Array.from({ length: writers }, (_, w) => Array.from({ length: appendsPerWriter }, (_, i) => 1 + ((w + i) % 3)));
        for (const w of plan) for (const n of w) expected += n;
        const seenP = collect(store, start, (seen) => seen.length >= expected, (e) => e.stream.startsWith(prefix));
        await Promise.all(plan.map(async (sizes, w) => {
          for (const n of sizes) await store.append(`${prefix}-${w % 5}`, events(n), { expectedRevision: 'any' });
        }));
        const seen = await seenP;
        expect(seen).toHaveLength(expected);
        expect(new Set(seen.map((e) => e.id)).size).toBe(expected);
        const positions = seen.map((e) => e.position);
        expect(positions.every((p, i) => i === 0 || p > (positions[i - 1] as number))).toBe(true);
        const feed = (await store.readAll({ after: start, limit: 100_000 })).filter((e) => e.stream.startsWith(prefix));
        expect(feed.map((e) => e.id)).toEqual(seen.map((e) => e.id));
        for (let w = 0; w < 5; w++) expect((await store.verify(`${prefix}-${w}`)).ok).toBe(true);
      });

      it('close() ends a subscription that is waiting for live events', async () => {
        const sub = store.subscribe({ after: await store.headPosition() });
        const iterating = (async () => {
          let n = 0;
          for await (const _ of sub) n += 1;
          return n;
        })();
        await new Promise((r) => setTimeout(r, 50));
        await sub.close();
        await expect(iterating).resolves.toBeGreaterThanOrEqual(0);
      });
    });

    describe('hash chain', () => {
      it('links every event to its predecessor and verifies', async () => {
        const s = uniqueStream('chain');
        await store.append(s, events(3));
        await store.append(s, events(2));
        const list = await store.readStream(s);
        expect(list[0]?.prevHash).toBe(GENESIS_HASH);
        list.slice(1).forEach((e, i) => expect(e.prevHash).toBe(list[i]?.hash));
        expect(await store.verify(s)).toEqual({ stream: s, ok: true, checked: 5 });
      });

      const fields: TamperField[] = ['data', 'type', 'metadata', 'stream', 'revision', 'prevHash', 'hash', 'id'];
      describe.skipIf(!harness.tamper)('tamper detection (editing the database directly)', () => {
        it.each(fields)('detects an edited %s', async (field) => {
          const s = uniqueStream('tamper');
          const r = await store.append(s, events(5));
          await harness.tamper?.(store, r.events[2]?.position as number, field);
          const report = await store.verify(s);
          expect(report.ok).toBe(false);
          expect(report.broken?.stream).toBe(s);
          expect(report.broken?.revision).toBe(2);
        });
      });
    });
  });
  if (harness.skipReason) {
    describe(`EventStore conformance: ${harness.name}`, () => {
      it.skip(`skipped: ${harness.skipReason}`, () => undefined);
    });
    console.warn(`[conformance] ${harness.name} skipped: ${harness.skipReason}`);
  }
};
