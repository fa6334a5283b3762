import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startApp } from '../../support/app.ts';
import type { TestApp } from '../../support/app.ts';
import type { Person } from '../../support/app.ts';
import { TOWNSHIP } from '../../support/fixtures.ts';
import {
  D, P, apply, at, caseOf, compareClear, drive, edgeHousehold, groupAppraise, http, ok, postNotice, refused, registerHousehold, report, steps, townshipApprove,
  villageAppraise,
} from './helpers.ts';

let t: TestApp;
beforeEach(async () => { t = await startApp(); });
afterEach(async () => { await t.close(); });

const review = (id: string, body: object, by: Person = P.approver) => {
  at(t, D.township);
  return http(t).post(by, `/monitoring-cases/${id}/township-review`, body);
};
const withdraw = (id: string) => http(t).post(P.clerk, `/monitoring-cases/${id}/withdrawal`, { reason: '户主书面申请撤回' });

describe('send-backs (退回), refusals and withdrawals during inclusion', () => {
  it('the township sends back to the village committees: the notice and comparison must be done again', async () => {
    const c = await drive(t, 'awaitingTownshipReview', 71);
    const back = ok(await review(c.id, { outcome: 'sentBack', reason: '评议记录不全，请补充核实' }));
    expect(back).toMatchObject({ state: 'awaitingVillageAppraisal', notice: null, comparison: null });
    const trail = await steps(t, c.id);
    expect(trail.at(-1)).toBe('MonitoringTownshipReviewed');
  });

  it('the district sends back to the township, which approves again; then it files', async () => {
    const c = await drive(t, 'awaitingDistrictFiling', 72);
    at(t, D.district);
    ok(await http(t).post(P.district, `/monitoring-cases/${c.id}/district-filing`, { outcome: 'sentBack', reason: '乡镇审核意见缺失' }));
    expect((await caseOf(t, c.id)).state).toBe('awaitingTownshipReview');
    await townshipApprove(t, c.id);
    // the district may set the type it files
    at(t, D.district);
    const filed = ok(await http(t).post(P.district, `/monitoring-cases/${c.id}/district-filing`, { outcome: 'filed', announcementRef: '区乡振备〔2026〕13号', monitoringType: 'suddenHardship', opinion: '备案' }));
    expect(filed).toMatchObject({ state: 'monitored', monitoringType: 'suddenHardship' });
  });

  it('refused by the township, the case closes and the household may apply afresh', async () => {
    const c = await drive(t, 'awaitingTownshipReview', 73);
    expect(ok(await review(c.id, { outcome: 'refused', reason: '不符合条件' }))).toMatchObject({ state: 'refused', phase: 'closed' });
    expect(ok(await apply(t, c.householdId), 201).id).not.toBe(c.id);
  });

  it('the applicant withdraws: before the group appraisal, or even awaiting filing; once filed, no longer', async () => {
    const early = ok(await apply(t, await registerHousehold(t, edgeHousehold(74))), 201);
    expect(ok(await withdraw(early.id))).toMatchObject({ state: 'withdrawn', stepZh: '已撤回' });
    const late = await drive(t, 'awaitingDistrictFiling', 75);
    expect(ok(await withdraw(late.id)).state).toBe('withdrawn');
    const monitored = await drive(t, 'monitored', 76);
    expect(ok(await withdraw(monitored.id), 409)).toMatchObject({ code: 'STEP_NOT_ALLOWED', currentState: 'monitored' });
  });

  it('whoever applied does not review it (a person holding both a village and a township role)', async () => {
    const both: Person = { id: 'm-both', roles: ['villageClerk', 'townshipApprover'], jurisdiction: TOWNSHIP };
    const own = ok(await apply(t, await registerHousehold(t, edgeHousehold(78)), {}, both), 201);
    expect(own.openedBy).toBe('m-both');
    await groupAppraise(t, own.id);
    await villageAppraise(t, own.id);
    await postNotice(t, own.id);
    await compareClear(t, own.id);
    at(t, D.afterNotice);
    expect(await t.app.noticeTimer.runDue()).toBe(1);
    await report(t, own.id);
    expect(refused(await review(own.id, { outcome: 'approved', opinion: '同意' }, both), 403).code).toBe('SEPARATION_OF_DUTIES');
    // someone else's case, the same person reviews in their township capacity
    const other = await drive(t, 'awaitingTownshipReview', 79);
    expect(ok(await review(other.id, { outcome: 'approved', opinion: '同意' }, both))).toMatchObject({ state: 'awaitingDistrictFiling' });
    expect(ok(await review(own.id, { outcome: 'approved', opinion: '同意' }))).toMatchObject({ state: 'awaitingDistrictFiling' });
  });
});
