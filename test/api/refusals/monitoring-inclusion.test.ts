import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp } from '../../support/app.ts';
import type { Person, TestApp } from '../../support/app.ts';
import { caseAt, caseInRunningNotice, nextMonitoringSeq } from '../../support/command-routes.ts';
import { TOWNSHIP } from '../../support/fixtures.ts';
import {
  D, P, apply, at, compareClear, edgeHousehold, groupAppraise, http, ok, postNotice, proxyLetter, registerHousehold, report, signedLetter, villageAppraise, villageMeeting,
} from '../monitoring/helpers.ts';
import { expectRefused } from './support.ts';
import type { Problem } from './support.ts';

/**
 * The business refusals of the monitoring inclusion routes (申请, 部门预警 … 区级备案, 撤回): status, code — and for a
 * rule, the rule — and nothing written.
 */

// one app for the file (an app takes most of a second to start): every test makes its own households and cases, and
// none depends on the date but the one that moves the clock past a notice's end, which has an app of its own
let t: TestApp;
beforeAll(async () => {
  t = await startApp();
});
afterAll(async () => t.close());

const UNKNOWN = '00000000-0000-4000-8000-000000000404';
const stream = (id: string) => [`monitoring-${id}`];
const post = (by: Person, id: string, step: string, body: object) => http(t).post(by, `/monitoring-cases/${id}/${step}`, body);
const household = () => registerHousehold(t, edgeHousehold(nextMonitoringSeq(t)));
const ruleOf = (problem: Problem) => problem.rule;
const alertBody = (householdId: string) => ({ householdId, year: 2025, department: 'medicalInsurance', alert: { kind: 'medicalExpense', summary: '大额自付' } });

describe('POST /monitoring-cases (申请)', () => {
  it('409 MONITORING_CASE_OPEN for a household with a case in progress', async () => {
    const c = await caseAt(t, 'awaitingGroupAppraisal');
    const problem = await expectRefused(t, () => apply(t, c.householdId, {}, P.investigator), 409, 'MONITORING_CASE_OPEN', stream(c.id));
    expect(problem.caseId).toBe(c.id);
  });

  it("422 MONITORING_RULE_REFUSED: a household's own application without its commitment letter; a type the household cannot be", async () => {
    const householdId = await household();
    expect(ruleOf(await expectRefused(t, () => apply(t, householdId, { commitment: undefined }), 422, 'MONITORING_RULE_REFUSED'))).toBe('MONITORING_COMMITMENT_REQUIRED');
    expect(ruleOf(await expectRefused(t, () => apply(t, householdId, { proposedType: 'unstableEscaped' }), 422, 'MONITORING_RULE_REFUSED'))).toBe('MONITORING_TYPE_UNSTABLE_REQUIRES_ESCAPED');
  });

  it('404 NOT_FOUND for a household that does not exist', async () => {
    await expectRefused(t, () => apply(t, UNKNOWN), 404, 'NOT_FOUND');
  });
});

describe('POST /monitoring-alerts (部门筛查预警)', () => {
  it('409 MONITORING_CASE_OPEN for a household with a case in progress', async () => {
    const c = await caseAt(t, 'awaitingVillageAppraisal');
    await expectRefused(t, () => http(t).post(P.medicalInsurance, '/monitoring-alerts', alertBody(c.householdId)), 409, 'MONITORING_CASE_OPEN', stream(c.id));
  });

  it('404 NOT_FOUND for a household that does not exist', async () => {
    await expectRefused(t, () => http(t).post(P.medicalInsurance, '/monitoring-alerts', alertBody(UNKNOWN)), 404, 'NOT_FOUND');
  });
});

describe('POST /monitoring-cases/:id/alert-verification', () => {
  it('409 STEP_NOT_ALLOWED on a case opened by an application, and on an alert already dismissed', async () => {
    const applied = await caseAt(t, 'awaitingGroupAppraisal');
    await expectRefused(t, () => post(P.clerk, applied.id, 'alert-verification', { outcome: 'dismissed', opinion: '核实' }), 409, 'STEP_NOT_ALLOWED', stream(applied.id));
    const alert = ok(await http(t).post(P.medicalInsurance, '/monitoring-alerts', alertBody(await household())), 201);
    ok(await post(P.clerk, alert.id, 'alert-verification', { outcome: 'dismissed', opinion: '核实不属实' }));
    await expectRefused(t, () => post(P.clerk, alert.id, 'alert-verification', { outcome: 'dismissed', opinion: '再次核实' }), 409, 'STEP_NOT_ALLOWED', stream(alert.id));
  });

  it('422 MONITORING_RULE_REFUSED for an alert confirmed with a type the household cannot be', async () => {
    const alert = ok(await http(t).post(P.medicalInsurance, '/monitoring-alerts', alertBody(await household())), 201);
    const problem = await expectRefused(t, () => post(P.clerk, alert.id, 'alert-verification', { outcome: 'confirmed', proposedType: 'unstableEscaped', opinion: '属实' }), 422, 'MONITORING_RULE_REFUSED', stream(alert.id));
    expect(ruleOf(problem)).toBe('MONITORING_TYPE_UNSTABLE_REQUIRES_ESCAPED');
  });
});

describe('POST /monitoring-cases/:id/commitment (农户承诺和授权查询书)', () => {
  it('422 MONITORING_RULE_REFUSED for a letter without both promises, a proxy\'s without the thumbprint, one dated after the step', async () => {
    const c = await caseAt(t, 'awaitingGroupAppraisal');
    const letter = (commitment: object) => () => post(P.clerk, c.id, 'commitment', { commitment });
    expect(ruleOf(await expectRefused(t, letter({ ...signedLetter(), factsTrue: false }), 422, 'MONITORING_RULE_REFUSED', stream(c.id)))).toBe('COMMITMENT_INCOMPLETE');
    expect(ruleOf(await expectRefused(t, letter(proxyLetter(false)), 422, 'MONITORING_RULE_REFUSED', stream(c.id)))).toBe('COMMITMENT_PROXY_WITHOUT_THUMBPRINT');
    const nextMonth = new Date(t.clock.now().getTime() + 31 * 86_400_000).toISOString().slice(0, 10);
    expect(ruleOf(await expectRefused(t, letter(signedLetter(nextMonth)), 422, 'MONITORING_RULE_REFUSED', stream(c.id)))).toBe('COMMITMENT_DATED_AFTER_STEP');
  });

  it('409 STEP_NOT_ALLOWED once the notice is posted', async () => {
    const c = await caseAt(t, 'inNotice');
    await expectRefused(t, () => post(P.clerk, c.id, 'commitment', { commitment: signedLetter() }), 409, 'STEP_NOT_ALLOWED', stream(c.id));
  });
});

describe('POST /monitoring-cases/:id/group-appraisal (村民小组评议)', () => {
  it('409 STEP_NOT_ALLOWED once the group has appraised, and on an alert the village has not verified', async () => {
    const body = { outcome: 'recommended', opinion: '同意', attendance: 9 };
    const c = await caseAt(t, 'awaitingVillageAppraisal');
    await expectRefused(t, () => post(P.clerk, c.id, 'group-appraisal', body), 409, 'STEP_NOT_ALLOWED', stream(c.id));
    const alert = ok(await http(t).post(P.medicalInsurance, '/monitoring-alerts', alertBody(await household())), 201);
    await expectRefused(t, () => post(P.clerk, alert.id, 'group-appraisal', body), 409, 'STEP_NOT_ALLOWED', stream(alert.id));
  });
});

describe('POST /monitoring-cases/:id/village-appraisal (村两委核实评议)', () => {
  it('422 MONITORING_RULE_REFUSED: a meeting without the work team, "not included" for a must-include household, a type it cannot be', async () => {
    const c = await caseAt(t, 'awaitingVillageAppraisal');
    const appraise = (body: object) => () => post(P.partySecretary, c.id, 'village-appraisal', { decision: 'included', monitoringType: 'edgeProne', opinion: '评议', attendance: villageMeeting, ...body });
    expect(ruleOf(await expectRefused(t, appraise({ attendance: { ...villageMeeting, workTeamMembers: 0 } }), 422, 'MONITORING_RULE_REFUSED', stream(c.id)))).toBe('VILLAGE_MEETING_INCOMPLETE');
    expect(ruleOf(await expectRefused(t, appraise({ decision: 'notIncluded', monitoringType: undefined }), 422, 'MONITORING_RULE_REFUSED', stream(c.id)))).toBe('MONITORING_MUST_INCLUDE');
    expect(ruleOf(await expectRefused(t, appraise({ monitoringType: 'unstableEscaped' }), 422, 'MONITORING_RULE_REFUSED', stream(c.id)))).toBe('MONITORING_TYPE_UNSTABLE_REQUIRES_ESCAPED');
  });

  it('409 STEP_NOT_ALLOWED before the group has appraised', async () => {
    const c = await caseAt(t, 'awaitingGroupAppraisal');
    await expectRefused(t, () => post(P.partySecretary, c.id, 'village-appraisal', { decision: 'included', monitoringType: 'edgeProne', opinion: '评议', attendance: villageMeeting }), 409, 'STEP_NOT_ALLOWED', stream(c.id));
  });
});

describe('POST /monitoring-cases/:id/notice (村内公示)', () => {
  it('409 STEP_NOT_ALLOWED before the village appraisal', async () => {
    const c = await caseAt(t, 'awaitingVillageAppraisal');
    await expectRefused(t, () => post(P.clerk, c.id, 'notice', { startsAt: D.noticeStart }), 409, 'STEP_NOT_ALLOWED', stream(c.id));
  });

  it('422 MONITORING_RULE_REFUSED without the commitment letter on file (a cadre\'s screening that never got one)', async () => {
    const householdId = await household();
    const c = ok(await apply(t, householdId, { source: 'cadreScreening', commitment: undefined }), 201);
    await groupAppraise(t, c.id);
    await villageAppraise(t, c.id);
    at(t, D.noticeStart);
    const problem = await expectRefused(t, () => post(P.clerk, c.id, 'notice', { startsAt: D.noticeStart }), 422, 'MONITORING_RULE_REFUSED', stream(c.id));
    expect(ruleOf(problem)).toBe('MONITORING_COMMITMENT_MISSING');
  });

  it('422 CALENDAR_YEAR_UNKNOWN for a notice in a year whose holidays are not configured (its working days cannot be counted)', async () => {
    const c = await caseAt(t, 'awaitingNotice');
    await expectRefused(t, () => post(P.clerk, c.id, 'notice', { startsAt: '2099-06-08T02:00:00.000Z' }), 422, 'CALENDAR_YEAR_UNKNOWN', stream(c.id));
  });
});

describe('POST /monitoring-cases/:id/data-comparison (数据比对)', () => {
  const compare = (id: string, body: object) => post(P.district, id, 'data-comparison', { departments: ['publicSecurity'], opinion: '比对', ...body });

  it('422 MONITORING_RULE_REFUSED for a result the findings contradict', async () => {
    const c = await caseAt(t, 'inNotice');
    expect(ruleOf(await expectRefused(t, () => compare(c.id, { result: 'exclusionFound' }), 422, 'MONITORING_RULE_REFUSED', stream(c.id)))).toBe('COMPARISON_EXCLUSION_WITHOUT_FACT');
    expect(ruleOf(await expectRefused(t, () => compare(c.id, { result: 'clear', findings: { consumerCar: true } }), 422, 'MONITORING_RULE_REFUSED', stream(c.id)))).toBe('COMPARISON_CLEAR_WITH_EXCLUSION_FACT');
  });

  it('409 STEP_NOT_ALLOWED before the notice asked for it, and once it is in', async () => {
    const waiting = await caseAt(t, 'awaitingNotice');
    await expectRefused(t, () => compare(waiting.id, { result: 'clear' }), 409, 'STEP_NOT_ALLOWED', stream(waiting.id));
    const c = await caseAt(t, 'inNotice');
    await compareClear(t, c.id);
    await expectRefused(t, () => compare(c.id, { result: 'clear' }), 409, 'STEP_NOT_ALLOWED', stream(c.id));
  });
});

describe('POST /monitoring-cases/:id/objections and /objection-resolutions (异议)', () => {
  it('objections: 409 STEP_NOT_ALLOWED before the notice, and after it ended', async () => {
    const waiting = await caseAt(t, 'awaitingNotice');
    await expectRefused(t, () => post(P.clerk, waiting.id, 'objections', { summary: '有群众反映' }), 409, 'STEP_NOT_ALLOWED', stream(waiting.id));
    const shared = t;
    t = await startApp(); // this one moves the clock past the notice's end
    try {
      const c = await caseAt(t, 'inNotice');
      at(t, D.afterNotice); // the timer has not run yet: the case is still in its notice, whose end has passed
      await expectRefused(t, () => post(P.clerk, c.id, 'objections', { summary: '公示期满后反映' }), 409, 'STEP_NOT_ALLOWED', stream(c.id));
    } finally {
      await t.close();
      t = shared;
    }
  });

  it('resolutions: 409 STEP_NOT_ALLOWED for an objection that is not open', async () => {
    const c = await caseAt(t, 'inNotice');
    await expectRefused(t, () => post(P.reviewer, c.id, 'objection-resolutions', { objectionId: '00000000-0000-4000-8000-0000000000ab', outcome: 'dismissed', opinion: '不属实' }), 409, 'STEP_NOT_ALLOWED', stream(c.id));
  });
});

describe('POST /monitoring-cases/:id/report (上报乡镇)', () => {
  it('409 STEP_NOT_ALLOWED while the notice runs', async () => {
    const c = await caseInRunningNotice(t);
    await expectRefused(t, () => post(P.clerk, c.id, 'report', { opinion: '上报' }), 409, 'STEP_NOT_ALLOWED', stream(c.id));
  });
});

describe('POST /monitoring-cases/:id/township-review (乡镇审核)', () => {
  it('403 SEPARATION_OF_DUTIES for whoever applied, in a township capacity', async () => {
    const li: Person = { id: 'm-li', roles: ['villageClerk', 'townshipApprover'], jurisdiction: TOWNSHIP };
    const c = ok(await apply(t, await household(), {}, li), 201);
    await groupAppraise(t, c.id);
    await villageAppraise(t, c.id);
    // posted now on the shared clock: waited out from its own end
    const noticed = await postNotice(t, c.id);
    await compareClear(t, c.id);
    at(t, D.afterNotice);
    at(t, new Date(Date.parse(noticed.notice?.endsAt ?? '') + 3_600_000).toISOString());
    expect(await t.app.noticeTimer.runDue()).toBeGreaterThanOrEqual(1);
    await report(t, c.id);
    await expectRefused(t, () => post(li, c.id, 'township-review', { outcome: 'approved', opinion: '同意' }), 403, 'SEPARATION_OF_DUTIES', stream(c.id));
  });

  it('409 STEP_NOT_ALLOWED before the village reports', async () => {
    const c = await caseAt(t, 'awaitingReport');
    await expectRefused(t, () => post(P.approver, c.id, 'township-review', { outcome: 'approved', opinion: '同意' }), 409, 'STEP_NOT_ALLOWED', stream(c.id));
  });
});

describe('POST /monitoring-cases/:id/district-filing (区级备案)', () => {
  const file = (id: string, extra: object = {}) => post(P.district, id, 'district-filing', { outcome: 'filed', announcementRef: '区乡振备〔2026〕12号', opinion: '同意', ...extra });

  it('409 STEP_NOT_ALLOWED before the township approves', async () => {
    const c = await caseAt(t, 'awaitingTownshipReview');
    await expectRefused(t, () => file(c.id), 409, 'STEP_NOT_ALLOWED', stream(c.id));
  });

  it('422 MONITORING_RULE_REFUSED for a filing type the household cannot be', async () => {
    const c = await caseAt(t, 'awaitingDistrictFiling');
    expect(ruleOf(await expectRefused(t, () => file(c.id, { monitoringType: 'unstableEscaped' }), 422, 'MONITORING_RULE_REFUSED', stream(c.id)))).toBe('MONITORING_TYPE_UNSTABLE_REQUIRES_ESCAPED');
  });
});

describe('POST /monitoring-cases/:id/withdrawal (撤回)', () => {
  it('409 STEP_NOT_ALLOWED once filed (monitored), and once withdrawn', async () => {
    const monitored = await caseAt(t, 'monitored');
    await expectRefused(t, () => post(P.clerk, monitored.id, 'withdrawal', { reason: '撤回' }), 409, 'STEP_NOT_ALLOWED', stream(monitored.id));
    const c = await caseAt(t, 'awaitingGroupAppraisal');
    ok(await post(P.clerk, c.id, 'withdrawal', { reason: '农户撤回申请' }));
    await expectRefused(t, () => post(P.clerk, c.id, 'withdrawal', { reason: '再次撤回' }), 409, 'STEP_NOT_ALLOWED', stream(c.id));
  });
});
