import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp } from '../../support/app.ts';
import type { TestApp } from '../../support/app.ts';
import { call } from '../../support/drive.ts';
import { OTHER_VILLAGE, VILLAGE, yellowHousehold } from '../../support/fixtures.ts';

const inv = { id: 'inv-1', role: 'investigator' as const, region: VILLAGE };

describe('households (农户) over HTTP', () => {
  let t: TestApp;
  beforeAll(async () => { t = await startApp(); });
  afterAll(async () => t.close());

  it('registers, changes over time and keeps every version as an event', async () => {
    const created = await call(t, inv, 'POST', '/households', { household: yellowHousehold(1) });
    expect(created.statusCode).toBe(201);
    expect(created.headers.etag).toBe('"0"');
    const id = created.json().id;
    const changed = await call(t, inv, 'POST', `/households/${id}/changes`, {
      changes: { incomes: { ...yellowHousehold(1).incomes, '2026': { wage: 9000, business: 0, property: 0, transfer: 600, productionCosts: 0 } } },
      reason: '补录2026年收入',
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.headers.etag).toBe('"1"');
    const read = (await call(t, inv, 'GET', `/households/${id}`)).json();
    expect(Object.keys(read.household.incomes)).toEqual(['2025', '2026']);
    expect(read.revision).toBe(1);
  });

  it('refuses a second registration of the same head, invalid IDs, and data failing a blocking logic check', async () => {
    expect((await call(t, inv, 'POST', '/households', { household: yellowHousehold(1) })).json()).toMatchObject({ code: 'HOUSEHOLD_EXISTS' });
    const badId = await call(t, inv, 'POST', '/households', { household: { ...yellowHousehold(2), residentId: '430623196504120029' } });
    expect(badId.statusCode).toBe(400);
    expect(badId.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
    const funds = await call(t, inv, 'POST', '/households', { household: { ...yellowHousehold(3), mainCauseOfPoverty: 'lack-of-funds' } });
    expect(funds.statusCode).toBe(422);
    expect(funds.json()).toMatchObject({ code: 'FIELD_RULE_REFUSED', rules: [{ code: 'CAUSE_LACK_OF_FUNDS' }] });
  });

  it('a change that would make the household invalid is refused and writes nothing', async () => {
    const id = (await call(t, inv, 'POST', '/households', { household: yellowHousehold(4) })).json().id;
    const before = await t.store.headPosition();
    const res = await call(t, inv, 'POST', `/households/${id}/changes`, { changes: { members: [] }, reason: '误删' });
    expect(res.statusCode).toBe(400);
    expect(await t.store.headPosition()).toBe(before);
  });

  it('two changes racing on one household are each checked against the facts the other left', async () => {
    // registered + escaped (valid); one change makes it an ordinary household (no poverty status), the other
    // gives it a poverty status again: each alone is valid, both together are not, and the second must see the first
    const id = (await call(t, inv, 'POST', '/households', { household: yellowHousehold(5) })).json().id;
    const [ordinary, status] = await Promise.all([
      call(t, inv, 'POST', `/households/${id}/changes`, { changes: { registration: 'ordinary', povertyStatus: null }, reason: '核实为一般农户' }),
      call(t, inv, 'POST', `/households/${id}/changes`, { changes: { povertyStatus: 'returned' }, reason: '返贫' }),
    ]);
    expect([ordinary.statusCode, status.statusCode].sort()).toEqual([200, 400]);
    const facts = (await call(t, inv, 'GET', `/households/${id}`)).json().household;
    expect((facts.registration === 'registered') === (facts.povertyStatus !== null)).toBe(true);
  });

  it('lists only households of the reader’s jurisdiction', async () => {
    await call(t, { id: 'inv-2', role: 'investigator', region: OTHER_VILLAGE }, 'POST', '/households', { household: yellowHousehold(9, OTHER_VILLAGE) });
    const mine = (await call(t, inv, 'GET', '/households')).json();
    expect(mine.items.every((h: { household: { villageCode: string } }) => h.household.villageCode === VILLAGE)).toBe(true);
    const other = (await call(t, { id: 'inv-2', role: 'investigator', region: OTHER_VILLAGE }, 'GET', '/households')).json();
    expect(other.total).toBe(1);
    const foreign = await call(t, inv, 'GET', '/households?villageCode=' + OTHER_VILLAGE);
    expect(foreign.json()).toEqual({ total: 0, items: [] });
  });
});

describe('notices read model', () => {
  it('lists notices of the jurisdiction with their end dates, and the running ones at the current time', async () => {
    const { driveThroughLists } = await import('../../support/drive.ts');
    const t = await startApp();
    const lists = await driveThroughLists(t, 2);
    const all = (await call(t, inv, 'GET', '/notices')).json();
    expect(all.items).toEqual([expect.objectContaining({ id: lists.noticeId, scopeCode: VILLAGE, designationIds: lists.designationIds, endsAt: expect.stringMatching(/^2026-04-1\dT16:00:00/) })]);
    t.clock.set('2026-05-01T00:00:00Z');
    expect((await call(t, inv, 'GET', '/notices?running=true')).json().total).toBe(0);
    expect((await call(t, { id: 'x', role: 'investigator', region: OTHER_VILLAGE }, 'GET', '/notices')).json().total).toBe(0);
    await t.close();
  });
});

describe('seed 002: one person enters, a second reviews, a third supervises (1人录入、1人审核、1人监督)', () => {
  it('refuses the enterer as reviewer and either of them as supervisor, and starts over when the facts change', async () => {
    const t = await startApp();
    const id = (await call(t, inv, 'POST', '/households', { household: yellowHousehold(31) })).json().id;
    const clerk = { id: 'clerk-1', role: 'villageClerk' as const, region: VILLAGE };
    const secretary = { id: 'fs-1', role: 'firstSecretary' as const, region: VILLAGE };
    expect((await call(t, { ...inv, role: 'villageClerk' }, 'POST', `/households/${id}/reviews`, { opinion: '自审' })).json()).toMatchObject({ code: 'SEPARATION_OF_DUTIES' });
    expect((await call(t, secretary, 'POST', `/households/${id}/supervisions`, { opinion: '先监督' })).json()).toMatchObject({ code: 'STEP_NOT_ALLOWED' });
    expect((await call(t, clerk, 'POST', `/households/${id}/reviews`, { opinion: '已核对户口簿' })).json().dataChecks).toEqual({ enteredBy: 'inv-1', reviewedBy: 'clerk-1', supervisedBy: null });
    expect((await call(t, { ...clerk, role: 'firstSecretary' }, 'POST', `/households/${id}/supervisions`, { opinion: '监督' })).json()).toMatchObject({ code: 'SEPARATION_OF_DUTIES' });
    expect((await call(t, secretary, 'POST', `/households/${id}/supervisions`, { opinion: '已监督录入' })).json().dataChecks).toEqual({ enteredBy: 'inv-1', reviewedBy: 'clerk-1', supervisedBy: 'fs-1' });
    // the ETag a reader gets is the stream's revision, review and supervision included: a change made on it applies
    const read = await call(t, clerk, 'GET', `/households/${id}`);
    expect(read.headers.etag).toBe('"2"');
    const changed = await call(t, clerk, 'POST', `/households/${id}/changes`, { changes: { group: '5组' }, reason: '分组调整' }, { 'if-match': read.headers.etag as string });
    expect(changed.statusCode).toBe(200);
    // the clerk entered the change: now someone else reviews it
    expect((await call(t, clerk, 'POST', `/households/${id}/reviews`, { opinion: '自审' })).json()).toMatchObject({ code: 'SEPARATION_OF_DUTIES' });
    expect((await call(t, { ...inv, role: 'villageClerk' }, 'POST', `/households/${id}/reviews`, { opinion: '已核对' })).statusCode).toBe(200);
    await t.close();
  });
});
