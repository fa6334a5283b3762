import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startApp } from '../../support/app.ts';
import type { TestApp } from '../../support/app.ts';
import { COUNTY, VILLAGE } from '../../support/fixtures.ts';
import type { Person } from '../../support/app.ts';
import { P, apply, at, caseOf, changeHousehold, drive, evidence, history, http, ok, recovered, refused, villageMeeting } from './helpers.ts';

let t: TestApp;
beforeEach(async () => { t = await startApp(); });
afterEach(async () => { await t.close(); });

/** the dates of a risk elimination in the autumn of 2026 */
const E = {
  assist: '2026-06-22T02:00:00.000Z',
  recovered: '2026-10-12T02:00:00.000Z',
  proposal: '2026-10-13T02:00:00.000Z',
  appraisal: '2026-10-14T02:00:00.000Z',
  /** Thursday 10/15; the 5 working days are 10/16, 10/19–10/22 */
  noticeStart: '2026-10-15T02:00:00.000Z',
  noticeEnd: '2026-10-22T16:00:00.000Z',
  afterNotice: '2026-10-23T01:00:00.000Z',
  report: '2026-10-23T02:00:00.000Z',
  township: '2026-10-26T02:00:00.000Z',
  district: '2026-10-27T02:00:00.000Z',
} as const;

const post = (by: Person, id: string, path: string, body: object, when: string) => {
  at(t, when);
  return http(t).post(by, `/monitoring-cases/${id}/${path}`, body);
};
const propose = (id: string) => post(P.clerk, id, 'elimination-proposal', { year: 2026, opinion: '收入持续稳定，三保障和饮水安全巩固，村两委提出风险消除', evidence: [evidence('income-proof-2026')] }, E.proposal);
const appraiseElimination = (id: string, outcome = 'agreed') =>
  post(P.partySecretary, id, 'elimination-appraisal', { outcome, opinion: '评议同意风险消除', attendance: villageMeeting }, E.appraisal);

describe('assistance while monitored (帮扶)', () => {
  it('a contact person, replaced only with a reason; a plan with a measure for every member; visits', async () => {
    const c = await drive(t, 'monitored', 81);
    expect(ok<{ counts: Record<string, number> }>(await http(t).get(P.clerk, '/monitoring-worklists/villageClerk')).counts).toMatchObject({ contact: 1, plan: 1 });

    const first = ok(await post(P.approver, c.id, 'contact', { contact: { id: 'cadre-17', name: '李干部', organisation: '区农业农村局' } }, E.assist));
    expect(first.contact).toMatchObject({ id: 'cadre-17', name: '李干部', organisation: '区农业农村局', since: E.assist });
    expect(refused(await post(P.approver, c.id, 'contact', { contact: { name: '张干部' } }, E.assist)).rule).toBe('CONTACT_REPLACEMENT_REASON_REQUIRED');
    const replaced = ok(await post(P.approver, c.id, 'contact', { contact: { name: '张干部', organisation: '区农业农村局' }, reason: '李干部退休，单位内部调整' }, E.assist));
    expect(replaced.contact).toMatchObject({ id: null, name: '张干部' });
    expect((await history(t, c.id)).at(-1)).toMatchObject({ step: 'MonitoringContactAssigned', opinion: '李干部退休，单位内部调整' });

    // 一人一措施: member 2 (the son) has none yet
    const partial = { measures: [{ member: 0, kind: 'employment', description: '推荐到县内工业园务工' }, { member: 1, kind: 'health', description: '大病保险、医疗救助，家庭医生签约' }] };
    expect(refused(await post(P.clerk, c.id, 'plan', partial, E.assist))).toMatchObject({ rule: 'PLAN_MEMBER_WITHOUT_MEASURE', rules: [expect.objectContaining({ facts: { members: [2] } })] });
    const unknown = { measures: [...partial.measures, { member: 2, kind: 'skillsTraining', description: '电工培训' }, { member: 5, kind: 'other', description: '?' }] };
    expect(refused(await post(P.clerk, c.id, 'plan', unknown, E.assist)).rule).toBe('PLAN_MEMBER_UNKNOWN');
    const plan = ok(await post(P.clerk, c.id, 'plan', { measures: unknown.measures.slice(0, 3), householdMeasures: ['申请临时救助'] }, E.assist));
    expect(plan.plan).toMatchObject({ measures: 4 });

    ok(await post(P.investigator, c.id, 'visits', { notes: '入户走访：配偶出院，恢复中', evidence: [evidence('visit-0622', 'photo')] }, E.assist));
    const visited = ok(await post(P.firstSecretary, c.id, 'visits', { notes: '电话回访' }, '2026-07-20T02:00:00.000Z'));
    expect(visited.visits).toEqual({ count: 2, lastAt: '2026-07-20T02:00:00.000Z' });
    expect(ok<{ counts: Record<string, number> }>(await http(t).get(P.clerk, '/monitoring-worklists/villageClerk')).counts).toEqual({});
  });
});

describe('risk elimination (风险消除) and re-flagging (风险再标注)', () => {
  it('proposed → appraised → noticed → reported → reviewed → filed: eliminated; the risk returns and it is monitored again, same trail', async () => {
    const c = await drive(t, 'monitored', 82);
    // the facts must show it first: no 2026 income and no judgement of stability on file yet — every rule is named
    expect(refused(await propose(c.id)).rules?.map((r) => r.code)).toEqual(['MONITORING_INCOME_NOT_RECORDED', 'ELIMINATION_LIVELIHOOD_NOT_ASSESSED']);
    at(t, E.recovered);
    await changeHousehold(t, c.householdId, { ...recovered, livelihood: { incomeStable: false, basicNeedsAndWaterSecure: true } });
    expect(refused(await propose(c.id)).rule).toBe('ELIMINATION_INCOME_UNSTABLE');
    await changeHousehold(t, c.householdId, recovered);

    expect(ok(await propose(c.id))).toMatchObject({ state: 'eliminationAppraisal', phase: 'elimination', stepZh: '风险消除：待评议' });
    expect(ok(await appraiseElimination(c.id))).toMatchObject({ state: 'eliminationAwaitingNotice' });
    const noticed = ok(await post(P.clerk, c.id, 'notice', { startsAt: E.noticeStart }, E.noticeStart));
    // policy.notice.riskElimination; no data comparison for an elimination
    expect(noticed).toMatchObject({ state: 'eliminationInNotice', notice: { phase: 'elimination', endsAt: E.noticeEnd } });
    at(t, E.afterNotice);
    expect(await t.app.noticeTimer.runDue()).toBe(1);
    expect((await caseOf(t, c.id)).state).toBe('eliminationAwaitingReport');
    ok(await post(P.villageDirector, c.id, 'report', { opinion: '公示无异议，上报' }, E.report));
    ok(await post(P.approver, c.id, 'township-review', { outcome: 'approved', opinion: '审核同意' }, E.township));
    const worklist = ok<{ items: { id: string; waitingFor: { item: string }[] }[] }>(await http(t).get(P.district, `/monitoring-worklists/countyOffice?regionCode=${COUNTY}`));
    expect(worklist.items).toEqual([expect.objectContaining({ id: c.id, state: 'eliminationAwaitingFiling', waitingFor: [expect.objectContaining({ item: 'districtFiling' })] })]);
    const eliminated = ok(await post(P.district, c.id, 'district-filing', { outcome: 'filed', announcementRef: '区乡振备〔2026〕88号', opinion: '同意标注风险消除' }, E.district));
    expect(eliminated).toMatchObject({ state: 'riskEliminated', phase: 'eliminated', stepZh: '已标注风险消除', eliminatedAt: E.district, monitoringType: 'edgeProne' });

    // no longer assisted as a monitoring object; visits go on
    expect(refused(await post(P.approver, c.id, 'contact', { contact: { name: '王干部' }, reason: '调整' }, E.district), 409).code).toBe('STEP_NOT_ALLOWED');
    ok(await post(P.investigator, c.id, 'visits', { notes: '回访：户主工伤住院' }, '2027-01-10T02:00:00.000Z'));
    expect(ok<{ total: number }>(await http(t).get(P.clerk, `/monitored-households?regionCode=${VILLAGE}`)).total).toBe(0);
    // a new application is not the way back: the case is re-flagged
    const again = await apply(t, c.householdId);
    expect(ok(again, 409)).toMatchObject({ code: 'MONITORING_CASE_OPEN', caseId: c.id, state: 'riskEliminated' });

    // 风险再标注: the accident is recorded on the household first, then the case is flagged again
    await changeHousehold(t, c.householdId, { risks: [{ kind: 'accident', note: '户主工伤' }], livelihood: { incomeStable: false, basicNeedsAndWaterSecure: true } });
    const reflagged = ok(await post(P.reviewer, c.id, 'reflag', { year: 2026, monitoringType: 'suddenHardship', reason: '户主工伤，收入大幅缩减', risks: [{ kind: 'accident', note: '工伤' }] }, '2027-01-12T02:00:00.000Z'));
    expect(reflagged).toMatchObject({ state: 'monitored', cycle: 2, monitoringType: 'suddenHardship', reflaggedAt: '2027-01-12T02:00:00.000Z', eliminatedAt: E.district, contact: null });
    // income (9600) is above the line in 2026: the criteria leave it to judgement, and say so
    expect(reflagged.warnings.map((w) => w.code)).toContain('MONITORING_ABOVE_LINE_WITH_RISK');
    const trail = await history(t, c.id);
    expect(trail[0]).toMatchObject({ step: 'MonitoringApplied', cycle: 1 });
    expect(trail.find((s) => s.step === 'RiskReflagged')).toMatchObject({ cycle: 2, actor: { capacity: 'townshipReviewer' } });
    expect(trail.filter((s) => s.step === 'MonitoringDistrictFiled').map((s) => s.cycle)).toEqual([1, 1]);
    expect((await t.store.verify(`monitoring-${c.id}`)).ok).toBe(true);
  });

  it('not agreed at appraisal, withdrawn, sent back, or an upheld objection: the household stays monitored', async () => {
    const c = await drive(t, 'monitored', 83);
    at(t, E.recovered);
    await changeHousehold(t, c.householdId, recovered);
    ok(await propose(c.id));
    expect(ok(await appraiseElimination(c.id, 'notAgreed')).state).toBe('monitored');
    ok(await propose(c.id));
    expect(ok(await post(P.clerk, c.id, 'withdrawal', { reason: '村两委撤回风险消除提议' }, E.appraisal)).state).toBe('monitored');
    ok(await propose(c.id));
    ok(await appraiseElimination(c.id));
    ok(await post(P.clerk, c.id, 'notice', { startsAt: E.noticeStart }, E.noticeStart));
    ok(await post(P.clerk, c.id, 'objections', { summary: '群众反映该户收入不稳定', occurredAt: '2026-10-19T02:00:00.000Z' }, '2026-10-19T02:00:00.000Z'));
    const [raised] = (await t.store.readStream(`monitoring-${c.id}`)).filter((e) => e.type === 'MonitoringObjectionRaised');
    const upheld = ok(await post(P.reviewer, c.id, 'objection-resolutions', { objectionId: String(raised?.data.objectionId), outcome: 'upheld', opinion: '经核实，务工收入不稳定' }, '2026-10-20T02:00:00.000Z'));
    expect(upheld).toMatchObject({ state: 'monitored', notice: null });
    ok(await propose(c.id));
    ok(await appraiseElimination(c.id));
    // a new notice counts from its own posting (after the upheld objection), not from the first one's date
    const second = ok(await post(P.clerk, c.id, 'notice', {}, '2026-10-21T02:00:00.000Z'));
    at(t, new Date(Date.parse(second.notice?.endsAt ?? '') + 3_600_000).toISOString());
    expect(await t.app.noticeTimer.runDue()).toBe(1);
    ok(await post(P.clerk, c.id, 'report', { opinion: '上报' }, E.report));
    expect(ok(await post(P.approver, c.id, 'township-review', { outcome: 'sentBack', reason: '收入佐证材料不足' }, E.township)).state).toBe('monitored');
  });
});
