import type { Answers } from '../../../src/surveys/judge.ts';

/** a household with nothing unusual: every required question answered, every skip taken */
export const plainAnswers = (): Answers => ({
  q1_total: 32000, q1_per_capita: 8000, q1_1_wage: 24000, q2: '1', q3: '1', q4: '2', q5: '1', q6: '1', q7: '2', q8: '3', q9: '1',
  q10: '2', q11: '1', q11_1: ['1', '4'], q12: '2', q12_2: '2', q13: '2', q14: '2', q14_2: '2', q14_3: '1', q14_4: '2', q15: '2',
  q16: '2', q17: '2', q18: '1', q19: '2', q20: '2',
});
