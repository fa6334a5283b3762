import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Role } from '../../src/auth/roles.ts';
import { povertyHouseholdForm } from '../../src/surveys/presets/poverty-household.ts';
import { formToXlsx } from '../../src/surveys/xlsform.ts';
import { XLSX_TYPE } from '../../src/office/sheet.ts';
import { startApp, tokenFor } from '../support/app.ts';
import type { Person, TestApp } from '../support/app.ts';
import { COUNTY, TOWNSHIP, VILLAGE, yellowHousehold } from '../support/fixtures.ts';
import { plainAnswers } from './support/answers.ts';

const person = (id: string, roles: Role[], jurisdiction: string): Person => ({ id, roles, jurisdiction });
const P = {
  cadreA: person('sv-inv-1', ['investigator'], VILLAGE),
  cadreB: person('sv-fs-1', ['firstSecretary'], VILLAGE),
  reviewer: person('sv-tr-1', ['townshipReviewer'], TOWNSHIP),
  county: person('sv-co-1', ['countyOffice'], COUNTY),
};

let t: TestApp;
beforeEach(async () => { t = await startApp(); });
afterEach(async () => { await t.close(); });

const auth = (p: Person) => ({ authorization: `Bearer ${tokenFor(p, t.clock)}` });
const post = (p: Person, url: string, payload: object) => t.app.inject({ method: 'POST', url, payload, headers: auth(p) });
const get = (p: Person, url: string) => t.app.inject({ method: 'GET', url, headers: auth(p) });
const json = <T = Record<string, unknown>>(res: { statusCode: number; body: string }, status: number): T => {
  expect(res.statusCode, res.body).toBe(status);
  return JSON.parse(res.body) as T;
};

const FORM = { formId: 'poverty-household-001', version: '2020-001' };
const phoneSurvey = (householdId: string, answers: object) => ({
  householdId, form: FORM, answers, mode: 'phone',
  team: [{ id: P.cadreA.id, name: '李调查' }, { id: P.cadreB.id, name: '王书记' }],
  // 001: 其他方式接受调查由复核人员代签，并进行备注说明
  respondent: { kind: 'reviewerOnBehalf', by: P.cadreB.id, reason: '户主在广东务工，电话调查，由复核人员代签' },
  occurredAt: '2026-04-14T02:00:00.000Z',
});

describe('a household surveyed by phone, the reviewer signing for the absent respondent (000, 001)', () => {
  it('is refused on Q10 naming the rule, accepted with the Q11 warning, which its reviewer must acknowledge', async () => {
    t.clock.set('2026-04-14T01:00:00.000Z');
    const householdId = json<{ id: string }>(await post(P.cadreA, '/households', { household: yellowHousehold(41) }), 201).id;
    t.clock.set('2026-04-16T01:00:00.000Z'); // entered two days after the call, where there was signal

    // Q4 records a child in school, Q10 says no student since registration: refused, naming the rule
    const blocked = json<{ code: string; rule: string; rules: { code: string; zh: string }[] }>(
      await post(P.cadreA, '/surveys', phoneSurvey(householdId, { ...plainAnswers(), q4: '1', q4_1: '1', q10: '2' })), 422);
    expect(blocked.code).toBe('SURVEY_RULE_REFUSED');
    expect(blocked.rules).toEqual([expect.objectContaining({ code: 'SURVEY_Q10_STUDENT_CONTRADICTS_Q4', zh: '第4题填写有在校生，此处不能为"否"' })]);
    expect(json<{ items: unknown[] }>(await get(P.cadreA, `/households/${householdId}/surveys`), 200).items).toEqual([]);

    // by phone the respondent cannot sign: signing themselves is refused
    const unsigned = json<{ code: string }>(await post(P.cadreA, '/surveys', { ...phoneSurvey(householdId, plainAnswers()), respondent: { kind: 'respondent', name: '户主41' } }), 422);
    expect(unsigned.code).toBe('SURVEY_SIGNATURE_INVALID');

    // corrected, and Q11 "no health policy": accepted with the warning
    const answers = { ...plainAnswers(), q4: '1', q4_1: '1', q10: '1', q10_1: ['2'], q11: '2' };
    delete (answers as Record<string, unknown>).q11_1;
    const survey = json<{ id: string; warnings: { code: string }[]; findings: { problemType: string }[]; occurredAt: string; recordedAt: string; state: string; mode: string; respondent: object; ledger?: { problemIds: string[]; refused: string[] } }>(
      await post(P.cadreA, '/surveys', phoneSurvey(householdId, answers)), 201);
    expect(survey).toMatchObject({ state: 'submitted', mode: 'phone', occurredAt: '2026-04-14T02:00:00.000Z', recordedAt: '2026-04-16T01:00:00.000Z', respondent: { kind: 'reviewerOnBehalf', by: P.cadreB.id } });
    expect(survey.warnings.map((w) => w.code)).toEqual(['SURVEY_Q11_NO_HEALTH_POLICY']);
    expect(survey.findings).toEqual([{ question: 'q11', label: '11. 建档立卡以来，是否享受过健康扶贫政策', problemType: 'medical' }]);

    // the finding is a household problem of the rectification ledger (基本医疗), found by the team when the survey happened
    expect(survey.ledger?.refused).toEqual([]);
    const [problemId] = survey.ledger?.problemIds ?? [];
    const problem = json<{ householdId: string; typeCode: string; state: string; description: string; foundBy: { id: string }; foundAt?: string }>(await get(P.county, `/problems/${problemId ?? ''}`), 200);
    expect(problem).toMatchObject({ householdId, typeCode: 'medical', state: 'awaitingSignatures' });
    expect(problem.description).toContain(survey.id);

    // the survey does not change the household's facts
    const household = json<{ revision?: number; household: { policiesEnjoyed: string[] } }>(await get(P.reviewer, `/households/${householdId}`), 200);
    expect(household.household.policiesEnjoyed).toEqual([]);

    // the later reviewer sees the warning and must acknowledge it; a team member may not review their own survey
    const seen = json<{ warnings: { code: string }[] }>(await get(P.reviewer, `/surveys/${survey.id}`), 200);
    expect(seen.warnings.map((w) => w.code)).toEqual(['SURVEY_Q11_NO_HEALTH_POLICY']);
    expect(json<{ code: string }>(await post(P.reviewer, `/surveys/${survey.id}/review`, { opinion: '已核', acknowledgedWarnings: [] }), 422).code).toBe('SURVEY_WARNINGS_NOT_ACKNOWLEDGED');
    expect(json<{ code: string }>(await post(P.cadreB, `/surveys/${survey.id}/review`, { opinion: '已核', acknowledgedWarnings: ['SURVEY_Q11_NO_HEALTH_POLICY'] }), 409).code).toBe('STEP_NOT_ALLOWED');
    const reviewed = json<{ state: string; review: { by: string } }>(await post(P.reviewer, `/surveys/${survey.id}/review`, { opinion: '电话核实，确未享受健康扶贫政策，转整改', acknowledgedWarnings: ['SURVEY_Q11_NO_HEALTH_POLICY'] }), 200);
    expect(reviewed).toMatchObject({ state: 'reviewed', review: { by: P.reviewer.id } });
  });

  it('needs a team of two including whoever enters it', async () => {
    t.clock.set('2026-04-14T03:00:00.000Z');
    const householdId = json<{ id: string }>(await post(P.cadreA, '/households', { household: yellowHousehold(42) }), 201).id;
    const alone = { ...phoneSurvey(householdId, plainAnswers()), team: [{ id: P.cadreB.id }, { id: 'someone-else' }], respondent: { kind: 'reviewerOnBehalf', by: P.cadreB.id, reason: '电话' } };
    expect(json<{ code: string }>(await post(P.cadreA, '/surveys', alone), 422).code).toBe('SURVEY_TEAM_INVALID');
  });
});

describe('questionnaires through the API (XLSForm)', () => {
  it('imports a new version from xlsx, exports it back, prints it blank; refuses a broken workbook with every error', async () => {
    const form = { ...povertyHouseholdForm('001'), version: '2021-001' };
    const upload = (body: Buffer) => t.app.inject({ method: 'POST', url: '/questionnaires', payload: body, headers: { ...auth(P.county), 'content-type': XLSX_TYPE } });
    const created = json<{ formId: string; version: string; questions: number; preset: boolean }>(await upload(await formToXlsx(form)), 201);
    expect(created).toMatchObject({ formId: 'poverty-household-001', version: '2021-001', preset: false });
    expect(json<{ code: string }>(await upload(await formToXlsx(form)), 409).code).toBe('QUESTIONNAIRE_VERSION_EXISTS');
    const list = json<{ items: { formId: string; version: string }[] }>(await get(P.cadreA, '/questionnaires'), 200);
    expect(list.items.map((i) => `${i.formId}@${i.version}`)).toEqual(expect.arrayContaining(['poverty-household-000@2020-000', 'poverty-household-001@2020-001', 'poverty-household-001@2021-001']));

    const exported = await get(P.cadreA, '/questionnaires/poverty-household-001/2021-001/xlsx');
    expect(exported.statusCode).toBe(200);
    expect(exported.rawPayload.equals(await formToXlsx(form)) || exported.rawPayload.length > 1000).toBe(true);

    const printed = await get(P.cadreA, '/questionnaires/poverty-household-001/2020-001/print');
    expect(printed.headers['content-type']).toContain('text/html');
    expect(printed.body).toContain('建档立卡贫困户脱贫情况调查问卷');
    expect(printed.body).toContain('@page { size: A4');

    const broken = {
      ...form, version: '2022-001',
      questions: [...form.questions, { type: 'select_one nolist', name: 'q21', label: '21' }, { type: 'integer', name: 'q1_total', label: 'dup' }, { type: 'text', name: 'q22', label: '22', relevant: '${nowhere} = 1' }, { type: 'text', name: 'q23', label: '23', constraint: '. >', ruleStrength: 'sometimes' as never }],
    };
    const refused = json<{ code: string; errors: { sheet: string; row: number; column: string; code: string; zh: string; en: string }[] }>(await upload(await formToXlsx(broken)), 422);
    expect(refused.code).toBe('QUESTIONNAIRE_INVALID');
    const rows = form.questions.length + 1;
    expect(refused.errors.map((e) => `${e.row}:${e.column}:${e.code}`)).toEqual([
      `${rows + 1}:type:LIST_UNKNOWN`, `${rows + 2}:name:NAME_DUPLICATE`, `${rows + 4}:rule_strength:STRENGTH_INVALID`, `${rows + 3}:relevant:REFERENCE_UNKNOWN`, `${rows + 4}:constraint:XPATH_INVALID`,
    ]);
    expect(refused.errors[0]).toMatchObject({ sheet: 'survey', zh: expect.stringContaining('nolist'), en: expect.stringContaining('nolist') });
  });
});
