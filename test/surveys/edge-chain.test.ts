import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Role } from '../../src/auth/roles.ts';
import { startApp, tokenFor } from '../support/app.ts';
import type { Person, TestApp } from '../support/app.ts';
import { COUNTY, VILLAGE, yellowHousehold } from '../support/fixtures.ts';
import { plainAnswers } from './support/answers.ts';

const person = (id: string, roles: Role[], jurisdiction: string): Person => ({ id, roles, jurisdiction });
const P = {
  cadre: person('eg-inv-1', ['investigator'], VILLAGE),
  secretary: person('eg-fs-1', ['firstSecretary'], VILLAGE),
  teamLeader: person('eg-ps-1', ['partySecretary'], VILLAGE),
  county: person('eg-co-1', ['countyOffice'], COUNTY),
};

let t: TestApp;
beforeEach(async () => { t = await startApp(); });
afterEach(async () => { await t.close(); });

const post = (p: Person, url: string, payload: object) => t.app.inject({ method: 'POST', url, payload, headers: { authorization: `Bearer ${tokenFor(p, t.clock)}` } });
const json = <T = Record<string, unknown>>(res: { statusCode: number; body: string }, status: number): T => {
  expect(res.statusCode, res.body).toBe(status);
  return JSON.parse(res.body) as T;
};
const ordinary = (seq: number) => ({ ...yellowHousehold(seq), registration: 'ordinary', povertyStatus: null, mainCauseOfPoverty: null, risks: [] });
const team = [{ id: P.cadre.id }, { id: P.secretary.id }];

describe('edge-household identification (seed 002 三(三))', () => {
  it('runs from screening to county approval, which makes the household an edge household; a dangerous house is appraised first', async () => {
    t.clock.set('2019-09-10T01:00:00.000Z');
    const householdId = json<{ id: string }>(await post(P.cadre, '/households', { household: ordinary(81) }), 201).id;
    const screened = json<{ id: string; state: string }>(await post(P.cadre, '/edge-cases', { householdId, campaign: 2019, basis: ['subsistence', 'dangerousHouse'], note: '低保户，住房疑似危房' }), 201);
    expect(screened.state).toBe('screened');
    expect(json<{ code: string }>(await post(P.cadre, '/edge-cases', { householdId, campaign: 2019, basis: ['demands'] }), 409).code).toBe('EDGE_CASE_OPEN');

    // a survey on another form is not the edge survey
    const other = json<{ id: string }>(await post(P.cadre, '/surveys', { householdId, form: { formId: 'poverty-household-001', version: '2020-001' }, answers: plainAnswers(), team, mode: 'doorToDoor', respondent: { kind: 'respondent', name: '户主81' } }), 201);
    expect(json<{ code: string }>(await post(P.cadre, `/edge-cases/${screened.id}/survey`, { surveyId: other.id }), 422).code).toBe('EDGE_SURVEY_INVALID');

    const edgeSurvey = json<{ id: string; findings: { problemType: string }[] }>(await post(P.cadre, '/surveys', {
      householdId, form: { formId: 'edge-household-002', version: '2019-002' }, mode: 'doorToDoor', team, respondent: { kind: 'respondent', name: '户主81' },
      answers: { household_type: ['1', '4'], phone: '13700000081', members: [{ name: '户主81', relation: '1', school: '1', health: '2', illness: '高血压', skill: '3', insured: '1', treated: '1', medical_costs: 4200, subsistence: '1' }], house_danger: '3', water_way: '4', water_safe: '1', needs: '危房改造' },
    }), 201);
    expect(edgeSurvey.findings.map((f) => f.problemType)).toEqual(['housing']);
    expect(json<{ state: string }>(await post(P.secretary, `/edge-cases/${screened.id}/survey`, { surveyId: edgeSurvey.id }), 200).state).toBe('surveyed');

    // the meeting cannot list a suspected dangerous house before the county housing department's appraisal
    const meeting = { decision: 'suspected', opinion: '村工作队全体会议讨论：住房D级危房，列为疑似边缘户' };
    expect(json<{ code: string }>(await post(P.teamLeader, `/edge-cases/${screened.id}/meeting-review`, meeting), 422).code).toBe('EDGE_HOUSING_APPRAISAL_REQUIRED');
    json(await post(P.county, `/edge-cases/${screened.id}/housing-appraisal`, { conclusion: 'D', reference: '资住建鉴〔2019〕117号' }), 200);
    expect(json<{ state: string }>(await post(P.teamLeader, `/edge-cases/${screened.id}/meeting-review`, meeting), 200).state).toBe('suspected');

    // a village may not approve; the county leading group does, assigning departments
    expect(json<{ code: string }>(await post(P.teamLeader, `/edge-cases/${screened.id}/county-approval`, { decision: 'approved', departments: ['住建'], opinion: '同意' }), 403).code).toBe('FORBIDDEN_ROLE');
    const approved = json<{ state: string; departments: string[]; registration: string }>(await post(P.county, `/edge-cases/${screened.id}/county-approval`, { decision: 'approved', departments: ['县住建局', '县民政局'], opinion: '审定为边缘户，住建局负责危房改造' }), 200);
    expect(approved).toMatchObject({ state: 'approved', departments: ['县住建局', '县民政局'], registration: 'edge' });
  });

  it('lists 三非 households as suspected edge directly; a dangerous house among them still needs its appraisal', async () => {
    t.clock.set('2019-09-10T01:00:00.000Z');
    const a = json<{ id: string }>(await post(P.cadre, '/households', { household: ordinary(82) }), 201).id;
    expect(json<{ state: string }>(await post(P.cadre, '/edge-cases', { householdId: a, campaign: 2019, basis: ['threeNon'] }), 201).state).toBe('suspected');
    const b = json<{ id: string }>(await post(P.cadre, '/households', { household: ordinary(83) }), 201).id;
    expect(json<{ code: string }>(await post(P.cadre, '/edge-cases', { householdId: b, campaign: 2019, basis: ['earlyWarningReviewed', 'dangerousHouse'] }), 422).code).toBe('EDGE_HOUSING_APPRAISAL_REQUIRED');
  });
});
