import { describe, expect, it } from 'vitest';
import { proposeCard } from '../../src/domain/card-criteria.ts';
import { codes, GENERIC_2024, head, household, HUARONG_2020, incomeOf, member } from './fixtures.ts';

const illness = [{ kind: 'illness' as const }];
const noLabour = [head({ labour: 'none' }), member({ labour: 'none', health: { status: 'disabled', grade: 1 } })];

describe('proposeCard, 华容县 2020 (seed 000)', () => {
  const propose = (over: Parameters<typeof household>[0]) => proposeCard(household(over), 2019, HUARONG_2020);

  it('makes every registered household not yet escaped red, whatever its income or labour', () => {
    expect(propose({ povertyStatus: 'not-escaped', incomes: { '2019': incomeOf(9000, 2) } })).toMatchObject({ card: 'red', basis: 'RED_NOT_ESCAPED' });
    expect(propose({ povertyStatus: 'returned' })).toMatchObject({ card: 'red' });
    expect(propose({ povertyStatus: 'not-escaped', incomes: {} })).toMatchObject({ card: 'red', perCapitaIncome: null });
  });

  it('makes an escaped household below the line and at risk yellow', () => {
    expect(propose({ risks: illness })).toEqual({ card: 'yellow', basis: 'YELLOW_ESCAPED_AT_RISK', perCapitaIncome: 4000, excludedBy: [] });
    expect(propose({ povertyStatus: 'monitored' })).toMatchObject({ card: 'yellow' }); // 脱贫监测户 is at risk
  });

  it('makes an escaped household green when stable: no risk, or at or above the line', () => {
    expect(propose({})).toMatchObject({ card: 'green', basis: 'GREEN_ESCAPED_STABLY' });
    expect(propose({ risks: illness, incomes: { '2019': incomeOf(5000, 2) } })).toMatchObject({ card: 'green' });
  });

  it('keeps an escaped household with a consumer car from yellow: green, naming the rule', () => {
    const s = propose({ risks: illness, exclusions: { consumerCar: true } });
    expect(s).toMatchObject({ card: 'green', basis: 'GREEN_EXCLUDED_FROM_YELLOW' });
    expect(codes(s.excludedBy)).toEqual(['NEVER_YELLOW_BLUE_CONSUMER_CAR']);
  });

  it('makes a non-registered household below the line blue only for illness, disaster or schooling risks', () => {
    const edge = { registration: 'edge' as const, povertyStatus: null };
    expect(propose({ ...edge, risks: illness })).toMatchObject({ card: 'blue', basis: 'BLUE_AT_RISK' });
    expect(propose({ ...edge, risks: [{ kind: 'disaster' }] })).toMatchObject({ card: 'blue' });
    expect(propose({ ...edge, risks: [{ kind: 'schooling' }] })).toMatchObject({ card: 'blue' });
    expect(propose({ ...edge, risks: [{ kind: 'accident' }] })).toMatchObject({ card: null, basis: 'NO_CARD_NOT_AT_RISK' });
    expect(propose({ ...edge, risks: illness, incomes: { '2019': incomeOf(5000, 2) } })).toMatchObject({ card: null });
  });

  it('counts commercial housing against blue in 华容 only', () => {
    const over = { registration: 'edge' as const, povertyStatus: null, risks: illness, exclusions: { commercialHousing: true } };
    expect(propose(over)).toMatchObject({ card: null, basis: 'NO_CARD_EXCLUDED' });
    expect(proposeCard(household(over), 2019, GENERIC_2024)).toMatchObject({ card: 'blue' });
  });

  it('cannot judge income-dependent cards without the year\'s income', () => {
    expect(propose({ incomes: {} })).toMatchObject({ card: null, basis: 'NO_CARD_INCOME_NOT_RECORDED' });
  });
});

describe('proposeCard, generic county 2024 (seed 003)', () => {
  const propose = (over: Parameters<typeof household>[0]) => proposeCard(household(over), 2023, GENERIC_2024);
  const notEscaped = { povertyStatus: 'not-escaped' as const };

  it('makes red only a not-escaped household without labour and without earned income', () => {
    const onTransfers = { '2023': incomeOf(0, 2, { transfer: 6000 }) };
    expect(propose({ ...notEscaped, members: noLabour, incomes: onTransfers })).toMatchObject({ card: 'red', basis: 'RED_NO_LABOUR_NO_INCOME' });
    const earns = { '2023': incomeOf(0, 2, { business: 800 }) };
    expect(propose({ ...notEscaped, members: noLabour, incomes: earns })).toMatchObject({ card: 'yellow', basis: 'YELLOW_NOT_ESCAPED' });
    expect(propose({ ...notEscaped, members: noLabour, incomes: {} })).toMatchObject({ card: null, basis: 'NO_CARD_INCOME_NOT_RECORDED' });
  });

  it('makes every other not-escaped household yellow, income regardless', () => {
    expect(propose({ ...notEscaped, incomes: { '2023': incomeOf(9000, 2) } })).toMatchObject({ card: 'yellow', basis: 'YELLOW_NOT_ESCAPED' });
    expect(propose({ povertyStatus: 'returned' })).toMatchObject({ card: 'yellow' });
  });

  it('has no card for a not-escaped household that may not be yellow', () => {
    const s = propose({ ...notEscaped, exclusions: { luxuriousDecoration: true } });
    expect(s).toMatchObject({ card: null, basis: 'NO_CARD_EXCLUDED' });
    expect(codes(s.excludedBy)).toEqual(['NEVER_YELLOW_BLUE_LUXURIOUS_DECORATION']);
  });

  it('treats escaped households as 华容 does', () => {
    expect(propose({ risks: illness })).toMatchObject({ card: 'yellow', basis: 'YELLOW_ESCAPED_AT_RISK' });
    expect(propose({})).toMatchObject({ card: 'green' });
  });

  it('makes any non-registered farmer blue below the line with the named risks', () => {
    expect(propose({ registration: 'ordinary', povertyStatus: null, risks: [{ kind: 'schooling' }] })).toMatchObject({ card: 'blue' });
  });
});
