import { describe, expect, it } from 'vitest';
import { judgeAnswers, type Answers } from '../../src/surveys/judge.ts';
import { nonRegisteredForm } from '../../src/surveys/presets/non-registered.ts';

const plain = (): Answers => ({ attribute: '2', q1_total: 18000, q2: '2', q3: '1', q3_1: '2', q3_3: '2', q4: '1', q5: '1', q6: '2', q7: '2', q8: '2' });
const judge = (a: Answers) => {
  const j = judgeAnswers(nonRegisteredForm(), a);
  return { refusals: j.refusals.map((r) => `${r.code}:${String(r.facts?.question)}`), findings: j.findings.map((f) => `${f.question}:${f.problemType}`) };
};

describe('附件5 非建档立卡户情况调查问卷 (seed 000; 001 附件2)', () => {
  it('accepts a plain household', () => {
    expect(judge(plain())).toEqual({ refusals: [], findings: [] });
  });
  it('2: no child skips to 3; 2-1 "in school" skips 2-2', () => {
    expect(judge({ ...plain(), q2_1: '1' }).refusals).toEqual(['SURVEY_ANSWER_SKIPPED:q2_1']);
    expect(judge({ ...plain(), q2: '1', q2_1: '1', q2_2: '1' }).refusals).toEqual(['SURVEY_ANSWER_SKIPPED:q2_2']);
    expect(judge({ ...plain(), q2: '1', q2_1: '2', q2_2: '4' }).findings).toEqual(['q2_1:education']);
  });
  it('3-1 and 3-3: costs only with a chronic illness or a stay in hospital; own costs within the total', () => {
    expect(judge({ ...plain(), q3_2: 800 }).refusals).toEqual(['SURVEY_ANSWER_SKIPPED:q3_2']);
    expect(judge({ ...plain(), q3_3: '1', q3_4: 20000, q3_5: 6000 }).refusals).toEqual([]);
    expect(judge({ ...plain(), q3_3: '1', q3_4: 20000, q3_5: 26000 }).refusals).toEqual(['SURVEY_RULE_Q3_5:q3_5']);
  });
  it('5: tap water skips 5-1; 6–8: "no" skips the follow-ups (8: ends the questionnaire)', () => {
    expect(judge({ ...plain(), q5_1: '1' }).refusals).toEqual(['SURVEY_ANSWER_SKIPPED:q5_1']);
    for (const skipped of [{ q6_1: ['1'] }, { q7_1: '1' }, { q8_1: '1' }] as Answers[]) {
      expect(judge({ ...plain(), ...skipped }).refusals).toHaveLength(1);
    }
    expect(judge({ ...plain(), q8: '1', q8_1: '2', q8_2: ['2'] }).findings).toEqual(['q8_1:disability']);
  });
});
