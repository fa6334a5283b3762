import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startApp } from '../../support/app.ts';
import type { TestApp } from '../../support/app.ts';
import { yellowHousehold } from '../../support/fixtures.ts';
import { D, P, apply, at, caseOf, edgeHousehold, groupAppraise, http, ok, refused, registerHousehold, villageMeeting } from './helpers.ts';

let t: TestApp;
beforeEach(async () => { t = await startApp(); });
afterEach(async () => { await t.close(); });

const exclusions = (x: object) => ({ exclusions: { consumerCar: false, commercialHousing: false, luxuriousDecoration: false, publicFundsMember: false, enterpriseExecutive: false, parentsApartFromAbleChildren: false, childrenHouseholds: { consumerCar: false, publicFundsMember: false, enterpriseExecutive: false, wellOff: false }, ...x } });
const appraise = (id: string, body: object) => {
  at(t, D.village);
  return http(t).post(P.partySecretary, `/monitoring-cases/${id}/village-appraisal`, { opinion: '村两委评议', attendance: villageMeeting, ...body });
};

describe('eligibility against the monitoring line of the region and year (seed 004)', () => {
  it('"never" facts refuse the application: a consumer car, an executive in a child\'s household', async () => {
    const car = await registerHousehold(t, edgeHousehold(61, exclusions({ consumerCar: true })));
    expect(refused(await apply(t, car))).toMatchObject({ code: 'MONITORING_RULE_REFUSED', rule: 'MONITORING_EXCLUDED_CONSUMER_CAR' });
    const executive = await registerHousehold(t, edgeHousehold(62, exclusions({ childrenHouseholds: { consumerCar: false, publicFundsMember: false, enterpriseExecutive: true, wellOff: true } })));
    expect(refused(await apply(t, executive)).rule).toBe('MONITORING_EXCLUDED_ENTERPRISE_EXECUTIVE');
  });

  it('an income nobody recorded cannot be compared with the line', async () => {
    const h = await registerHousehold(t, edgeHousehold(63));
    expect(refused(await apply(t, h, { year: 2024 }))).toMatchObject({ rule: 'MONITORING_INCOME_NOT_RECORDED', rules: [expect.objectContaining({ facts: { year: 2024 } })] });
  });

  it('the type must fit the household', async () => {
    const edge = await registerHousehold(t, edgeHousehold(64));
    expect(refused(await apply(t, edge, { proposedType: 'unstableEscaped' })).rule).toBe('MONITORING_TYPE_UNSTABLE_REQUIRES_ESCAPED');
    const escaped = await registerHousehold(t, yellowHousehold(65));
    expect(refused(await apply(t, escaped, { proposedType: 'edgeProne' })).rule).toBe('MONITORING_TYPE_EDGE_REQUIRES_NOT_REGISTERED');
    expect(ok(await apply(t, escaped, { proposedType: 'unstableEscaped' }), 201)).toMatchObject({ monitoringType: 'unstableEscaped', monitoringTypeZh: '脱贫不稳定户' });
  });

  it('"not included": under the line but stable, basic needs and water secure, children well-off — may apply, cannot be included', async () => {
    const stable = await registerHousehold(t, edgeHousehold(66, {
      ...exclusions({ childrenHouseholds: { consumerCar: false, publicFundsMember: false, enterpriseExecutive: false, wellOff: true } }),
      livelihood: { incomeStable: true, basicNeedsAndWaterSecure: true },
    }));
    const c = ok(await apply(t, stable), 201);
    expect(c.warnings.map((w) => w.code)).toContain('MONITORING_BELOW_LINE_STABLE');
    await groupAppraise(t, c.id);
    expect(refused(await appraise(c.id, { decision: 'included', monitoringType: 'edgeProne' }))).toMatchObject({ rule: 'MONITORING_BELOW_LINE_STABLE' });
    expect(ok(await appraise(c.id, { decision: 'notIncluded' }))).toMatchObject({ state: 'notIncluded', phase: 'closed', stepZh: '不纳入监测对象' });
  });

  it('"must include": below the line with a risk cannot be decided "not included"', async () => {
    const c = ok(await apply(t, await registerHousehold(t, edgeHousehold(67))), 201);
    await groupAppraise(t, c.id, 'notRecommended');
    expect((await caseOf(t, c.id)).warnings.map((w) => w.code)).toContain('MONITORING_GROUP_NOT_RECOMMENDED');
    expect(refused(await appraise(c.id, { decision: 'notIncluded' }))).toMatchObject({ rule: 'MONITORING_MUST_INCLUDE', rules: [expect.objectContaining({ facts: { incomeLine: 6000, perCapitaIncome: 4000 } })] });
    expect(ok(await appraise(c.id, { decision: 'included', monitoringType: 'edgeProne' })).state).toBe('awaitingNotice');
  });

  it('above the line with a sudden hardship is the committees\' judgement, with a warning either way', async () => {
    const richer = edgeHousehold(68, { incomes: { '2025': { wage: 24000, business: 3600, property: 0, transfer: 1200, productionCosts: 1800, medicalExpenses: 60000, schoolingExpenses: 0 } }, risks: [{ kind: 'accident', note: '交通事故' }] });
    const c = ok(await apply(t, await registerHousehold(t, richer), { proposedType: 'suddenHardship' }), 201);
    expect(c.warnings.map((w) => w.code)).toEqual(['MONITORING_ABOVE_LINE_WITH_RISK']);
    await groupAppraise(t, c.id);
    const included = ok(await appraise(c.id, { decision: 'included', monitoringType: 'suddenHardship' }));
    expect(included.state).toBe('awaitingNotice');
  });

  it('the village meeting needs the village committees, the work team, the supervisory committee and villager representatives', async () => {
    const c = ok(await apply(t, await registerHousehold(t, edgeHousehold(69))), 201);
    await groupAppraise(t, c.id);
    const res = await appraise(c.id, { decision: 'included', monitoringType: 'edgeProne', attendance: { ...villageMeeting, supervisoryCommitteeMembers: 0 } });
    expect(refused(res)).toMatchObject({ rule: 'VILLAGE_MEETING_INCOMPLETE', rules: [expect.objectContaining({ facts: { missing: ['supervisoryCommitteeMembers'] } })] });
  });
});
