import type { Household } from './household.ts';
import type { IncomeYear } from './household-facts.ts';
import { err, ok, type Result } from './result.ts';

export type IncomeError =
  | { readonly code: 'INCOME_YEAR_MISSING'; readonly year: number }
  | { readonly code: 'HOUSEHOLD_EMPTY' };

// Money is counted in whole fen so that sums are exact; yuan appear only at the edges.
const toFen = (yuan: number): number => Math.round(yuan * 100);

/** Half away from zero, so that a loss rounds like a gain of the same size. */
const divideRounded = (fen: number, by: number): number => {
  const q = Math.round(Math.abs(fen) / by);
  return fen < 0 && q !== 0 ? -q : q;
};

export const incomeOfYear = (h: Household, year: number): Result<IncomeYear, IncomeError> => {
  const income = h.incomes[String(year)];
  return income === undefined ? err({ code: 'INCOME_YEAR_MISSING', year }) : ok(income);
};

/** 家庭总收入: all four kinds, before production costs. */
export const grossIncome = (i: IncomeYear): number =>
  (toFen(i.wage) + toFen(i.business) + toFen(i.property) + toFen(i.transfer)) / 100;

/** Income the household earns itself (wage, business, property), i.e. without transfers such as 低保. */
export const earnedIncome = (i: IncomeYear): number => (toFen(i.wage) + toFen(i.business) + toFen(i.property)) / 100;

/**
 * 人均纯收入 of a year, in yuan rounded to the fen (half away from zero):
 * (工资性 + 经营性 + 财产性 + 转移性 − 生产经营性支出) / household size. It can be negative in a ruinous year.
 */
export const perCapitaNetIncome = (h: Household, year: number): Result<number, IncomeError> => {
  if (h.members.length === 0) return err({ code: 'HOUSEHOLD_EMPTY' });
  const income = incomeOfYear(h, year);
  if (!income.ok) return income;
  const netFen = toFen(grossIncome(income.value)) - toFen(income.value.productionCosts);
  return ok(divideRounded(netFen, h.members.length) / 100);
};
