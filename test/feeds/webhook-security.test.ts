import { existsSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { TargetPolicy } from '../../src/feeds/webhook-target.ts';
import { verifySignature } from '../../src/feeds/webhook-signature.ts';
import type { SignedHeaders } from '../../src/feeds/webhook-signature.ts';
import { PUBLIC_ADDRESS, startApp } from '../support/app.ts';
import type { TestApp } from '../support/app.ts';
import { call } from '../support/drive.ts';
import { VILLAGE, yellowHousehold } from '../support/fixtures.ts';
import { Receiver } from './receiver.ts';
import { bearer } from './support.ts';
import type { Who } from './support.ts';

const ADMIN: Who = { id: 'admin-1', role: 'admin', region: '' };
const SECRET = 'whsec_MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3';
const NEW_SECRET = 'whsec_bmV3LXNlY3JldC1uZXctc2VjcmV0LW5ldy0w';

let t: TestApp;
let receiver: Receiver | undefined;
afterEach(async () => {
  await receiver?.close();
  receiver = undefined;
  await t.close();
});

/** host names resolve from this table (no DNS); a test changes it to play DNS rebinding */
const dns = new Map<string, string[]>();
const start = (target: Partial<TargetPolicy> = {}) =>
  startApp({ feeds: { webhooks: { timeoutMs: 2000, checkpointEveryMs: 0, target: { resolve: async (host) => dns.get(host) ?? [], ...target } } } });
const api = (method: 'GET' | 'POST', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: { authorization: bearer(t, ADMIN) }, ...(payload ? { payload } : {}) });
const subscribe = (url: string, extra: object = {}) => api('POST', '/webhooks', { url, secret: SECRET, after: 0, ...extra });
const registerHousehold = async (seq: number) => {
  const res = await call(t, { id: 'inv-1', role: 'investigator', region: VILLAGE }, 'POST', '/households', { household: yellowHousehold(seq) });
  expect(res.statusCode, res.body).toBe(201);
};

describe('webhook targets: https only, never the internal network unless allowed', () => {
  it.each([
    ['loopback', 'https://127.0.0.1/hook'],
    ['a private address', 'https://10.0.0.1/hook'],
    ['IPv6 loopback', 'https://[::1]/hook'],
    ['an IPv4-mapped private address', 'https://[::ffff:10.0.0.1]/hook'],
    ['a host resolving to the cloud metadata address (link-local)', 'https://metadata.internal.example/hook'],
    ['a host resolving to a unique-local IPv6 address', 'https://ula.example/hook'],
    ['a host that does not resolve', 'https://nowhere.example/hook'],
  ])('refuses %s: 400 WEBHOOK_TARGET_REFUSED, nothing recorded', async (_label, url) => {
    dns.set('metadata.internal.example', ['169.254.169.254']);
    dns.set('ula.example', [PUBLIC_ADDRESS, 'fd12:3456::1']); // one internal address is enough to refuse
    t = await start();
    const before = await t.store.headPosition();
    const res = await subscribe(url);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
    expect(res.json()).toMatchObject({ code: 'WEBHOOK_TARGET_REFUSED', message_zh: expect.any(String) });
    expect(await t.store.headPosition()).toBe(before);
  });

  it('refuses plain http:// unless allowed (development), whatever the address', async () => {
    dns.set('erp.example.cn', [PUBLIC_ADDRESS]);
    t = await start();
    expect((await subscribe('http://erp.example.cn/hook')).json()).toMatchObject({ code: 'INVALID_WEBHOOK_URL' });
    expect((await subscribe('https://erp.example.cn/hook')).statusCode).toBe(201);
  });

  it('allows 127.0.0.1, 10.0.0.1, ::1 and an internal host when the allow-list names them', async () => {
    dns.set('hooks.county.internal', ['192.168.10.5']);
    t = await start({ allowed: ['127.0.0.1', '10.0.0.0/8', '::1', 'hooks.county.internal'] });
    for (const url of ['https://127.0.0.1/hook', 'https://10.0.0.1/hook', 'https://[::1]/hook', 'https://hooks.county.internal/hook']) {
      expect((await subscribe(url)).statusCode, url).toBe(201);
    }
    expect((await subscribe('https://192.168.1.1/hook')).json()).toMatchObject({ code: 'WEBHOOK_TARGET_REFUSED' });
  });

  it('checks again at delivery, on the connection itself: a host rebound to 10.0.0.1 gets nothing', async () => {
    dns.set('rebinding.example', [PUBLIC_ADDRESS]);
    t = await start({ allowHttp: true });
    const created = await subscribe('http://rebinding.example/hook', { maxFailures: 1 });
    expect(created.statusCode, created.body).toBe(201);
    dns.set('rebinding.example', ['10.0.0.1']);
    await registerHousehold(60);
    expect(await t.app.webhookWorker.runOnce()).toMatchObject({ paused: 1 });
    const log = (await api('GET', `/webhooks/${(created.json() as { id: string }).id}/deliveries`)).json() as { attempts: Array<{ error: string }> };
    expect(log.attempts[0]?.error).toMatch(/^refused: rebinding\.example resolves to 10\.0\.0\.1/);
  });

  it('delivers through the guarded lookup to an allowed host name (a receiver on loopback)', async () => {
    dns.set('receiver.test', ['127.0.0.1']);
    t = await start({ allowHttp: true, allowed: ['receiver.test'] });
    receiver = new Receiver(SECRET, () => Math.floor(t.clock.now().getTime() / 1000));
    const url = (await receiver.start()).replace('127.0.0.1', 'receiver.test');
    expect((await subscribe(url)).statusCode).toBe(201);
    await registerHousehold(61);
    expect(await t.app.webhookWorker.runOnce()).toMatchObject({ delivered: 1 });
    expect(receiver.requests.length).toBe(1);
    expect(receiver.requests[0]?.verified).toBe(true);
  });
});

describe('webhook secrets: sealed outside the event log, rotatable', () => {
  it('the events carry a reference only; the database file holds no secret in clear', async () => {
    t = await start({ allowHttp: true, allowed: ['127.0.0.1'] });
    const created = await subscribe('http://127.0.0.1:9/hook');
    expect(created.statusCode, created.body).toBe(201);
    const id = (created.json() as { id: string }).id;
    const [subscribed] = await t.store.readStream(`webhook-${id}`);
    expect(subscribed?.data).toMatchObject({ secretRef: `webhook-${id}#0` });
    expect(JSON.stringify(subscribed)).not.toContain(SECRET.slice(6));
    for (const file of [t.path, `${t.path}-wal`]) {
      if (existsSync(file)) expect(readFileSync(file).includes(Buffer.from(SECRET.slice(6))), file).toBe(false);
    }
  });

  it('rotation: both secrets sign during the grace period, then only the new one; the old secret never reaches an event', async () => {
    t = await start({ allowHttp: true, allowed: ['127.0.0.1'] });
    receiver = new Receiver(SECRET, () => Math.floor(t.clock.now().getTime() / 1000));
    const created = await subscribe(await receiver.start());
    const id = (created.json() as { id: string }).id;
    const rotated = await api('POST', `/webhooks/${id}/secret`, { secret: NEW_SECRET, graceSeconds: 3600 });
    expect(rotated.statusCode, rotated.body).toBe(200);
    expect(rotated.body).not.toContain(NEW_SECRET);
    await registerHousehold(62);
    await t.app.webhookWorker.runOnce();
    expect(receiver.requests.at(-1)?.verified).toBe(true); // a receiver still on the old secret
    receiver.secret = NEW_SECRET;
    await registerHousehold(63);
    await t.app.webhookWorker.runOnce();
    expect(receiver.requests.at(-1)?.verified).toBe(true); // and one on the new
    receiver.secret = SECRET;
    t.clock.advance(3601_000);
    await registerHousehold(64);
    await t.app.webhookWorker.runOnce();
    expect(receiver.requests.at(-1)?.verified).toBe(false); // the grace period is over
    const events = await t.store.readStream(`webhook-${id}`);
    expect(events.map((e) => e.type)).toEqual(['WebhookSubscribed', 'WebhookSecretRotated']);
    expect(JSON.stringify(events)).not.toContain(NEW_SECRET.slice(6));
    expect((await api('POST', `/webhooks/${id}/secret`, { secret: 'not-a-whsec-secret' })).json()).toMatchObject({ code: 'VALIDATION_FAILED' });
  });
});

describe('subscriptions recorded before secrets left the event log (WebhookSubscribed v1)', () => {
  it('still deliver, signed with the secret the old event carries, until it is rotated away', async () => {
    t = await start({ allowHttp: true, allowed: ['127.0.0.1'] });
    receiver = new Receiver(NEW_SECRET, () => Math.floor(t.clock.now().getTime() / 1000));
    const url = await receiver.start();
    const id = '00000000-0000-4000-8000-0000000000a1';
    const legacy = 'a-plain-text-secret-of-2025';
    // as the previous version wrote it: the secret in clear, no schemaVersion (version 1)
    const written = await t.store.append(`webhook-${id}`, [{
      type: 'WebhookSubscribed',
      data: { machineVersion: 'webhook@1', url, filter: { types: null, chains: null, region: '' }, secret: legacy, maxFailures: 5, active: true, after: await t.store.headPosition() },
      metadata: { actor: { id: 'admin-0', capacity: 'admin', jurisdiction: '' }, occurredAt: t.clock.now().toISOString(), correlationId: null, causationId: null, commandId: null },
    }], { expectedRevision: 'no_stream' });
    await t.app.services.projector.waitFor(written.lastPosition);
    await registerHousehold(65);
    expect(await t.app.webhookWorker.runOnce()).toMatchObject({ delivered: 1 });
    const first = receiver.requests[0];
    const now = Math.floor(t.clock.now().getTime() / 1000);
    expect(verifySignature(legacy, first?.headers as Partial<SignedHeaders>, first?.body ?? '', now)).toBe(true);
    expect((await api('POST', `/webhooks/${id}/secret`, { secret: NEW_SECRET, graceSeconds: 0 })).statusCode).toBe(200);
    await registerHousehold(66);
    await t.app.webhookWorker.runOnce();
    const second = receiver.requests[1];
    expect(second?.verified).toBe(true);
    expect(verifySignature(legacy, second?.headers as Partial<SignedHeaders>, second?.body ?? '', now)).toBe(false);
  });
});
