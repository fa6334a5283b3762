import type { ManagementContext } from '../../workflows/management/context.ts';
import type { Duty, KeyScheme } from '../due/due-index.ts';
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

/**
 * A household's tallies by month from its first counted month on, in one array of exactly their length: the first
 * month counted, then a packed tally per month (a map of a year's months cost a county 1.3 KB a household, an object
 * around the array 48 bytes more). A late entry from before the first month counted moves the start.
 */
export type MonthTallies = PackedTally[];

/** what the duty functions read of a household's tallies */
export type Tallies = readonly PackedTally[];

/** a month's packed tally (undefined: nothing counted) */
export const tallyIn = (t: Tallies, month: number): PackedTally | undefined => {
  const from = t[0];
  return from === undefined || month < from ? undefined : t[month - from + 1];
};

/** one more contact of a mode in the month: the same array when the month lies in it, else one of the new length */
export const countedIn = (t: MonthTallies, month: number, visit: boolean): MonthTallies => {
  const from = t[0];
  const at = from === undefined ? -1 : month - from + 1;
  if (from !== undefined && at >= 1 && at < t.length) {
    t[at] = counted(t[at], visit);
    return t;
  }
  const start = from === undefined ? month : Math.min(from, month);
  const end = from === undefined ? month : Math.max(from + t.length - 2, month);
  // Array.from: exactly the months' length (a pushed array keeps half again spare)
  const out = Array.from({ length: end - start + 2 }, (_, i) => (i === 0 ? start : (tallyIn(t, start + i - 1) ?? 0)));
  out[month - start + 1] = counted(out[month - start + 1], visit);
  return out;
};

export const CHAIN = 'management';

const CARD_ZH = { red: '红卡户', yellow: '黄卡户', green: '绿卡户', blue: '蓝卡户' } as const;

/** the first month whose duties a household owes: the first whole month after its card took effect */
export const firstMonthOf = (c: ManagementContext): number => monthOf(c.cardSince ?? new Date(0).toISOString()) + 1;

/** the person a household's duties are owed by: its paired cadre, for a blue card the village poverty specialist */
const personOwing = (c: ManagementContext): { id: string | null; name: string } | null => (c.card === 'blue' && c.blueCare ? c.blueCare.specialist : c.cadre);

/**
 * Whether a contact discharges the household's duties (结对帮扶干部 calls and visits): only one made by the person
 * who owes them; anyone's, where no person is named (the village does them). Another's contact is still logged.
 */
export const dischargesDuties = (c: ManagementContext, byId: string | null): boolean => {
  const owing = personOwing(c)?.id ?? null;
  return owing === null || owing === byId;
};

/** who owes a household's duties: its paired cadre, for a blue card the village poverty specialist; the township supervises */
const ownerOf = (c: ManagementContext): Pick<Duty, 'owner' | 'supervisorRole'> => {
  const person = personOwing(c);
  return {
    owner: { personId: person?.id ?? null, name: person?.name ?? null, role: person?.id ? null : 'villageClerk' },
    supervisorRole: 'townshipReviewer',
  };
};

/**
 * A county holds a million duties: their repeated parts are shared, not copied per duty — the words (per kind, card
 * and count), the instants (per month), a household's owner (per household, until its cadre changes).
 */
const interned = new Map<string, string>();
const intern = (s: string): string => {
  const known = interned.get(s);
  if (known !== undefined) return known;
  interned.set(s, s);
  return s;
};
/** a map of maps, one level per part of a key: a lookup per duty builds no key string */
const nested = <V>(root: Map<unknown, unknown>, parts: readonly unknown[], make: () => V): V => {
  let at = root;
  for (const part of parts.slice(0, -1)) {
    let next = at.get(part) as Map<unknown, unknown> | undefined;
    if (!next) at.set(part, (next = new Map()));
    at = next;
  }
  const last = parts[parts.length - 1];
  let v = at.get(last) as V | undefined;
  if (v === undefined) at.set(last, (v = make()));
  return v;
};
const owners = new Map<unknown, unknown>();
const sharedOwner = (c: ManagementContext): Pick<Duty, 'owner' | 'supervisorRole'> => {
  const person = personOwing(c);
  return nested(owners, [person?.id ?? null, person?.name ?? null], () => ownerOf(c));
};
/** a review is owed by the village (it declares), its named person the paired cadre still */
const reviewOwners = new Map<Pick<Duty, 'owner' | 'supervisorRole'>, Pick<Duty, 'owner' | 'supervisorRole'>>();
const reviewOwner = (c: ManagementContext): Pick<Duty, 'owner' | 'supervisorRole'> => {
  const o = sharedOwner(c);
  let shared = reviewOwners.get(o);
  if (!shared) reviewOwners.set(o, (shared = { ...o, owner: { ...o.owner, role: 'villageClerk' } }));
  return shared;
};

/** what a duty says beyond its count and period, shared by every duty of the same kind, card and words */
interface DutyWords {
  kind: string;
  zh: string;
  card: ManagementContext['card'];
}
const words = new Map<unknown, unknown>();
/** the shared words of a duty: kind, card and what varies its Chinese name (the count, the period), made once */
const wordsOf = (kind: string, card: ManagementContext['card'], variant: readonly (string | number)[], zh: () => string): DutyWords =>
  nested(words, [kind, card, ...variant], () => ({ kind, zh: zh(), card }));

/** the word a kind's keys carry (management:call:<id>:2026-03) */
const KEY_WORD: Readonly<Record<string, string>> = { monitoring: 'monitor', contact: 'call', visit: 'visit', review: 'review' };
const keyPrefix = new Map(Object.entries(KEY_WORD).map(([kind, word]) => [kind, `${CHAIN}:${word}:`]));

/**
 * An after-card duty as the due index holds it: seven fields of one shape, its repeated parts shared (words, owner,
 * instants); what the worklist shows beside it (`detail`), its key and its subject are derived when read, not kept
 * per duty (the index finds it through its record: `managementKeys`). A county holds a million of them.
 */
export class ManagementDuty implements Duty {
  constructor(
    readonly words: DutyWords,
    /** the management record's id */
    readonly id: string,
    readonly regionCode: string,
    readonly who: Pick<Duty, 'owner' | 'supervisorRole'>,
    readonly dueAt: string,
    /** the period (2026-03, 2026Q2, 2026), or for a review its step */
    readonly period: string,
    /** done so far (packed with what is required: done × 1024 + required), or for a review its interval in months */
    public counts: number,
  ) {}

  /**
   * A contact that leaves the duty owed changes only its count: the duty held is updated rather than replaced (a
   * county's month of contacts would otherwise leave a duty object behind per call until its group is next sorted).
   * True when it was.
   */
  recount(next: Duty): boolean {
    if (!(next instanceof ManagementDuty) || next.id !== this.id || next.dueAt !== this.dueAt || next.words !== this.words || next.who !== this.who ||
      next.regionCode !== this.regionCode || next.period !== this.period) return false;
    this.counts = next.counts;
    return true;
  }

  /** e.g. management:call:<id>:2026-03; a review's, management:review:<id> */
  get key(): string {
    const prefix = keyPrefix.get(this.words.kind) ?? `${CHAIN}:${this.words.kind}:`;
    return this.words.kind === 'review' ? prefix + this.id : [prefix + this.id, this.period].join(':');
  }

  /** whether its key is `key`, without building its key */
  hasKey(key: string): boolean {
    const prefix = keyPrefix.get(this.words.kind) ?? `${CHAIN}:${this.words.kind}:`;
    if (!key.startsWith(prefix) || !key.startsWith(this.id, prefix.length)) return false;
    const at = prefix.length + this.id.length;
    if (this.words.kind === 'review') return key.length === at;
    return key.length === at + 1 + this.period.length && key.charCodeAt(at) === 58 /* : */ && key.endsWith(this.period);
  }

  get subject(): Duty['subject'] { return { chain: CHAIN, id: this.id }; }
  get kind(): string { return this.words.kind; }
  get zh(): string { return this.words.zh; }
  get owner(): Duty['owner'] { return this.who.owner; }
  get supervisorRole(): Duty['supervisorRole'] { return this.who.supervisorRole; }
  get detail(): NonNullable<Duty['detail']> {
    return this.words.kind === 'review'
      ? { card: this.words.card, step: this.period, intervalMonths: this.counts }
      : { card: this.words.card, period: this.period, done: Math.floor(this.counts / 1024), required: this.counts % 1024 };
  }
}

/** how the due index finds an after-card duty by its key: through its record's few duties (no map of a million keys) */
export const managementKeys: KeyScheme = {
  subjectOf(key) {
    const prefix = `${CHAIN}:`;
    if (!key.startsWith(prefix)) return undefined;
    const word = key.indexOf(':', prefix.length);
    if (word < 0) return undefined;
    // a review's key ends with the id; the others' with a period (which has no colon)
    if (key.slice(prefix.length, word) === KEY_WORD.review) return key.slice(word + 1);
    const last = key.lastIndexOf(':');
    return last > word ? key.slice(word + 1, last) : undefined;
  },
  has: (d, key) => (d instanceof ManagementDuty ? d.hasKey(key) : d.key === key),
  same: (a, b) => (a instanceof ManagementDuty && b instanceof ManagementDuty
    ? a.words.kind === b.words.kind && a.id === b.id && (a.words.kind === 'review' || a.period === b.period)
    : a.key === b.key),
};

const duty = (id: string, c: ManagementContext, words: DutyWords, dueAt: string, period: string, done: number, required: number): Duty =>
  new ManagementDuty(words, id, c.villageCode, sharedOwner(c), intern(dueAt), intern(period), Math.min(done, 1023) * 1024 + Math.min(required, 1023));

/** a duty's key, e.g. management:call:<id>:2026-03 (to remove it: a duty held derives its own) */
const keyOf = (...parts: string[]): string => [CHAIN, ...parts].join(':');

const sum = (tally: Tallies, from: number, to: number, field: keyof MonthTally): number => {
  let n = 0;
  for (let m = from; m < to; m++) n += unpack(tallyIn(tally, m), field);
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
export const monitoringDuty = (id: string, c: ManagementContext, policy: Policy, tally: Tallies, month: number, afterCardChange = false): DutyChange => {
  const every = policy.management.monitoringIntervalMonths;
  const callsOwed = c.card !== null && (policy.contact.callsPerMonth[c.card] ?? 0) > 0 && every === 1;
  // nothing to put nor (unless the card just changed from one without calls) to take away
  if (callsOwed && !afterCardChange) return NOTHING;
  const first = firstMonthOf(c);
  const from = month - ((month - first) % every);
  const key = keyOf('monitor', id, monthLabel(from));
  const done = sum(tally, from, from + every, 'contacts');
  if (done >= 1 || callsOwed) return { put: [], remove: [key] };
  return { put: [duty(id, c, wordsOf('monitoring', c.card, [], () => `${CARD_ZH[c.card ?? 'green']}每月监测`), monthStart(from + every), monthLabel(from), done, 1)], remove: [] };
};

/** 电话、微信联络: the card's calls a month by the paired cadre (red 2, yellow and green 1; blue none) */
export const callDuty = (id: string, c: ManagementContext, policy: Policy, tally: Tallies, month: number): DutyChange => {
  const key = keyOf('call', id, monthLabel(month));
  const required = c.card ? (policy.contact.callsPerMonth[c.card] ?? 0) : 0;
  const done = unpack(tallyIn(tally, month), 'calls');
  if (required <= 0 || done >= required) return { put: [], remove: [key] };
  return { put: [duty(id, c, wordsOf('contact', c.card, [required], () => `${CARD_ZH[c.card ?? 'green']}电话微信联络（每月${required}次）`), monthStart(month + 1), monthLabel(month), done, required)], remove: [] };
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
export const visitDuty = (id: string, c: ManagementContext, policy: Policy, tally: Tallies, month: number): DutyChange => {
  const owed = visitPeriodOf(c, policy, month);
  if (!owed) return { put: [], remove: [] };
  const { period, perPeriod } = owed;
  const key = keyOf('visit', id, period.label);
  const start = Math.max(period.from, firstMonthOf(c));
  const required = proratedCount(period, start, perPeriod);
  const done = sum(tally, period.from, period.to, 'visits');
  if (required <= 0 || done >= required) return { put: [], remove: [key] };
  const dueMonth = pacedDueMonth(start, period.to, required, done + 1);
  return { put: [duty(id, c, wordsOf('visit', c.card, [period.label, required], () => `${CARD_ZH[c.card ?? 'green']}上户走访（${period.label} 共${required}次）`), monthStart(dueMonth), period.label, done, required)], remove: [] };
};

/** 复核: red every 6 months, the others every quarter, counted from the card's start or its last confirmation */
export const reviewDuty = (id: string, c: ManagementContext, policy: Policy): DutyChange => {
  const key = keyOf('review', id);
  if (c.card === null || c.removedAt !== null) return { put: [], remove: [key] };
  const from = c.lastReviewedAt ?? c.cardSince ?? new Date(0).toISOString();
  const dueAt = addMonths(from, policy.reviewIntervalMonths[c.card]);
  const step = c.pending === null ? 'toDeclare' : c.pending.checkedBy === null ? 'toCheck' : 'toConfirm';
  const card = c.card;
  return { put: [new ManagementDuty(wordsOf('review', card, [], () => `${CARD_ZH[card]}复核（村级申报、乡镇核查、县级核定）`), id, c.villageCode, reviewOwner(c), intern(dueAt), step, policy.reviewIntervalMonths[c.card])], remove: [] };
};

/** the year of a month, for the policy that applies to it */
export const policyYear = yearOfMonth;
