import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startApp } from '../../support/app.ts';
import type { TestApp } from '../../support/app.ts';
import { P, at, changeHousehold, drive, http, noLabourHousehold, ok, recovered, refused, villageMeeting } from './helpers.ts';

let t: TestApp;
beforeEach(async () => { t = await startApp(); });
afterEach(async () => { await t.close(); });

const stable = { livelihood: { incomeStable: true, basicNeedsAndWaterSecure: true }, risks: [] };

describe('a household with no labour capacity is not marked risk-eliminated (it stays monitored after social security)', () => {
  it('the proposal is refused with the rule named', async () => {
    const c = await drive(t, 'monitored', 91, noLabourHousehold(91));
    at(t, '2026-06-22T02:00:00.000Z');
    // social-security measures first: a plan without them is warned about
    const developed = ok(await http(t).post(P.clerk, `/monitoring-cases/${c.id}/plan`, { measures: [{ member: 0, kind: 'industry', description: '发展养殖' }, { member: 1, kind: 'health', description: '家庭医生签约' }] }));
    expect(developed.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['PLAN_NO_LABOUR_WITHOUT_SOCIAL_SECURITY', 'PLAN_DEVELOPMENT_MEASURE_WITHOUT_LABOUR']));
    ok(await http(t).post(P.clerk, `/monitoring-cases/${c.id}/plan`, { measures: [{ member: 0, kind: 'subsistenceAllowance', description: '纳入农村低保' }, { member: 1, kind: 'subsistenceAllowance', description: '纳入农村低保，残疾人两项补贴' }] }));

    at(t, '2026-10-12T02:00:00.000Z');
    await changeHousehold(t, c.householdId, stable);
    const res = await http(t).post(P.clerk, `/monitoring-cases/${c.id}/elimination-proposal`, { year: 2025, opinion: '低保兜底，生活稳定' });
    expect(refused(res)).toMatchObject({ status: 422, code: 'MONITORING_RULE_REFUSED', rule: 'RISK_ELIMINATION_NO_LABOUR' } as object);
    expect(JSON.parse(res.body).rules).toEqual([expect.objectContaining({ code: 'RISK_ELIMINATION_NO_LABOUR' })]);
    expect((await http(t).get(P.clerk, `/monitoring-cases/${c.id}`)).json()).toMatchObject({ state: 'monitored' });
  });

  it('labour lost after the proposal: the township cannot approve it; sent back, the household stays monitored', async () => {
    const c = await drive(t, 'monitored', 92);
    at(t, '2026-10-12T02:00:00.000Z');
    await changeHousehold(t, c.householdId, recovered);
    const api = http(t);
    ok(await api.post(P.clerk, `/monitoring-cases/${c.id}/elimination-proposal`, { year: 2026, opinion: '提出风险消除' }));
    ok(await api.post(P.partySecretary, `/monitoring-cases/${c.id}/elimination-appraisal`, { outcome: 'agreed', opinion: '同意', attendance: villageMeeting }));
    at(t, '2026-10-15T02:00:00.000Z');
    ok(await api.post(P.clerk, `/monitoring-cases/${c.id}/notice`, { startsAt: '2026-10-15T02:00:00.000Z' }));
    at(t, '2026-10-23T01:00:00.000Z');
    expect(await t.app.noticeTimer.runDue()).toBe(1);
    ok(await api.post(P.clerk, `/monitoring-cases/${c.id}/report`, { opinion: '上报' }));
    // the son left; the parents fell ill: nobody in the household can work any more
    const household = (await api.get(P.investigator, `/households/${c.householdId}`)).json<{ household: { members: { labour: string }[] } }>().household;
    await changeHousehold(t, c.householdId, { members: household.members.map((m) => ({ ...m, labour: 'none' })) }, '家庭成员均丧失劳动能力');
    expect(refused(await api.post(P.approver, `/monitoring-cases/${c.id}/township-review`, { outcome: 'approved', opinion: '同意' })).rule).toBe('RISK_ELIMINATION_NO_LABOUR');
    expect(ok(await api.post(P.approver, `/monitoring-cases/${c.id}/township-review`, { outcome: 'sentBack', reason: '无劳动能力，暂不标注风险消除' })).state).toBe('monitored');
  });
});
