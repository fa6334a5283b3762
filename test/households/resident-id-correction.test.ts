import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp } from '../support/app.ts';
import type { TestApp } from '../support/app.ts';
import { call } from '../support/drive.ts';
import { TOWNSHIP, VILLAGE, residentId, yellowHousehold } from '../support/fixtures.ts';

const INV = { id: 'inv-1', role: 'investigator' as const, region: VILLAGE };
const REVIEWER = { id: 'tr-1', role: 'townshipReviewer' as const, region: TOWNSHIP };

describe("correcting a head's wrong resident ID (更正户主身份证号)", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp();
    t.clock.set('2026-05-06T02:00:00Z');
  });
  afterAll(() => t.close());

  const register = async (seq: number, id?: string) => {
    const household = yellowHousehold(seq);
    const input = id === undefined ? household : { ...household, residentId: id, members: household.members.map((m) => (m.relation === 'head' ? { ...m, residentId: id } : m)) };
    return call(t, INV, 'POST', '/households', { household: input });
  };

  it('is a new event on the household; the right number is then taken, the wrong one free for its owner', async () => {
    const wrong = residentId('1965-04-12', 1);
    const right = residentId('1965-04-12', 2);
    const registered = await register(1, wrong);
    expect(registered.statusCode, registered.body).toBe(201);
    const { id } = registered.json<{ id: string }>();

    const corrected = await call(t, REVIEWER, 'POST', `/households/${id}/resident-id-correction`, { residentId: right, reason: '户口簿核对：原录入号码错误' });
    expect(corrected.statusCode, corrected.body).toBe(200);
    const household = corrected.json<{ revision: number; household: { residentId: string; members: { relation: string; residentId?: string }[] } }>();
    expect(household.household.residentId).toBe(right);
    expect(household.household.members.find((m) => m.relation === 'head')?.residentId).toBe(right);
    const history = (await t.app.services.store.readStream(`household-${id}`)).map((e) => [e.type, String(e.data.reason ?? '')]);
    expect(history).toEqual([['HouseholdRegistered', ''], ['HouseholdFactsChanged', '更正户主身份证号：户口簿核对：原录入号码错误']]);

    // the right number is this household's now; the wrong one belongs to someone else, who can now be registered
    expect((await register(3, right)).json<{ code: string }>().code).toBe('HOUSEHOLD_EXISTS');
    expect((await register(4, wrong)).statusCode).toBe(201);
  });

  it("is refused, writing nothing, for a number another household holds, or for the number it already has", async () => {
    const mine = (await register(5)).json<{ id: string }>().id;
    const theirs = residentId('1965-04-12', 6);
    expect((await register(6)).statusCode).toBe(201);
    const head = await t.store.headPosition();
    const taken = await call(t, REVIEWER, 'POST', `/households/${mine}/resident-id-correction`, { residentId: theirs, reason: '核对' });
    expect(taken.statusCode).toBe(409);
    expect(taken.json<{ code: string }>().code).toBe('HOUSEHOLD_EXISTS');
    const same = await call(t, REVIEWER, 'POST', `/households/${mine}/resident-id-correction`, { residentId: residentId('1965-04-12', 5), reason: '核对' });
    expect(same.json<{ code: string }>().code).toBe('NO_CHANGE');
    expect(await t.store.headPosition()).toBe(head);
  });

  it('is the township or county office\'s, and a plain change of the facts still cannot change the number', async () => {
    const id = (await register(7)).json<{ id: string }>().id;
    const byInvestigator = await call(t, INV, 'POST', `/households/${id}/resident-id-correction`, { residentId: residentId('1965-04-12', 8), reason: '核对' });
    expect(byInvestigator.json<{ code: string }>().code).toBe('FORBIDDEN_ROLE');
    const byPatch = await call(t, INV, 'POST', `/households/${id}/changes`, { changes: { residentId: residentId('1965-04-12', 8) }, reason: '核对' });
    expect(byPatch.json<{ code: string }>().code).toBe('RESIDENT_ID_IMMUTABLE');
  });
});
