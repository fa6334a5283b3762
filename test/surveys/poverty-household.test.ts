import { describe, expect, it } from 'vitest';
import { judgeAnswers, type Answers } from '../../src/surveys/judge.ts';
import { povertyHouseholdForm } from '../../src/surveys/presets/poverty-household.ts';
import { formFromXlsx, formToXlsx } from '../../src/surveys/xlsform.ts';
import { plainAnswers } from './support/answers.ts';


const codes = (answers: Answers, edition: '000' | '001' = '001') => {
  const j = judgeAnswers(povertyHouseholdForm(edition), answers);
  return { refusals: j.refusals.map((r) => r.code), warnings: j.warnings.map((r) => r.code), findings: j.findings.map((f) => `${f.question}:${f.problemType}`) };
};

describe('附件4 建档立卡贫困户脱贫情况调查问卷 (seeds 000, 001)', () => {
  it.each(['000', '001'] as const)('the %s edition round-trips: definition → xlsx → definition → xlsx', async (edition) => {
    const form = povertyHouseholdForm(edition);
    const xlsx = await formToXlsx(form);
    const read = await formFromXlsx(xlsx);
    expect(read).toEqual({ ok: true, form });
    if (!read.ok) return;
    const again = await formFromXlsx(await formToXlsx(read.form));
    expect(again).toEqual({ ok: true, form });
  });

  it('has 20 numbered questions', () => {
    const numbers = new Set(povertyHouseholdForm('001').questions.map((q) => /^(\d+)\./.exec(q.label)?.[1]).filter((n) => n !== undefined));
    expect([...numbers].map(Number).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it('accepts a plain household as it is', () => {
    expect(codes(plainAnswers())).toEqual({ refusals: [], warnings: [], findings: [] });
  });

  describe('skips (如填…直接跳转至…)', () => {
    it('4: "no child" skips 4-1 and 4-2; answering them is refused', () => {
      expect(codes({ ...plainAnswers(), q4_1: '1' }).refusals).toEqual(['SURVEY_ANSWER_SKIPPED']);
    });
    it('4: "a child" asks 4-1 (required)', () => {
      expect(codes({ ...plainAnswers(), q4: '1', q10: '1' }).refusals).toEqual(['SURVEY_ANSWER_REQUIRED']);
      expect(codes({ ...plainAnswers(), q4: '1', q4_1: '1', q10: '1' }).refusals).toEqual([]);
    });
    it('001 4-1: "in school" skips 4-2; 000 has no such skip (4-2 may be answered) and asks for the school', () => {
      expect(codes({ ...plainAnswers(), q4: '1', q4_1: '1', q4_2: '2', q10: '1' }, '001').refusals).toEqual(['SURVEY_ANSWER_SKIPPED']);
      expect(codes({ ...plainAnswers(), q4: '1', q4_1: '1', q4_2: '2', q4_1_school: '华容县实验小学', q10: '1' }, '000').refusals).toEqual([]);
      expect(codes({ ...plainAnswers(), q4: '1', q4_1: '1', q4_1_school: '某校', q10: '1' }, '001').refusals).toEqual(['SURVEY_UNKNOWN_QUESTION']);
    });
    it('001 4-1: "not in school" asks for the reason, and it is a finding for education', () => {
      const c = codes({ ...plainAnswers(), q4: '1', q4_1: '2' });
      expect(c.refusals).toEqual(['SURVEY_ANSWER_REQUIRED']);
      expect(codes({ ...plainAnswers(), q4: '1', q4_1: '2', q4_2: '4' }).findings).toEqual(['q4_1:education']);
    });
    it('5: insured skips 5-1; uninsured needs the reason', () => {
      expect(codes({ ...plainAnswers(), q5_1: '1' }).refusals).toEqual(['SURVEY_ANSWER_SKIPPED']);
      expect(codes({ ...plainAnswers(), q5: '2' }).refusals).toEqual(['SURVEY_ANSWER_REQUIRED']);
      expect(codes({ ...plainAnswers(), q5: '2', q5_1: '2' }).findings).toEqual(['q5:medical']);
    });
    it('6: an unsafe or unappraised house is a housing finding; 6-1 only for a safe one', () => {
      expect(codes({ ...plainAnswers(), q6: '2' }).findings).toEqual(['q6:housing']);
      expect(codes({ ...plainAnswers(), q6: '3', q6_1: ['1'] }).refusals).toEqual(['SURVEY_ANSWER_SKIPPED']);
      expect(codes({ ...plainAnswers(), q6_1: ['1', '2'] }).findings).toEqual(['q6_1:housing']);
    });
    it('7: not relocated skips 7-1', () => {
      expect(codes({ ...plainAnswers(), q7_1: '1' }).refusals).toEqual(['SURVEY_ANSWER_SKIPPED']);
      expect(codes({ ...plainAnswers(), q7: '1', q7_1: '2', q7_2: '1', q7_3: '1', q7_4: '1' }).findings).toEqual(['q7_1:relocation']);
    });
    it('8: "③ no" skips to 9; "① C-level repair" skips 8-1 to 8-2; 8-3 "① meets the standard" skips 8-4', () => {
      expect(codes({ ...plainAnswers(), q8_2: '1' }).refusals).toEqual(['SURVEY_ANSWER_SKIPPED']);
      expect(codes({ ...plainAnswers(), q8: '1', q8_1: '1', q8_2: '1', q8_3: '1', q8_5: '1' }).refusals).toEqual(['SURVEY_ANSWER_SKIPPED']);
      expect(codes({ ...plainAnswers(), q8: '1', q8_2: '1', q8_3: '1', q8_5: '1' }).refusals).toEqual([]);
      expect(codes({ ...plainAnswers(), q8: '2', q8_1: '1', q8_2: '1', q8_3: '1', q8_4: ['1'], q8_5: '1' }).refusals).toEqual(['SURVEY_ANSWER_SKIPPED']);
      expect(codes({ ...plainAnswers(), q8: '2', q8_1: '2', q8_2: '1', q8_3: '2', q8_4: ['2', '3'], q8_5: '1' })).toMatchObject({ refusals: [], findings: ['q8_1:housing', 'q8_4:housing'] });
    });
    it('9: tap water skips 9-1; other sources answer it, a shortage is a water finding', () => {
      expect(codes({ ...plainAnswers(), q9_1: '1' }).refusals).toEqual(['SURVEY_ANSWER_SKIPPED']);
      expect(codes({ ...plainAnswers(), q9: '2' }).refusals).toEqual(['SURVEY_ANSWER_REQUIRED', 'SURVEY_ANSWER_REQUIRED', 'SURVEY_ANSWER_REQUIRED']);
      expect(codes({ ...plainAnswers(), q9: '2', q9_1: '2', q9_2: '1', q9_3: '1' }).findings).toEqual(['q9_1:water']);
    });
    it('12: no employment policy skips 12-1 to 12-2; no migrant worker skips 12-3', () => {
      expect(codes({ ...plainAnswers(), q12_1: ['1'] }).refusals).toEqual(['SURVEY_ANSWER_SKIPPED']);
      expect(codes({ ...plainAnswers(), q12_3: '1' }).refusals).toEqual(['SURVEY_ANSWER_SKIPPED']);
      expect(codes({ ...plainAnswers(), q12_2: '1', q12_3: '3' }).refusals).toEqual([]);
    });
    it('13–15, 19: "no" skips the follow-ups', () => {
      for (const skipped of [{ q13_1: '1' }, { q14_1: '1' }, { q15_1: 5000 }, { q19_1: ['1'] }] as Answers[]) {
        expect(codes({ ...plainAnswers(), ...skipped }).refusals).toEqual(['SURVEY_ANSWER_SKIPPED']);
      }
      expect(codes({ ...plainAnswers(), q14_3: '2', q14_4: '1' }).refusals).toEqual(['SURVEY_ANSWER_SKIPPED']);
      expect(codes({ ...plainAnswers(), q15: '1', q15_1: 50000, q15_2: 2100 }).refusals).toEqual([]);
    });
  });

  describe('rules', () => {
    it('Q10 blocks: a child in school per Q4 but "no student since registration"', () => {
      const answers = { ...plainAnswers(), q4: '1', q4_1: '1', q10: '2' };
      const j = judgeAnswers(povertyHouseholdForm('001'), answers);
      expect(j.refusals).toEqual([expect.objectContaining({ code: 'SURVEY_Q10_STUDENT_CONTRADICTS_Q4', zh: '第4题填写有在校生，此处不能为"否"', facts: { question: 'q10' } })]);
      expect(codes({ ...answers, q10: '1' }).refusals).toEqual([]);
      // a child not in school is no contradiction
      expect(codes({ ...answers, q4_1: '2', q4_2: '1' }).refusals).toEqual([]);
    });
    it('Q10 holds in the 000 edition too', () => {
      expect(codes({ ...plainAnswers(), q4: '1', q4_1: '1', q10: '2' }, '000').refusals).toEqual(['SURVEY_Q10_STUDENT_CONTRADICTS_Q4']);
    });
    it('Q11 warns: "no health policy" is accepted with a warning and a medical finding', () => {
      expect(codes({ ...plainAnswers(), q11: '2', q11_1: undefined as never })).toEqual({ refusals: [], warnings: ['SURVEY_Q11_NO_HEALTH_POLICY'], findings: ['q11:medical'] });
    });
    it("Q11-1's choices differ: 000 lists the free check-up, 001 特惠保", () => {
      const label = (edition: '000' | '001', name: string) => povertyHouseholdForm(edition).choices.find((c) => c.list === 'health_policy' && c.name === name)?.label;
      expect(label('000', '6')).toBe('享受一次上门免费健康体检服务');
      expect(label('001', '7')).toBe('参加特惠保');
    });
    it('answers of the wrong type are refused', () => {
      expect(codes({ ...plainAnswers(), q2: '3', q1_total: -5 }).refusals).toEqual(['SURVEY_RULE_Q1_TOTAL', 'SURVEY_ANSWER_INVALID']);
      expect(codes({ ...plainAnswers(), q1_total: '32000' }).refusals).toEqual(['SURVEY_ANSWER_INVALID']);
    });
  });
});
