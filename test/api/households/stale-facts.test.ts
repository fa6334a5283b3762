import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomIds } from '../../../src/shared/ids.ts';
import { SqliteEventStore } from '../../../src/store/sqlite/sqlite-store.ts';
import { startApp } from '../../support/app.ts';
import type { TestApp } from '../../support/app.ts';
import { call } from '../../support/drive.ts';
import { caughtUpWithStore } from '../../../src/projections/caught-up.ts';
import { changeFromAnotherInstance } from '../../support/other-instance.ts';
import { VILLAGE, yellowHousehold } from '../../support/fixtures.ts';

const inv = { id: 'inv-1', role: 'investigator' as const, region: VILLAGE };

/**
 * Another instance (here: a second connection to the same file, which this app hears of only by polling) changes a
 * household; a change made here before this app's read model has caught up must be checked against the facts as
 * they now stand, not against the read model's older copy.
 */
describe('a household change decided while the read model lags another instance', () => {
  let t: TestApp;
  let other: SqliteEventStore;
  beforeAll(async () => {
    t = await startApp();
    other = new SqliteEventStore({ path: t.path, pollMs: 60_000 }, { clock: t.clock, newId: randomIds });
  });
  afterAll(async () => {
    await other.close();
    await t.close();
  });

  it('waits for the other instance\'s change and refuses what is invalid on top of it', async () => {
    const id = (await call(t, inv, 'POST', '/households', { household: yellowHousehold(21) })).json().id as string;
    const metadata = { actor: { id: 'inv-9', capacity: 'investigator', jurisdiction: VILLAGE }, occurredAt: t.clock.now().toISOString(), correlationId: 'other-instance', causationId: null, commandId: null };
    await other.append(`household-${id}`, [{ type: 'HouseholdFactsChanged', data: { changes: { registration: 'ordinary', povertyStatus: null }, reason: '核实为一般农户', warnings: [] }, metadata }], { expectedRevision: 0 });
    // registered + 'returned' would be valid on the facts this app's read model still holds; on the current ones it is not
    const res = await call(t, inv, 'POST', `/households/${id}/changes`, { changes: { povertyStatus: 'returned' }, reason: '返贫' });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
    const facts = (await call(t, inv, 'GET', `/households/${id}`)).json();
    expect(facts.revision).toBe(1);
    expect(facts.household).toMatchObject({ registration: 'ordinary', povertyStatus: null });
  });

  it('a declaration records the facts as the other instance left them, and the revision it read', async () => {
    const id = (await call(t, inv, 'POST', '/households', { household: yellowHousehold(22) })).json().id as string;
    const livelihood = { incomeStable: false, basicNeedsAndWaterSecure: true };
    const householdRevision = await changeFromAnotherInstance(t, id, { livelihood });
    const declared = await call(t, inv, 'POST', '/designations', { householdId: id, year: 2026, proposedCard: 'yellow', opinion: '入户核查' });
    expect(declared.statusCode, declared.body).toBe(201);
    const [first] = await t.store.readStream(`designation-${declared.json().id as string}`);
    expect(first?.data).toMatchObject({ householdRevision, facts: { livelihood } });
  });

  it('a change after the read model heard of the other instance\'s change before this instance\'s engine did', async () => {
    const id = (await call(t, inv, 'POST', '/households', { household: yellowHousehold(24) })).json().id as string;
    await changeFromAnotherInstance(t, id, { livelihood: { incomeStable: false, basicNeedsAndWaterSecure: true } });
    // the read model is at revision 1 now; the engine's cached state of the stream is still at 0
    await caughtUpWithStore(t.app.services);
    const res = await call(t, inv, 'POST', `/households/${id}/changes`, { changes: { livelihood: { incomeStable: true } }, reason: '走访' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ revision: 2, household: { livelihood: { incomeStable: true, basicNeedsAndWaterSecure: true } } });
  });

  it('answers 409 HOUSEHOLD_BUSY and writes nothing when the read model stays behind through three tries', async () => {
    const id = (await call(t, inv, 'POST', '/households', { household: yellowHousehold(23) })).json().id as string;
    await changeFromAnotherInstance(t, id, { livelihood: { incomeStable: false, basicNeedsAndWaterSecure: true } });
    // a projector that never catches up (as if stuck): the route must give up rather than decide on old facts
    const { projector } = t.app.services;
    const waitFor = projector.waitFor.bind(projector);
    projector.waitFor = async () => {};
    try {
      const res = await call(t, inv, 'POST', `/households/${id}/changes`, { changes: { livelihood: { incomeStable: true, basicNeedsAndWaterSecure: true } }, reason: '走访' });
      expect(res.statusCode, res.body).toBe(409);
      expect(res.json()).toMatchObject({ code: 'HOUSEHOLD_BUSY' });
      expect(res.headers['content-type']).toContain('application/problem+json');
    } finally {
      projector.waitFor = waitFor;
    }
    expect((await t.store.readStream(`household-${id}`)).map((e) => e.type)).toEqual(['HouseholdRegistered', 'HouseholdFactsChanged']);
  });
});
