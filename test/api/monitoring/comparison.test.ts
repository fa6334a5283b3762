import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startApp } from '../../support/app.ts';
import type { TestApp } from '../../support/app.ts';
import { D, P, at, caseOf, drive, http, ok, refused } from './helpers.ts';

let t: TestApp;
beforeEach(async () => { t = await startApp(); });
afterEach(async () => { await t.close(); });

const compare = (id: string, body: object, by = P.district) => {
  at(t, D.comparison);
  return http(t).post(by, `/monitoring-cases/${id}/data-comparison`, { departments: ['publicSecurity', 'marketRegulation', 'civilAffairs'], opinion: '部门数据比对', ...body });
};

describe('data comparison (数据比对) finding a "never" fact', () => {
  it("a consumer car in a separately registered child's household excludes, naming the rule and where it was found", async () => {
    const c = await drive(t, 'inNotice', 51);
    const res = ok(await compare(c.id, { result: 'exclusionFound', findings: { childrenHouseholds: { consumerCar: true } } }));
    expect(res).toMatchObject({
      state: 'excluded', phase: 'closed', stepZh: '数据比对发现不得纳入情形，不予纳入',
      exclusionRules: [{ code: 'MONITORING_EXCLUDED_CONSUMER_CAR', facts: { inHousehold: false, inChildrenHouseholds: true } }],
    });
    at(t, D.afterNotice);
    expect(await t.app.noticeTimer.runDue()).toBe(0);
    expect(refused(await http(t).post(P.clerk, `/monitoring-cases/${c.id}/report`, { opinion: '上报' }), 409).code).toBe('STEP_NOT_ALLOWED');
  });

  it('found after the notice ended, it still excludes: a member paid from public funds, an enterprise executive', async () => {
    const c = await drive(t, 'inNotice', 52);
    at(t, D.afterNotice);
    expect(await t.app.noticeTimer.runDue()).toBe(1);
    expect((await caseOf(t, c.id)).state).toBe('awaitingComparison');
    const res = ok(await compare(c.id, { result: 'exclusionFound', findings: { publicFundsMember: true, enterpriseExecutive: true } }));
    expect(res.exclusionRules.map((r) => r.code)).toEqual(['MONITORING_EXCLUDED_PUBLIC_FUNDS_MEMBER', 'MONITORING_EXCLUDED_ENTERPRISE_EXECUTIVE']);
    expect(res.state).toBe('excluded');
  });

  it('a result must say what its facts say, and only the district office compares', async () => {
    const c = await drive(t, 'inNotice', 53);
    expect(refused(await compare(c.id, { result: 'clear', findings: { consumerCar: true } })).rule).toBe('COMPARISON_CLEAR_WITH_EXCLUSION_FACT');
    expect(refused(await compare(c.id, { result: 'exclusionFound' })).rule).toBe('COMPARISON_EXCLUSION_WITHOUT_FACT');
    expect(refused(await compare(c.id, { result: 'clear' }, P.clerk), 403).code).toBe('FORBIDDEN_ROLE');
    expect(ok(await compare(c.id, { result: 'clear' }))).toMatchObject({ state: 'inNotice', comparison: { status: 'clear' } });
    // a comparison is answered once
    expect(refused(await compare(c.id, { result: 'exclusionFound', findings: { consumerCar: true } }), 409).code).toBe('STEP_NOT_ALLOWED');
  });
});
