import { monthStart } from '../../src/management/periods.ts';
import type { Random } from '../../src/shared/random.ts';
import type { Card, ContactMode, UnitLevel } from '../../workflows/management/events.ts';

/**
 * A year of a paired cadre's contacts with a carded household, as cadres keep them (分类帮扶、动态管理, 000/003 五):
 * calls or WeChat by the card's number (red 2 a month, yellow and green 1; a blue card's township watches it with a
 * monthly contact), visits paced through the year (a household not escaped 8, the others 4: one a quarter also
 * covers a city-unit cadre under 003). Some are missing (the duty ends overdue), some are written in a paper
 * notebook and entered two months on (occurredAt well before recordedAt, with the reason). One seeded source: the
 * county generator (bench/county/management.ts) sends them through the engine, the management benchmark feeds the
 * same plan to the read model.
 */

export interface PlannedContact {
  mode: ContactMode;
  /** when it happened: a working hour of a day in the month */
  occurredAt: string;
  /** entered from paper: recorded with a reason, two months after its month */
  late: boolean;
}

export interface ContactPlanOptions {
  /** share of planned contacts that never happen (default 0.08) */
  missingShare?: number;
  /** share entered late from paper (default 0.05) */
  lateShare?: number;
}

/** 10:00 China time on a day of a month (day 1–28) */
export const dayOf = (month: number, day: number): string => new Date(Date.parse(monthStart(month)) + (day - 1) * 86_400_000 + 10 * 3_600_000).toISOString();

/** the month index of a year's k-th month counted from the first managed month: visits fall in these */
const visitMonth = (notEscaped: boolean, k: number): boolean => (notEscaped ? k % 3 !== 2 : k % 3 === 1);

/** the contacts of one household in one month (`k`: months since its first managed month) */
export const contactsOfMonth = (random: Random, household: { card: Card; notEscaped: boolean }, month: number, k: number, options: ContactPlanOptions = {}): { contacts: PlannedContact[]; missing: number } => {
  const missing = options.missingShare ?? 0.08;
  const late = options.lateShare ?? 0.05;
  const out: PlannedContact[] = [];
  let left = 0;
  const calls = household.card === 'red' ? 2 : 1;
  for (let c = 0; c < calls; c++) {
    if (random.next() < missing) {
      left += 1;
      continue;
    }
    const mode: ContactMode = random.next() < 0.3 ? 'wechat' : 'phone';
    out.push({ mode, occurredAt: dayOf(month, 3 + c * 12 + Math.floor(random.next() * 5)), late: random.next() < late });
  }
  if (household.card !== 'blue' && visitMonth(household.notEscaped, k)) {
    if (random.next() < missing) left += 1;
    else out.push({ mode: 'visit', occurredAt: dayOf(month, 20 + Math.floor(random.next() * 6)), late: random.next() < late });
  }
  return { contacts: out, missing: left };
};

/** a paired cadre drawn for a village: ten per village, a tenth from city units (003 counts theirs by the quarter) */
export const cadreFor = (random: Random, villageCode: string): { id: string; name: string; unitLevel: UnitLevel; organisation: string | null } => {
  const k = Math.floor(random.next() * 10);
  const unitLevel: UnitLevel = k === 0 ? 'city' : k <= 3 ? 'county' : k <= 7 ? 'township' : 'village';
  return { id: `cadre-${villageCode}-${k}`, name: `结对干部${k}`, unitLevel, organisation: unitLevel === 'city' ? '市直单位' : unitLevel === 'county' ? '县直单位' : null };
};
