import type { HouseholdInput } from '../../src/domain/household.ts';
import type { Draw } from './draw.ts';
import { ageOf } from './members.ts';
import type { MemberInput } from './members.ts';

type IncomeYear = HouseholdInput['incomes'][string];

/** what a household's income level depends on, beyond its members */
export type Standing = 'ordinary' | 'edge' | 'escaped' | 'monitored' | 'not-escaped' | 'returned';

/**
 * Per-capita net income (人均纯收入) of 2025, in yuan, drawn log-normally around a median per standing (made-up
 * medians: ordinary 16,000, edge 6,500, escaped 9,500, monitored 6,000, not escaped 4,200): about 6 % of escaped
 * households fall under the 5,000 line, which, with a risk, makes them yellow cards.
 */
const MEDIANS: Readonly<Record<Standing, readonly [number, number]>> = {
  ordinary: [16_000, 0.5], edge: [6_500, 0.3], escaped: [9_500, 0.5], monitored: [6_000, 0.3], 'not-escaped': [4_200, 0.3], returned: [4_000, 0.35],
};

const SCHOOLING_COST: Partial<Record<MemberInput['studentStatus'], number>> = { preschool: 1_500, compulsory: 600, 'senior-high': 4_000, 'secondary-vocational': 2_500, higher: 9_000 };

/**
 * One year's income by kind: transfers first (basic pension 2,100 a year from 60 on; 低保 4,200 a person for
 * subsistence-allowance households), wages from members who work away, the rest from farming and fishing with
 * 35 % production costs; schooling and medical costs as the priority rules weigh them.
 */
export const incomeYear = (draw: Draw, members: readonly MemberInput[], perCapita: number, allowance: boolean, scale = 1): IncomeYear => {
  const size = members.length;
  const pension = members.filter((m) => ageOf(m) >= 60).length * 2_100;
  const transfer = Math.round((pension + (allowance ? 4_200 * size : 0) + draw.int(0, 400)) * scale);
  const earnedNet = Math.max(0, Math.round(perCapita * size * scale) - transfer);
  const working = members.some((m) => m.employment.place !== 'none');
  const wage = Math.round(earnedNet * (working ? 0.55 + 0.3 * draw.next() : 0.1 * draw.next()));
  const property = draw.chance(0.15) ? draw.int(100, 1_500) : 0;
  const businessNet = Math.max(0, earnedNet - wage - property);
  const business = Math.round(businessNet / 0.65);
  const schoolingExpenses = members.reduce((a, m) => a + (SCHOOLING_COST[m.studentStatus] ?? 0), 0);
  const medicalExpenses = members.reduce((a, m) => a + (m.health.status === 'serious-illness' ? draw.int(8_000, 40_000) : m.health.status === 'chronic-illness' ? draw.int(500, 4_000) : 0), 0);
  return { wage, business, property, transfer, productionCosts: business - businessNet, schoolingExpenses, medicalExpenses };
};

export const perCapitaFor = (draw: Draw, standing: Standing): number => {
  const [median, sigma] = MEDIANS[standing];
  return Math.max(800, Math.round(draw.logNormal(median, sigma)));
};
