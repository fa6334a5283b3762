import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { earnedIncome, grossIncome, perCapitaNetIncome } from '../../src/domain/income.ts';
import { head, household, member } from './fixtures.ts';
import { seeded } from '../support/property.ts';

const threePeople = [head(), member(), member({ name: '张小', relation: 'child', birthDate: '2010-09-01', studentStatus: 'compulsory', labour: 'none' })];

describe('perCapitaNetIncome (人均纯收入)', () => {
  it('sums the four kinds, subtracts production costs and divides by household size', () => {
    const h = household({
      members: threePeople,
      incomes: { '2023': { wage: 9000, business: 6000, property: 300, transfer: 2400, productionCosts: 2700 } },
    });
    expect(perCapitaNetIncome(h, 2023)).toEqual({ ok: true, value: 5000 });
  });

  it('rounds to the fen, half away from zero', () => {
    const h = household({
      members: threePeople,
      incomes: { '2023': { wage: 10000, business: 0, property: 0, transfer: 0, productionCosts: 0 } },
    });
    expect(perCapitaNetIncome(h, 2023)).toEqual({ ok: true, value: 3333.33 });
    const half = household({ incomes: { '2023': { wage: 0.01, business: 0, property: 0, transfer: 0, productionCosts: 0 } } });
    expect(perCapitaNetIncome(half, 2023)).toEqual({ ok: true, value: 0.01 }); // 0.5 fen → 1 fen
    const loss = household({ incomes: { '2023': { wage: 0, business: 0, property: 0, transfer: 0, productionCosts: 0.01 } } });
    expect(perCapitaNetIncome(loss, 2023)).toEqual({ ok: true, value: -0.01 });
  });

  it('is exact where floating point is not (0.1 + 0.2)', () => {
    const h = household({
      members: [head()],
      incomes: { '2023': { wage: 0.1, business: 0.2, property: 0, transfer: 0, productionCosts: 0 } },
    });
    expect(perCapitaNetIncome(h, 2023)).toEqual({ ok: true, value: 0.3 });
  });

  it('reports a missing year by name', () => {
    expect(perCapitaNetIncome(household(), 2022)).toEqual({ ok: false, error: { code: 'INCOME_YEAR_MISSING', year: 2022 } });
  });

  it('separates gross and earned income from transfers', () => {
    const i = { wage: 100, business: 200, property: 30, transfer: 4000, productionCosts: 50, schoolingExpenses: 0, medicalExpenses: 0 };
    expect(grossIncome(i)).toBe(4330);
    expect(earnedIncome(i)).toBe(330);
  });

  it('times the household size gives back the net income within half a fen per person', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 1, max: 3 }), (wageFen, costFen, size) => {
      const h = household({
        members: threePeople.slice(0, size).map((m, i) => (i === 0 ? m : { ...m, relation: 'child' as const })),
        incomes: { '2023': { wage: wageFen / 100, business: 0, property: 0, transfer: 0, productionCosts: costFen / 100 } },
      });
      const r = perCapitaNetIncome(h, 2023);
      if (!r.ok) throw new Error('expected a value');
      expect(Math.abs(r.value * 100 * size - (wageFen - costFen))).toBeLessThanOrEqual(size / 2 + 1e-6);
      expect(Number.isInteger(Math.round(r.value * 100 * 1e6) / 1e6)).toBe(true);
    }), seeded());
  });
});
