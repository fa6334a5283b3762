import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hmacKey } from '../../src/auth/keys.ts';
import { buildApp } from '../../src/http/app.ts';
import { createLogger } from '../../src/http/logger.ts';
import { ManualClock } from '../../src/shared/clock.ts';
import { sequentialIds } from '../../src/shared/ids.ts';
import { MemoryEventStore } from '../../src/store/memory.ts';
import { AUDIENCE, SECRET, startApp, tokenFor } from '../support/app.ts';
import type { TestApp } from '../support/app.ts';
import { call } from '../support/drive.ts';
import { VILLAGE, residentId, yellowHousehold } from '../support/fixtures.ts';

describe('names and resident IDs never reach a log', () => {
  it('logs nothing personal at trace level, neither for a registration nor a refused one nor a server error', async () => {
    const lines: string[] = [];
    const sink = new Writable({ write(chunk, _enc, done) { lines.push(String(chunk)); done(); } });
    const clock = new ManualClock('2026-03-18T01:00:00.000Z');
    const newId = sequentialIds(9);
    const store = new MemoryEventStore({ clock, newId });
    const app = await buildApp({ store, clock, newId, newSeed: () => 's', auth: { resolveKey: hmacKey(SECRET), audience: AUDIENCE }, logger: createLogger('trace', sink) });
    await app.ready();
    const household = yellowHousehold(77);
    const headers = { authorization: `Bearer ${tokenFor({ id: 'inv-1', roles: ['investigator'], jurisdiction: VILLAGE }, clock)}` };
    expect((await app.inject({ method: 'POST', url: '/households', headers, payload: { household } })).statusCode).toBe(201);
    const bad = { ...household, residentId: residentId('1970-01-01', 5).slice(0, 17) + 'Z', head: '错号户主' };
    expect((await app.inject({ method: 'POST', url: '/households', headers, payload: { household: bad } })).statusCode).toBe(400);
    store.append = async () => { throw new Error(`disk full while writing ${household.head} ${household.residentId}`); };
    const failed = await app.inject({ method: 'POST', url: '/households', headers, payload: { household: yellowHousehold(78) } });
    expect(failed.statusCode).toBe(500);
    expect(failed.json()).toMatchObject({ code: 'INTERNAL_ERROR' });
    await app.close();
    const log = lines.join('');
    expect(log).toContain('request failed'); // the error itself is logged …
    for (const secret of [household.head, household.residentId, '错号户主', bad.residentId, headers.authorization.slice(7), '配偶77']) {
      expect(log).not.toContain(secret); // … but not what it was about
    }
  });
});

describe('resident IDs in responses, limits and headers', () => {
  let t: TestApp;
  let householdId = '';
  const household = yellowHousehold(90);
  beforeAll(async () => {
    t = await startApp({ rateLimitPerMinute: 40 });
    householdId = (await call(t, { id: 'inv-1', role: 'investigator', region: VILLAGE }, 'POST', '/households', { household })).json().id;
  });
  afterAll(async () => t.close());

  it('shows IDs in full to the roles that work with them and masked to the others', async () => {
    const full = (await call(t, { id: 'inv-1', role: 'investigator', region: VILLAGE }, 'GET', `/households/${householdId}`)).json();
    expect(full.household.residentId).toBe(household.residentId);
    const masked = (await call(t, { id: 'sup-1', role: 'supervisor', region: VILLAGE }, 'GET', `/households/${householdId}`)).json();
    expect(masked.household.residentId).toBe(`${household.residentId.slice(0, 10)}******${household.residentId.slice(16)}`);
    expect(JSON.stringify(masked)).not.toContain(household.residentId);
  });

  it('sends the security headers on every answer: served, refused, unknown route', async () => {
    const answers = [
      await t.app.inject({ method: 'GET', url: '/health' }),
      await t.app.inject({ method: 'GET', url: '/households' }), // 401: no token
      await call(t, { id: 'inv-1', role: 'investigator', region: VILLAGE }, 'GET', '/no-such-route'),
    ];
    expect(answers.map((r) => r.statusCode)).toEqual([200, 401, 404]);
    for (const res of answers) {
      expect(res.headers).toMatchObject({
        'x-content-type-options': 'nosniff', 'x-frame-options': 'SAMEORIGIN', 'referrer-policy': 'no-referrer',
        'strict-transport-security': 'max-age=31536000; includeSubDomains', 'cross-origin-opener-policy': 'same-origin',
        'cross-origin-resource-policy': 'same-origin', 'x-permitted-cross-domain-policies': 'none', 'x-xss-protection': '0',
      });
    }
  });

  it('refuses bodies over 1 MB with problem+json 413', async () => {
    const res = await call(t, { id: 'inv-1', role: 'investigator', region: VILLAGE }, 'POST', '/households', { household: { ...household, head: 'x'.repeat(1_100_000) } });
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({ code: 'BODY_TOO_LARGE' });
  });

  it('limits requests per token, answering 429 problem+json', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 45; i++) statuses.push((await call(t, { id: 'busy', role: 'supervisor', region: VILLAGE }, 'GET', '/households')).statusCode);
    expect(statuses.slice(0, 40).every((s) => s === 200)).toBe(true);
    expect(statuses.slice(40).every((s) => s === 429)).toBe(true);
    const other = await call(t, { id: 'calm', role: 'supervisor', region: VILLAGE }, 'GET', '/households');
    expect(other.statusCode).toBe(200); // another token has its own budget
    const limited = await call(t, { id: 'busy', role: 'supervisor', region: VILLAGE }, 'GET', '/households');
    expect(limited.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(limited.json()).toMatchObject({ code: 'RATE_LIMITED', status: 429, retryAfterSeconds: expect.any(Number), message_en: expect.stringMatching(/^Too many requests .*retry in \d+ s$/) });
    expect(limited.body).not.toContain('undefined');
  });
});
