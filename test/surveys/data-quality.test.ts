import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startApp, tokenFor } from '../support/app.ts';
import type { Person, TestApp } from '../support/app.ts';
import { COUNTY, OTHER_VILLAGE, VILLAGE, yellowHousehold } from '../support/fixtures.ts';

const investigator: Person = { id: 'dq-inv', roles: ['investigator'], jurisdiction: COUNTY.slice(0, 6) };
const county: Person = { id: 'dq-co', roles: ['countyOffice'], jurisdiction: COUNTY };

let t: TestApp;
beforeEach(async () => { t = await startApp(); });
afterEach(async () => { await t.close(); });

const inject = (p: Person, method: 'GET' | 'POST', url: string, payload?: object) =>
  t.app.inject({ method, url, ...(payload ? { payload } : {}), headers: { authorization: `Bearer ${tokenFor(p, t.clock)}` } });

describe('data quality by the 26 checks (seed 002: townships ranked)', () => {
  it('reports each household\'s hits, counts villages and ranks them, refuses a contradiction at entry', async () => {
    t.clock.set('2026-04-15T02:00:00.000Z');
    const complete = { ...yellowHousehold(71), attribute: 'ordinary', housing: { status: 'safe' }, drinkingWater: { safe: true }, contactPerson: { name: '帮扶干部', phone: '13900000000' } };
    complete.members = complete.members.map((m) => ({ ...m, labourSkill: m.labour === 'weak' ? 'weak' : 'ordinary', medicalInsurance: 'residents', educationLevel: 'primary', workPlace: '华容县城' }));
    const good = await inject(investigator, 'POST', '/households', { household: complete });
    expect(good.statusCode, good.body).toBe(201);
    const bare = await inject(investigator, 'POST', '/households', { household: yellowHousehold(72, OTHER_VILLAGE) });
    expect(bare.statusCode, bare.body).toBe(201);
    // a contact person without a phone is refused at entry (item 14)
    const refused = await inject(investigator, 'POST', '/households', { household: { ...yellowHousehold(73), contactPerson: { name: '帮扶干部' } } });
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ code: 'FIELD_RULE_REFUSED', rules: [expect.objectContaining({ code: 'CONTACT_PERSON_WITHOUT_PHONE' })] });

    const checks = (await inject(county, 'GET', `/households/${bare.json().id}/data-checks`)).json() as { items: { no: number; strength: string }[] };
    expect(new Set(checks.items.map((i) => i.no))).toEqual(new Set([8, 9, 10, 11, 12, 13, 15, 17]));

    const report = (await inject(county, 'GET', '/data-quality')).json() as { households: number; villages: { code: string; rank: number; errors: number; householdsWithErrors: number }[]; townships: { code: string; households: number }[] };
    expect(report.households).toBe(2);
    expect(report.villages.map((v) => [v.code, v.rank, v.householdsWithErrors])).toEqual([[VILLAGE, 1, 0], [OTHER_VILLAGE, 2, 1]]);
    expect(report.townships).toEqual([expect.objectContaining({ code: VILLAGE.slice(0, 9), households: 2 })]);
    // narrowed to a village of the reader's jurisdiction
    const one = (await inject(county, 'GET', `/data-quality?regionCode=${VILLAGE}`)).json() as { households: number };
    expect(one.households).toBe(1);
  });
});
