import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enumerateRoutes } from '../../reliability/routes.ts';
import type { JsonSchema } from '../../reliability/routes.ts';
import { startApp, tokenFor } from '../../support/app.ts';
import type { Person, TestApp } from '../../support/app.ts';
import { COMMAND_METHODS, COMMAND_ROUTES, allowedRoles, homeOf, personOf, send } from '../../support/command-routes.ts';
import type { CommandRoute, Subject } from '../../support/command-routes.ts';
import { publishYear2027 } from '../../support/calendar-2027.ts';
import { expectRefused, streamsOf } from './support.ts';

/**
 * The refusals every command route can answer whatever its step: no token, a body that is not an object, a malformed
 * Idempotency-Key or If-Match, a stale If-Match, and a field time (occurredAt) in the future where the body takes one. Each on a fresh subject where the
 * step applies, by a role allowed to take it; each must write nothing, and the plain request then takes the step.
 * The routes and whether their body takes occurredAt are read from the app (its routes and their OpenAPI bodies).
 * Idempotency-Key and If-Match are checked on the routes that store what they do, not on one whose answer is held in
 * the process's memory (a feed stream ticket: `appends: false` in test/support/command-routes.ts).
 */

const takesOccurredAt = (schema: JsonSchema | undefined): boolean =>
  schema !== undefined && (schema.properties?.occurredAt !== undefined || [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])].some(takesOccurredAt));

// one app for every route (an app takes most of a second to start): each route's subject is fresh, prepared in its
// describe's beforeAll, and none depends on the date (test/support/command-routes.ts)
const t: TestApp = await startApp();
// its clock ends within weeks of 2027 (each monitoring case waits out its own notice): 2027 is published as in November
await publishYear2027(t);
afterAll(async () => t.close());
const ROUTES = enumerateRoutes(t.app).filter((r) => COMMAND_METHODS.includes(r.method)).map((r) => {
  const name = `${r.method} ${r.url}`;
  // Idempotency-Key and If-Match name stored requests and stream revisions: not for a route held in memory (a feed ticket)
  return { name, occurredAt: takesOccurredAt(r.body), hasBody: r.body !== undefined, stored: COMMAND_ROUTES[name]?.appends !== false };
});

/**
 * Routes that once wrote before comparing a stale If-Match (the households' resident claim, the closure's passes, the
 * notice's designations): fixed by checking If-Match first; the list stays for the next such bug (it.fails).
 */
const WRITES_BEFORE_IF_MATCH: readonly string[] = [];
/** of those, the routes whose early write moves the subject past its step: their stale If-Match goes to a subject of its own */
const SPENDS_SUBJECT_BEFORE_IF_MATCH: readonly string[] = ['POST /notices'];

describe('refusals every command route answers', () => {
  it('finds the command routes, and which bodies take occurredAt', () => {
    expect(ROUTES.length).toBeGreaterThanOrEqual(42);
    const withTime = ROUTES.filter((r) => r.occurredAt).map((r) => r.name);
    // a notice records when it was posted (occurredAt), the day it counts from unless startsAt says otherwise
    expect(withTime).toEqual(expect.arrayContaining(['POST /designations/:id/township-review', 'POST /spot-check-rounds/:id/closure', 'POST /appraisal-meetings', 'POST /monitoring-cases/:id/plan', 'POST /notices']));
    expect(withTime).not.toContain('POST /calendar/years');
    expect(withTime).not.toContain('POST /webhooks');
  });

  describe.each(ROUTES)('$name', ({ name, occurredAt, hasBody, stored }) => {
    let entry: CommandRoute;
    let who: Person;
    let subject: Subject;
    let spare: Subject | undefined;
    beforeAll(async () => {
      const e = COMMAND_ROUTES[name];
      if (!e) throw new Error(`${name} has no entry in test/support/command-routes.ts`);
      entry = e;
      const role = allowedRoles(e.permission)[0];
      if (!role) throw new Error(`${e.permission} allows no role`);
      who = personOf(role, e.region.startsWith(homeOf(role)) ? homeOf(role) : e.region);
      subject = await e.prepare(t, who);
      if (SPENDS_SUBJECT_BEFORE_IF_MATCH.includes(name)) spare = await e.prepare(t, who);
    });

    const refused = (status: number, code: string, headers: Record<string, string>, body = subject.body) =>
      expectRefused(t, () => send(t, name, { ...subject, body }, who, headers), status, code, streamsOf(subject.url, subject.body));

    it('401 UNAUTHENTICATED without a bearer token', async () => {
      await expectRefused(t, () => t.app.inject({ method: name.slice(0, name.indexOf(' ')) as 'POST', url: subject.url, ...(subject.body ? { payload: subject.body } : {}) }), 401, 'UNAUTHENTICATED', streamsOf(subject.url, subject.body));
    });

    it.skipIf(!hasBody)('400 VALIDATION_FAILED for a body that is not an object', async () => {
      await expectRefused(t, () => t.app.inject({ method: name.slice(0, name.indexOf(' ')) as 'POST', url: subject.url, headers: { authorization: `Bearer ${tokenFor(who, t.clock)}`, 'content-type': 'application/json' }, payload: '[]' }), 400, 'VALIDATION_FAILED', streamsOf(subject.url, subject.body));
    });

    it.skipIf(!stored)('400 INVALID_IDEMPOTENCY_KEY for an Idempotency-Key that is not one', async () => {
      await refused(400, 'INVALID_IDEMPOTENCY_KEY', { 'idempotency-key': 'not a key!' });
    });

    it.skipIf(!stored)('400 INVALID_IF_MATCH for an If-Match that is not an ETag', async () => {
      await refused(400, 'INVALID_IF_MATCH', { 'if-match': 'latest' });
    });

    it.skipIf(!occurredAt)('400 OCCURRED_IN_FUTURE for a field time an hour ahead of the clock', async () => {
      const future = new Date(t.clock.now().getTime() + 3_600_000).toISOString();
      await refused(400, 'OCCURRED_IN_FUTURE', {}, { ...subject.body, occurredAt: future });
    });

    (!stored ? it.skip : WRITES_BEFORE_IF_MATCH.includes(name) ? it.fails : it)('412 PRECONDITION_FAILED for a stale If-Match', async () => {
      const own = spare ?? subject;
      await expectRefused(t, () => send(t, name, own, who, { 'if-match': '"999"' }), 412, 'PRECONDITION_FAILED', streamsOf(own.url, own.body));
    });

    it('and the plain request then takes the step', async () => {
      const res = await send(t, name, subject, who);
      expect(res.statusCode, res.body).toBe(entry.status);
    });
  });
});
