import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_OFFSET, MAX_POSITION, registerNumericGuard } from '../../src/http/query-params.ts';
import { startApp, tokenFor } from '../support/app.ts';
import type { TestApp } from '../support/app.ts';
import { VILLAGE } from '../support/fixtures.ts';

interface Parameter { in: string; name: string; schema?: { type?: string; minimum?: number; maximum?: number } }
interface NumericParam { method: string; path: string; name: string; minimum: number; maximum: number }

/** a value for each path parameter, so the route is reached (it may well answer 404 after validation) */
const PATH_VALUES: Record<string, string> = {
  id: '00000000-0000-4000-8000-00000000abcd',
  role: 'townshipReviewer',
  code: VILLAGE,
  stream: 'designation-00000000-0000-4000-8000-00000000abcd',
  type: 'HouseholdRegistered',
  version: 'v1',
  round: '2026H2',
};

/**
 * What every route documents as a numeric query parameter, read from the OpenAPI document the app builds from its
 * own route schemas: a route added tomorrow with a numeric parameter is in this table without anyone adding it.
 */
const numericParamsOf = (document: { paths?: Record<string, Record<string, { parameters?: Parameter[] }>> }): NumericParam[] => {
  const found: NumericParam[] = [];
  for (const [path, operations] of Object.entries(document.paths ?? {})) {
    for (const [method, operation] of Object.entries(operations)) {
      for (const p of operation.parameters ?? []) {
        if (p.in !== 'query' || (p.schema?.type !== 'integer' && p.schema?.type !== 'number')) continue;
        found.push({ method: method.toUpperCase(), path, name: p.name, minimum: p.schema.minimum ?? Number.NaN, maximum: p.schema.maximum ?? Number.NaN });
      }
    }
  }
  return found;
};

/** the ones known today: the discovery above must find at least these */
const KNOWN = [
  'GET /feed after', 'GET /feed limit', 'GET /feed/stream after',
  'GET /households offset', 'GET /households limit',
  'GET /designations offset', 'GET /designations limit', 'GET /worklists/{role} offset', 'GET /worklists/{role} limit',
  'GET /monitoring-cases offset', 'GET /monitoring-cases limit', 'GET /monitoring-worklists/{role} offset', 'GET /monitoring-worklists/{role} limit',
  'GET /monitored-households offset', 'GET /monitored-households limit',
  'GET /audit/verify pageSize', 'GET /designations/{id}/state revision',
];

let t: TestApp;
let authorization: string;
let params: NumericParam[];
beforeAll(async () => {
  t = await startApp();
  authorization = `Bearer ${tokenFor({ id: 'adm', roles: ['admin'], jurisdiction: '43' }, t.clock)}`;
  params = numericParamsOf(t.app.swagger() as Parameters<typeof numericParamsOf>[0]);
});
afterAll(async () => t.close());

/** query parameters a route requires besides the numeric one (so the request reaches the numeric check's route) */
const REQUIRED_QUERY: Readonly<Record<string, string>> = { '/households/search': 'q=x&', '/management/post-quotas': 'countyCode=430623&' };
const urlOf = (p: NumericParam, value: string) => `${p.path.replace(/\{(\w+)\}/g, (_m, name: string) => PATH_VALUES[name] ?? 'x')}?${REQUIRED_QUERY[p.path] ?? ''}${p.name}=${value}`;

describe('every numeric query parameter is an integer within its documented range, or 400 with a code', () => {
  it('finds them all, each with a finite minimum and maximum', () => {
    expect(params.map((p) => `${p.method} ${p.path} ${p.name}`)).toEqual(expect.arrayContaining(KNOWN));
    for (const p of params) {
      expect(Number.isFinite(p.minimum) && Number.isFinite(p.maximum), `${p.path} ${p.name}`).toBe(true);
      expect(p.maximum).toBeLessThanOrEqual(MAX_POSITION);
    }
  });

  it('answers Infinity, 1e309, below the minimum, a fraction, above the maximum, hex and repeated values 400 VALIDATION_FAILED naming the parameter', async () => {
    const failures: string[] = [];
    for (const p of params) {
      const bad = ['Infinity', '-Infinity', '1e309', '1e2', String(p.minimum - 1), '-1', '1.5', String(p.maximum + 1), '0x10', 'NaN', '', ' 1', `${p.minimum}&${p.name}=${p.minimum}`];
      for (const value of bad) {
        const url = urlOf(p, encodeURI(value).replaceAll('%26', '&'));
        const res = await t.app.inject({ method: p.method as 'GET', url, headers: { authorization } });
        const body: { code?: string; errors?: { pointer: string; in: string }[] } = res.headers['content-type']?.toString().startsWith('application/problem+json') ? res.json() : {};
        if (res.statusCode !== 400 || body.code !== 'VALIDATION_FAILED' || body.errors?.[0]?.pointer !== `/${p.name}` || body.errors[0].in !== 'query') failures.push(`${url} → ${res.statusCode} ${res.body.slice(0, 120)}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('accepts the minimum and the maximum (whatever the route then answers, it is not a 400 or a 500)', async () => {
    const failures: string[] = [];
    for (const p of params) {
      for (const value of [p.minimum, p.maximum]) {
        const url = urlOf(p, String(value));
        // HEAD for the stream: a GET would stay open
        const method = p.path === '/feed/stream' ? 'HEAD' : p.method as 'GET';
        const res = await t.app.inject({ method, url, headers: { authorization } });
        if (res.statusCode === 400 || res.statusCode >= 500) failures.push(`${url} → ${res.statusCode} ${res.body.slice(0, 120)}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('pages past the end of a list answer an empty page, and the feed stays on its cursor', async () => {
    const households = await t.app.inject({ method: 'GET', url: `/households?offset=${MAX_OFFSET}&limit=500`, headers: { authorization } });
    expect(households.json()).toEqual({ total: 0, items: [] });
    const feed = await t.app.inject({ method: 'GET', url: `/feed?after=${MAX_POSITION}`, headers: { authorization } });
    expect(feed.json()).toMatchObject({ events: [], nextAfter: MAX_POSITION });
  });

  it('refuses a numeric JSON body field sent as the string "1e309" (Ajv would make it Infinity, past every bound)', async () => {
    const res = await t.app.inject({
      method: 'POST', url: '/webhooks', headers: { authorization },
      payload: { url: 'https://erp.example.cn/hook', secret: 'whsec_MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3', after: '1e309' },
    });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ in: 'body', pointer: '/after', code: 'NOT_AN_INTEGER' }] });
    const string = await t.app.inject({
      method: 'POST', url: '/webhooks', headers: { authorization },
      payload: { url: 'https://erp.example.cn/hook', secret: 'whsec_MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3', maxFailures: 'Infinity' },
    });
    expect(string.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ in: 'body', pointer: '/maxFailures' }] });
  });
});

describe('the numeric guard', () => {
  it('refuses to start a route whose numeric query parameter has no maximum', () => {
    const app = Fastify();
    registerNumericGuard(app);
    const schema = { querystring: { type: 'object', properties: { limit: { type: 'integer', minimum: 1 } } } };
    expect(() => app.get('/unbounded', { schema }, async () => ({}))).toThrow(/GET \/unbounded: query parameter limit needs a finite minimum and maximum/);
  });
});
