import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp } from '../../support/app.ts';
import { publishYear2027 } from '../../support/calendar-2027.ts';
import type { Person, TestApp } from '../../support/app.ts';
import { E, caseAt, eliminationProposed, planBody, recoveredCase, reflagBody, riskEliminated } from '../../support/command-routes.ts';
import { P, at, changeHousehold, http, ok, recovered, villageMeeting } from '../monitoring/helpers.ts';
import type { MonitoringCaseView } from '../../../src/monitoring/present.ts';
import { expectRefused } from './support.ts';
import type { Problem } from './support.ts';

/**
 * The business refusals of the monitoring routes after inclusion — contact person, plan, visits, risk elimination
 * (风险消除) and re-flagging (风险再标注), and the shared steps in the elimination phase: status, code, rule, and
 * nothing written.
 */

// one app for the file (an app takes most of a second to start): every test makes its own households and cases, and
// none depends on the date (notices are posted at the clock's now, and waited out from their own end)
let t: TestApp;
beforeAll(async () => {
  t = await startApp();
  // its clock runs into 2027 (each case waits out its own notices): 2027 is published as in November
  await publishYear2027(t);
});
afterAll(async () => t.close());

const stream = (id: string) => [`monitoring-${id}`];
const post = (by: Person, id: string, step: string, body: object) => http(t).post(by, `/monitoring-cases/${id}/${step}`, body);
const ruleOf = (problem: Problem) => problem.rule;
const rulesOf = (problem: Problem) => problem.rules?.map((r) => r.code);

/** a proposed elimination driven on through appraisal and notice to the report, or further to the township's approval */
const eliminationAt = async (to: 'eliminationInNotice' | 'eliminationAwaitingReport' | 'eliminationAwaitingFiling'): Promise<MonitoringCaseView> => {
  const c = await eliminationProposed(t);
  ok(await post(P.partySecretary, c.id, 'elimination-appraisal', { outcome: 'agreed', opinion: '同意', attendance: villageMeeting }));
  at(t, E.noticeStart);
  let now = ok<MonitoringCaseView>(await post(P.clerk, c.id, 'notice', { startsAt: t.clock.now().toISOString() }));
  if (to !== 'eliminationInNotice') {
    at(t, new Date(Date.parse(now.notice?.endsAt ?? '') + 3_600_000).toISOString());
    expect(await t.app.noticeTimer.runDue()).toBeGreaterThanOrEqual(1);
  }
  if (to === 'eliminationAwaitingFiling') {
    ok(await post(P.villageDirector, c.id, 'report', { opinion: '上报' }));
    now = ok(await post(P.approver, c.id, 'township-review', { outcome: 'approved', opinion: '同意' }));
  } else if (to === 'eliminationAwaitingReport') {
    now = ok(await http(t).get(P.clerk, `/monitoring-cases/${c.id}`));
  }
  expect(now.state).toBe(to);
  return now;
};

describe('POST /monitoring-cases/:id/contact (帮扶联系人)', () => {
  it('422 MONITORING_RULE_REFUSED for a replacement without a reason', async () => {
    const c = await caseAt(t, 'monitored');
    ok(await post(P.approver, c.id, 'contact', { contact: { name: '李干部' } }));
    expect(ruleOf(await expectRefused(t, () => post(P.approver, c.id, 'contact', { contact: { name: '张干部' } }), 422, 'MONITORING_RULE_REFUSED', stream(c.id)))).toBe('CONTACT_REPLACEMENT_REASON_REQUIRED');
  });

  it('409 STEP_NOT_ALLOWED before the household is monitored', async () => {
    const c = await caseAt(t, 'awaitingGroupAppraisal');
    await expectRefused(t, () => post(P.approver, c.id, 'contact', { contact: { name: '李干部' } }), 409, 'STEP_NOT_ALLOWED', stream(c.id));
  });
});

describe('POST /monitoring-cases/:id/plan (一户一方案、一人一措施)', () => {
  it('422 MONITORING_RULE_REFUSED for a member without a measure, and for a measure of a member the household does not have', async () => {
    const c = await caseAt(t, 'monitored');
    const [first, second] = planBody.measures;
    expect(ruleOf(await expectRefused(t, () => post(P.clerk, c.id, 'plan', { measures: [first, second] }), 422, 'MONITORING_RULE_REFUSED', stream(c.id)))).toBe('PLAN_MEMBER_WITHOUT_MEASURE');
    const stranger = { member: 7, kind: 'other', description: '?' };
    expect(ruleOf(await expectRefused(t, () => post(P.clerk, c.id, 'plan', { measures: [...planBody.measures, stranger] }), 422, 'MONITORING_RULE_REFUSED', stream(c.id)))).toBe('PLAN_MEMBER_UNKNOWN');
  });

  it('409 STEP_NOT_ALLOWED before the district files the household', async () => {
    const c = await caseAt(t, 'awaitingDistrictFiling');
    await expectRefused(t, () => post(P.clerk, c.id, 'plan', planBody), 409, 'STEP_NOT_ALLOWED', stream(c.id));
  });
});

describe('POST /monitoring-cases/:id/visits (走访)', () => {
  it('409 STEP_NOT_ALLOWED before the household is monitored, and on a closed case', async () => {
    const c = await caseAt(t, 'awaitingGroupAppraisal');
    await expectRefused(t, () => post(P.investigator, c.id, 'visits', { notes: '走访' }), 409, 'STEP_NOT_ALLOWED', stream(c.id));
    ok(await post(P.clerk, c.id, 'withdrawal', { reason: '农户撤回申请' }));
    await expectRefused(t, () => post(P.investigator, c.id, 'visits', { notes: '走访' }), 409, 'STEP_NOT_ALLOWED', stream(c.id));
  });
});

describe('POST /monitoring-cases/:id/elimination-proposal (风险消除: 提出)', () => {
  const propose = (id: string) => () => post(P.clerk, id, 'elimination-proposal', { year: 2026, opinion: '提出风险消除' });

  it('422 MONITORING_RULE_REFUSED until the facts show the risk stably gone, every rule named', async () => {
    const c = await caseAt(t, 'monitored');
    at(t, E.recovered);
    expect(rulesOf(await expectRefused(t, propose(c.id), 422, 'MONITORING_RULE_REFUSED', stream(c.id)))).toEqual(['MONITORING_INCOME_NOT_RECORDED', 'ELIMINATION_LIVELIHOOD_NOT_ASSESSED']);
    await changeHousehold(t, c.householdId, { ...recovered, livelihood: { incomeStable: true, basicNeedsAndWaterSecure: false } });
    expect(ruleOf(await expectRefused(t, propose(c.id), 422, 'MONITORING_RULE_REFUSED', stream(c.id)))).toBe('ELIMINATION_BASIC_NEEDS_NOT_SECURE');
  });

  it('409 STEP_NOT_ALLOWED before the household is monitored, and once proposed', async () => {
    // facts that pass the rules (which are judged before the state): the state alone refuses
    const early = await caseAt(t, 'awaitingReport');
    at(t, E.recovered);
    await changeHousehold(t, early.householdId, recovered);
    await expectRefused(t, propose(early.id), 409, 'STEP_NOT_ALLOWED', stream(early.id));
    const c = await eliminationProposed(t);
    await expectRefused(t, propose(c.id), 409, 'STEP_NOT_ALLOWED', stream(c.id));
  });
});

describe('POST /monitoring-cases/:id/elimination-appraisal (风险消除: 评议)', () => {
  const appraise = (id: string, attendance: object = villageMeeting) => () => post(P.partySecretary, id, 'elimination-appraisal', { outcome: 'agreed', opinion: '同意', attendance });

  it("422 MONITORING_RULE_REFUSED for a meeting without the supervisory committee (the elimination appraisal's meeting)", async () => {
    const c = await eliminationProposed(t);
    expect(ruleOf(await expectRefused(t, appraise(c.id, { ...villageMeeting, supervisoryCommitteeMembers: 0 }), 422, 'MONITORING_RULE_REFUSED', stream(c.id)))).toBe('VILLAGE_MEETING_INCOMPLETE');
  });

  it('409 STEP_NOT_ALLOWED without a proposal, and once appraised', async () => {
    const c = await recoveredCase(t);
    await expectRefused(t, appraise(c.id), 409, 'STEP_NOT_ALLOWED', stream(c.id));
    ok(await post(P.clerk, c.id, 'elimination-proposal', { year: 2026, opinion: '提出风险消除' }));
    ok(await appraise(c.id)());
    await expectRefused(t, appraise(c.id), 409, 'STEP_NOT_ALLOWED', stream(c.id));
  });
});

describe('POST /monitoring-cases/:id/reflag (风险再标注)', () => {
  const reflag = (id: string, body: object = reflagBody) => () => post(P.reviewer, id, 'reflag', body);

  it('409 STEP_NOT_ALLOWED for a household that is monitored, not marked risk eliminated', async () => {
    // facts the criteria accept for re-flagging (which are judged before the state): the state alone refuses
    const c = await caseAt(t, 'monitored');
    at(t, E.riskReturned);
    await changeHousehold(t, c.householdId, { ...recovered, risks: [{ kind: 'accident', note: '户主工伤' }], livelihood: { incomeStable: false, basicNeedsAndWaterSecure: true } });
    await expectRefused(t, reflag(c.id), 409, 'STEP_NOT_ALLOWED', stream(c.id));
  });

  it('422 MONITORING_RULE_REFUSED when the criteria leave the household out: no risk on record, or an exclusion fact', async () => {
    const c = await riskEliminated(t);
    at(t, E.riskReturned);
    // the facts still say recovered: the re-flag names a risk the household record does not have
    expect(ruleOf(await expectRefused(t, reflag(c.id), 422, 'MONITORING_RULE_REFUSED', stream(c.id)))).toBe('MONITORING_NO_RISK');
    await changeHousehold(t, c.householdId, { risks: [{ kind: 'accident', note: '户主工伤' }], exclusions: { consumerCar: true } });
    expect(ruleOf(await expectRefused(t, reflag(c.id), 422, 'MONITORING_RULE_REFUSED', stream(c.id)))).toBe('MONITORING_EXCLUDED_CONSUMER_CAR');
  });
});

describe('the steps both phases share, in the elimination phase', () => {
  it('notice: 409 STEP_NOT_ALLOWED before the elimination is appraised', async () => {
    const c = await eliminationProposed(t);
    await expectRefused(t, () => post(P.clerk, c.id, 'notice', { startsAt: t.clock.now().toISOString() }), 409, 'STEP_NOT_ALLOWED', stream(c.id));
  });

  it('report: 409 STEP_NOT_ALLOWED while the elimination notice runs', async () => {
    const c = await eliminationAt('eliminationInNotice');
    await expectRefused(t, () => post(P.villageDirector, c.id, 'report', { opinion: '上报' }), 409, 'STEP_NOT_ALLOWED', stream(c.id));
  });

  it('township review: 403 SEPARATION_OF_DUTIES for whoever proposed the elimination', async () => {
    const c = await eliminationAt('eliminationAwaitingReport');
    ok(await post(P.villageDirector, c.id, 'report', { opinion: '上报' }));
    const proposer: Person = { ...P.clerk, roles: ['villageClerk', 'townshipApprover'] };
    await expectRefused(t, () => post(proposer, c.id, 'township-review', { outcome: 'approved', opinion: '同意' }), 403, 'SEPARATION_OF_DUTIES', stream(c.id));
  });

  it('district filing: 422 MONITORING_RULE_REFUSED for a household that lost its labour capacity since the review', async () => {
    const c = await eliminationAt('eliminationAwaitingFiling');
    const household = ok<{ household: { members: { labour: string }[] } }>(await http(t).get(P.investigator, `/households/${c.householdId}`)).household;
    await changeHousehold(t, c.householdId, { members: household.members.map((m) => ({ ...m, labour: 'none' })) }, '家庭成员均丧失劳动能力');
    const problem = await expectRefused(t, () => post(P.district, c.id, 'district-filing', { outcome: 'filed', announcementRef: '区乡振备〔2026〕88号', opinion: '同意' }), 422, 'MONITORING_RULE_REFUSED', stream(c.id));
    expect(ruleOf(problem)).toBe('RISK_ELIMINATION_NO_LABOUR');
  });

  it('withdrawal: 409 STEP_NOT_ALLOWED once the township approved the elimination (it is the district\'s to file or send back)', async () => {
    const c = await eliminationAt('eliminationAwaitingFiling');
    await expectRefused(t, () => post(P.clerk, c.id, 'withdrawal', { reason: '撤回' }), 409, 'STEP_NOT_ALLOWED', stream(c.id));
  });
});
