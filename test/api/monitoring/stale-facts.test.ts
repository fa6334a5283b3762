import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp } from '../../support/app.ts';
import type { TestApp } from '../../support/app.ts';
import { changeFromAnotherInstance } from '../../support/other-instance.ts';
import { apply, edgeHousehold, ok, registerHousehold } from './helpers.ts';

/** Another instance (a second connection to the file, heard of here only by polling) changed the household. */
describe('a monitoring application while the read model lags another instance', () => {
  let t: TestApp;
  beforeAll(async () => { t = await startApp(); });
  afterAll(async () => t.close());

  it('records the revision of the facts as the other instance left them', async () => {
    const householdId = await registerHousehold(t, edgeHousehold(71));
    const householdRevision = await changeFromAnotherInstance(t, householdId, { livelihood: { incomeStable: false, basicNeedsAndWaterSecure: true } });
    const opened = ok<{ id: string }>(await apply(t, householdId), 201);
    const [first] = await t.store.readStream(`monitoring-${opened.id}`);
    expect(first?.data).toMatchObject({ householdId, householdRevision });
  });
});
