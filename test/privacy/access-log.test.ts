import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp } from '../support/app.ts';
import type { TestApp } from '../support/app.ts';
import { call } from '../support/drive.ts';
import { COUNTY, VILLAGE, yellowHousehold } from '../support/fixtures.ts';

const SUPERVISOR = { id: 'sup-1', role: 'supervisor' as const, region: COUNTY };
const DEPARTMENT = { id: 'dept-1', role: 'departmentScreener' as const, region: COUNTY };
const INV = { id: 'inv-1', role: 'investigator' as const, region: VILLAGE };

interface Log { items: { reader: { id: string; capacity: string | null }; route: string; householdIds: string[]; regionCode: string; purpose: string | null }[] }

let t: TestApp;
let householdId = '';
beforeAll(async () => {
  t = await startApp();
  t.clock.set('2026-05-06T02:00:00Z'); // 10:00 in China: the day is 2026-05-06
  const res = await call(t, INV, 'POST', '/households', { household: yellowHousehold(3) });
  householdId = (res.json() as { id: string }).id;
});
afterAll(async () => t.close());

const log = async (who = SUPERVISOR, day = '2026-05-06') => {
  const res = await call(t, who, 'GET', `/personal-data/access-log?county=${COUNTY}&day=${day}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Log;
};

describe('who read whose personal data (PIPL art. 51)', () => {
  it("records a supervisor's and a department's reads with the purpose they give; the working roles' are their work, not logged", async () => {
    expect((await call(t, INV, 'GET', `/households/${householdId}`)).statusCode).toBe(200);
    expect((await call(t, SUPERVISOR, 'GET', `/households/${householdId}`, undefined, { 'x-purpose': encodeURIComponent('2026年专项督查') })).statusCode).toBe(200);
    expect((await call(t, DEPARTMENT, 'GET', `/households?regionCode=${VILLAGE}`)).statusCode).toBe(200);
    const { items } = await log();
    expect(items).toEqual([
      { at: '2026-05-06T02:00:00.000Z', reader: { id: 'sup-1', capacity: 'supervisor', jurisdiction: COUNTY }, route: 'GET /households/:id', householdIds: [householdId], regionCode: VILLAGE, purpose: '2026年专项督查' },
      { at: '2026-05-06T02:00:00.000Z', reader: { id: 'dept-1', capacity: 'departmentScreener', jurisdiction: COUNTY }, route: 'GET /households', householdIds: [], regionCode: VILLAGE, purpose: null },
    ]);
  });

  it('is a day per county: another day is empty; only auditors read it; it never reaches the feed', async () => {
    expect((await log(SUPERVISOR, '2026-05-07')).items).toEqual([]);
    expect((await call(t, INV, 'GET', `/personal-data/access-log?county=${COUNTY}&day=2026-05-06`)).statusCode).toBe(403);
    const feed = await call(t, { id: 'co', role: 'countyOffice', region: COUNTY }, 'GET', '/feed?limit=1000');
    expect(feed.body).not.toContain('PersonalDataRead');
  });
});
