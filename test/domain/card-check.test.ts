import { describe, expect, it } from 'vitest';
import { CARD_RULES, checkProposal } from '../../src/domain/card-criteria.ts';
import type { Card } from '../../src/domain/card.ts';
import type { Policy } from '../../src/domain/policy.ts';
import { codes, GENERIC_2024, head, household, HUARONG_2020, incomeOf, member } from './fixtures.ts';

type Over = Parameters<typeof household>[0];
const illness = [{ kind: 'illness' as const }];
const edge = { registration: 'edge' as const, povertyStatus: null };
const refusals = (over: Over, card: Card, policy: Policy = HUARONG_2020, year = 2019) =>
  codes(checkProposal(household(over), card, year, policy).refusals);
const warnings = (over: Over, card: Card, policy: Policy = HUARONG_2020, year = 2019) =>
  codes(checkProposal(household(over), card, year, policy).warnings);

describe('checkProposal: never yellow or blue', () => {
  it('refuses a consumer car, luxurious decoration and parents apart from able children for yellow and blue', () => {
    expect(refusals({ risks: illness, exclusions: { consumerCar: true } }, 'yellow')).toEqual(['NEVER_YELLOW_BLUE_CONSUMER_CAR']);
    expect(refusals({ ...edge, risks: illness, exclusions: { luxuriousDecoration: true } }, 'blue')).toEqual(['NEVER_YELLOW_BLUE_LUXURIOUS_DECORATION']);
    expect(refusals({ risks: illness, exclusions: { parentsApartFromAbleChildren: true } }, 'yellow', GENERIC_2024))
      .toEqual(['NEVER_YELLOW_BLUE_PARENTS_APART_FROM_ABLE_CHILDREN']);
  });

  it('does not apply them to green or red', () => {
    expect(refusals({ exclusions: { consumerCar: true, luxuriousDecoration: true } }, 'green')).toEqual([]);
  });

  it('refuses commercial housing in 华容 only', () => {
    const over = { risks: illness, exclusions: { commercialHousing: true } };
    expect(refusals(over, 'yellow', HUARONG_2020)).toEqual(['NEVER_YELLOW_BLUE_COMMERCIAL_HOUSING']);
    expect(refusals(over, 'yellow', GENERIC_2024)).toEqual([]);
  });

  it('refuses a single-person household under the age limit unless disabled or seriously ill', () => {
    const alone = { members: [head()], risks: illness, incomes: { '2019': incomeOf(4000, 1), '2025': incomeOf(4000, 1) } };
    expect(refusals(alone, 'yellow')).toEqual(['NEVER_YELLOW_BLUE_SINGLE_PERSON_UNDER_AGE_LIMIT']); // 54 at the end of 2019
    expect(refusals(alone, 'yellow', HUARONG_2020, 2025)).toEqual([]); // 60 at the end of 2025
    expect(refusals({ ...alone, members: [head({ health: { status: 'disabled', grade: 3 } })] }, 'yellow')).toEqual([]);
    expect(refusals({ ...alone, members: [head({ health: { status: 'serious-illness' } })] }, 'yellow')).toEqual([]);
    expect(refusals({ ...alone, members: [head({ health: { status: 'chronic-illness' } })] }, 'yellow')).toHaveLength(1);
    const older: Policy = { ...HUARONG_2020, fourCard: { ...HUARONG_2020.fourCard, singlePersonAgeLimit: 50 } };
    expect(refusals(alone, 'yellow', older)).toEqual([]);
  });

  it('names every broken rule at once', () => {
    const over = { ...edge, exclusions: { consumerCar: true, luxuriousDecoration: true }, incomes: { '2019': incomeOf(6000, 2) } };
    expect(refusals(over, 'blue')).toEqual([
      'NEVER_YELLOW_BLUE_CONSUMER_CAR', 'NEVER_YELLOW_BLUE_LUXURIOUS_DECORATION',
      'BLUE_INCOME_AT_OR_ABOVE_LINE', 'BLUE_WITHOUT_ILLNESS_DISASTER_SCHOOLING_RISK',
    ]);
  });
});

describe('checkProposal: card and category must match', () => {
  it('refuses red, yellow and green for a household that is not registered, blue for one that is', () => {
    expect(refusals(edge, 'red')).toEqual(['RED_REQUIRES_REGISTERED']);
    expect(refusals({ ...edge, risks: illness }, 'yellow')).toEqual(['YELLOW_REQUIRES_REGISTERED']);
    expect(refusals(edge, 'green')).toEqual(['GREEN_REQUIRES_REGISTERED']);
    expect(refusals({ risks: illness }, 'blue')).toEqual(['BLUE_REQUIRES_NOT_REGISTERED']);
  });

  it('refuses red for an escaped household and green for one not escaped', () => {
    expect(refusals({}, 'red')).toEqual(['RED_REQUIRES_NOT_ESCAPED']);
    expect(refusals({ povertyStatus: 'not-escaped' }, 'green', GENERIC_2024, 2023)).toEqual(['GREEN_REQUIRES_ESCAPED']);
  });

  it('in 华容 refuses yellow for a not-escaped household (it is red); the generic county allows it', () => {
    expect(refusals({ povertyStatus: 'not-escaped' }, 'yellow', HUARONG_2020)).toEqual(['YELLOW_REQUIRES_ESCAPED']);
    expect(refusals({ povertyStatus: 'not-escaped' }, 'yellow', GENERIC_2024, 2023)).toEqual([]);
  });

  it('in the generic county refuses red unless the household has no labour and no earned income', () => {
    const notEscaped = { povertyStatus: 'not-escaped' as const };
    expect(refusals(notEscaped, 'red', GENERIC_2024, 2023)).toEqual(['RED_REQUIRES_NO_LABOUR_NO_INCOME']);
    const noLabour = [head({ labour: 'none' }), member({ labour: 'none' })];
    expect(refusals({ ...notEscaped, members: noLabour, incomes: { '2023': incomeOf(0, 2, { transfer: 5000 }) } }, 'red', GENERIC_2024, 2023)).toEqual([]);
    expect(refusals({ ...notEscaped, members: noLabour, incomes: { '2023': incomeOf(100, 2) } }, 'red', GENERIC_2024, 2023)).toEqual(['RED_REQUIRES_NO_LABOUR_NO_INCOME']);
    expect(refusals({ ...notEscaped, members: noLabour, incomes: {} }, 'red', GENERIC_2024, 2023)).toEqual(['INCOME_NOT_RECORDED']);
    expect(refusals(notEscaped, 'red', HUARONG_2020)).toEqual([]);
  });

  it('refuses yellow at or above the line, without risk, or without a recorded income', () => {
    expect(refusals({ risks: illness, incomes: { '2019': incomeOf(5000, 2) } }, 'yellow')).toEqual(['YELLOW_INCOME_AT_OR_ABOVE_LINE']);
    expect(refusals({ risks: illness, incomes: { '2019': incomeOf(4999.99, 2) } }, 'yellow')).toEqual([]);
    expect(refusals({}, 'yellow')).toEqual(['YELLOW_WITHOUT_RISK']);
    expect(refusals({ risks: illness, incomes: {} }, 'yellow')).toEqual(['INCOME_NOT_RECORDED']);
  });

  it('puts the numbers in the refusal', () => {
    const r = checkProposal(household({ risks: illness, incomes: { '2019': incomeOf(5200, 2) } }), 'yellow', 2019, HUARONG_2020);
    expect(r.refusals[0]).toMatchObject({ code: 'YELLOW_INCOME_AT_OR_ABOVE_LINE', facts: { incomeLine: 5000, perCapitaIncome: 5200 } });
    expect(r.refusals[0]?.zh).toMatch(/黄卡/);
  });

  it('uses the configured line', () => {
    const higher: Policy = { ...HUARONG_2020, fourCard: { ...HUARONG_2020.fourCard, incomeLine: 6000 } };
    expect(refusals({ risks: illness, incomes: { '2019': incomeOf(5500, 2) } }, 'yellow', higher)).toEqual([]);
  });
});

describe('checkProposal: warnings', () => {
  it('passes a proposal that matches the criteria with nothing to say', () => {
    expect(checkProposal(household({ incomes: { '2019': incomeOf(8000, 2) } }), 'green', 2019, HUARONG_2020)).toEqual({ refusals: [], warnings: [] });
  });

  it('warns when income is within the margin of the line, on either side', () => {
    expect(warnings({ risks: illness, incomes: { '2019': incomeOf(4600, 2) } }, 'yellow')).toContain('INCOME_NEAR_LINE');
    expect(warnings({ incomes: { '2019': incomeOf(5500, 2) } }, 'green')).toContain('INCOME_NEAR_LINE');
    expect(warnings({ risks: illness, incomes: { '2019': incomeOf(4400, 2) } }, 'yellow')).not.toContain('INCOME_NEAR_LINE');
    const exact: Policy = { ...HUARONG_2020, fourCard: { ...HUARONG_2020.fourCard, nearLineMargin: 0 } };
    expect(warnings({ risks: illness, incomes: { '2019': incomeOf(4600, 2) } }, 'yellow', exact)).not.toContain('INCOME_NEAR_LINE');
  });

  it('shows the priority considerations below the line', () => {
    const weak = [head({ labour: 'weak' }), member({ labour: 'none', health: { status: 'disabled', grade: 2 } }), member({ name: '王五', health: { status: 'serious-illness' }, labour: 'none' })];
    const w = warnings({ risks: illness, members: weak, incomes: { '2019': incomeOf(3000, 3) } }, 'yellow');
    expect(w).toEqual(['PRIORITY_FEW_OR_WEAK_LABOUR', 'PRIORITY_DISABILITY', 'PRIORITY_SERIOUS_ILLNESS']);
    expect(warnings({ risks: illness, members: weak, incomes: { '2019': incomeOf(6000, 3) } }, 'green')).toEqual([]);
  });

  it('counts few labourers by share: one normal labourer in three is few, one in two is not', () => {
    const three = [head(), member({ labour: 'weak' }), member({ name: '张小', relation: 'child', labour: 'none' })];
    expect(warnings({ risks: illness, members: three, incomes: { '2019': incomeOf(3000, 3) } }, 'yellow')).toContain('PRIORITY_FEW_OR_WEAK_LABOUR');
    expect(warnings({ risks: illness }, 'yellow')).not.toContain('PRIORITY_FEW_OR_WEAK_LABOUR');
  });

  it('flags schooling costs far above gross income (factor 1.5 by default)', () => {
    const costly = { '2019': incomeOf(3000, 2, { schoolingExpenses: 9001 }) }; // gross 6000 × 1.5 = 9000
    expect(warnings({ risks: [{ kind: 'schooling' }], incomes: costly }, 'yellow')).toContain('PRIORITY_SCHOOLING_COSTS');
    const bearable = { '2019': incomeOf(3000, 2, { schoolingExpenses: 9000 }) };
    expect(warnings({ risks: [{ kind: 'schooling' }], incomes: bearable }, 'yellow')).not.toContain('PRIORITY_SCHOOLING_COSTS');
  });

  it('warns when the proposal differs from what the criteria suggest, and says what they suggest', () => {
    const r = checkProposal(household({ risks: illness }), 'green', 2019, HUARONG_2020);
    expect(r.refusals).toEqual([]);
    expect(r.warnings.find((w) => w.code === 'DIFFERS_FROM_SUGGESTION')?.facts).toEqual({ proposed: 'green', suggested: 'yellow', basis: 'YELLOW_ESCAPED_AT_RISK' });
  });

  it('asks 华容 signers to confirm an ordinary household given blue is a special-hardship one', () => {
    const ordinary = { registration: 'ordinary' as const, povertyStatus: null, risks: illness };
    expect(warnings(ordinary, 'blue', HUARONG_2020)).toContain('BLUE_ORDINARY_HOUSEHOLD');
    expect(warnings(ordinary, 'blue', GENERIC_2024)).not.toContain('BLUE_ORDINARY_HOUSEHOLD');
    expect(warnings({ ...ordinary, registration: 'edge' }, 'blue', HUARONG_2020)).not.toContain('BLUE_ORDINARY_HOUSEHOLD');
  });
});

describe('the rule catalogue', () => {
  it('has a Chinese and an English message for every code, and is plain JSON', () => {
    for (const [code, { zh, en }] of Object.entries(CARD_RULES)) {
      expect(code).toMatch(/^[A-Z_]+$/);
      expect(zh).toMatch(/[\u4e00-\u9fff]/);
      expect(en.length).toBeGreaterThan(10);
    }
    const r = checkProposal(household({ risks: illness, exclusions: { consumerCar: true } }), 'yellow', 2019, HUARONG_2020);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });
});
