import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signHs256 } from '../../src/auth/jwt.ts';
import { AUDIENCE, startApp, tokenFor } from '../support/app.ts';
import type { TestApp } from '../support/app.ts';

const VILLAGE = '430623101201';
const inspector = { id: 'sup-1', roles: ['supervisor' as const], jurisdiction: VILLAGE };

describe('failed authentication is limited per address (brute force of tokens)', () => {
  let t: TestApp;
  beforeAll(async () => { t = await startApp({ auth: { failuresPerMinute: 60 } }); });
  afterAll(async () => t.close());
  const forged = (i: number) => signHs256({ sub: `x-${i}`, roles: ['supervisor'], jurisdiction: VILLAGE, aud: AUDIENCE }, 'a-guessed-secret-a-guessed-secret-000');
  const get = (token: string, remoteAddress = '203.0.113.7', url = '/households') =>
    t.app.inject({ method: 'GET', url, remoteAddress, headers: { authorization: `Bearer ${token}` } });

  it('1,000 bad tokens from one address: 401 up to the limit, then 429 problem+json; /health still answers', async () => {
    const valid = tokenFor(inspector, t.clock);
    expect((await get(valid)).statusCode).toBe(200); // verified before the attack: keeps working
    const statuses: number[] = [];
    for (let i = 0; i < 1000; i++) statuses.push((await get(forged(i))).statusCode);
    expect(statuses.slice(0, 60).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(60).every((s) => s === 429)).toBe(true);
    const limited = await get(forged(1001));
    expect(limited.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(limited.headers['retry-after']).toMatch(/^\d+$/);
    expect(limited.json()).toMatchObject({ code: 'RATE_LIMITED', status: 429, message_zh: expect.any(String) });
    const health = await t.app.inject({ method: 'GET', url: '/health', remoteAddress: '203.0.113.7' });
    expect(health.statusCode).toBe(200);
    expect((await get(valid)).statusCode).toBe(200);
    // a token not yet seen waits like a forged one: the address may not try new tokens now
    expect((await get(tokenFor({ ...inspector, id: 'sup-2' }, t.clock))).statusCode).toBe(429);
    // another address is not affected
    expect((await get(tokenFor({ ...inspector, id: 'sup-3' }, t.clock), '198.51.100.9')).statusCode).toBe(200);
    expect((await get(forged(2000), '198.51.100.9')).statusCode).toBe(401);
  });

  it('the address may try again once the minute is over', async () => {
    t.clock.advance(60_000);
    expect((await get(tokenFor({ ...inspector, id: 'sup-4' }, t.clock))).statusCode).toBe(200);
    expect((await get(forged(3000))).statusCode).toBe(401);
  });

  it('spent or forged stream tickets count as failures too', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 70; i++) statuses.push((await t.app.inject({ method: 'GET', url: `/feed/stream?ticket=forged-${i}`, remoteAddress: '192.0.2.44' })).statusCode);
    expect(statuses.slice(0, 60).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(60).every((s) => s === 429)).toBe(true);
  });
});

describe('behind a reverse proxy (TRUST_PROXY)', () => {
  it('counts failures per client named by X-Forwarded-For, not per proxy address', async () => {
    const t = await startApp({ auth: { failuresPerMinute: 5 }, trustProxy: ['10.0.0.0/8'] });
    try {
      const bad = (client: string) => t.app.inject({ method: 'GET', url: '/households', remoteAddress: '10.0.0.2', headers: { authorization: 'Bearer a.b.c', 'x-forwarded-for': client } });
      const statuses: number[] = [];
      for (let i = 0; i < 8; i++) statuses.push((await bad('198.51.100.20')).statusCode);
      expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429, 429]);
      expect((await bad('198.51.100.21')).statusCode).toBe(401); // another client behind the same proxy
    } finally {
      await t.close();
    }
  });
});

describe('probes, documentation and metrics do not share a bucket with the API', () => {
  let t: TestApp;
  beforeAll(async () => { t = await startApp({ rateLimitPerMinute: 20 }); });
  afterAll(async () => t.close());
  const get = (url: string, token?: string) => t.app.inject({ method: 'GET', url, remoteAddress: '10.1.2.3', headers: token ? { authorization: `Bearer ${token}` } : {} });

  it('a scraper that exhausts /metrics does not make /docs/json, the probes or the API answer 429', async () => {
    const scrapes: number[] = [];
    for (let i = 0; i < 25; i++) scrapes.push((await get('/metrics')).statusCode);
    expect(scrapes.slice(0, 20).every((s) => s === 200)).toBe(true);
    expect(scrapes.slice(20).every((s) => s === 429)).toBe(true);
    const limited = await get('/metrics');
    expect(limited.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(limited.json()).toMatchObject({ code: 'RATE_LIMITED' });
    expect((await get('/docs/json')).statusCode).toBe(200);
    expect((await get('/health')).statusCode).toBe(200);
    expect((await get('/ready')).statusCode).toBe(200);
    expect((await get('/households', tokenFor(inspector, t.clock))).statusCode).toBe(200);
  });

  it('a client that exhausts the API does not make the probes fail', async () => {
    const token = tokenFor({ ...inspector, id: 'busy' }, t.clock);
    const statuses: number[] = [];
    for (let i = 0; i < 22; i++) statuses.push((await get('/households', token)).statusCode);
    expect(statuses.at(-1)).toBe(429);
    expect((await get('/health')).statusCode).toBe(200);
  });
});

describe('GET /metrics behind a token of its own (METRICS_TOKEN), or on a port of its own (METRICS_PORT)', () => {
  it('without the token: 401 problem+json; with it: the Prometheus text', async () => {
    const t = await startApp({ metricsAccess: { kind: 'token', token: 'scrape-token-0123456789' } });
    try {
      const none = await t.app.inject({ method: 'GET', url: '/metrics' });
      expect(none.statusCode).toBe(401);
      expect(none.headers['content-type']).toMatch(/problem\+json/);
      expect(none.json()).toMatchObject({ code: 'UNAUTHENTICATED' });
      // an API token is not the metrics token
      expect((await t.app.inject({ method: 'GET', url: '/metrics', headers: { authorization: `Bearer ${tokenFor(inspector, t.clock)}` } })).statusCode).toBe(401);
      const ok = await t.app.inject({ method: 'GET', url: '/metrics', headers: { authorization: 'Bearer scrape-token-0123456789' } });
      expect(ok.statusCode).toBe(200);
      expect(ok.body).toContain('http_requests_total');
      expect((await t.app.inject({ method: 'GET', url: '/health' })).statusCode).toBe(200);
    } finally {
      await t.close();
    }
  });

  it('on a port of its own, the API does not serve it', async () => {
    const t = await startApp({ metricsAccess: { kind: 'elsewhere' } });
    try {
      expect((await t.app.inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(404);
      expect(await t.app.metrics.registry.metrics()).toContain('store_append_seconds');
    } finally {
      await t.close();
    }
  });
});
