import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startApp, tokenFor } from '../../support/app.ts';
import type { Person, TestApp } from '../../support/app.ts';
import { COUNTY, OTHER_VILLAGE, TOWNSHIP, VILLAGE, yellowHousehold } from '../../support/fixtures.ts';
import { DATES, P, appraise, chain, declare, http, nextSeq, ok, openRound, registerHousehold, review, signSpotCheck, steps } from './helpers.ts';

let t: TestApp;
beforeEach(async () => { t = await startApp(); });
afterEach(async () => { await t.close(); });

const confirm = { outcome: 'confirmed', opinion: '核实属实' };

describe('谁调查谁不复核: separation of duties', () => {
  it('the investigator who declared may not do the township review, even holding the reviewer role', async () => {
    const cadre: Person = { id: 'cadre-1', roles: ['investigator', 'townshipReviewer'], jurisdiction: TOWNSHIP };
    const { id } = await declare(t, await registerHousehold(t, yellowHousehold(nextSeq(t))), 'yellow', cadre);
    await appraise(t, [{ designationId: id }]);
    const res = await review(t, id, confirm, cadre);
    expect(ok(res, 403)).toMatchObject({ code: 'SEPARATION_OF_DUTIES' });
    expect(await steps(t, id)).toEqual(['InitialCheckDeclared', 'AppraisalDecided']);
    expect(ok(await review(t, id, confirm, P.reviewer))).toMatchObject({ state: 'awaitingSpotCheck' });
  });

  it('nor sign the county spot check of it', async () => {
    const cadre: Person = { id: 'cadre-2', roles: ['investigator', 'countyInspector'], jurisdiction: COUNTY };
    const { id } = await declare(t, await registerHousehold(t, yellowHousehold(nextSeq(t))), 'yellow', cadre);
    await appraise(t, [{ designationId: id }]);
    ok(await review(t, id));
    const round = await openRound(t);
    expect(round.sample).toEqual([id]);
    expect(ok(await signSpotCheck(t, round.id, id, cadre), 403).code).toBe('SEPARATION_OF_DUTIES');
    expect(await steps(t, id)).toEqual(['InitialCheckDeclared', 'AppraisalDecided', 'TownshipReviewed', 'SampledForSpotCheck']);
  });

  it('one inspector cannot be both signatures of a spot check', async () => {
    const { ids: [id] } = await chain(t, 'awaitingSpotCheck');
    const round = await openRound(t);
    ok(await signSpotCheck(t, round.id, id as string, P.inspector1));
    const again = await signSpotCheck(t, round.id, id as string, P.inspector1, { outcome: 'confirmed', opinion: '再签一次' });
    // one signature per inspector: a second one is refused with a code, never answered 200 with its opinion dropped
    expect(ok(again, 409)).toMatchObject({ code: 'ALREADY_SIGNED' });
    expect(ok(await http(t).get(P.inspector1, `/designations/${id}`))).toMatchObject({ state: 'spotCheck', spotCheck: { signers: ['ci-1'] } });
  });
});

describe('roles (403 for a role the permission table does not list for the step)', () => {
  it('read-only and wrong roles change nothing', async () => {
    const { ids: [id] } = await chain(t, 'awaitingTownshipReview');
    const api = http(t);
    const screener: Person = { id: 'dept-1', roles: ['departmentScreener'], jurisdiction: COUNTY };
    const cases: [Person, string, object][] = [
      [P.supervisor, `/designations/${id}/township-review`, confirm],
      [screener, `/designations/${id}/township-review`, confirm],
      [P.investigator, `/designations/${id}/township-review`, confirm],
      [P.clerk, `/designations/${id}/appraisal-withdrawal`, { reason: '撤回' }],
      [P.inspector1, '/notices', { scopeCode: VILLAGE, designationIds: [id], startsAt: DATES.noticeStart }],
      [P.reviewer, '/spot-check-rounds', { townshipCode: TOWNSHIP }],
      [P.investigator, '/appraisal-meetings', { villageCode: VILLAGE, occurredAt: DATES.appraisal, attendance: { partyMembers: 1, groupLeaders: 1, poorHouseholdRepresentatives: 1, publicRepresentatives: 1 }, decisions: [{ designationId: id, decision: 'approved', card: 'yellow', opinion: '同意' }] }],
    ];
    for (const [who, url, body] of cases) {
      const res = await api.post(who, url, body);
      expect(res.statusCode, `${who.id} ${url}`).toBe(403);
      expect(res.json().code).toBe('FORBIDDEN_ROLE');
    }
    expect(await steps(t, id as string)).toEqual(['InitialCheckDeclared', 'AppraisalDecided']);
    // the supervisor reads everything in the county; an integrator (feed only) reads no designation
    expect(ok(await api.get(P.supervisor, `/designations/${id}`)).state).toBe('awaitingTownshipReview');
    const integrator: Person = { id: 'int-1', roles: ['integrator'], jurisdiction: COUNTY };
    expect(ok(await api.get(integrator, `/designations/${id}`), 403).code).toBe('FORBIDDEN_ROLE');
  });

  it('no token, or an expired one: 401', async () => {
    const { ids: [id] } = await chain(t, 'awaitingAppraisal');
    expect((await t.app.inject({ method: 'GET', url: `/designations/${id}` })).statusCode).toBe(401);
    const expired = tokenFor(P.investigator, t.clock);
    // an hour's token, past its expiry by more than the clock tolerance (AUTH_CLOCK_TOLERANCE_S, 60 s)
    t.clock.advance(3600_000 + 61_000);
    const res = await t.app.inject({ method: 'GET', url: `/designations/${id}`, headers: { authorization: `Bearer ${expired}` } });
    expect(ok(res, 401).code).toBe('UNAUTHENTICATED');
  });
});

describe('jurisdiction: another village is not found (404)', () => {
  it("a neighbouring village's investigator sees neither the household nor its designation, and cannot act on them", async () => {
    const neighbour: Person = { id: 'inv-9', roles: ['investigator'], jurisdiction: OTHER_VILLAGE };
    const householdId = await registerHousehold(t, yellowHousehold(nextSeq(t)));
    const { id } = await declare(t, householdId);
    const api = http(t);
    expect(ok(await api.get(neighbour, `/households/${householdId}`), 404).code).toBe('NOT_FOUND');
    expect((await api.get(neighbour, `/designations/${id}`)).statusCode).toBe(404);
    expect((await api.get(neighbour, `/designations/${id}/history`)).statusCode).toBe(404);
    expect((await api.post(neighbour, '/designations', { householdId, year: 2026, proposedCard: 'yellow', opinion: '申报' })).statusCode).toBe(404);
    expect((await api.post(neighbour, `/designations/${id}/withdrawal`, { reason: '撤回' })).statusCode).toBe(404);
    // a 404 does not tell an existing designation from a missing one
    const missing = await api.get(neighbour, '/designations/00000000-0000-4000-8000-0000deadbeef');
    expect(ok(missing, 404)).toEqual({ ...ok(await api.get(neighbour, `/designations/${id}`), 404), instance: expect.any(String) });
    expect(await steps(t, id)).toEqual(['InitialCheckDeclared']);
  });

  it("another township's reviewer and another village's meeting or notice cannot take this village's households", async () => {
    const { ids: [id] } = await chain(t, 'awaitingTownshipReview');
    const otherReviewer: Person = { id: 'tr-9', roles: ['townshipReviewer'], jurisdiction: '430623102' };
    expect((await review(t, id as string, confirm, otherReviewer)).statusCode).toBe(404);
    const neighbourClerk: Person = { id: 'clerk-9', roles: ['villageClerk'], jurisdiction: OTHER_VILLAGE };
    const meeting = await http(t).post(neighbourClerk, '/appraisal-meetings', {
      villageCode: OTHER_VILLAGE, occurredAt: DATES.appraisal,
      attendance: { partyMembers: 1, groupLeaders: 1, poorHouseholdRepresentatives: 1, publicRepresentatives: 1 },
      decisions: [{ designationId: id, decision: 'rejected', card: 'yellow', opinion: '不同意' }],
    });
    expect(ok(meeting, 422)).toMatchObject({ code: 'NOT_IN_VILLAGE', designationIds: [id] });
    const notice = await http(t).post({ ...P.approver, jurisdiction: TOWNSHIP }, '/notices', { scopeCode: OTHER_VILLAGE, designationIds: [id], startsAt: DATES.noticeStart });
    expect(ok(notice, 422).code).toBe('NOT_IN_SCOPE');
    expect(await steps(t, id as string)).toEqual(['InitialCheckDeclared', 'AppraisalDecided']);
  });
});
