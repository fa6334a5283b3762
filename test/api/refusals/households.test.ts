import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp } from '../../support/app.ts';
import type { Person, TestApp } from '../../support/app.ts';
import { VILLAGE, residentId, yellowHousehold } from '../../support/fixtures.ts';
import { P, http, nextSeq, ok, registerHousehold } from '../four-card/helpers.ts';
import { expectRefused } from './support.ts';

/** The business refusals of the household routes (农户登记, 修改, 审核, 监督): status, code, and nothing written. */

let t: TestApp;
beforeAll(async () => {
  t = await startApp();
});
afterAll(async () => t.close());

const clerk: Person = { id: 'hh-clerk', roles: ['villageClerk'], jurisdiction: VILLAGE };
const secretary: Person = { id: 'hh-fs', roles: ['firstSecretary'], jurisdiction: VILLAGE };
/** one person who is village clerk and first secretary: enters in one capacity, could supervise in the other */
const clerkAndSecretary: Person = { id: 'hh-both', roles: ['villageClerk', 'firstSecretary'], jurisdiction: VILLAGE };

const register = (by: Person, household: object) => http(t).post(by, '/households', { household });
const stream = (id: string) => [`household-${id}`];

describe('POST /households', () => {
  it('409 HOUSEHOLD_EXISTS for a second registration of the same head', async () => {
    const household = yellowHousehold(nextSeq(t));
    ok(await register(P.investigator, household), 201);
    await expectRefused(t, () => register(P.clerk, household), 409, 'HOUSEHOLD_EXISTS');
  });

  it('422 FIELD_RULE_REFUSED for data failing a blocking logic check', async () => {
    const problem = await expectRefused(t, () => register(P.investigator, { ...yellowHousehold(nextSeq(t)), mainCauseOfPoverty: 'lack-of-funds' }), 422, 'FIELD_RULE_REFUSED');
    expect(problem.rules?.map((r) => r.code)).toContain('CAUSE_LACK_OF_FUNDS');
  });

  it('400 VALIDATION_FAILED for a resident ID whose check digit is wrong', async () => {
    const household = yellowHousehold(nextSeq(t));
    const wrong = `${household.residentId.slice(0, 17)}${household.residentId.endsWith('0') ? '1' : '0'}`;
    await expectRefused(t, () => register(P.investigator, { ...household, residentId: wrong }), 400, 'VALIDATION_FAILED');
  });

  // BUG (product): the resident ID is claimed (an event on the resident-claim stream) before the engine compares
  // If-Match, so a registration refused 412 has written the claim. src/households/routes.ts: claimResident runs
  // before engine.execute checks ctx.ifMatch.
  it('412 PRECONDITION_FAILED for an If-Match on a registration, and nothing written — not even the resident claim', async () => {
    await expectRefused(t, () => http(t).post(P.investigator, '/households', { household: yellowHousehold(nextSeq(t)) }, { 'if-match': '"0"' }), 412, 'PRECONDITION_FAILED');
  });
});

describe('POST /households/:id/changes', () => {
  let id = '';
  let seq = 0;
  beforeAll(async () => {
    seq = nextSeq(t);
    id = await registerHousehold(t, yellowHousehold(seq));
  });
  const change = (changes: object) => http(t).post(P.investigator, `/households/${id}/changes`, { changes, reason: '复查' });

  it("422 RESIDENT_ID_IMMUTABLE for a change of the head's resident ID (the head member's with it, so the shape holds)", async () => {
    const household = yellowHousehold(seq);
    const other = residentId('1965-04-12', seq + 500);
    const [head, ...others] = household.members;
    await expectRefused(t, () => change({ residentId: other, members: [{ ...head, residentId: other }, ...others] }), 422, 'RESIDENT_ID_IMMUTABLE', stream(id));
  });

  it('422 FIELD_RULE_REFUSED for changed facts failing a blocking logic check', async () => {
    const problem = await expectRefused(t, () => change({ mainCauseOfPoverty: 'lack-of-funds' }), 422, 'FIELD_RULE_REFUSED', stream(id));
    expect(problem.rules?.map((r) => r.code)).toContain('CAUSE_LACK_OF_FUNDS');
  });

  it('400 VALIDATION_FAILED for a changed field of the wrong shape, and for facts that no longer fit together', async () => {
    await expectRefused(t, () => change({ members: 'two' }), 400, 'VALIDATION_FAILED', stream(id));
    // a registered household has a poverty status: "edge" with the recorded status "escaped" is not a household
    await expectRefused(t, () => change({ registration: 'edge' }), 400, 'VALIDATION_FAILED', stream(id));
  });

  it('404 NOT_FOUND for a household that does not exist', async () => {
    await expectRefused(t, () => http(t).post(P.investigator, '/households/00000000-0000-4000-8000-000000000404/changes', { changes: { group: '1组' }, reason: '复查' }), 404, 'NOT_FOUND');
  });
});

describe('POST /households/:id/reviews and /supervisions (1人录入、1人审核、1人监督)', () => {
  const review = (by: Person, id: string) => http(t).post(by, `/households/${id}/reviews`, { opinion: '已核对' });
  const supervise = (by: Person, id: string) => http(t).post(by, `/households/${id}/supervisions`, { opinion: '已监督' });

  it('review: 403 SEPARATION_OF_DUTIES for whoever entered the facts', async () => {
    const id = ok(await register(clerk, yellowHousehold(nextSeq(t))), 201).id as string;
    await expectRefused(t, () => review(clerk, id), 403, 'SEPARATION_OF_DUTIES', stream(id));
  });

  it('review: 409 STEP_NOT_ALLOWED once the facts are reviewed', async () => {
    const id = await registerHousehold(t, yellowHousehold(nextSeq(t)));
    ok(await review(P.firstSecretary, id));
    await expectRefused(t, () => review(P.partySecretary, id), 409, 'STEP_NOT_ALLOWED', stream(id));
  });

  it('supervision: 409 STEP_NOT_ALLOWED before the review, and once supervised', async () => {
    const id = await registerHousehold(t, yellowHousehold(nextSeq(t)));
    await expectRefused(t, () => supervise(P.partySecretary, id), 409, 'STEP_NOT_ALLOWED', stream(id));
    ok(await review(P.firstSecretary, id));
    ok(await supervise(P.partySecretary, id));
    await expectRefused(t, () => supervise(P.villageDirector, id), 409, 'STEP_NOT_ALLOWED', stream(id));
  });

  it('supervision: 403 SEPARATION_OF_DUTIES for the reviewer, and for the enterer in another capacity', async () => {
    const reviewed = await registerHousehold(t, yellowHousehold(nextSeq(t)));
    ok(await review(secretary, reviewed));
    await expectRefused(t, () => supervise(secretary, reviewed), 403, 'SEPARATION_OF_DUTIES', stream(reviewed));

    const entered = ok(await register(clerkAndSecretary, yellowHousehold(nextSeq(t))), 201).id as string;
    ok(await review(P.partySecretary, entered));
    await expectRefused(t, () => supervise(clerkAndSecretary, entered), 403, 'SEPARATION_OF_DUTIES', stream(entered));
  });
});
