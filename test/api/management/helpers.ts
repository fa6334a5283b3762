import { expect } from 'vitest';
import type { Role } from '../../../src/auth/roles.ts';
import type { HouseholdInput } from '../../../src/domain/household.ts';
import type { TestApp } from '../../support/app.ts';
import { call } from '../../support/drive.ts';
import { COUNTY, TOWNSHIP, VILLAGE, yellowHousehold } from '../../support/fixtures.ts';

export type Who = { id: string; role: Role; region: string };
export const W = {
  inv: { id: 'inv-1', role: 'investigator', region: VILLAGE },
  clerk: { id: 'clerk-1', role: 'villageClerk', region: VILLAGE },
  reviewer: { id: 'tr-1', role: 'townshipReviewer', region: TOWNSHIP },
  reviewer2: { id: 'tr-2', role: 'townshipReviewer', region: TOWNSHIP },
  county: { id: 'co-1', role: 'countyOffice', region: COUNTY },
  screener: { id: 'dept-1', role: 'departmentScreener', region: COUNTY },
  redCadre: { id: 'cadre-red', role: 'investigator', region: VILLAGE },
  yellowCadre: { id: 'cadre-yellow', role: 'investigator', region: VILLAGE },
} as const satisfies Record<string, Who>;

export const ok = (res: { statusCode: number; body: string }, status = 200) => {
  expect(res.statusCode, res.body).toBe(status);
  return JSON.parse(res.body) as Record<string, unknown> & { id: string };
};

export const problem = (res: { statusCode: number; body: string }, status: number) => {
  expect(res.statusCode, res.body).toBe(status);
  return JSON.parse(res.body) as { code: string; rule?: string; rules?: { code: string }[] };
};

/** a registered household that has not escaped poverty: red in 华容 (000) */
export const redHousehold = (seq: number): HouseholdInput => ({ ...yellowHousehold(seq), povertyStatus: 'not-escaped' });

/** designates households with the given cards through the whole four-card chain; completion at the notice's end (2026-04-10) */
export const designate = async (t: TestApp, cards: readonly ('red' | 'yellow')[]) => {
  t.clock.set('2026-03-18T01:00:00Z');
  const householdIds: string[] = [];
  const ids: string[] = [];
  for (const [i, card] of cards.entries()) {
    const h = ok(await call(t, W.inv, 'POST', '/households', { household: card === 'red' ? redHousehold(i + 1) : yellowHousehold(i + 1) }), 201);
    householdIds.push(h.id);
    ids.push(ok(await call(t, W.inv, 'POST', '/designations', { householdId: h.id, year: 2026, proposedCard: card, opinion: '入户核实' }), 201).id);
  }
  t.clock.set('2026-03-23T08:00:00Z');
  const meeting = ok(await call(t, W.clerk, 'POST', '/appraisal-meetings', {
    villageCode: VILLAGE, occurredAt: '2026-03-23T02:00:00Z',
    attendance: { partyMembers: 12, groupLeaders: 6, poorHouseholdRepresentatives: 4, publicRepresentatives: 8 },
    decisions: ids.map((designationId, i) => ({ designationId, decision: 'approved', card: cards[i], opinion: '同意' })),
  }), 201);
  for (const [id, role] of [['fs', 'firstSecretary'], ['ps', 'partySecretary'], ['vd', 'villageDirector']] as const) {
    ok(await call(t, { id, role, region: VILLAGE }, 'POST', `/appraisal-meetings/${meeting.id}/signatures`, {}));
  }
  t.clock.set('2026-03-27T08:00:00Z');
  for (const id of ids) ok(await call(t, W.reviewer, 'POST', `/designations/${id}/township-review`, { outcome: 'confirmed', opinion: '复核属实' }));
  t.clock.set('2026-03-31T08:00:00Z');
  const round = ok(await call(t, W.county, 'POST', '/spot-check-rounds', { townshipCode: TOWNSHIP }), 201);
  for (const id of round.sample as string[]) {
    for (const who of ['ci-1', 'ci-2']) ok(await call(t, { id: who, role: 'countyInspector', region: COUNTY }, 'POST', `/spot-check-rounds/${round.id}/signatures`, { designationId: id, outcome: 'confirmed', opinion: '抽查属实' }));
  }
  ok(await call(t, W.county, 'POST', `/spot-check-rounds/${round.id}/closure`, {}));
  t.clock.set('2026-04-03T01:00:00Z');
  for (const scopeCode of [VILLAGE, TOWNSHIP]) {
    ok(await call(t, { id: 'ta', role: 'townshipApprover', region: TOWNSHIP }, 'POST', '/notices', { scopeCode, designationIds: ids, startsAt: '2026-04-03T01:00:00Z' }), 201);
  }
  t.clock.set('2026-04-11T00:00:00Z');
  expect(await t.app.noticeTimer.runDue()).toBe(ids.length);
  return { householdIds, designationIds: ids };
};

export interface DutyItem { key: string; kind: string; owner: { personId: string | null }; overdueDays: number; detail: Record<string, unknown>; subject: { id: string } }

/** the duties a person sees as theirs (mine=true) */
export const duties = async (t: TestApp, who: Who, query = 'mine=true'): Promise<DutyItem[]> =>
  (ok(await call(t, who, 'GET', `/duties?${query}&limit=500`)).items as DutyItem[]);
