import { registerMaybeEdge } from '../../support/edge-household.ts';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startApp } from '../../support/app.ts';
import type { Person, TestApp } from '../../support/app.ts';
import { COUNTY, OTHER_VILLAGE, TOWNSHIP, VILLAGE, yellowHousehold } from '../../support/fixtures.ts';
import type { UnitCounts } from '../../../src/monitoring/counts.ts';
import { P, apply, at, drive, edgeHousehold, http, noLabourHousehold, ok, registerHousehold } from './helpers.ts';

let t: TestApp;
beforeEach(async () => { t = await startApp(); });
afterEach(async () => { await t.close(); });

interface Counts { regionCode: string; level: string; total: UnitCounts; units: UnitCounts[] }
interface Monitored { total: number; people: number; items: { caseId: string; villageCode: string; monitoringType: string; people: number }[] }

describe('read models: monitored households by type and village, counts per village and township, worklists', () => {
  it('counts households and people: monitored by type, proposed (拟识别), eliminated none yet', async () => {
    const edge = await drive(t, 'monitored', 101); // 3 people, edge household
    const frail = await drive(t, 'monitored', 102, noLabourHousehold(102)); // 2 people
    const escapedId = await registerHousehold(t, yellowHousehold(103)); // 2 people, registered and escaped
    const unstable = ok(await apply(t, escapedId, { proposedType: 'unstableEscaped' }), 201);
    // a case in the neighbouring village of the same township
    const otherInvestigator: Person = { id: 'inv-202', roles: ['investigator'], jurisdiction: OTHER_VILLAGE };
    const otherClerk: Person = { id: 'clerk-202', roles: ['villageClerk'], jurisdiction: OTHER_VILLAGE };
    at(t, '2026-06-01T01:00:00.000Z');
    const otherId = await registerMaybeEdge(t, edgeHousehold(104, { villageCode: OTHER_VILLAGE }), async (household) => ok<{ id: string }>(await http(t).post(otherInvestigator, '/households', { household }), 201).id);
    ok(await apply(t, otherId, {}, otherClerk), 201);

    const byVillage = ok<Counts>(await http(t).get(P.reviewer, `/monitoring-counts?regionCode=${TOWNSHIP}&level=village`));
    expect(byVillage.units.map((u) => u.regionCode)).toEqual([VILLAGE, OTHER_VILLAGE]);
    expect(byVillage.units[0]).toMatchObject({
      monitored: { households: 2, people: 5, byType: { edgeProne: { households: 2, people: 5 }, unstableEscaped: { households: 0, people: 0 } } },
      proposed: { households: 1, people: 2 },
      riskEliminated: { households: 0, people: 0 },
    });
    expect(byVillage.units[1]).toMatchObject({ monitored: { households: 0 }, proposed: { households: 1, people: 3 } });
    const byTownship = ok<Counts>(await http(t).get(P.district, `/monitoring-counts?regionCode=${COUNTY}&level=township`));
    expect(byTownship.units).toEqual([expect.objectContaining({ regionCode: TOWNSHIP, monitored: expect.objectContaining({ households: 2, people: 5 }), proposed: { households: 2, people: 5 } })]);
    expect(byTownship.total).toMatchObject({ regionCode: COUNTY, monitored: { households: 2, people: 5 } });
    // a village sees its own numbers only
    expect(ok<Counts>(await http(t).get(otherClerk, '/monitoring-counts')).total).toMatchObject({ monitored: { households: 0 }, proposed: { households: 1 } });

    const monitored = ok<Monitored>(await http(t).get(P.district, `/monitored-households?regionCode=${COUNTY}&monitoringType=edgeProne`));
    expect(monitored).toMatchObject({ total: 2, people: 5 });
    expect(monitored.items.map((i) => i.caseId).sort()).toEqual([edge.id, frail.id].sort());
    expect(ok<Monitored>(await http(t).get(P.district, '/monitored-households?monitoringType=unstableEscaped')).total).toBe(0);
    expect(unstable.state).toBe('awaitingGroupAppraisal');
  });

  it('worklists by role and jurisdiction: a township\'s reviews, a district\'s filings; an unknown role is a 400', async () => {
    const atTownship = await drive(t, 'awaitingTownshipReview', 111);
    const atDistrict = await drive(t, 'awaitingDistrictFiling', 112);
    const township = ok<{ total: number; items: { id: string }[] }>(await http(t).get(P.approver, '/monitoring-worklists/townshipApprover'));
    expect(township.items.map((i) => i.id)).toEqual([atTownship.id]);
    const district = ok<{ total: number; items: { id: string; waitingFor: { item: string }[] }[] }>(await http(t).get(P.district, `/monitoring-worklists/countyOffice?regionCode=${COUNTY}`));
    expect(district.items).toEqual([expect.objectContaining({ id: atDistrict.id, waitingFor: [{ item: 'districtFiling', zh: '待区级备案公告' }] })]);
    // another district sees none of it, even when it asks for this one
    expect(ok<{ total: number }>(await http(t).get(P.otherDistrict, `/monitoring-worklists/countyOffice?regionCode=${COUNTY}`)).total).toBe(0);
    expect(ok<{ code: string }>(await http(t).get(P.district, '/monitoring-worklists/mayor'), 400).code).toBe('UNKNOWN_ROLE');
  });

  it('lists filter by state and type; a case is read with its ETag', async () => {
    const c = await drive(t, 'awaitingNotice', 121);
    const list = ok<{ total: number; items: { id: string }[] }>(await http(t).get(P.clerk, '/monitoring-cases?state=awaitingNotice&monitoringType=edgeProne'));
    expect(list.items.map((i) => i.id)).toEqual([c.id]);
    expect(ok<{ total: number }>(await http(t).get(P.clerk, '/monitoring-cases?state=monitored')).total).toBe(0);
    const res = await http(t).get(P.clerk, `/monitoring-cases/${c.id}`);
    expect(res.headers.etag).toBe(`"${c.revision}"`);
  });
});
