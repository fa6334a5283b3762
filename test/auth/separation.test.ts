import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, tokenFor } from '../support/app.ts';
import type { TestApp } from '../support/app.ts';
import { call } from '../support/drive.ts';
import { COUNTY, TOWNSHIP, VILLAGE, yellowHousehold } from '../support/fixtures.ts';

/** 谁调查谁签字谁负责: the separation-of-duties rules, each enforced */
describe('separation of duties', () => {
  let t: TestApp;
  let designation = '';
  // one person is investigator and township reviewer and county inspector at once: the rules must still bite
  const multi = (roles: string[], region: string) => ({ authorization: `Bearer ${tokenFor({ id: 'wang', roles: roles as never, jurisdiction: region }, t.clock)}` });
  beforeAll(async () => {
    t = await startApp();
    const h = await call(t, { id: 'wang', role: 'investigator', region: VILLAGE }, 'POST', '/households', { household: yellowHousehold(3) });
    designation = (await t.app.inject({ method: 'POST', url: '/designations', headers: multi(['investigator', 'townshipReviewer'], TOWNSHIP), payload: { householdId: h.json().id, year: 2026, proposedCard: 'yellow', opinion: '核实' } })).json().id;
  });
  afterAll(async () => t.close());

  it('one person holding two appraisal capacities signs once and the record shows both', async () => {
    t.clock.set('2026-03-23T08:00:00Z');
    const meeting = (await call(t, { id: 'clerk', role: 'villageClerk', region: VILLAGE }, 'POST', '/appraisal-meetings', {
      villageCode: VILLAGE, occurredAt: '2026-03-23T02:00:00Z', attendance: { partyMembers: 9, groupLeaders: 5, poorHouseholdRepresentatives: 3, publicRepresentatives: 6 },
      decisions: [{ designationId: designation, decision: 'approved', card: 'yellow', opinion: '同意' }],
    })).json();
    const both = await t.app.inject({ method: 'POST', url: `/appraisal-meetings/${meeting.id}/signatures`, headers: { authorization: `Bearer ${tokenFor({ id: 'li', roles: ['partySecretary', 'villageDirector'], jurisdiction: VILLAGE }, t.clock)}` }, payload: {} });
    expect(both.json()).toMatchObject({ missingSignatures: ['firstSecretary'], applied: false });
    expect(both.json().signatures.map((s: { id: string; capacity: string }) => `${s.id}:${s.capacity}`)).toEqual(['li:partySecretary', 'li:villageDirector']);
    const again = await t.app.inject({ method: 'POST', url: `/appraisal-meetings/${meeting.id}/signatures`, headers: { authorization: `Bearer ${tokenFor({ id: 'li', roles: ['partySecretary'], jurisdiction: VILLAGE }, t.clock)}` }, payload: {} });
    expect(again.statusCode).toBe(409); // a capacity signs once
    const last = await call(t, { id: 'zhao', role: 'firstSecretary', region: VILLAGE }, 'POST', `/appraisal-meetings/${meeting.id}/signatures`, {});
    expect(last.json()).toMatchObject({ missingSignatures: [], applied: true, results: [{ designationId: designation, ok: true, state: 'awaitingTownshipReview' }] });
  });

  it('whoever did the initial check may not review it at township level', async () => {
    const res = await t.app.inject({ method: 'POST', url: `/designations/${designation}/township-review`, headers: multi(['investigator', 'townshipReviewer'], TOWNSHIP), payload: { outcome: 'confirmed', opinion: '属实' } });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ code: 'SEPARATION_OF_DUTIES' });
    const other = await call(t, { id: 'chen', role: 'townshipReviewer', region: TOWNSHIP }, 'POST', `/designations/${designation}/township-review`, { outcome: 'confirmed', opinion: '属实' });
    expect(other.statusCode).toBe(200);
  });

  it('nor sign its county spot check; and a result needs two distinct inspectors', async () => {
    t.clock.set('2026-03-31T08:00:00Z');
    const round = (await call(t, { id: 'co', role: 'countyOffice', region: COUNTY }, 'POST', '/spot-check-rounds', { townshipCode: TOWNSHIP })).json();
    expect(round.sample).toEqual([designation]); // 30% of one household, rounded up
    const sign = (headers: Record<string, string>) => t.app.inject({ method: 'POST', url: `/spot-check-rounds/${round.id}/signatures`, headers, payload: { designationId: designation, outcome: 'confirmed', opinion: '属实' } });
    const declarer = await sign(multi(['countyInspector'], COUNTY));
    expect(declarer.json()).toMatchObject({ code: 'SEPARATION_OF_DUTIES' });
    const ci1 = { authorization: `Bearer ${tokenFor({ id: 'ci-1', roles: ['countyInspector'], jurisdiction: COUNTY }, t.clock)}` };
    expect((await sign(ci1)).json().designation).toMatchObject({ signers: ['ci-1'] });
    const twice = await sign(ci1); // the same inspector again is refused: one signature per inspector
    expect([twice.statusCode, twice.json().code]).toEqual([409, 'ALREADY_SIGNED']);
    const designationState = await call(t, { id: 'sup', role: 'supervisor', region: VILLAGE }, 'GET', `/designations/${designation}`);
    expect(designationState.json().state).toBe('spotCheck');
    const ci2 = { authorization: `Bearer ${tokenFor({ id: 'ci-2', roles: ['countyInspector'], jurisdiction: COUNTY }, t.clock)}` };
    expect((await sign(ci2)).statusCode).toBe(200);
    expect((await call(t, { id: 'sup', role: 'supervisor', region: VILLAGE }, 'GET', `/designations/${designation}`)).json().state).toBe('awaitingNotice');
  });

  it('supervisors read and change nothing', async () => {
    const res = await call(t, { id: 'sup', role: 'supervisor', region: VILLAGE }, 'POST', `/designations/${designation}/objections`, { summary: 'x' });
    expect(res.statusCode).toBe(403);
  });
});
