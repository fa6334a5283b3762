import { afterAll, beforeAll, expect, it } from 'vitest';
import { startApp, tokenFor } from '../support/app.ts';
import type { TestApp } from '../support/app.ts';
import { TOWNSHIP, VILLAGE, yellowHousehold } from '../support/fixtures.ts';

let t: TestApp;
beforeAll(async () => { t = await startApp(); });
afterAll(async () => { await t.close(); });

const as = (id: string, roles: string[], jurisdiction: string) => ({ authorization: `Bearer ${tokenFor({ id, roles: roles as never, jurisdiction }, t.clock)}` });

it('smoke: a household through the whole chain', async () => {
  const inv = as('inv-1', ['investigator'], VILLAGE);
  const h = await t.app.inject({ method: 'POST', url: '/households', headers: inv, payload: { household: yellowHousehold(1) } });
  expect(h.statusCode, h.body).toBe(201);
  const d = await t.app.inject({ method: 'POST', url: '/designations', headers: inv, payload: { householdId: h.json().id, year: 2026, proposedCard: 'yellow', opinion: '入户核实' } });
  expect(d.statusCode, d.body).toBe(201);
  const id = d.json().id;
  t.clock.set('2026-03-23T08:00:00Z');
  const m = await t.app.inject({ method: 'POST', url: '/appraisal-meetings', headers: as('clerk', ['villageClerk'], VILLAGE), payload: { villageCode: VILLAGE, occurredAt: '2026-03-23T02:00:00Z', attendance: { partyMembers: 12, groupLeaders: 6, poorHouseholdRepresentatives: 4, publicRepresentatives: 8 }, decisions: [{ designationId: id, decision: 'approved', card: 'yellow', opinion: '同意' }] } });
  expect(m.statusCode, m.body).toBe(201);
  for (const [who, role] of [['fs', 'firstSecretary'], ['ps', 'partySecretary'], ['vd', 'villageDirector']] as const) {
    const s = await t.app.inject({ method: 'POST', url: `/appraisal-meetings/${m.json().id}/signatures`, headers: as(who, [role], VILLAGE), payload: {} });
    expect(s.statusCode, s.body).toBe(200);
  }
  const r = await t.app.inject({ method: 'POST', url: `/designations/${id}/township-review`, headers: as('tr', ['townshipReviewer'], TOWNSHIP), payload: { outcome: 'confirmed', opinion: '复核属实' } });
  expect(r.statusCode, r.body).toBe(200);
  const round = await t.app.inject({ method: 'POST', url: '/spot-check-rounds', headers: as('co', ['countyOffice'], '430623'), payload: { townshipCode: TOWNSHIP } });
  expect(round.statusCode, round.body).toBe(201);
  for (const who of ['ci-1', 'ci-2']) {
    const s = await t.app.inject({ method: 'POST', url: `/spot-check-rounds/${round.json().id}/signatures`, headers: as(who, ['countyInspector'], '430623'), payload: { designationId: id, outcome: 'confirmed', opinion: '抽查属实' } });
    expect(s.statusCode, s.body).toBe(200);
  }
  t.clock.set('2026-04-03T01:00:00Z');
  const n = await t.app.inject({ method: 'POST', url: '/notices', headers: as('ta', ['townshipApprover'], TOWNSHIP), payload: { scopeCode: VILLAGE, designationIds: [id], startsAt: '2026-04-03T01:00:00Z' } });
  expect(n.statusCode, n.body).toBe(201);
  // 乡、村两级张榜公示: the township's board too
  const township = await t.app.inject({ method: 'POST', url: '/notices', headers: as('ta', ['townshipApprover'], TOWNSHIP), payload: { scopeCode: TOWNSHIP, designationIds: [id] } });
  expect(township.statusCode, township.body).toBe(201);
  t.clock.set('2026-04-12T00:00:00Z');
  expect(await t.app.noticeTimer.runDue()).toBe(1);
  const reader = as('inv-1', ['investigator'], VILLAGE);
  const final = await t.app.inject({ method: 'GET', url: `/designations/${id}`, headers: reader });
  expect(final.json()).toMatchObject({ state: 'designated', card: 'yellow' });
  const hist = await t.app.inject({ method: 'GET', url: `/designations/${id}/history`, headers: reader });
  expect(hist.json().steps.map((s: { step: string }) => s.step)).toEqual(['InitialCheckDeclared', 'AppraisalDecided', 'TownshipReviewed', 'SampledForSpotCheck', 'SpotCheckSigned', 'SpotCheckSigned', 'NoticePosted', 'NoticePosted', 'DesignationCompleted']);
});
