import { describe, expect, it } from 'vitest';
import { assessMonitoring, checkRiskElimination } from '../../src/domain/monitoring-criteria.ts';
import type { Policy } from '../../src/domain/policy.ts';
import { codes, GENERIC_2024, head, household, incomeOf, member } from './fixtures.ts';

type Over = Parameters<typeof household>[0];
const illness = [{ kind: 'illness' as const }];
const assess = (over: Over, policy: Policy = GENERIC_2024) => assessMonitoring(household(over), 2023, policy);

describe('assessMonitoring (seed 004)', () => {
  it('must include a household below the line (6000) with a risk', () => {
    const a = assess({ risks: illness, incomes: { '2023': incomeOf(5900, 2) } });
    expect(a).toMatchObject({ verdict: 'must-include', perCapitaIncome: 5900, refusals: [] });
    expect(codes(a.warnings)).toEqual(['MONITORING_BELOW_LINE_WITH_RISK']);
  });

  it('uses the configured line of the year', () => {
    const lower: Policy = { ...GENERIC_2024, monitoring: { ...GENERIC_2024.monitoring, incomeLine: 5500 } };
    expect(assess({ risks: illness, incomes: { '2023': incomeOf(5900, 2) } }, lower).verdict).toBe('may-include');
  });

  it('does not include a household without risk, nor a stable one with well-off children', () => {
    expect(assess({}).verdict).toBe('not-included');
    const stable = { risks: illness, livelihood: { incomeStable: true, basicNeedsAndWaterSecure: true }, exclusions: { childrenHouseholds: { wellOff: true } } };
    expect(assess(stable)).toMatchObject({ verdict: 'not-included' });
    expect(codes(assess(stable).warnings)).toEqual(['MONITORING_BELOW_LINE_STABLE']);
    expect(assess({ ...stable, exclusions: { childrenHouseholds: { wellOff: false } } }).verdict).toBe('must-include');
    expect(assess({ ...stable, livelihood: undefined }).verdict).toBe('must-include');
  });

  it('leaves a household at risk above the line to judgement (sudden severe hardship)', () => {
    const a = assess({ risks: [{ kind: 'accident' }], incomes: { '2023': incomeOf(8000, 2, { medicalExpenses: 30000 }) } });
    expect(a.verdict).toBe('may-include');
    expect(codes(a.warnings)).toEqual(['MONITORING_ABOVE_LINE_WITH_RISK']);
  });

  it('excludes for a consumer car, a public-funds member or an executive, in the household or a child\'s', () => {
    const at = { risks: illness };
    expect(codes(assess({ ...at, exclusions: { consumerCar: true } }).refusals)).toEqual(['MONITORING_EXCLUDED_CONSUMER_CAR']);
    expect(codes(assess({ ...at, exclusions: { childrenHouseholds: { consumerCar: true } } }).refusals)).toEqual(['MONITORING_EXCLUDED_CONSUMER_CAR']);
    expect(codes(assess({ ...at, exclusions: { publicFundsMember: true } }).refusals)).toEqual(['MONITORING_EXCLUDED_PUBLIC_FUNDS_MEMBER']);
    expect(codes(assess({ ...at, exclusions: { childrenHouseholds: { enterpriseExecutive: true } } }).refusals)).toEqual(['MONITORING_EXCLUDED_ENTERPRISE_EXECUTIVE']);
    expect(assess({ ...at, exclusions: { enterpriseExecutive: true } }).verdict).toBe('excluded');
    // commercial housing is a four-card matter, not a monitoring one
    expect(assess({ ...at, exclusions: { commercialHousing: true } }).verdict).toBe('must-include');
  });

  it('cannot decide without the year\'s income', () => {
    const a = assess({ risks: illness, incomes: {} });
    expect(a.verdict).toBe('undetermined');
    expect(codes(a.refusals)).toEqual(['MONITORING_INCOME_NOT_RECORDED']);
  });
});

describe('checkRiskElimination', () => {
  it('keeps a household without labour capacity monitored', () => {
    expect(codes(checkRiskElimination(household({ members: [head({ labour: 'none' }), member({ labour: 'none' })] })).refusals))
      .toEqual(['RISK_ELIMINATION_NO_LABOUR']);
    expect(checkRiskElimination(household({ members: [head({ labour: 'none' }), member({ labour: 'weak' })] })).refusals).toEqual([]);
  });
});
