import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startApp } from '../../support/app.ts';
import type { TestApp } from '../../support/app.ts';
import { VILLAGE } from '../../support/fixtures.ts';
import {
  D, P, at, caseOf, compareClear, districtFile, edgeHousehold, evidence, groupAppraise, history, http, ok, postNotice, proxyLetter, refused,
  registerHousehold, report, townshipApprove, villageAppraise,
} from './helpers.ts';

let t: TestApp;
beforeEach(async () => { t = await startApp(); });
afterEach(async () => { await t.close(); });

const alert = (householdId: string, by = P.medicalInsurance) => {
  at(t, '2026-06-01T03:00:00.000Z');
  return http(t).post(by, '/monitoring-alerts', {
    householdId, year: 2025, department: 'medicalInsurance',
    alert: { kind: 'medicalExpense', summary: '医保数据：本年度住院自付费用超过 2 万元' }, evidence: [evidence('yb-export-2026-05')],
  });
};
const verify = (id: string, body: object, by = P.investigator) => {
  at(t, '2026-06-02T02:00:00.000Z');
  return http(t).post(by, `/monitoring-cases/${id}/alert-verification`, { opinion: '入户核实', ...body });
};

describe("a department's alert (部门筛查预警)", () => {
  it('opens a case that awaits the village\'s verification; confirmed, it follows the procedure to monitoring', async () => {
    const householdId = await registerHousehold(t, edgeHousehold(11));
    const raised = ok(await alert(householdId), 201);
    expect(raised).toMatchObject({ state: 'awaitingAlertVerification', source: 'departmentAlert', department: 'medicalInsurance', monitoringType: null, openedBy: P.medicalInsurance.id });

    const worklist = ok<{ items: { id: string; waitingFor: { item: string }[] }[] }>(await http(t).get(P.investigator, '/monitoring-worklists/investigator'));
    expect(worklist.items).toEqual([expect.objectContaining({ id: raised.id, waitingFor: [expect.objectContaining({ item: 'alertVerification' })] })]);
    // the department raises; it does not verify its own alert
    expect(refused(await verify(raised.id, { outcome: 'confirmed', proposedType: 'suddenHardship' }, P.medicalInsurance), 403).code).toBe('FORBIDDEN_ROLE');

    const confirmed = ok(await verify(raised.id, { outcome: 'confirmed', proposedType: 'suddenHardship', evidence: [evidence('visit-photo', 'photo')] }));
    expect(confirmed).toMatchObject({ state: 'awaitingGroupAppraisal', monitoringType: 'suddenHardship', commitment: null });
    // found by data, not applied for: the letter is still to be signed, and the village is reminded
    const clerkList = ok<{ counts: Record<string, number> }>(await http(t).get(P.clerk, '/monitoring-worklists/villageClerk'));
    expect(clerkList.counts).toMatchObject({ commitmentLetter: 1, groupAppraisal: 1 });

    await groupAppraise(t, raised.id);
    await villageAppraise(t, raised.id, 'suddenHardship');
    at(t, D.village);
    ok(await http(t).post(P.clerk, `/monitoring-cases/${raised.id}/commitment`, { commitment: proxyLetter() }));
    await postNotice(t, raised.id);
    await compareClear(t, raised.id);
    at(t, D.afterNotice);
    expect(await t.app.noticeTimer.runDue()).toBe(1);
    await report(t, raised.id);
    await townshipApprove(t, raised.id);
    expect(await districtFile(t, raised.id)).toMatchObject({ state: 'monitored', monitoringType: 'suddenHardship', monitoringTypeZh: '突发严重困难户' });
    const first = (await history(t, raised.id))[0];
    expect(first).toMatchObject({ step: 'DepartmentAlertRaised', actor: { capacity: 'departmentScreener' }, evidence: [expect.objectContaining({ id: 'yb-export-2026-05' })] });
  });

  it('dismissed on the ground, the case closes; the household can still apply later', async () => {
    const householdId = await registerHousehold(t, edgeHousehold(12));
    const raised = ok(await alert(householdId), 201);
    expect(ok(await verify(raised.id, { outcome: 'dismissed', opinion: '核实：费用已由大病保险报销，生活无困难' }))).toMatchObject({ state: 'alertDismissed', phase: 'closed', stepZh: '预警经核实不属实' });
    expect(ok(await alert(householdId), 201).id).not.toBe(raised.id);
  });

  it('a confirmation is judged by the same rules as an application: an excluded household cannot be confirmed', async () => {
    const householdId = await registerHousehold(t, edgeHousehold(13, { exclusions: { consumerCar: true } as never }));
    const raised = ok(await alert(householdId), 201);
    expect(refused(await verify(raised.id, { outcome: 'confirmed', proposedType: 'suddenHardship' }))).toMatchObject({ code: 'MONITORING_RULE_REFUSED', rule: 'MONITORING_EXCLUDED_CONSUMER_CAR' });
    expect((await caseOf(t, raised.id)).state).toBe('awaitingAlertVerification');
  });

  it('a department acts only in its own district', async () => {
    const householdId = await registerHousehold(t, edgeHousehold(14));
    const outsider = { ...P.medicalInsurance, id: 'dept-elsewhere', jurisdiction: '430624' };
    expect((await alert(householdId, outsider)).statusCode).toBe(404);
    expect(ok<{ total: number }>(await http(t).get(P.clerk, `/monitoring-cases?regionCode=${VILLAGE}`)).total).toBe(0);
  });
});
