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
