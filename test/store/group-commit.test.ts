import { describe, expect, it } from 'vitest';
import { BatchNotCommitted, GroupCommitQueue } from '../../src/store/group-commit.ts';
import type { AppendRequest, PlanOutcome } from '../../src/store/plan.ts';
import type { AppendResult } from '../../src/store/types.ts';

const request = (stream: string): AppendRequest => ({ stream, events: [], expectedRevision: 'any' });
const result = (n: number): AppendResult => ({ nextExpectedRevision: n, lastPosition: n, events: [] });
const ok = (batch: AppendRequest[]): PlanOutcome[] => batch.map((_, i) => ({ ok: true, result: result(i) }));
const tick = () => new Promise((resolve) => setImmediate(resolve));

/** a flush whose batches settle when the test says so */
const controlled = () => {
  const calls: Array<{ streams: string[]; resolve: (o: PlanOutcome[]) => void; reject: (e: unknown) => void; batch: AppendRequest[] }> = [];
  const flush = (batch: AppendRequest[]) =>
    new Promise<PlanOutcome[]>((resolve, reject) => calls.push({ streams: batch.map((r) => r.stream), resolve, reject, batch }));
  return { calls, flush };
};

const call = <T>(list: T[], i: number): T => {
  const item = list[i];
  if (item === undefined) throw new Error(`no call ${i}`);
  return item;
};

describe('GroupCommitQueue', () => {
  it('groups the appends of one turn into one flush and answers each on its own', async () => {
    const batches: string[][] = [];
    const queue = new GroupCommitQueue((batch) => {
      batches.push(batch.map((r) => r.stream));
      return batch.map((r, i): PlanOutcome => (r.stream === 'bad' ? { ok: false, error: new Error('refused') } : { ok: true, result: result(i) }));
    });
    const results = await Promise.allSettled(['a', 'bad', 'c'].map((s) => queue.submit(request(s))));
    expect(batches).toEqual([['a', 'bad', 'c']]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  });

  it('splits at maxBatch', async () => {
    const sizes: number[] = [];
    const queue = new GroupCommitQueue((batch) => (sizes.push(batch.length), ok(batch)), { maxBatch: 2 });
    await Promise.all(['a', 'b', 'c', 'd', 'e'].map((s) => queue.submit(request(s))));
    expect(sizes).toEqual([2, 2, 1]);
  });

  it('with maxInFlight 1 (the default) never flushes two batches at once', async () => {
    const { calls, flush } = controlled();
    const queue = new GroupCommitQueue(flush);
    const first = queue.submit(request('a'));
    await tick();
    const second = queue.submit(request('b'));
    await tick();
    expect(calls).toHaveLength(1);
    call(calls, 0).resolve(ok(call(calls, 0).batch));
    await first;
    await tick();
    expect(calls).toHaveLength(2);
    call(calls, 1).resolve(ok(call(calls, 1).batch));
    await second;
    await queue.drained();
  });

  it('with maxInFlight 2 starts the next batch while one is in flight, and answers in batch order', async () => {
    const { calls, flush } = controlled();
    const queue = new GroupCommitQueue(flush, { maxInFlight: 2 });
    const order: string[] = [];
    const first = queue.submit(request('a')).then(() => order.push('a'));
    await tick();
    const second = queue.submit(request('b')).then(() => order.push('b'));
    await tick();
    const third = queue.submit(request('c')).then(() => order.push('c'));
    await tick();
    expect(calls.map((c) => c.streams)).toEqual([['a'], ['b']]);
    // the second batch settles first: its append waits for the first one's
    call(calls, 1).resolve(ok(call(calls, 1).batch));
    await tick();
    expect(order).toEqual([]);
    expect(calls).toHaveLength(2);
    call(calls, 0).resolve(ok(call(calls, 0).batch));
    await Promise.all([first, second]);
    expect(order).toEqual(['a', 'b']);
    await tick();
    expect(calls.map((c) => c.streams)).toEqual([['a'], ['b'], ['c']]);
    call(calls, 2).resolve(ok(call(calls, 2).batch));
    await third;
    expect(order).toEqual(['a', 'b', 'c']);
  });

  it('fails every append of a failed batch and puts back, in order, the appends of batches that did not commit', async () => {
    const { calls, flush } = controlled();
    const queue = new GroupCommitQueue(flush, { maxInFlight: 2 });
    const a = queue.submit(request('a'));
    await tick();
    const b = queue.submit(request('b'));
    const b2 = queue.submit(request('b2'));
    await tick();
    const c = queue.submit(request('c'));
    await tick();
    expect(calls.map((x) => x.streams)).toEqual([['a'], ['b', 'b2']]);
    call(calls, 0).reject(new Error('disk I/O error'));
    await expect(a).rejects.toThrow('disk I/O error');
    await tick();
    // holding: nothing new starts while a batch planned on top of the failed one is in flight
    expect(calls).toHaveLength(2);
    call(calls, 1).reject(new BatchNotCommitted('planned on a failed batch'));
    await tick();
    expect(calls.map((x) => x.streams)).toEqual([['a'], ['b', 'b2'], ['b', 'b2', 'c']]);
    call(calls, 2).resolve(ok(call(calls, 2).batch));
    await expect(Promise.all([b, b2, c])).resolves.toHaveLength(3);
    await queue.drained();
  });

  it('gives up on an append put back more than maxRetries times', async () => {
    let flushes = 0;
    const queue = new GroupCommitQueue(() => {
      flushes += 1;
      throw new BatchNotCommitted('someone else keeps committing');
    }, { maxRetries: 3 });
    await expect(queue.submit(request('a'))).rejects.toThrow(/not committed after 4 attempts: someone else keeps committing/);
    expect(flushes).toBe(4);
  });

  it('drained() waits for batches in flight and for appends put back', async () => {
    let attempt = 0;
    const queue = new GroupCommitQueue(async (batch) => {
      attempt += 1;
      await tick();
      if (attempt === 1) throw new BatchNotCommitted('stale');
      return ok(batch);
    }, { maxInFlight: 2 });
    let settled = false;
    void queue.submit(request('a')).then(() => (settled = true));
    await tick();
    await queue.drained();
    expect(settled).toBe(true);
    expect(attempt).toBe(2);
  });
});
