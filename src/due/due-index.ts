import type { Role } from '../auth/roles.ts';

/**
 * One index of things coming due (到期事项), shared by every chain that has deadlines: the after-card duties of a
 * carded household (monthly monitoring, reviews, calls, visits), a problem's rectification deadline, a listed
 * village's monthly report. Each chain's read model puts and removes its duties as its events arrive; nothing is
 * computed per request or per timer tick by scanning households: a duty *is* overdue once `now` passes its `dueAt`,
 * so "coming due by itself" costs nothing until somebody asks.
 *
 * Duties are kept per township (the first 9 digits of their region), each township's sorted by `dueAt` when first
 * asked after a change, so a worklist is a binary search per township plus the rows it answers.
 */
export interface Duty {
  /** unique per duty, e.g. `contact:<householdId>:2026-03` (a new put with the same key replaces it) */
  key: string;
  /** what is owed, a stable camelCase code (e.g. `review`, `contact`, `rectification`) */
  kind: string;
  /** what is owed, in Chinese (e.g. 红卡户半年复核) */
  zh: string;
  /** the record it concerns: the chain's stream prefix name and the record's id */
  subject: { chain: string; id: string };
  /** the village (12 digits), township (9) or county (6) the duty lies in: jurisdictions see their own */
  regionCode: string;
  /** who owes it: a named person (the paired cadre, the responsible person) and/or the role that does it there */
  owner: { personId: string | null; name?: string | null; role: Role | null };
  /** the role that supervises the owner (their superior sees the overdue item too) */
  supervisorRole?: Role | null;
  /** the instant it falls due (UTC, `toISOString()` form): overdue from then on */
  dueAt: string;
  /** from this instant it is "coming due" (提醒预警); null: no warning period */
  warnFrom?: string | null;
  /** a little more the worklist shows (household head, card, how many contacts so far …): no personal data */
  detail?: Readonly<Record<string, string | number | boolean | null>>;
}

export type DueState = 'overdue' | 'dueSoon' | 'open';

export interface DueQuery {
  now: string;
  /** region prefix the asker may see (already narrowed to their jurisdiction) */
  regionPrefix: string;
  /** overdue: dueAt ≤ now; dueSoon: warnFrom ≤ now < dueAt; open: every duty not yet overdue */
  state: DueState;
  kinds?: readonly string[];
  /** who: the duties a person owes, a role owes, or one of these roles supervises (any of those given) */
  personId?: string;
  role?: Role;
  supervisedBy?: readonly Role[];
}

export interface DueItem {
  duty: Duty;
  /** whole days past due (0 on the day it fell due); negative: days left */
  overdueDays: number;
}

const DAY_MS = 86_400_000;
const UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

class Bucket {
  readonly duties = new Map<string, Duty>();
  #sorted: Duty[] | null = null;
  #kindCounts: Map<string, Int32Array> | null = null;

  get sorted(): Duty[] {
    this.#sorted ??= [...this.duties.values()].sort((a, b) => (a.dueAt < b.dueAt ? -1 : a.dueAt > b.dueAt ? 1 : a.key < b.key ? -1 : 1));
    return this.#sorted;
  }

  /** per kind, how many of the first i sorted duties are of it: a range's counts without a pass over the range */
  get kindCounts(): Map<string, Int32Array> {
    if (this.#kindCounts) return this.#kindCounts;
    const sorted = this.sorted;
    const counts = new Map<string, Int32Array>();
    sorted.forEach((d, i) => {
      let c = counts.get(d.kind);
      if (!c) counts.set(d.kind, (c = new Int32Array(sorted.length + 1)));
      c[i + 1] = 1;
    });
    for (const c of counts.values()) for (let i = 1; i < c.length; i++) c[i] = (c[i] ?? 0) + (c[i - 1] ?? 0);
    this.#kindCounts = counts;
    return counts;
  }

  changed(): void {
    this.#sorted = null;
    this.#kindCounts = null;
  }
}

/** the first index whose dueAt is > instant */
const upperBound = (sorted: readonly Duty[], instant: string): number => {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid]?.dueAt ?? '') <= instant) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};

const bucketOf = (regionCode: string): string => regionCode.slice(0, 9);

export class DueIndex {
  #byKey = new Map<string, Duty>();
  #buckets = new Map<string, Bucket>();
  /** the keys of each record's duties, so a record's duties go without a scan */
  // arrays, not sets: a record owes a handful of duties, and a county holds a few hundred thousand records
  #bySubject = new Map<string, string[]>();
  /** read models that open periods as time passes (src/management): rolled to the asked instant before answering */
  #rollers: ((now: string) => void)[] = [];

  /** a read model that puts a new period's duties once its period begins, rolled forward before every query */
  onQuery(roll: (now: string) => void): void {
    this.#rollers.push(roll);
  }

  get size(): number {
    return this.#byKey.size;
  }

  get(key: string): Duty | undefined {
    return this.#byKey.get(key);
  }

  /** adds or replaces a duty (dueAt must be a UTC instant as toISOString() writes it: instants compare as strings) */
  put(duty: Duty): void {
    if (!UTC.test(duty.dueAt) || (duty.warnFrom != null && !UTC.test(duty.warnFrom))) {
      throw new Error(`a duty's instants must be UTC toISOString() instants: ${duty.key}`);
    }
    this.remove(duty.key);
    this.#byKey.set(duty.key, duty);
    const subject = `${duty.subject.chain}/${duty.subject.id}`;
    const keys = this.#bySubject.get(subject);
    if (!keys) this.#bySubject.set(subject, [duty.key]);
    else if (!keys.includes(duty.key)) keys.push(duty.key);
    const b = bucketOf(duty.regionCode);
    let bucket = this.#buckets.get(b);
    if (!bucket) this.#buckets.set(b, (bucket = new Bucket()));
    bucket.duties.set(duty.key, duty);
    bucket.changed();
  }

  /** the duty is done (or no longer owed) */
  remove(key: string): void {
    const old = this.#byKey.get(key);
    if (!old) return;
    this.#byKey.delete(key);
    const subject = `${old.subject.chain}/${old.subject.id}`;
    const keys = this.#bySubject.get(subject);
    const at = keys ? keys.indexOf(key) : -1;
    if (keys && at >= 0) keys.splice(at, 1);
    if (keys?.length === 0) this.#bySubject.delete(subject);
    const bucket = this.#buckets.get(bucketOf(old.regionCode));
    if (bucket) {
      bucket.duties.delete(key);
      bucket.changed();
    }
  }

  /** removes every duty of a record (a household leaving management, a problem closed) */
  removeSubject(chain: string, id: string, kinds?: readonly string[]): void {
    for (const d of this.ofSubject(chain, id)) if (!kinds || kinds.includes(d.kind)) this.remove(d.key);
  }

  /** the duties of one record */
  ofSubject(chain: string, id: string): Duty[] {
    return [...(this.#bySubject.get(`${chain}/${id}`) ?? [])].flatMap((k) => this.#byKey.get(k) ?? []);
  }

  /** the duties a query selects, most overdue (or soonest due) first; `total` counts them all */
  query(q: DueQuery, page: { offset: number; limit: number } = { offset: 0, limit: Number.MAX_SAFE_INTEGER }): { total: number; items: DueItem[] } {
    for (const roll of this.#rollers) roll(q.now);
    const selected: Duty[] = [];
    const filtered = q.kinds !== undefined || q.personId !== undefined || q.role !== undefined || q.supervisedBy !== undefined;
    let count = 0;
    for (const [code, bucket] of this.#buckets) {
      // a township bucket lies inside the asked region, or holds it (a village asked inside its township)
      if (!code.startsWith(q.regionPrefix) && !q.regionPrefix.startsWith(code)) continue;
      const sorted = bucket.sorted;
      const cut = upperBound(sorted, q.now);
      const [from, to] = q.state === 'overdue' ? [0, cut] : [cut, sorted.length];
      // every duty of a bucket inside the asked region is in it
      const exact = code.startsWith(q.regionPrefix);
      if (!filtered && exact && q.state !== 'dueSoon') {
        // the whole range counts: only the rows of the asked page need copying
        count += to - from;
        for (const d of sorted.slice(from, Math.min(to, from + page.offset + page.limit))) selected.push(d);
        continue;
      }
      for (const d of sorted.slice(from, to)) {
        if (!this.#matches(d, q)) continue;
        count += 1;
        selected.push(d);
      }
    }
    // most overdue first; of the rest, soonest due first
    selected.sort((a, b) => (a.dueAt < b.dueAt ? -1 : a.dueAt > b.dueAt ? 1 : 0));
    const nowMs = Date.parse(q.now);
    const items = selected.slice(page.offset, page.offset + page.limit).map((duty) => ({
      duty,
      overdueDays: Math.floor((nowMs - Date.parse(duty.dueAt)) / DAY_MS),
    }));
    return { total: count, items };
  }

  /** counts of a query's duties per kind (a worklist's summary line) */
  countByKind(q: DueQuery): Record<string, number> {
    for (const roll of this.#rollers) roll(q.now);
    // counted in place: a county's overdue duties are not copied, sorted and mapped to be counted
    const counts: Record<string, number> = {};
    for (const [code, bucket] of this.#buckets) {
      if (!code.startsWith(q.regionPrefix) && !q.regionPrefix.startsWith(code)) continue;
      const sorted = bucket.sorted;
      const cut = upperBound(sorted, q.now);
      const [from, to] = q.state === 'overdue' ? [0, cut] : [cut, sorted.length];
      const filtered = q.kinds !== undefined || q.personId !== undefined || q.role !== undefined || q.supervisedBy !== undefined;
      if (!filtered && code.startsWith(q.regionPrefix) && q.state !== 'dueSoon') {
        // a whole township's range, unfiltered: from the running counts
        for (const [kind, c] of bucket.kindCounts) {
          const n = (c[to] ?? 0) - (c[from] ?? 0);
          if (n > 0) counts[kind] = (counts[kind] ?? 0) + n;
        }
        continue;
      }
      for (let i = from; i < to; i++) {
        const d = sorted[i];
        if (d && this.#matches(d, q)) counts[d.kind] = (counts[d.kind] ?? 0) + 1;
      }
    }
    return counts;
  }

  #matches(d: Duty, q: DueQuery): boolean {
    if (!d.regionCode.startsWith(q.regionPrefix)) return false;
    if (q.state === 'dueSoon' && (d.warnFrom == null || d.warnFrom > q.now)) return false;
    if (q.kinds && !q.kinds.includes(d.kind)) return false;
    if (q.personId === undefined && q.role === undefined && q.supervisedBy === undefined) return true;
    return (q.personId !== undefined && d.owner.personId === q.personId) ||
      (q.role !== undefined && d.owner.role === q.role) ||
      (q.supervisedBy !== undefined && d.supervisorRole != null && q.supervisedBy.includes(d.supervisorRole));
  }

}
