import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.ts';
import { startApp, tokenFor } from '../support/app.ts';
import type { TestApp } from '../support/app.ts';
import { COUNTY } from '../support/fixtures.ts';

const APP_ORIGIN = 'https://fupin-web.example.cn';
const DEV_ORIGIN = 'http://localhost:5173';
const OTHER_ORIGIN = 'https://evil.example.com';

const corsHeadersOf = (headers: Record<string, unknown>) => Object.keys(headers).filter((h) => h.startsWith('access-control-'));

describe('CORS for the configured origins', () => {
  let t: TestApp;
  let authorization: string;
  beforeAll(async () => {
    t = await startApp({ corsOrigins: [APP_ORIGIN, DEV_ORIGIN] });
    authorization = `Bearer ${tokenFor({ id: 'co', roles: ['countyOffice'], jurisdiction: COUNTY }, t.clock)}`;
  });
  afterAll(async () => t.close());

  it('answers a preflight from an allowed origin 204 before authentication: methods, headers, max-age; no credentials', async () => {
    const res = await t.app.inject({
      method: 'OPTIONS', url: '/households/00000000-0000-4000-8000-000000000001/changes',
      headers: { origin: DEV_ORIGIN, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type, if-match, idempotency-key' },
    });
    expect(res.statusCode, res.body).toBe(204);
    expect(res.headers['access-control-allow-origin']).toBe(DEV_ORIGIN);
    expect(String(res.headers['access-control-allow-methods']).split(/, */)).toEqual(expect.arrayContaining(['GET', 'HEAD', 'POST', 'DELETE']));
    expect(String(res.headers['access-control-allow-headers']).split(/, */)).toEqual(expect.arrayContaining(['authorization', 'content-type', 'if-match', 'if-none-match', 'idempotency-key', 'last-event-id']));
    expect(res.headers['access-control-max-age']).toBe('600');
    expect(res.headers['access-control-allow-credentials']).toBeUndefined();
    expect(String(res.headers.vary)).toMatch(/origin/i);
  });

  it('lets the page read the answer and the headers it needs (ETag, Location, Link, …), an error too', async () => {
    const list = await t.app.inject({ method: 'GET', url: '/households', headers: { origin: APP_ORIGIN, authorization } });
    expect(list.statusCode).toBe(200);
    expect(list.headers['access-control-allow-origin']).toBe(APP_ORIGIN);
    expect(String(list.headers['access-control-expose-headers']).split(/, */)).toEqual(expect.arrayContaining(['etag', 'location', 'link', 'idempotent-replayed', 'retry-after']));
    expect(list.headers['cross-origin-resource-policy']).toBe('cross-origin');
    // a refused request carries them too, or the page could not read why
    const refused = await t.app.inject({ method: 'GET', url: '/households', headers: { origin: APP_ORIGIN } });
    expect(refused.statusCode).toBe(401);
    expect(refused.headers['access-control-allow-origin']).toBe(APP_ORIGIN);
    expect(refused.json()).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('gives a disallowed origin no CORS header at all, neither on a preflight nor on a request', async () => {
    const preflight = await t.app.inject({ method: 'OPTIONS', url: '/households', headers: { origin: OTHER_ORIGIN, 'access-control-request-method': 'GET' } });
    expect(preflight.statusCode).not.toBe(204);
    expect(corsHeadersOf(preflight.headers)).toEqual([]);
    const get = await t.app.inject({ method: 'GET', url: '/households', headers: { origin: OTHER_ORIGIN, authorization } });
    expect(get.statusCode).toBe(200); // not a browser: nothing stops it reading; a browser page on that origin cannot
    expect(corsHeadersOf(get.headers)).toEqual([]);
    // an origin differing only in scheme or port is another origin
    const http = await t.app.inject({ method: 'GET', url: '/households', headers: { origin: 'http://fupin-web.example.cn', authorization } });
    expect(corsHeadersOf(http.headers)).toEqual([]);
  });
});

describe('without CORS_ORIGINS (the default)', () => {
  let t: TestApp;
  beforeAll(async () => { t = await startApp(); });
  afterAll(async () => t.close());

  it('answers no origin and keeps cross-origin-resource-policy same-origin', async () => {
    const preflight = await t.app.inject({ method: 'OPTIONS', url: '/households', headers: { origin: APP_ORIGIN, 'access-control-request-method': 'GET' } });
    expect(corsHeadersOf(preflight.headers)).toEqual([]);
    const get = await t.app.inject({ method: 'GET', url: '/health', headers: { origin: APP_ORIGIN } });
    expect(corsHeadersOf(get.headers)).toEqual([]);
    expect(get.headers['cross-origin-resource-policy']).toBe('same-origin');
  });
});

describe('CORS_ORIGINS', () => {
  it('is a comma-separated list of origins, none by default', () => {
    expect(loadConfig({}).CORS_ORIGINS).toEqual([]);
    expect(loadConfig({ CORS_ORIGINS: ` ${APP_ORIGIN}, ${DEV_ORIGIN} ,` }).CORS_ORIGINS).toEqual([APP_ORIGIN, DEV_ORIGIN]);
  });

  it('refuses at start-up what is not an origin: a path, a trailing slash, a wildcard, another scheme', () => {
    for (const bad of [`${APP_ORIGIN}/`, `${APP_ORIGIN}/app`, '*', 'ftp://files.example.cn', 'fupin-web.example.cn', 'https://Fupin.example.cn']) {
      expect(() => loadConfig({ CORS_ORIGINS: `${DEV_ORIGIN},${bad}` }), bad).toThrow(/CORS_ORIGINS/);
    }
  });
});
