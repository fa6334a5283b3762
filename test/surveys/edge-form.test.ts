import { describe, expect, it } from 'vitest';
import { judgeAnswers, type Answers } from '../../src/surveys/judge.ts';
import { edgeHouseholdForm } from '../../src/surveys/presets/edge-household.ts';
import { formFromXlsx, formToXlsx } from '../../src/surveys/xlsform.ts';

const member = (extra: Record<string, string | number> = {}) => ({ name: '张三', relation: '1', school: '1', health: '1', skill: '2', insured: '1', treated: '2', subsistence: '2', ...extra });
const answers = (extra: Answers = {}): Answers => ({ household_type: ['4'], members: [member()], house_danger: '1', water_way: '1', water_safe: '1', ...extra });
const judge = (a: Answers) => {
  const j = judgeAnswers(edgeHouseholdForm(), a);
  return { refusals: j.refusals.map((r) => `${r.code}:${String(r.facts?.question)}`), findings: j.findings.map((f) => `${f.question}:${f.problemType}${f.member === undefined ? '' : `:m${f.member}`}`) };
};

describe('附件7 边缘户调查表 (seed 002): a member list and 两不愁三保障', () => {
  it('round-trips through xlsx', async () => {
    const form = edgeHouseholdForm();
    expect(await formFromXlsx(await formToXlsx(form))).toEqual({ ok: true, form });
  });
  it('accepts a plain household', () => {
    expect(judge(answers())).toEqual({ refusals: [], findings: [] });
  });
  it('asks each member the questions of the list, with skips inside the row', () => {
    expect(judge(answers({ members: [member({ disability: '肢体二级' })] })).refusals).toEqual(['SURVEY_ANSWER_SKIPPED:disability']);
    expect(judge(answers({ members: [member(), member({ health: '4' })] })).refusals).toEqual(['SURVEY_ANSWER_REQUIRED:disability']);
    expect(judge(answers({ members: [member({ treated: '1', medical_costs: 3200 })] })).refusals).toEqual([]);
  });
  it('a member dropping out asks the reason and is an education finding; an uninsured member asks why', () => {
    expect(judge(answers({ members: [member(), member({ school: '4' })] }))).toEqual({ refusals: ['SURVEY_ANSWER_REQUIRED:dropout_reason'], findings: ['school:education:m1'] });
    expect(judge(answers({ members: [member({ insured: '2' })], uninsured_reason: '外出未续保' })).findings).toEqual(['insured:medical:m0']);
    expect(judge(answers({ uninsured_reason: '无' })).refusals).toEqual(['SURVEY_ANSWER_SKIPPED:uninsured_reason']);
  });
  it('a C/D house and unsafe water are findings; a phone must look like one', () => {
    expect(judge(answers({ house_danger: '3', water_safe: '2' })).findings).toEqual(['house_danger:housing', 'water_safe:water']);
    expect(judge(answers({ phone: '打电话' })).refusals).toEqual(['SURVEY_RULE_PHONE:phone']);
  });
});
