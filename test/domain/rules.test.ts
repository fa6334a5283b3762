import { describe, expect, it } from 'vitest';
import { checkHouseholdData, FIELD_RULES } from '../../src/domain/rules.ts';
import { codes, head, household, member } from './fixtures.ts';

type Over = Parameters<typeof household>[0];
const check = (over: Over) => {
  const r = checkHouseholdData(household({ policiesEnjoyed: ['health'], ...over }));
  return { refusals: codes(r.refusals), warnings: codes(r.warnings) };
};
const notEscaped = { povertyStatus: 'not-escaped' as const };

describe('field-data logic checks (seed 002)', () => {
  it('passes a consistent household', () => {
    expect(check({})).toEqual({ refusals: [], warnings: [] });
  });

  it('blocks a cause its members do not show, for a household not yet escaped', () => {
    expect(check({ ...notEscaped, mainCauseOfPoverty: 'illness' }).refusals).toEqual(['CAUSE_ILLNESS_WITHOUT_SICK_MEMBER']);
    expect(check({ ...notEscaped, mainCauseOfPoverty: 'disability' }).refusals).toEqual(['CAUSE_DISABILITY_WITHOUT_DISABLED_MEMBER']);
    expect(check({ ...notEscaped, mainCauseOfPoverty: null, otherCausesOfPoverty: ['schooling'] }).refusals).toEqual(['CAUSE_SCHOOLING_WITHOUT_STUDENT']);
  });

  it('accepts the cause when a member shows it', () => {
    expect(check({ ...notEscaped, mainCauseOfPoverty: 'illness', members: [head({ health: { status: 'chronic-illness' } }), member()] }).refusals).toEqual([]);
    expect(check({ ...notEscaped, mainCauseOfPoverty: 'disability', members: [head(), member({ health: { status: 'disabled', grade: 3 } })] }).refusals).toEqual([]);
    expect(check({ ...notEscaped, mainCauseOfPoverty: 'schooling', members: [head(), member({ studentStatus: 'senior-high' })] }).refusals).toEqual([]);
  });

  it('only warns for an escaped household, whose cause describes it before escaping', () => {
    expect(check({ mainCauseOfPoverty: 'illness' })).toEqual({ refusals: [], warnings: ['CAUSE_ILLNESS_WITHOUT_SICK_MEMBER'] });
  });

  it('never accepts lack of funds as a cause', () => {
    expect(check({ mainCauseOfPoverty: 'lack-of-funds' }).refusals).toEqual(['CAUSE_LACK_OF_FUNDS']);
    expect(check({ otherCausesOfPoverty: ['lack-of-funds'] }).refusals).toEqual(['CAUSE_LACK_OF_FUNDS']);
  });

  it('blocks industry or employment projects, and lack of motivation, for a household without labour', () => {
    const none = [head({ labour: 'none' }), member({ labour: 'none' })];
    expect(check({ members: none, policiesEnjoyed: ['health', 'employment'] }).refusals).toEqual(['NO_LABOUR_WITH_INDUSTRY_OR_EMPLOYMENT_AID']);
    expect(check({ members: none, mainCauseOfPoverty: 'lack-of-motivation' }).refusals).toEqual(['CAUSE_LACK_OF_MOTIVATION_WITHOUT_LABOUR']);
    expect(check({ policiesEnjoyed: ['health', 'industry'] }).refusals).toEqual([]);
  });

  it('blocks a student working more than half a year', () => {
    const student = member({ name: '张小', relation: 'child', studentStatus: 'higher', employment: { place: 'within-province', monthsPerYear: 7 } });
    const r = checkHouseholdData(household({ policiesEnjoyed: ['health'], members: [head(), student] }));
    expect(r.refusals).toEqual([expect.objectContaining({ code: 'STUDENT_WORKING_OVER_HALF_YEAR', facts: { member: 1 } })]);
  });

  it('warns about a severely disabled member recorded as a normal labourer', () => {
    expect(check({ members: [head(), member({ health: { status: 'disabled', grade: 1 } })] }).warnings).toEqual(['SEVERE_DISABILITY_WITH_NORMAL_LABOUR']);
    expect(check({ members: [head(), member({ health: { status: 'disabled', grade: 3 } })] }).warnings).toEqual([]);
  });

  it('warns, without blocking, when a registered household has had no health assistance (seed 001 q11)', () => {
    expect(checkHouseholdData(household({ policiesEnjoyed: [] })).warnings.map((w) => w.code)).toEqual(['NO_HEALTH_POLICY_ENJOYED']);
    expect(checkHouseholdData(household({ registration: 'ordinary', povertyStatus: null })).warnings).toEqual([]);
  });

  it('has bilingual messages for every code', () => {
    for (const { zh, en } of Object.values(FIELD_RULES)) {
      expect(zh).toMatch(/[\u4e00-\u9fff]/);
      expect(en).not.toBe('');
    }
  });
});
