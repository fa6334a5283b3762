import { describe, expect, it } from 'vitest';
import { judgeAnswers, type Answers } from '../../src/surveys/judge.ts';
import { PRESET_FORMS } from '../../src/surveys/presets/index.ts';
import { sixChecksForm } from '../../src/surveys/presets/six-checks.ts';
import { formFromXlsx, formToXlsx } from '../../src/surveys/xlsform.ts';

const normal = (): Answers => ({ education: '1', medical: '1', housing: '1', water: '1', industry: '1', employment: '1', expenditure: '1', motivation: '1', policy: '1' });
const judge = (a: Answers) => {
  const j = judgeAnswers(sixChecksForm(), a);
  return { refusals: j.refusals.map((r) => `${r.code}:${String(r.facts?.question)}`), findings: j.findings.map((f) => f.problemType) };
};

describe('附件3 脱贫户"六看"表 (seed 002)', () => {
  it('every preset round-trips through xlsx', async () => {
    for (const form of PRESET_FORMS) expect(await formFromXlsx(await formToXlsx(form))).toEqual({ ok: true, form });
  });
  it('all normal: nothing found, no detail asked', () => {
    expect(judge(normal())).toEqual({ refusals: [], findings: [] });
    expect(judge({ ...normal(), water_months: 3 }).refusals).toEqual(['SURVEY_ANSWER_SKIPPED:water_months']);
  });
  it('a risk asks for its detail and is a finding of its kind', () => {
    expect(judge({ ...normal(), medical: '2' }).refusals).toEqual(['SURVEY_ANSWER_REQUIRED:medical_names']);
    expect(judge({ ...normal(), medical: '2', medical_names: '李四', medical_disease: '尿毒症', water: '2', water_risk: ['2'], water_months: 4 })).toEqual({ refusals: [], findings: ['sixChecks.medical', 'sixChecks.water'] });
    expect(judge({ ...normal(), water: '2', water_risk: ['2'], water_months: 13 }).refusals).toEqual(['SURVEY_RULE_WATER_MONTHS:water_months']);
  });
});

describe('六看 risks open a monitoring alert for the village to verify', () => {
  it('a survey finding a medical risk opens a case awaiting verification; a second survey finds it open', async () => {
    const { startApp, tokenFor } = await import('../support/app.ts');
    const { VILLAGE, yellowHousehold } = await import('../support/fixtures.ts');
    const t = await startApp();
    try {
      const cadre = { id: 'six-inv', roles: ['investigator' as const], jurisdiction: VILLAGE };
      const post = (url: string, payload: object) => t.app.inject({ method: 'POST', url, payload, headers: { authorization: `Bearer ${tokenFor(cadre, t.clock)}` } });
      t.clock.set('2026-05-10T02:00:00.000Z');
      const householdId = (await post('/households', { household: yellowHousehold(91) })).json().id as string;
      const body = { householdId, form: { formId: 'six-checks-002', version: '2019-002' }, mode: 'doorToDoor', team: [{ id: cadre.id }, { id: 'six-fs' }], respondent: { kind: 'respondent', name: '户主91' },
        answers: { ...normal(), medical: '2', medical_names: '户主91', medical_disease: '尿毒症' } };
      const first = await post('/surveys', body);
      expect(first.statusCode, first.body).toBe(201);
      const alert = first.json().monitoringAlert as { caseId: string; refused: null };
      expect(alert.refused).toBeNull();
      const reviewer = { id: 'six-tr', roles: ['townshipReviewer' as const], jurisdiction: VILLAGE.slice(0, 9) };
      const kase = await t.app.inject({ method: 'GET', url: `/monitoring-cases/${alert.caseId}`, headers: { authorization: `Bearer ${tokenFor(reviewer, t.clock)}` } });
      expect(kase.json()).toMatchObject({ state: 'awaitingAlertVerification', householdId });
      const second = await post('/surveys', body);
      expect(second.json().monitoringAlert).toEqual({ caseId: alert.caseId, refused: null });
    } finally {
      await t.close();
    }
  });
});

describe('附件5 脱贫户"六看"存在风险情况统计表', () => {
  it('counts per village the households and people at risk, in all and by indicator, as JSON and xlsx', async () => {
    const { startApp, tokenFor } = await import('../support/app.ts');
    const { VILLAGE, yellowHousehold } = await import('../support/fixtures.ts');
    const { parseXlsx } = await import('../../src/office/sheet.ts');
    const t = await startApp();
    try {
      t.clock.set('2026-05-10T02:00:00.000Z');
      const cadre = { id: 'six-inv2', roles: ['investigator' as const], jurisdiction: VILLAGE };
      const auth = { authorization: `Bearer ${tokenFor(cadre, t.clock)}` };
      const post = (url: string, payload: object) => t.app.inject({ method: 'POST', url, payload, headers: auth });
      const survey = async (seq: number, answers: Answers) => {
        const householdId = (await post('/households', { household: yellowHousehold(seq) })).json().id as string;
        const res = await post('/surveys', { householdId, form: { formId: 'six-checks-002', version: '2019-002' }, mode: 'doorToDoor', team: [{ id: cadre.id }, { id: 'six-fs' }], respondent: { kind: 'respondent', name: `户主${seq}` }, answers });
        expect(res.statusCode, res.body).toBe(201);
      };
      await survey(92, { ...normal(), water: '2', water_risk: ['2'], water_months: 3, policy: '2', policy_reason: '未落实雨露计划' });
      await survey(93, { ...normal(), water: '2', water_risk: ['1'] });
      await survey(94, normal());
      const json = (await t.app.inject({ method: 'GET', url: '/tables/six-checks-risks', headers: auth })).json() as { headers: string[]; rows: string[][] };
      const at = (header: string) => json.rows[0]?.[json.headers.indexOf(header)];
      expect(json.rows).toHaveLength(1);
      expect([at('存在风险 户数'), at('存在风险 人数'), at('饮水安全保障 户数'), at('饮水安全保障 人数'), at('扶贫政策 户数'), at('义务教育保障 户数')]).toEqual(['2', '4', '2', '4', '1', '0']);
      const xlsx = await t.app.inject({ method: 'GET', url: '/tables/six-checks-risks?format=xlsx', headers: auth });
      expect(await parseXlsx(xlsx.rawPayload)).toEqual([json.headers, ...json.rows.map((r) => r.slice(0, -1))]);
    } finally {
      await t.close();
    }
  });
});
