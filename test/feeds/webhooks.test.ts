import { isInternal } from '../../src/feeds/filter.ts';
import { afterEach, describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/shared/random.ts';
import type { RecordedEvent } from '../../src/store/types.ts';
import { startApp } from '../support/app.ts';
import type { TestApp } from '../support/app.ts';
import { call, driveThroughLists } from '../support/drive.ts';
import { COUNTY, VILLAGE, yellowHousehold } from '../support/fixtures.ts';
import { Receiver } from './receiver.ts';
import { asStored, bearer } from './support.ts';
import type { Who } from './support.ts';

const ADMIN: Who = { id: 'admin-1', role: 'admin', region: '' };
const SECRET = 'whsec_MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3';
/** the receivers here listen on loopback over http: allowed for these tests only */
const LOOPBACK = { allowHttp: true, allowed: ['127.0.0.1'] };
const MAX_DELAY = 8000;

let t: TestApp;
let receiver: Receiver;
afterEach(async () => {
  await receiver.close();
  await t.close();
});

const start = async (webhooks: { checkpointEveryMs?: number } = {}) => {
  t = await startApp({ feeds: { webhooks: { timeoutMs: 150, batchSize: 4, baseDelayMs: 1000, maxDelayMs: MAX_DELAY, checkpointEveryMs: 0, random: seededRandom('jitter'), target: LOOPBACK, ...webhooks } } });
  receiver = new Receiver(SECRET, () => Math.floor(t.clock.now().getTime() / 1000));
  return receiver.start();
};

const api = (method: 'GET' | 'POST' | 'DELETE', url: string, payload?: object, who: Who = ADMIN) =>
  t.app.inject({ method, url, headers: { authorization: bearer(t, who) }, ...(payload ? { payload } : {}) });

/** runs the worker until a round attempts nothing */
const drain = async () => {
  for (let i = 0; i < 200; i++) if ((await t.app.webhookWorker.runOnce()).attempted === 0) return;
  throw new Error('the worker never went idle');
};

const subscribe = async (url: string, extra: object = {}) => {
  const res = await api('POST', '/webhooks', { url, secret: SECRET, maxFailures: 3, filter: { chains: ['designation', 'household'] }, after: 0, ...extra });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string } & Record<string, unknown>;
};

const expectedPositions = async () =>
  (await t.store.readAll({})).filter((e) => e.stream.startsWith('designation-') || e.stream.startsWith('household-')).map((e) => e.position);

const registerHousehold = async (seq: number) => {
  const res = await call(t, { id: 'inv-1', role: 'investigator', region: VILLAGE }, 'POST', '/households', { household: yellowHousehold(seq) });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string };
};

describe('webhooks: delivery to a real receiver on loopback', () => {
  it('delivers in order and signed; retries with backoff; pauses after maxFailures; resume replays; the checkpoint survives a restart', async () => {
    const url = await start();
    const hook = await subscribe(url);
    expect(hook).not.toHaveProperty('secret');
    await driveThroughLists(t, 2);
    await drain();
    const expected = await expectedPositions();
    expect(receiver.acknowledged()).toEqual(expected); // every matching event, in order, once
    expect(receiver.requests.every((r) => r.verified && r.webhookId === hook.id && r.positions.length <= 4)).toBe(true);
    const stored = new Map((await t.store.readAll({})).filter((e) => !isInternal(e.stream)).map((e) => [e.position, e]));
    expect(receiver.requests.flatMap((r) => r.events).map(asStored)).toEqual(receiver.acknowledged().map((p) => stored.get(p)));

    // the receiver fails: the same batch is retried, not before its backoff is due
    receiver.mode = 'fail';
    await registerHousehold(70);
    const failedFrom = (await t.store.headPosition());
    await registerHousehold(71);
    expect(await t.app.webhookWorker.runOnce()).toMatchObject({ attempted: 1, failed: 1 });
    expect(await t.app.webhookWorker.runOnce()).toMatchObject({ attempted: 0 });
    let log = (await api('GET', `/webhooks/${hook.id}/deliveries`)).json() as { consecutiveFailures: number; nextAttemptAt: string; attempts: Array<Record<string, unknown>> };
    expect(log.consecutiveFailures).toBe(1);
    const due = Date.parse(log.nextAttemptAt) - t.clock.now().getTime();
    expect(due).toBeGreaterThanOrEqual(500); // base 1000 ms, equal jitter: [500, 1000]
    expect(due).toBeLessThanOrEqual(1000);

    // … then never answers (the request times out) …
    receiver.mode = 'hang';
    t.clock.advance(MAX_DELAY);
    expect(await t.app.webhookWorker.runOnce()).toMatchObject({ attempted: 1, failed: 1 });
    // … then fails again: the third consecutive failure pauses the subscription and keeps the failed delivery
    receiver.mode = 'fail';
    t.clock.advance(MAX_DELAY);
    expect(await t.app.webhookWorker.runOnce()).toMatchObject({ attempted: 1, paused: 1 });
    t.clock.advance(10 * MAX_DELAY);
    expect(await t.app.webhookWorker.runOnce()).toMatchObject({ attempted: 0 });
    const paused = (await api('GET', `/webhooks/${hook.id}`)).json() as Record<string, unknown>;
    expect(paused).toMatchObject({ state: 'paused', active: false, pausedBy: 'failures', checkpoint: failedFrom - 2 /* failedFrom - 1 is the household's internal resident claim */, lastFailure: { fromPosition: failedFrom, attempts: 3, httpStatus: 500 } });
    log = (await api('GET', `/webhooks/${hook.id}/deliveries`)).json() as typeof log;
    expect(log.attempts.slice(0, 3).map((a) => [a.attempt, a.status, a.httpStatus, a.fromPosition])).toEqual([
      [3, 'failed', 500, failedFrom],
      [2, 'failed', null, failedFrom],
      [1, 'failed', 500, failedFrom],
    ]);
    expect(log.attempts[1]?.error).toMatch(/timeout after 150 ms/);
    expect(log.attempts.every((a) => typeof a.latencyMs === 'number')).toBe(true);
    expect(receiver.requests.slice(-3).every((r) => r.positions[0] === failedFrom && r.verified)).toBe(true);

    // the receiver recovers; resume replays from the failed position
    receiver.mode = 'ok';
    const resumed = await api('POST', `/webhooks/${hook.id}/resume`);
    expect(resumed.statusCode, resumed.body).toBe(200);
    expect(resumed.json()).toMatchObject({ state: 'active', active: true });
    expect((await api('POST', `/webhooks/${hook.id}/resume`)).statusCode).toBe(409);
    await drain();
    const all = await expectedPositions();
    expect(receiver.acknowledged()).toEqual(all); // no gap, no reordering
    expect(receiver.acknowledged().filter((p) => p >= failedFrom)[0]).toBe(failedFrom);

    // a restart: deliveries go on from the persisted checkpoint, nothing is delivered twice
    const before = receiver.requests.length;
    t = await t.restart();
    await drain();
    expect(receiver.requests.length).toBe(before);
    await registerHousehold(72);
    await drain();
    expect(receiver.acknowledged()).toEqual(await expectedPositions());
    expect(receiver.requests.length).toBe(before + 1);
  });

  it('hands names and IDs in the clear only to a subscription that records the purpose it needs them for (PIPL); others get tokens', async () => {
    const url = await start();
    const withPurpose = await subscribe(url, { filter: { chains: ['household'] }, personalData: { purpose: '县医保局：核对参保资助对象' } });
    expect(withPurpose.personalData).toEqual({ purpose: '县医保局：核对参保资助对象' });
    const plain = await subscribe(url, { filter: { chains: ['household'] } });
    expect(plain.personalData).toBeNull();
    await registerHousehold(80);
    await drain();
    const headOf = (hook: string) => receiver.requests.filter((r) => r.webhookId === hook).flatMap((r) => r.events)
      .flatMap((e) => ((e as unknown as { personal?: { fields: { pointer: string; value: unknown }[] } }).personal?.fields ?? []))
      .find((f) => f.pointer === '/household/head')?.value;
    expect(headOf(withPurpose.id)).toBe('户主80');
    expect(headOf(plain.id)).toMatch(/^tok_/);
    expect(JSON.stringify(receiver.requests.filter((r) => r.webhookId === plain.id))).not.toContain('户主80');
  });

  it('coalesces checkpoints (at most one per checkpointEveryMs) and flushes them on shutdown', async () => {
    const url = await start({ checkpointEveryMs: 60_000 });
    const hook = await subscribe(url);
    await driveThroughLists(t, 2);
    await drain();
    const batches = receiver.requests.length;
    expect(batches).toBeGreaterThan(3);
    const cursor = async () => t.store.readStream(`webhook-cursor-${hook.id}`);
    expect(await cursor()).toHaveLength(1); // the first batch; the rest within the minute
    t = await t.restart();
    const flushed = await cursor();
    expect(flushed).toHaveLength(2);
    // through the last acknowledged event, and past the non-matching ones after it
    expect(flushed.at(-1)?.data.through).toBeGreaterThanOrEqual(receiver.acknowledged().at(-1) ?? Infinity);
    await drain();
    expect(receiver.requests.length).toBe(batches);
  });

  it('on a timer (intervalMs > 0) the worker delivers with nobody calling runOnce', async () => {
    t = await startApp({ feeds: { webhooks: { intervalMs: 20, timeoutMs: 500, target: LOOPBACK } } });
    receiver = new Receiver(SECRET, () => Math.floor(t.clock.now().getTime() / 1000));
    await subscribe(await receiver.start());
    await registerHousehold(85);
    const deadline = performance.now() + 5000;
    while (receiver.acknowledged().length === 0 && performance.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    expect(receiver.acknowledged()).toEqual(await expectedPositions());
  });

  it('a delivery that cannot connect is a failure like any other', async () => {
    await start();
    const hook = await subscribe('http://127.0.0.1:9/nothing-listens-here', { maxFailures: 1 });
    await registerHousehold(80);
    expect(await t.app.webhookWorker.runOnce()).toMatchObject({ paused: 1 });
    const log = (await api('GET', `/webhooks/${hook.id}/deliveries`)).json() as { attempts: Array<{ error: string; httpStatus: number | null }> };
    expect(log.attempts[0]).toMatchObject({ httpStatus: null, error: expect.stringMatching(/ECONNREFUSED/) });
  });
});

describe('webhooks: the administration API', () => {
  it('is for administrators only, never shows the secret, keeps subscriptions out of the feed, forces the region', async () => {
    const url = await start();
    const integrator: Who = { id: 'erp', role: 'integrator', region: COUNTY };
    expect((await api('POST', '/webhooks', { url, secret: SECRET }, integrator)).statusCode).toBe(403);
    expect((await api('GET', '/webhooks', undefined, integrator)).json()).toMatchObject({ code: 'FORBIDDEN_ROLE' });
    expect((await api('POST', '/webhooks', { url })).statusCode).toBe(400); // no secret
    expect((await api('POST', '/webhooks', { url, secret: 'short' })).statusCode).toBe(400);
    expect((await api('POST', '/webhooks', { url: 'ftp://example.org/x', secret: SECRET })).json()).toMatchObject({ code: 'INVALID_WEBHOOK_URL' });

    const countyAdmin: Who = { id: 'admin-c', role: 'admin', region: COUNTY };
    expect((await api('POST', '/webhooks', { url, secret: SECRET, filter: { region: '4307' } }, countyAdmin)).json()).toMatchObject({ code: 'REGION_OUTSIDE_JURISDICTION' });
    const created = await api('POST', '/webhooks', { url, secret: SECRET, filter: { types: ['NoticePosted'] } }, countyAdmin);
    expect(created.statusCode, created.body).toBe(201);
    const hook = created.json() as { id: string };
    expect(hook).toMatchObject({ url, filter: { types: ['NoticePosted'], chains: null, region: COUNTY }, maxFailures: 5, active: true, state: 'active' });
    expect(created.body).not.toContain(SECRET);
    expect((await api('GET', `/webhooks/${hook.id}`)).body).not.toContain(SECRET);
    const list = await api('GET', '/webhooks', undefined, countyAdmin);
    expect(list.json()).toMatchObject({ total: 1 });
    expect(list.body).not.toContain(SECRET);
    expect((await api('GET', `/webhooks/${hook.id}`, undefined, { id: 'admin-x', role: 'admin', region: '430624' })).statusCode).toBe(404);

    // the subscription (and its secret) is stored as events, which the feed never hands out
    const feed = await api('GET', '/feed?limit=1000');
    expect(feed.body).not.toContain(SECRET);
    expect((feed.json() as { events: RecordedEvent[] }).events.some((e) => e.stream.startsWith('webhook-'))).toBe(false);

    // paused by hand, deleted: nothing more is delivered
    expect((await api('POST', `/webhooks/${hook.id}/pause`)).json()).toMatchObject({ state: 'paused', pausedBy: 'admin' });
    expect((await api('DELETE', `/webhooks/${hook.id}`)).statusCode).toBe(204);
    expect((await api('GET', `/webhooks/${hook.id}`)).statusCode).toBe(404);
    await driveThroughLists(t, 1);
    expect(await t.app.webhookWorker.runOnce()).toMatchObject({ attempted: 0 });
    expect(receiver.requests).toEqual([]);
  });

  it('an inactive subscription delivers nothing until resumed', async () => {
    const url = await start();
    const hook = await subscribe(url, { active: false });
    expect(hook).toMatchObject({ active: false, state: 'paused' });
    await registerHousehold(90);
    await drain();
    expect(receiver.requests).toEqual([]);
    expect((await api('POST', `/webhooks/${hook.id}/resume`)).statusCode).toBe(200);
    await drain();
    expect(receiver.acknowledged()).toEqual(await expectedPositions());
  });
});
