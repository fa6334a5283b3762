import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { Role } from '../../src/auth/roles.ts';
import { tokenFor } from '../support/app.ts';
import type { TestApp } from '../support/app.ts';
import { call } from '../support/drive.ts';
import { TOWNSHIP, VILLAGE, yellowHousehold } from '../support/fixtures.ts';

export const INVESTIGATOR = { id: 'inv-1', role: 'investigator' as const, region: VILLAGE };
export const reviewer = (n: number) => ({ id: `tr-${n}`, role: 'townshipReviewer' as const, region: TOWNSHIP });

const idOf = (res: LightMyRequestResponse, status = 201) => {
  expect(res.statusCode, res.body).toBe(status);
  return res.json<{ id: string }>().id;
};

/** fresh yellow-card designations, declared on 3/18 (by inv-1), numbered from `firstSeq` (resident IDs are unique) */
export const declared = async (t: TestApp, count: number, firstSeq: number): Promise<string[]> => {
  t.clock.set('2026-03-18T01:00:00Z');
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const householdId = idOf(await call(t, INVESTIGATOR, 'POST', '/households', { household: yellowHousehold(firstSeq + i) }));
    ids.push(idOf(await call(t, INVESTIGATOR, 'POST', '/designations', { householdId, year: 2026, proposedCard: 'yellow', opinion: '入户核实' })));
  }
  return ids;
};

/** the same, through the village meeting and its three signatures: waiting for the township's review on 3/27 */
export const awaitingTownshipReview = async (t: TestApp, count: number, firstSeq: number): Promise<string[]> => {
  const ids = await declared(t, count, firstSeq);
  t.clock.set('2026-03-23T08:00:00Z');
  const meetingId = idOf(await call(t, { id: 'clerk', role: 'villageClerk', region: VILLAGE }, 'POST', '/appraisal-meetings', {
    villageCode: VILLAGE, occurredAt: '2026-03-23T02:00:00Z',
    attendance: { partyMembers: 12, groupLeaders: 6, poorHouseholdRepresentatives: 4, publicRepresentatives: 8 },
    decisions: ids.map((designationId) => ({ designationId, decision: 'approved', card: 'yellow', opinion: '同意' })),
  }));
  for (const [id, role] of [['fs', 'firstSecretary'], ['ps', 'partySecretary'], ['vd', 'villageDirector']] as const satisfies ReadonlyArray<readonly [string, Role]>) {
    idOf(await call(t, { id, role, region: VILLAGE }, 'POST', `/appraisal-meetings/${meetingId}/signatures`, {}), 200);
  }
  t.clock.set('2026-03-27T08:00:00Z');
  return ids;
};

/** a POST as a person, with extra headers (If-Match, Idempotency-Key); the token is minted on the app's clock */
export const post = (t: Pick<TestApp, 'app' | 'clock'>, who: { id: string; role: Role; region: string }, url: string, payload: object, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url, payload, headers: { authorization: `Bearer ${tokenFor({ id: who.id, roles: [who.role], jurisdiction: who.region }, t.clock)}`, ...headers } });

/** every refusal is problem+json with a stable code and both messages */
export const expectProblem = (res: LightMyRequestResponse) => {
  expect(res.headers['content-type'], res.body).toMatch(/^application\/problem\+json/);
  const body = res.json<Record<string, unknown>>();
  expect(typeof body.code, res.body).toBe('string');
  expect(typeof body.message_zh, res.body).toBe('string');
  expect(typeof body.message_en, res.body).toBe('string');
  return body;
};

/** exactly one request of a race won; every other one was refused as a conflict, never with a 5xx */
export const expectOneWinner = (responses: readonly LightMyRequestResponse[], loserStatuses: readonly number[] = [409, 412]) => {
  const statuses = responses.map((r) => r.statusCode);
  expect(statuses.filter((s) => s === 200), statuses.join(',')).toHaveLength(1);
  const losers = responses.filter((r) => r.statusCode !== 200);
  for (const r of losers) {
    expect(loserStatuses, r.body).toContain(r.statusCode);
    expectProblem(r);
  }
  return { winner: responses.find((r) => r.statusCode === 200), codes: [...new Set(losers.map((r) => r.json<{ code: string }>().code))].sort() };
};
