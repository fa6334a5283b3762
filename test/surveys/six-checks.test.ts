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

// 附件4 and 附件5 (the risk list and statistics) go out through the one export path: test/surveys/survey-tables.test.ts
