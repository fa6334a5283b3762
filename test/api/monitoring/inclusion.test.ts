import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startApp } from '../../support/app.ts';
import type { TestApp } from '../../support/app.ts';
import { COUNTY, VILLAGE } from '../../support/fixtures.ts';
import {
  D, P, apply, at, caseOf, compareClear, districtFile, edgeHousehold, groupAppraise, history, http, ok, postNotice, registerHousehold, report, steps,
  townshipApprove, villageAppraise,
} from './helpers.ts';

let t: TestApp;
beforeEach(async () => { t = await startApp(); });
afterEach(async () => { await t.close(); });

describe('inclusion (纳入监测): application → appraisals → notice with data comparison → township → district filing', () => {
  it('a household\'s own application goes through every step and is monitored as an edge household', async () => {
    const householdId = await registerHousehold(t, edgeHousehold(1));
    const applied = ok(await apply(t, householdId), 201);
    expect(applied).toMatchObject({
      state: 'awaitingGroupAppraisal', phase: 'inclusion', source: 'householdApplication', channel: 'written', monitoringType: 'edgeProne',
      monitoringTypeZh: '边缘易致贫户', year: 2025, commitment: { by: 'applicant', thumbprint: true }, machineVersion: 'monitoring@1',
    });
    // 4000 a head against the 2021-style line of 6000 (policy): the criteria's verdict travels with the case
    expect(applied.warnings.map((w) => w.code)).toContain('MONITORING_BELOW_LINE_WITH_RISK');

    expect(await groupAppraise(t, applied.id)).toMatchObject({ state: 'awaitingVillageAppraisal', groupAppraisal: 'recommended' });
    expect(await villageAppraise(t, applied.id)).toMatchObject({ state: 'awaitingNotice', stepZh: '已列入初选名单，待公示并提交数据比对' });

    const posted = await postNotice(t, applied.id);
    expect(posted).toMatchObject({
      state: 'inNotice',
      notice: { phase: 'inclusion', startsAt: D.noticeStart, endsAt: D.noticeEnd, endedAt: null },
      comparison: { status: 'pending' },
    });

    // both must be done: the comparison comes back clear during the notice, the case stays on the notice
    expect(await compareClear(t, applied.id)).toMatchObject({ state: 'inNotice', comparison: { status: 'clear' } });
    at(t, '2026-06-15T15:59:00.000Z');
    expect(await t.app.noticeTimer.runDue()).toBe(0);
    at(t, D.afterNotice);
    expect(await t.app.noticeTimer.runDue()).toBe(1);
    expect(await caseOf(t, applied.id)).toMatchObject({ state: 'awaitingReport', notice: { endedAt: D.noticeEnd } });

    expect(await report(t, applied.id)).toMatchObject({ state: 'awaitingTownshipReview' });
    expect(await townshipApprove(t, applied.id)).toMatchObject({ state: 'awaitingDistrictFiling' });
    const filed = await districtFile(t, applied.id);
    expect(filed).toMatchObject({ state: 'monitored', phase: 'monitored', monitoringType: 'edgeProne', monitoredSince: D.district, cycle: 1 });

    expect(await steps(t, applied.id)).toEqual([
      'MonitoringApplied', 'MonitoringGroupAppraised', 'MonitoringVillageAppraised', 'MonitoringNoticePosted', 'MonitoringComparisonRequested',
      'MonitoringComparisonCompleted', 'MonitoringNoticeEnded', 'MonitoringReportedToTownship', 'MonitoringTownshipReviewed', 'MonitoringDistrictFiled',
    ]);
    const trail = await history(t, applied.id);
    expect(trail[0]).toMatchObject({ actor: { id: P.clerk.id, capacity: 'villageClerk' }, evidence: [expect.objectContaining({ id: 'application-form' }), expect.objectContaining({ id: 'letter-2026-06-01' })] });
    expect(trail.find((s) => s.step === 'MonitoringNoticeEnded')).toMatchObject({ actor: { id: 'system' }, occurredAt: D.noticeEnd });
    expect(trail.find((s) => s.step === 'MonitoringTownshipReviewed')).toMatchObject({ actor: { capacity: 'townshipApprover' }, outcome: 'approved' });

    // the machine version is recorded in the first event; the stream replays under it
    const [first] = await t.store.readStream(`monitoring-${applied.id}`);
    expect(first?.data.machineVersion).toBe('monitoring@1');
    expect((await t.store.verify(`monitoring-${applied.id}`)).ok).toBe(true);
  });

  it('the notice can end before the comparison is back: the case then waits for the district', async () => {
    const householdId = await registerHousehold(t, edgeHousehold(2));
    const { id } = ok(await apply(t, householdId), 201);
    await groupAppraise(t, id);
    await villageAppraise(t, id);
    await postNotice(t, id);
    at(t, D.afterNotice);
    expect(await t.app.noticeTimer.runDue()).toBe(1);
    expect(await caseOf(t, id)).toMatchObject({ state: 'awaitingComparison', comparison: { status: 'pending' } });
    // not reportable yet
    expect(ok(await http(t).post(P.clerk, `/monitoring-cases/${id}/report`, { opinion: '上报' }), 409)).toMatchObject({ code: 'STEP_NOT_ALLOWED' });
    const worklist = ok<{ items: { id: string; waitingFor: { item: string }[] }[] }>(await http(t).get(P.district, `/monitoring-worklists/countyOffice?regionCode=${COUNTY}`));
    expect(worklist.items).toEqual([expect.objectContaining({ id, waitingFor: [{ item: 'dataComparison', zh: '待数据比对' }] })]);
    expect(await compareClear(t, id)).toMatchObject({ state: 'awaitingReport' });
  });

  it('a retried application (same Idempotency-Key) answers as the first and opens nothing more; a second application is refused', async () => {
    const householdId = await registerHousehold(t, edgeHousehold(3));
    const headers = { 'idempotency-key': 'apply-0003-retry' };
    const body = { householdId, year: 2025, source: 'cadreScreening', proposedType: 'edgeProne', risk: '排查发现：重病' };
    const first = ok(await http(t).post(P.clerk, '/monitoring-cases', body, headers), 201);
    const retry = await http(t).post(P.clerk, '/monitoring-cases', body, headers);
    expect(ok(retry, 201).id).toBe(first.id); // the same status and answer as the first time (draft-ietf-httpapi-idempotency-key-header)
    expect(retry.headers['idempotent-replayed']).toBe('true');
    const again = await http(t).post(P.investigator, '/monitoring-cases', body);
    expect(ok(again, 409)).toMatchObject({ code: 'MONITORING_CASE_OPEN', caseId: first.id });
    expect(ok<{ total: number }>(await http(t).get(P.clerk, `/monitoring-cases?householdId=${householdId}`)).total).toBe(1);
  });

  it('racing applications without a key open one case: the store, not the read model, decides', async () => {
    const householdId = await registerHousehold(t, edgeHousehold(6));
    const body = { householdId, year: 2025, source: 'cadreScreening', proposedType: 'edgeProne', risk: '排查发现：重病' };
    const responses = await Promise.all(Array.from({ length: 12 }, () => http(t).post(P.clerk, '/monitoring-cases', body)));
    expect(responses.filter((r) => r.statusCode === 201)).toHaveLength(1);
    for (const r of responses.filter((x) => x.statusCode !== 201)) expect(ok<{ code: string }>(r, 409).code).toBe('MONITORING_CASE_OPEN');
    const applied = (await t.store.readAll()).filter((e) => e.type === 'MonitoringApplied' && e.data.householdId === householdId);
    expect(applied).toHaveLength(1);
  });

  it('steps out of order are refused by the machine, and nothing is appended', async () => {
    const householdId = await registerHousehold(t, edgeHousehold(4));
    const { id } = ok(await apply(t, householdId), 201);
    at(t, D.district);
    const res = await http(t).post(P.district, `/monitoring-cases/${id}/district-filing`, { outcome: 'filed', announcementRef: 'x', opinion: '备案' });
    expect(ok(res, 409)).toMatchObject({ code: 'STEP_NOT_ALLOWED', currentState: 'awaitingGroupAppraisal' });
    expect(await steps(t, id)).toEqual(['MonitoringApplied']);
  });

  it('cases are invisible outside the jurisdiction, and other villages cannot act on them', async () => {
    const householdId = await registerHousehold(t, edgeHousehold(5));
    const { id } = ok(await apply(t, householdId), 201);
    expect((await http(t).get(P.otherVillageClerk, `/monitoring-cases/${id}`)).statusCode).toBe(404);
    expect((await http(t).post(P.otherVillageClerk, `/monitoring-cases/${id}/group-appraisal`, { outcome: 'recommended', opinion: 'x', attendance: 3 })).statusCode).toBe(404);
    expect(ok<{ total: number }>(await http(t).get(P.otherDistrict, '/monitoring-cases')).total).toBe(0);
    expect(ok<{ total: number }>(await http(t).get(P.supervisor, `/monitoring-cases?regionCode=${VILLAGE}`)).total).toBe(1);
    // a supervisor reads everything in its jurisdiction and changes nothing
    expect(ok(await http(t).post(P.supervisor, `/monitoring-cases/${id}/group-appraisal`, { outcome: 'recommended', opinion: 'x', attendance: 3 }), 403)).toMatchObject({ code: 'FORBIDDEN_ROLE' });
  });
});
