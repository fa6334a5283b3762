import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HouseholdSchema } from '../../../src/domain/household.ts';
import { generateHouseholds } from '../../../bench/county/households.ts';
import { startApp } from '../../support/app.ts';
import type { TestApp } from '../../support/app.ts';
import { call } from '../../support/drive.ts';
import { COUNTY } from '../../support/fixtures.ts';

/**
 * Household answers are serialized from the routes' response schema (fast-json-stringify), which writes only what
 * the schema names: every fact recorded must still come back, for every shape the county generator produces.
 */
describe('a household answer holds every recorded fact', () => {
  let t: TestApp;
  beforeAll(async () => { t = await startApp(); });
  afterAll(async () => t.close());

  it('GET, the list and the answer to a change give back exactly what was registered', async () => {
    const inv = { id: 'inv-1', role: 'investigator' as const, region: COUNTY };
    let n = 0;
    for (const g of generateHouseholds({ seed: 'answers', households: 60 })) {
      const created = await call(t, inv, 'POST', '/households', { household: g.household });
      if (created.statusCode !== 201) continue; // a generated household may fail a blocking logic check
      const expected = HouseholdSchema.parse(g.household);
      const id = created.json().id as string;
      expect((await call(t, inv, 'GET', `/households/${id}`)).json().household).toEqual(expected);
      // a change must change something (422 NO_CHANGE otherwise): the visit finds the opposite of what is recorded
      const livelihood = { incomeStable: !(expected.livelihood?.incomeStable ?? true), basicNeedsAndWaterSecure: true };
      const changed = await call(t, inv, 'POST', `/households/${id}/changes`, { changes: { livelihood }, reason: '走访' });
      expect(changed.statusCode, changed.body).toBe(200);
      expect(changed.json().household).toEqual({ ...expected, livelihood });
      n += 1;
    }
    expect(n).toBeGreaterThan(40);
    const list = (await call(t, inv, 'GET', `/households?limit=500`)).json();
    expect(list.total).toBe(n);
    expect(list.items.every((r: { household: { members: unknown[] } }) => r.household.members.length > 0)).toBe(true);
  });

  it('after a restart (registrations kept as stored bytes until read): GET, the list by village and a change give the same facts', async () => {
    const inv = { id: 'inv-1', role: 'investigator' as const, region: COUNTY };
    const before = (await call(t, inv, 'GET', '/households?limit=500')).json() as { total: number; items: Array<{ id: string; household: { villageCode: string; livelihood?: { incomeStable: boolean } } }> };
    const village = before.items[0]?.household.villageCode ?? '';
    const inVillage = before.items.filter((r) => r.household.villageCode === village);
    t = await t.restart();
    // the list filters on the village code found in the stored bytes, before any household is decoded
    const listed = (await call(t, inv, 'GET', `/households?villageCode=${village}&limit=500`)).json();
    expect(listed.items).toEqual(inVillage);
    expect((await call(t, inv, 'GET', '/households?limit=500')).json()).toEqual(before);
    const [first] = before.items;
    if (!first) throw new Error('no household');
    const livelihood = { incomeStable: !(first.household.livelihood?.incomeStable ?? false), basicNeedsAndWaterSecure: true };
    const changed = await call(t, inv, 'POST', `/households/${first.id}/changes`, { changes: { livelihood }, reason: '走访' });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().household).toEqual({ ...first.household, livelihood });
  });
});
