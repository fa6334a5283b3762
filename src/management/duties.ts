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

/** a month's tally packed in one number (10 bits each): a county keeps a year of them per household */
export type PackedTally = number;
const FIELD_SHIFT: Readonly<Record<keyof MonthTally, number>> = { contacts: 1, calls: 1024, visits: 1024 * 1024 };
export const unpack = (t: PackedTally | undefined, field: keyof MonthTally): number => Math.floor((t ?? 0) / FIELD_SHIFT[field]) % 1024;
/** one more contact of a mode (a tally saturates at 1023 a month) */
export const counted = (t: PackedTally | undefined, visit: boolean): PackedTally => {
  const v = t ?? 0;
  const add = (field: keyof MonthTally) => (unpack(v, field) < 1023 ? FIELD_SHIFT[field] : 0);
  return v + add('contacts') + (visit ? add('visits') : add('calls'));
};

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

/**
 * A county holds a million duties: their repeated parts are shared, not copied per duty — the words (per kind, card
 * and count), the instants (per month), a household's subject and owner (per household, until its cadre changes).
 */
const interned = new Map<string, string>();
const intern = (s: string): string => {
  const known = interned.get(s);
  if (known !== undefined) return known;
  interned.set(s, s);
  return s;
};
const subjects = new Map<string, Duty['subject']>();
const subjectOf = (id: string): Duty['subject'] => {
  let s = subjects.get(id);
  if (!s) subjects.set(id, (s = { chain: CHAIN, id }));
  return s;
};
const owners = new Map<string, Pick<Duty, 'owner' | 'supervisorRole'>>();
const sharedOwner = (c: ManagementContext): Pick<Duty, 'owner' | 'supervisorRole'> => {
  const o = ownerOf(c);
  const k = `${o.owner.personId ?? ''}\u0000${o.owner.name ?? ''}\u0000${o.owner.role ?? ''}`;
  let shared = owners.get(k);
  if (!shared) owners.set(k, (shared = o));
  return shared;
};

const duty = (id: string, c: ManagementContext, kind: string, zh: string, key: string, dueAt: string, detail: Duty['detail']): Duty => ({
  key, kind, zh: intern(zh), subject: subjectOf(id), regionCode: c.villageCode, ...sharedOwner(c), dueAt: intern(dueAt), detail: { card: c.card, ...detail },
});

const sum = (tally: ReadonlyMap<number, PackedTally>, from: number, to: number, field: keyof MonthTally): number => {
  let n = 0;
  for (let m = from; m < to; m++) n += unpack(tally.get(m), field);
  return n;
};

/** the duties of one opened month (and whatever period starts in it), or their removal once fulfilled: [put, remove] */
export interface DutyChange { put: Duty[]; remove: string[] }

const NOTHING: DutyChange = Object.freeze({ put: [], remove: [] }) as unknown as DutyChange;

/**
 * 每月实施监测: one contact of any kind in each monitoring period. Where the card owes monthly calls (red, yellow,
 * green) the call duty carries it — a month with a call is a month monitored, one without shows as the call duty
 * with none done — so it stands as a duty of its own only where no call is owed (blue: the township watches).
 */
export const monitoringDuty = (id: string, c: ManagementContext, policy: Policy, tally: ReadonlyMap<number, PackedTally>, month: number, afterCardChange = false): DutyChange => {
  const every = policy.management.monitoringIntervalMonths;
  const callsOwed = c.card !== null && (policy.contact.callsPerMonth[c.card] ?? 0) > 0 && every === 1;
  // nothing to put nor (unless the card just changed from one without calls) to take away
  if (callsOwed && !afterCardChange) return NOTHING;
  const first = firstMonthOf(c);
  const from = month - ((month - first) % every);
  const key = `management:monitor:${id}:${monthLabel(from)}`;
  const done = sum(tally, from, from + every, 'contacts');
  if (done >= 1 || callsOwed) return { put: [], remove: [key] };
  return { put: [duty(id, c, 'monitoring', `${CARD_ZH[c.card ?? 'green']}每月监测`, key, monthStart(from + every), { period: monthLabel(from), done, required: 1 })], remove: [] };
};

/** 电话、微信联络: the card's calls a month by the paired cadre (red 2, yellow and green 1; blue none) */
export const callDuty = (id: string, c: ManagementContext, policy: Policy, tally: ReadonlyMap<number, PackedTally>, month: number): DutyChange => {
  const key = `management:call:${id}:${monthLabel(month)}`;
  const required = c.card ? (policy.contact.callsPerMonth[c.card] ?? 0) : 0;
  const done = unpack(tally.get(month), 'calls');
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
export const visitDuty = (id: string, c: ManagementContext, policy: Policy, tally: ReadonlyMap<number, PackedTally>, month: number): DutyChange => {
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
