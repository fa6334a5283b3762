import { afterAll, describe, expect, it } from 'vitest';
import { PERMISSIONS } from '../../src/auth/permissions.ts';
import type { CommandName } from '../../src/auth/permissions.ts';
import { ROLES } from '../../src/auth/roles.ts';
import type { Role } from '../../src/auth/roles.ts';
import { startApp } from '../support/app.ts';
import { publishYear2027 } from '../support/calendar-2027.ts';
import type { Person, TestApp } from '../support/app.ts';
import { COMMAND_ROUTES, OUTSIDE, allowedRoles, commandRoutesOf, homeOf, personOf, send } from '../support/command-routes.ts';
import { call, driveThroughLists } from '../support/drive.ts';
import { VILLAGE } from '../support/fixtures.ts';

/**
 * Every command route the app serves × every role, inside and outside the jurisdiction. The routes are read from the
 * app (printRoutes), so a new route without an entry in test/support/command-routes.ts fails here. For each route:
 *  - each role its permission allows, on a fresh subject where the step applies: 404 from outside its jurisdiction,
 *    then exactly the route's own answer (201 created, 200 taken, 204 deleted) from inside, having appended to the
 *    store (but a feed stream ticket, held in memory, appends nothing) — a route acting on the asker's own
 *    jurisdiction (webhooks, feed tickets) or on no region at all (the working-day calendar) has no outside, and
 *    answers the same from anywhere;
 *  - every other role, on such a subject, inside the subject's region: 403 FORBIDDEN_ROLE naming the permission the
 *    route checks (so routes sharing a permission name — the spot-check closure, the monitoring plan — are checked
 *    against the right one), and from outside 403 or 404; none of these writes anything.
 */

/** commands no HTTP request can issue: the system's own */
const SYSTEM_ONLY: CommandName[] = ['designation.complete'];

// one app for the whole matrix (an app takes most of a second to start): every subject is fresh, prepared for its
// request right before it is sent, and none depends on the date (test/support/command-routes.ts)
const t: TestApp = await startApp();
// its clock runs into 2027 (each monitoring case waits out its own notice): 2027 is published as in November
await publishYear2027(t);
afterAll(async () => t.close());
const ROUTES = commandRoutesOf(t);

describe('authorization matrix: every command route × every role × inside/outside the jurisdiction', () => {
  it('finds the command routes of the app (a change in printRoutes cannot empty this matrix)', () => {
    expect(ROUTES.length).toBeGreaterThanOrEqual(42);
    expect(ROUTES).toEqual(expect.arrayContaining(['POST /households', 'POST /spot-check-rounds/:id/closure', 'POST /monitoring-cases/:id/plan', 'DELETE /webhooks/:id']));
  });

  it('every command route of the app has an entry, and every entry is a route of the app', () => {
    expect(ROUTES.filter((r) => !COMMAND_ROUTES[r]), 'routes without a matrix entry').toEqual([]);
    expect(Object.keys(COMMAND_ROUTES).filter((r) => !ROUTES.includes(r)), 'entries without a route').toEqual([]);
  });

  it('every command of the permission table is checked by some route (but the system\'s own)', () => {
    const checked = new Set(Object.values(COMMAND_ROUTES).map((r) => r.permission));
    expect((Object.keys(PERMISSIONS) as CommandName[]).filter((c) => !checked.has(c) && !SYSTEM_ONLY.includes(c))).toEqual([]);
  });

  describe.each(ROUTES)('%s', (route) => {
    const entry = () => {
      const e = COMMAND_ROUTES[route];
      if (!e) throw new Error(`${route} has no entry in test/support/command-routes.ts`);
      return e;
    };
    /** an allowed role acts from home when home covers the subject's region (a county officer on a village's case), else from that region */
    const insideFor = (role: Role, region: string) => (region.startsWith(homeOf(role)) ? homeOf(role) : region);

    it('every other role is refused for its role (403 FORBIDDEN_ROLE naming the permission) and writes nothing', async () => {
      const e = entry();
      const allowed = allowedRoles(e.permission);
      const first = allowed[0];
      if (!first) throw new Error(`${e.permission} allows no role`);
      const subject = await e.prepare(t, personOf(first, insideFor(first, e.region)));
      const head = await t.store.headPosition();
      const refusedRoles: Role[] = [];
      for (const role of ROLES.filter((r) => !allowed.includes(r))) {
        const inside = await send(t, route, subject, personOf(role, e.region));
        expect(inside.statusCode, `${role} inside: ${inside.body}`).toBe(403);
        const problem = inside.json<{ code: string; command?: string; concept?: string }>();
        expect(problem.code, role).toBe('FORBIDDEN_ROLE');
        expect(problem.command ?? problem.concept, `${role}: the permission the route checks`).toBe(e.permission);
        // from outside: refused for the role (the route checks it first) or not found (it looks the subject up first)
        const outside = await send(t, route, subject, personOf(role, OUTSIDE, '-out'));
        expect([403, 404], `${role} outside: ${outside.body}`).toContain(outside.statusCode);
        expect(outside.json<{ code: string }>().code).toBe(outside.statusCode === 403 ? 'FORBIDDEN_ROLE' : 'NOT_FOUND');
        refusedRoles.push(role);
      }
      expect(await t.store.headPosition(), 'a refused role wrote').toBe(head);
      expect([...refusedRoles, ...allowed].sort()).toEqual([...ROLES].sort());
      // the subject was one the step applies to: the first allowed role takes it now
      const taken = await send(t, route, subject, personOf(first, insideFor(first, e.region)));
      expect(taken.statusCode, `${first} after the refusals: ${taken.body}`).toBe(e.status);
    });

    it("each allowed role: not found from outside its jurisdiction, the route's own answer from inside", async () => {
      const e = entry();
      for (const role of allowedRoles(e.permission)) {
        const who: Person = personOf(role, insideFor(role, e.region));
        const subject = await e.prepare(t, who);
        const head = await t.store.headPosition();
        const outside = await send(t, route, subject, personOf(role, OUTSIDE, '-out'));
        expect(outside.statusCode, `${role} outside: ${outside.body}`).toBe(e.outsideStatus ?? 404);
        if (outside.statusCode === 404) {
          expect(outside.json<{ code: string }>().code).toBe('NOT_FOUND');
          expect(await t.store.headPosition(), `${role} outside wrote`).toBe(head);
        }
        const inside = await send(t, route, subject, who);
        expect(inside.statusCode, `${role} inside: ${inside.body}`).toBe(e.status);
        if (e.appends === false) expect(await t.store.headPosition(), `${role} inside: a route held in memory appended`).toBe(head);
        else expect(await t.store.headPosition(), `${role} inside appended nothing`).toBeGreaterThan(head);
      }
    });
  });

  it('reads: every reading role sees inside and gets 404 outside; integrators read nothing here', async () => {
    const reads = await startApp();
    try {
      const { designationIds: [d] } = await driveThroughLists(reads, 1);
      for (const role of ROLES) {
        const inside = await call(reads, { id: `${role}-r`, role, region: VILLAGE }, 'GET', `/designations/${d}`);
        const outside = await call(reads, { id: `${role}-r`, role, region: OUTSIDE }, 'GET', `/designations/${d}`);
        if (role === 'integrator') {
          expect(inside.statusCode).toBe(403);
        } else {
          expect(inside.statusCode, role).toBe(200);
          expect(outside.statusCode, role).toBe(404);
        }
      }
    } finally {
      await reads.close();
    }
  });
});
