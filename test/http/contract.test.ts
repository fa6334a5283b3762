import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Fastify from 'fastify';
import { Type } from 'typebox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerAnswerCheck } from '../../src/http/contract/answer-check.ts';
import type { AnswerViolation } from '../../src/http/contract/answer-check.ts';
import { operation, registerContract } from '../../src/http/contract/operation.ts';
import { PROBLEMS, ProblemDetailsSchema, statusesOf } from '../../src/http/contract/problems.ts';
import type { ProblemCode } from '../../src/http/contract/problems.ts';
import { startApp, tokenFor } from '../support/app.ts';
import type { Person, TestApp } from '../support/app.ts';
import * as fourCard from '../api/four-card/helpers.ts';
import * as mon from '../api/monitoring/helpers.ts';
import { COUNTY, TOWNSHIP, VILLAGE } from '../support/fixtures.ts';
import { EXAMPLE_HOUSEHOLD } from '../../src/http/contract/examples.ts';

interface Operation {
  operationId?: string;
  summary?: string;
  description?: string;
  security?: unknown[];
  'x-problem-codes'?: Record<string, string[]>;
  parameters?: { name: string; in: string }[];
  responses: Record<string, { description: string; headers?: Record<string, unknown>; content?: Record<string, { schema?: { $ref?: string } }> }>;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

describe('every operation of the document declares its contract', () => {
  let operations: [string, Operation][] = [];

  beforeAll(async () => {
    const t = await startApp();
    const document = t.app.swagger() as unknown as { paths: Record<string, Record<string, Operation>> };
    operations = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.entries(item).filter(([method]) => METHODS.includes(method)).map(([method, op]): [string, Operation] => [`${method.toUpperCase()} ${path}`, op]));
    await t.close();
  });

  it('an operationId, stable camelCase and unique', () => {
    expect(operations.length).toBeGreaterThan(70);
    const ids = operations.map(([name, op]) => {
      expect(op.operationId, name).toMatch(/^[a-z][A-Za-z0-9]+$/);
      return op.operationId;
    });
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('a summary in Chinese and in English', () => {
    for (const [name, op] of operations) {
      expect(op.summary, name).toMatch(/[\u4e00-\u9fff].* · .*[A-Za-z]{3}/);
    }
  });

  it('the schema of each success answer; 201 for a creating POST, with Location', () => {
    for (const [name, op] of operations) {
      const success = Object.keys(op.responses).filter((s) => s.startsWith('2'));
      expect(success.length, name).toBeGreaterThan(0);
      for (const status of success) {
        const response = op.responses[status];
        if (status === '204') continue;
        const media = Object.values(response?.content ?? {});
        expect(media.length, `${name} ${status}`).toBeGreaterThan(0); // a file answers as CSV or xlsx
        expect(media[0]?.schema, `${name} ${status}`).toBeDefined();
      }
      // a stream ticket is used once, never read back: nothing to locate
      if (op.responses['201'] && op.operationId !== 'issueStreamTicket') expect(op.responses['201'].headers?.location, `${name}: Location of what it created`).toBeDefined();
    }
  });

  it('its problems as application/problem+json with the codes of each status, 401 unless public, 429 and 500 everywhere', () => {
    for (const [name, op] of operations) {
      const codes = op['x-problem-codes'];
      expect(codes, name).toBeDefined();
      const statuses = Object.keys(op.responses).filter((s) => Number(s) >= 400 && op.responses[s]?.content?.['application/problem+json']);
      expect(statuses.sort(), name).toEqual(Object.keys(codes ?? {}).sort());
      const isPublic = Array.isArray(op.security) && op.security.length === 0;
      expect('401' in op.responses, name).toBe(!isPublic);
      for (const s of ['429', '500']) expect(s in op.responses, `${name} ${s}`).toBe(true);
      for (const status of statuses) {
        const response = op.responses[status];
        expect(response?.content?.['application/problem+json']?.schema?.$ref, `${name} ${status}`).toBe('#/components/schemas/ProblemDetails');
        for (const code of codes?.[status] ?? []) {
          expect(statusesOf(code as ProblemCode), `${name}: ${code}`).toContain(Number(status));
          expect(response?.description, `${name} ${status}`).toContain(`\`${code}\``);
        }
      }
      expect(op.responses['429']?.headers?.['retry-after'], name).toBeDefined();
    }
  });

  it('the headers a client sends and reads: Idempotency-Key, If-Match, If-None-Match with 304, ETag, Link', () => {
    const header = (op: Operation, h: string) => op.parameters?.some((p) => p.in === 'header' && p.name === h) ?? false;
    for (const [name, op] of operations) {
      const ok = op.responses['200'] ?? op.responses['201'];
      if (header(op, 'if-none-match')) expect(op.responses['304']?.headers?.etag, name).toBeDefined();
      if (header(op, 'if-match')) expect(op['x-problem-codes']?.['412'], name).toContain('PRECONDITION_FAILED');
      if (header(op, 'idempotency-key')) expect(op['x-problem-codes']?.['422'], name).toContain('IDEMPOTENCY_KEY_REUSED');
      const query = (n: string) => op.parameters?.some((p) => p.in === 'query' && p.name === n) ?? false;
      if (query('limit') && (query('offset') || query('after'))) expect(ok?.headers?.link, name).toBeDefined();
    }
    const named = Object.fromEntries(operations.map(([, op]) => [op.operationId, op]));
    expect(header(named.reviewDesignationInTownship as Operation, 'if-match')).toBe(true);
    expect(header(named.declareDesignation as Operation, 'idempotency-key')).toBe(true);
    expect(header(named.getDesignation as Operation, 'if-none-match')).toBe(true);
    expect(header(named.streamFeed as Operation, 'last-event-id')).toBe(true);
    expect(named.getHealth?.security).toEqual([]);
  });
});

/** the source files of src, recursively */
const sources = (dir: string): string[] => readdirSync(dir).flatMap((name) => {
  const path = join(dir, name);
  return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
});

it('every problem code src answers with is in the catalogue, at its status', () => {
  const root = new URL('../../src', import.meta.url).pathname;
  const found: [string, number, string][] = [];
  for (const file of sources(root)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/ProblemError\(\s*(\d{3}),\s*'([A-Z_]+)'/g)) found.push([m[2] as string, Number(m[1]), file]);
    for (const m of text.matchAll(/problemBody\(\s*(\d{3}),\s*'([A-Z_]+)'/g)) found.push([m[2] as string, Number(m[1]), file]);
    for (const m of text.matchAll(/breach\('([A-Z_]+)'/g)) found.push([m[1] as string, 422, file]);
  }
  expect(found.length).toBeGreaterThan(40);
  const missing = found.filter(([code]) => !(code in PROBLEMS)).map(([code, status, file]) => `${code} (${status}) in ${file}`);
  expect(missing).toEqual([]);
  // a chain's breach is 422 unless it says otherwise (HOUSEHOLD_FACTS_MISSING: 409); OCCURRED_IN_FUTURE's breach is
  // only ever met after the 400 of the same rule in src/http/command-context.ts, or in a list's item results
  const elsewhere = found.filter(([code, status]) => !statusesOf(code as ProblemCode).includes(status)).map(([code, status]) => `${code} at ${status}`);
  expect([...new Set(elsewhere)].sort()).toEqual(['HOUSEHOLD_FACTS_MISSING at 422', 'OCCURRED_IN_FUTURE at 422']);
});

describe('the answer check', () => {
  const appWith = async (answer: unknown, status = 200) => {
    const violations: AnswerViolation[] = [];
    const app = Fastify();
    registerContract(app);
    registerAnswerCheck(app, (v) => violations.push(v));
    app.addSchema(ProblemDetailsSchema);
    app.get('/thing', { schema: operation({ id: 'getThing', tag: 'operations', zh: '东西', en: 'A thing', answers: { 200: Type.Object({ a: Type.String(), n: Type.Integer() }) }, public: true }) }, async (_request, reply) => reply.status(status).send(answer));
    await app.ready();
    const res = await app.inject({ method: 'GET', url: '/thing' });
    await app.close();
    return { res, violations };
  };

  it('passes an answer that is what its route declares', async () => {
    expect((await appWith({ a: 'x', n: 1 })).violations).toEqual([]);
  });

  it('reports a field the schema lacks, which the serializer would drop', async () => {
    const { res, violations } = await appWith({ a: 'x', n: 1, extra: true });
    expect(res.json()).toEqual({ a: 'x', n: 1 });
    expect(violations.map((v) => v.problem)).toEqual([expect.stringContaining('/extra')]);
  });

  it('reports a value the serializer would coerce, and one the schema refuses', async () => {
    const { violations } = await appWith({ a: 5, n: 1.5 });
    expect(violations.map((v) => v.problem).join('\n')).toMatch(/serialization changed the answer at \/a[\s\S]*invalid answer/);
  });

  it('reports an undeclared status, and a problem code its route does not list', async () => {
    expect((await appWith({ a: 'x', n: 1 }, 202)).violations.map((v) => v.problem)).toEqual(['status 202 is not declared']);
    const app = Fastify();
    const violations: AnswerViolation[] = [];
    registerContract(app);
    registerAnswerCheck(app, (v) => violations.push(v));
    app.addSchema(ProblemDetailsSchema);
    app.get('/x', { schema: operation({ id: 'getX', tag: 'operations', zh: '某', en: 'X', answers: { 200: Type.Object({}) }, problems: ['NOT_FOUND'] }) }, async (_request, reply) =>
      reply.status(404).type('application/problem+json').send({ type: 'urn:x', title: 'GONE', status: 404, code: 'GONE', detail: 'd', message_zh: 'z', message_en: 'e' }));
    await app.ready();
    await app.inject({ method: 'GET', url: '/x' });
    await app.close();
    expect(violations.map((v) => v.problem)).toEqual([expect.stringContaining('problem code GONE is not listed for 404')]);
  });

  it('refuses, at start-up, a route that declares no operation', async () => {
    const app = Fastify();
    registerContract(app);
    expect(() => app.get('/undeclared', async () => ({}))).toThrow(/GET \/undeclared: no operation declared/);
    await app.close();
  });
});

describe('the chains answer as their routes declare (every answer checked by the answer check of startApp)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  const reader = (roles: Person['roles'], jurisdiction: string): Person => ({ id: `reader-${roles.join('-')}`, roles, jurisdiction });
  const get = (p: Person, url: string, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'GET', url, headers: { ...headers, authorization: `Bearer ${tokenFor(p, t.clock)}` } });

  it('a designation walked to its notices, and every read of it', async () => {
    const chain = await fourCard.chain(t, 'inNotice', 2);
    const id = chain.ids[0] as string;
    const county = reader(['countyOffice'], COUNTY);
    const supervisor = reader(['supervisor'], COUNTY);
    const designation = await get(county, `/designations/${id}`);
    expect(designation.statusCode).toBe(200);
    expect((await get(county, `/designations/${id}`, { 'if-none-match': String(designation.headers.etag) })).statusCode).toBe(304);
    const householdId = (designation.json() as { householdId: string }).householdId;
    for (const url of [
      `/designations/${id}/history`, '/designations?limit=1', `/worklists/townshipReviewer?regionCode=${TOWNSHIP}`, `/households/${householdId}`, '/households?limit=1',
      `/appraisal-meetings/${chain.meeting.id}`, `/spot-check-rounds/${chain.round.id}`, `/notices/${chain.notice.id}`, '/notices?running=true',
      `/designations/${id}/state?revision=2`, '/feed?limit=5', '/schemas', '/calendar', '/calendar/years/2026',
    ]) {
      const res = await get(url.startsWith('/feed') ? reader(['integrator'], COUNTY) : county, url);
      expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
    }
    for (const url of ['/audit/procedure', `/audit/verify/villages/${VILLAGE}`, `/audit/verify/streams/designation-${id}`, '/audit/verify']) {
      expect((await get(supervisor, url)).statusCode, url).toBe(200);
    }
    expect(t.violations).toEqual([]);
  });

  it('a monitoring case walked to monitored, and its reads', async () => {
    const c = await mon.drive(t, 'monitored', 7);
    const county = reader(['countyOffice'], COUNTY);
    for (const url of [`/monitoring-cases/${c.id}`, `/monitoring-cases/${c.id}/history`, '/monitoring-cases?limit=2', `/monitoring-worklists/villageClerk?regionCode=${VILLAGE}`, '/monitored-households', '/monitoring-counts?level=township']) {
      const res = await get(county, url);
      expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
    }
    expect(t.violations).toEqual([]);
  });

  it('the documented household is one the API registers (valid resident IDs, check digits included)', async () => {
    const investigator: Person = { id: 'example-inv', roles: ['investigator'], jurisdiction: VILLAGE };
    const res = await t.app.inject({ method: 'POST', url: '/households', headers: { authorization: `Bearer ${tokenFor(investigator, t.clock)}` }, payload: { household: EXAMPLE_HOUSEHOLD } });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.headers.location).toBe(`/households/${(res.json() as { id: string }).id}`);
    expect(t.violations).toEqual([]);
  });

  it('refusals answer with the codes their routes list', async () => {
    const county = reader(['countyOffice'], COUNTY);
    expect((await get(county, '/designations/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await get(county, '/designations/not-a-uuid')).statusCode).toBe(400);
    expect((await get(county, '/households?limit=0')).statusCode).toBe(400);
    expect((await t.app.inject({ method: 'GET', url: '/designations' })).statusCode).toBe(401);
    expect((await get(reader(['integrator'], COUNTY), '/designations')).statusCode).toBe(403);
    expect(t.violations).toEqual([]);
  });
});
