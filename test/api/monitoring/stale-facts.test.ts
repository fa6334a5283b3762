import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomIds } from '../../../src/shared/ids.ts';
import { SqliteEventStore } from '../../../src/store/sqlite/sqlite-store.ts';
import { startApp } from '../../support/app.ts';
import type { TestApp } from '../../support/app.ts';
import { VILLAGE } from '../../support/fixtures.ts';
import { apply, edgeHousehold, ok, registerHousehold } from './helpers.ts';

/** Another instance (a second connection to the file, heard of here only by polling) changed the household. */
describe('a monitoring application while the read model lags another instance', () => {
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

  it('records the revision of the facts as the other instance left them', async () => {
    const householdId = await registerHousehold(t, edgeHousehold(71));
    const metadata = { actor: { id: 'inv-9', capacity: 'investigator', jurisdiction: VILLAGE }, occurredAt: t.clock.now().toISOString(), correlationId: 'other-instance', causationId: null, commandId: null };
    await other.append(`household-${householdId}`, [{ type: 'HouseholdFactsChanged', data: { changes: { livelihood: { incomeStable: false, basicNeedsAndWaterSecure: true } }, reason: '走访', warnings: [] }, metadata }], { expectedRevision: 0 });
    const opened = ok<{ id: string }>(await apply(t, householdId), 201);
    const [first] = await t.store.readStream(`monitoring-${opened.id}`);
    expect(first?.data).toMatchObject({ householdId, householdRevision: 1 });
  });
});
