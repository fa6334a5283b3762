import type { ManagementContext } from '../../workflows/management/context.ts';
import type { Duty } from '../due/due-index.ts';
import type { Policy } from '../domain/policy-schema.ts';
import { addMonths, monthLabel, monthOf, monthStart, pacedDueMonth, proratedCount, quarterPeriod, yearOfMonth, yearPeriod } from './periods.ts';
import type { Period } from './periods.ts';

/** what a household did in one month: every contact, the calls (phone/WeChat) and the visits */
export interface MonthTally {
  contacts: number;
  calls: number;
  visits: number;
}

export const CHAIN = 'management';

const CARD_ZH = { red: '红卡户', yellow: '黄卡户', green: '绿卡户', blue: '蓝卡户' } as const;

/** the first month whose duties a household owes: the first whole month after its card took effect */
export const firstMonthOf = (c: ManagementContext): number => monthOf(c.cardSince ?? new Date(0).toISOString()) + 1;

/** who owes a household's duties: its paired cadre, for a blue card the village poverty specialist; the township supervises */
const ownerOf = (c: ManagementContext): Pick<Duty, 'owner' | 'supervisorRole'> => {
  const person = c.card === 'blue' && c.blueCare ? c.blueCare.specialist : c.cadre;
  return {
    owner: { personId: person?.id ?? null, name: person?.name ?? null, role: person?.id ? null : 'villageClerk' },
    supervisorRole: 'townshipReviewer',
  };
};

const duty = (id: string, c: ManagementContext, kind: string, zh: string, key: string, dueAt: string, detail: Duty['detail']): Duty => ({
  key, kind, zh, subject: { chain: CHAIN, id }, regionCode: c.villageCode, ...ownerOf(c), dueAt, detail: { card: c.card, ...detail },
});

const sum = (tally: ReadonlyMap<number, MonthTally>, from: number, to: number, field: keyof MonthTally): number => {
  let n = 0;
  for (let m = from; m < to; m++) n += tally.get(m)?.[field] ?? 0;
  return n;
};

/** the duties of one opened month (and whatever period starts in it), or their removal once fulfilled: [put, remove] */
export interface DutyChange { put: Duty[]; remove: string[] }

/** 每月实施监测: one contact of any kind in each monitoring period */
export const monitoringDuty = (id: string, c: ManagementContext, policy: Policy, tally: ReadonlyMap<number, MonthTally>, month: number): DutyChange => {
  const every = policy.management.monitoringIntervalMonths;
  const first = firstMonthOf(c);
  const from = month - ((month - first) % every);
  const key = `management:monitor:${id}:${monthLabel(from)}`;
  const done = sum(tally, from, from + every, 'contacts');
  if (done >= 1) return { put: [], remove: [key] };
  return { put: [duty(id, c, 'monitoring', `${CARD_ZH[c.card ?? 'green']}每月监测`, key, monthStart(from + every), { period: monthLabel(from), done, required: 1 })], remove: [] };
};

/** 电话、微信联络: the card's calls a month by the paired cadre (red 2, yellow and green 1; blue none) */
export const callDuty = (id: string, c: ManagementContext, policy: Policy, tally: ReadonlyMap<number, MonthTally>, month: number): DutyChange => {
  const key = `management:call:${id}:${monthLabel(month)}`;
  const required = c.card ? (policy.contact.callsPerMonth[c.card] ?? 0) : 0;
  const done = tally.get(month)?.calls ?? 0;
  if (required <= 0 || done >= required) return { put: [], remove: [key] };
  return { put: [duty(id, c, 'contact', `${CARD_ZH[c.card ?? 'green']}电话微信联络（每月${required}次）`, key, monthStart(month + 1), { period: monthLabel(month), done, required })], remove: [] };
};

/** the visit period a month lies in and what it owes: 000 by the household, 003 by the cadre's unit */
export const visitPeriodOf = (c: ManagementContext, policy: Policy, month: number): { period: Period; perPeriod: number } | null => {
  if (c.card === null || c.card === 'blue') return null; // blue: the township watches, no number set
  const m = policy.management;
  if (m.visitRule === 'byHousehold') {
    return { period: yearPeriod(month), perPeriod: c.card === 'red' ? policy.contact.visitsPerYear.notEscaped : policy.contact.visitsPerYear.escaped };
  }
  return c.cadre?.unitLevel === 'city'
    ? { period: quarterPeriod(month), perPeriod: m.visitsByCadreUnit.cityPerQuarter }
    : { period: yearPeriod(month), perPeriod: m.visitsByCadreUnit.otherPerYear };
};

/** 上户走访: the period's visits, paced (the next one due by its share of the period) */
export const visitDuty = (id: string, c: ManagementContext, policy: Policy, tally: ReadonlyMap<number, MonthTally>, month: number): DutyChange => {
  const owed = visitPeriodOf(c, policy, month);
  if (!owed) return { put: [], remove: [] };
  const { period, perPeriod } = owed;
  const key = `management:visit:${id}:${period.label}`;
  const start = Math.max(period.from, firstMonthOf(c));
  const required = proratedCount(period, start, perPeriod);
  const done = sum(tally, period.from, period.to, 'visits');
  if (required <= 0 || done >= required) return { put: [], remove: [key] };
  const dueMonth = pacedDueMonth(start, period.to, required, done + 1);
  return { put: [duty(id, c, 'visit', `${CARD_ZH[c.card ?? 'green']}上户走访（${period.label} 共${required}次）`, key, monthStart(dueMonth), { period: period.label, done, required })], remove: [] };
};

/** 复核: red every 6 months, the others every quarter, counted from the card's start or its last confirmation */
export const reviewDuty = (id: string, c: ManagementContext, policy: Policy): DutyChange => {
  const key = `management:review:${id}`;
  if (c.card === null || c.removedAt !== null) return { put: [], remove: [key] };
  const from = c.lastReviewedAt ?? c.cardSince ?? new Date(0).toISOString();
  const dueAt = addMonths(from, policy.reviewIntervalMonths[c.card]);
  const step = c.pending === null ? 'toDeclare' : c.pending.checkedBy === null ? 'toCheck' : 'toConfirm';
  const d = duty(id, c, 'review', `${CARD_ZH[c.card]}复核（村级申报、乡镇核查、县级核定）`, key, dueAt, { step, intervalMonths: policy.reviewIntervalMonths[c.card] });
  return { put: [{ ...d, owner: { ...d.owner, role: 'villageClerk' } }], remove: [] };
};

/** the year of a month, for the policy that applies to it */
export const policyYear = yearOfMonth;
