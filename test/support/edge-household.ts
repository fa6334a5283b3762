import { expect } from 'vitest';
import type { HouseholdInput } from '../../src/domain/household.ts';
import { tokenFor } from './app.ts';
import type { Person, TestApp } from './app.ts';

/**
 * A household is 边缘户 only by the county's approved list (src/households/invariants.ts): a fixture that needs an
 * edge household registers it as an ordinary one and takes it through the edge chain the shortest way the seed
 * allows — a 三非 household is listed as suspected edge directly, and the county leading group approves it.
 */
export const approveAsEdge = async (t: TestApp, householdId: string, villageCode: string): Promise<void> => {
  const screener: Person = { id: 'fixture-edge-screener', roles: ['investigator'], jurisdiction: villageCode };
  const county: Person = { id: 'fixture-edge-county', roles: ['countyOffice'], jurisdiction: villageCode.slice(0, 6) };
  const post = (p: Person, url: string, payload: object) => t.app.inject({ method: 'POST', url, payload, headers: { authorization: `Bearer ${tokenFor(p, t.clock)}` } });
  const campaign = t.clock.now().getUTCFullYear();
  const screened = await post(screener, '/edge-cases', { householdId, campaign, basis: ['threeNon'], note: '三非户，直接列为疑似边缘户' });
  expect(screened.statusCode, screened.body).toBe(201);
  const approved = await post(county, `/edge-cases/${screened.json<{ id: string }>().id}/county-approval`, { decision: 'approved', departments: ['县民政局'], opinion: '审定为边缘户' });
  expect(approved.statusCode, approved.body).toBe(200);
};

/** registers a household; one meant as 边缘户 is registered as ordinary and approved on the edge list */
export const registerMaybeEdge = async (t: TestApp, household: HouseholdInput, register: (household: HouseholdInput) => Promise<string>): Promise<string> => {
  if (household.registration !== 'edge') return register(household);
  const id = await register({ ...household, registration: 'ordinary' });
  await approveAsEdge(t, id, household.villageCode);
  return id;
};
