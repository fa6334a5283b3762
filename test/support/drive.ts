import { expect } from 'vitest';
import type { Role } from '../../src/auth/roles.ts';
import { tokenFor } from './app.ts';
import type { TestApp } from './app.ts';
import { COUNTY, TOWNSHIP, VILLAGE, yellowHousehold } from './fixtures.ts';

/** a request as a person in a role and jurisdiction; the token is minted on the clock's current time */
export const call = async (t: Pick<TestApp, 'app' | 'clock'>, who: { id: string; role: Role; region: string }, method: 'GET' | 'POST', url: string, payload?: object, headers: Record<string, string> = {}) => {
  const authorization = `Bearer ${tokenFor({ id: who.id, roles: [who.role], jurisdiction: who.region }, t.clock)}`;
  return t.app.inject({ method, url, headers: { ...headers, authorization }, ...(payload ? { payload } : {}) });
};

const ok = (res: { statusCode: number; body: string }, status = 200) => {
  expect(res.statusCode, res.body).toBe(status);
  return JSON.parse(res.body) as Record<string, unknown> & { id: string };
};

/** drives `count` fresh yellow-card households through the chain up to a posted notice; returns designation ids */
export const driveToNotice = async (t: Pick<TestApp, 'app' | 'clock'>, count: number, firstSeq = 1): Promise<string[]> =>
  (await driveThroughLists(t, count, firstSeq)).designationIds;

/** the same, returning every list the chain went through: households, designations, meeting, round, notice */
export const driveThroughLists = async (t: Pick<TestApp, 'app' | 'clock'>, count: number, firstSeq = 1) => {
  const householdIds: string[] = [];
  const inv = { id: 'inv-1', role: 'investigator' as const, region: VILLAGE };
  t.clock.set('2026-03-18T01:00:00Z');
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const h = ok(await call(t, inv, 'POST', '/households', { household: yellowHousehold(firstSeq + i) }), 201);
    householdIds.push(h.id);
    ids.push(ok(await call(t, inv, 'POST', '/designations', { householdId: h.id, year: 2026, proposedCard: 'yellow', opinion: '入户核实' }), 201).id);
  }
  t.clock.set('2026-03-23T08:00:00Z');
  const meeting = ok(await call(t, { id: 'clerk', role: 'villageClerk', region: VILLAGE }, 'POST', '/appraisal-meetings', {
    villageCode: VILLAGE, occurredAt: '2026-03-23T02:00:00Z',
    attendance: { partyMembers: 12, groupLeaders: 6, poorHouseholdRepresentatives: 4, publicRepresentatives: 8 },
    decisions: ids.map((designationId) => ({ designationId, decision: 'approved', card: 'yellow', opinion: '同意' })),
  }), 201);
  for (const [id, role] of [['fs', 'firstSecretary'], ['ps', 'partySecretary'], ['vd', 'villageDirector']] as const) {
    ok(await call(t, { id, role, region: VILLAGE }, 'POST', `/appraisal-meetings/${meeting.id}/signatures`, {}));
  }
  t.clock.set('2026-03-27T08:00:00Z');
  for (const id of ids) ok(await call(t, { id: 'tr', role: 'townshipReviewer', region: TOWNSHIP }, 'POST', `/designations/${id}/township-review`, { outcome: 'confirmed', opinion: '复核属实' }));
  t.clock.set('2026-03-31T08:00:00Z');
  const round = ok(await call(t, { id: 'co', role: 'countyOffice', region: COUNTY }, 'POST', '/spot-check-rounds', { townshipCode: TOWNSHIP }), 201);
  for (const id of round.sample as string[]) {
    for (const who of ['ci-1', 'ci-2']) ok(await call(t, { id: who, role: 'countyInspector', region: COUNTY }, 'POST', `/spot-check-rounds/${round.id}/signatures`, { designationId: id, outcome: 'confirmed', opinion: '抽查属实' }));
  }
  ok(await call(t, { id: 'co', role: 'countyOffice', region: COUNTY }, 'POST', `/spot-check-rounds/${round.id}/closure`, {}));
  t.clock.set('2026-04-03T01:00:00Z');
  // 乡、村两级张榜公示: the village's list and the township's
  const notice = ok(await call(t, { id: 'ta', role: 'townshipApprover', region: TOWNSHIP }, 'POST', '/notices', { scopeCode: VILLAGE, designationIds: ids, startsAt: '2026-04-03T01:00:00Z' }), 201);
  ok(await call(t, { id: 'ta', role: 'townshipApprover', region: TOWNSHIP }, 'POST', '/notices', { scopeCode: TOWNSHIP, designationIds: ids, startsAt: '2026-04-03T01:00:00Z' }), 201);
  return { householdIds, designationIds: ids, meetingId: meeting.id, roundId: round.id, noticeId: notice.id };
};
