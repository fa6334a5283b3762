import type { Role } from '../auth/roles.ts';
import { Bucket, mergePage, upperBound } from './groups.ts';

/**
 * One index of things coming due (到期事项), shared by every chain that has deadlines: the after-card duties of a
 * carded household (monthly monitoring, reviews, calls, visits), a problem's rectification deadline, a listed
 * village's monthly report. Each chain's read model puts and removes its duties as its events arrive; nothing is
 * computed per request or per timer tick by scanning households: a duty *is* overdue once `now` passes its `dueAt`,
 * so "coming due by itself" costs nothing until somebody asks.
 *
 * Duties are kept per region code (a village's, or a township's or county's own), each sorted by `dueAt` when first
 * asked after a change, so a worklist is a binary search per village plus the rows it answers; and per person who
 * owes them, so what one cadre owes (`mine`, `personId`) and the counts per cadre are read without a county scan.
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

/** counts of one group of duties (a cadre's, a village's, a township's) at an instant */
export interface DueCounts {
  overdue: number;
  dueSoon: number;
  /** not yet overdue (dueSoon included) */
  open: number;
}

export type CountGroup = 'person' | 'village' | 'township';

export interface CountQuery {
  now: string;
  regionPrefix: string;
  by: CountGroup;
  kinds?: readonly string[];
}

export interface GroupCounts extends DueCounts {
  /** a person's id, or a village's or township's code; null: duties owed by a role, no person named */
  key: string | null;
  /** the person's name as the duties give it */
  name: string | null;
  /** the role that owes them, when no person is named */
  role: Role | null;
}

/** duties owed by a role with no person named are grouped under the role */
const personKey = (d: Duty): string => d.owner.personId ?? `\u0000${d.owner.role ?? ''}`;

/**
 * How a chain's keys name their record, for a chain whose duties are many (after-card duties: a county holds a
 * million): its duties are found through their record's few, so the index keeps neither a key string nor a lookup
 * map entry per duty — 90 bytes a duty.
 */
export interface KeyScheme {
  /** the record a key of the chain names (undefined: not a key of the chain) */
  subjectOf(key: string): string | undefined;
  /** whether a duty of the record has the key (without building the duty's key) */
  has(d: Duty, key: string): boolean;
  /** whether two duties of the chain have the same key (without building either) */
  same(a: Duty, b: Duty): boolean;
}

export class DueIndex {
  /** the duties of chains without a key scheme, by key */
  #byKey = new Map<string, Duty>();
  #schemes = new Map<string, KeyScheme>();
  #size = 0;
  /** by region code as the duty gives it (a village's, or a township's or county's own) */
  #buckets = new Map<string, Bucket>();
  /** by the person who owes them (or the role, when no person is named) */
  #byPerson = new Map<string, Bucket>();
  /** how many duties each role supervises: a supervisor's `mine` needs the regions, a cadre's only their own */
  #supervising = new Map<Role, number>();
  /** each record's duties, per chain, so a record's duties go (and a keyed chain's are found) without a scan */
  // arrays, not sets: a record owes a handful of duties, and a county holds a few hundred thousand records
  #bySubject = new Map<string, Map<string, Duty[]>>();
  /** read models that open periods as time passes (src/management): rolled to the asked instant before answering */
  #rollers: ((now: string) => void)[] = [];
  readonly #live = (d: Duty): boolean => this.#bySubject.get(d.subject.chain)?.get(d.subject.id)?.includes(d) ?? false;

  /** a read model that puts a new period's duties once its period begins, rolled forward before every query */
  onQuery(roll: (now: string) => void): void {
    this.#rollers.push(roll);
  }

  /** a chain whose keys name their record (`<chain>:…`): its duties are found through the record, not by a map of keys */
  keyedBySubject(chain: string, scheme: KeyScheme): void {
    this.#schemes.set(chain, scheme);
  }

  get size(): number {
    return this.#size;
  }

  get(key: string): Duty | undefined {
    const mapped = this.#byKey.get(key);
    if (mapped) return mapped;
    const colon = key.indexOf(':');
    const chain = colon < 0 ? undefined : key.slice(0, colon);
    const scheme = chain === undefined ? undefined : this.#schemes.get(chain);
    if (!scheme || chain === undefined) return undefined;
    const id = scheme.subjectOf(key);
    if (id === undefined) return undefined;
    return this.#bySubject.get(chain)?.get(id)?.find((d) => scheme.has(d, key));
  }

  /** the duty held under the same key as `duty` (a keyed chain's found without building its key) */
  held(duty: Duty): Duty | undefined {
    const subject = duty.subject;
    const scheme = this.#schemes.get(subject.chain);
    if (!scheme) return this.#byKey.get(duty.key);
    return this.#bySubject.get(subject.chain)?.get(subject.id)?.find((d) => scheme.same(d, duty));
  }

  /** adds or replaces a duty (dueAt must be a UTC instant as toISOString() writes it: instants compare as strings) */
  put(duty: Duty): void {
    if (!UTC.test(duty.dueAt) || (duty.warnFrom != null && !UTC.test(duty.warnFrom))) {
      throw new Error(`a duty's instants must be UTC toISOString() instants: ${duty.key}`);
    }
    const old = this.held(duty);
    if (old === duty) return;
    const subject = duty.subject;
    let ids = this.#bySubject.get(subject.chain);
    if (!ids) this.#bySubject.set(subject.chain, (ids = new Map()));
    const held = ids.get(subject.id);
    // out of its record's list before its groups: a group compacted meanwhile must see it gone
    if (old) {
      // a duty replaced keeps its place among its record's
      if (held?.includes(old)) ids.set(subject.id, held.map((d) => (d === old ? duty : d)));
      else this.#unlist(old);
      this.#drop(old);
    }
    // copied at their exact length: a pushed array keeps 16 spare slots, more than a record's duties
    if (!old || !held?.includes(old)) ids.set(subject.id, held ? [...held, duty] : [duty]);
    if (!this.#schemes.has(subject.chain)) this.#byKey.set(duty.key, duty);
    this.#size += 1;
    this.#bucket(this.#buckets, duty.regionCode).add(duty);
    this.#bucket(this.#byPerson, personKey(duty)).add(duty);
    if (duty.supervisorRole != null) this.#supervising.set(duty.supervisorRole, (this.#supervising.get(duty.supervisorRole) ?? 0) + 1);
  }

  /** the duty is done (or no longer owed) */
  remove(key: string): void {
    const old = this.get(key);
    if (!old) return;
    this.#unlist(old);
    this.#drop(old);
  }

  /** takes a duty out of the lookup, the count and its groups (after #unlist: its groups judge it by its record's list) */
  #drop(old: Duty): void {
    if (!this.#schemes.has(old.subject.chain)) this.#byKey.delete(old.key);
    this.#size -= 1;
    this.#buckets.get(old.regionCode)?.drop(old);
    this.#byPerson.get(personKey(old))?.drop(old);
    if (old.supervisorRole != null) this.#supervising.set(old.supervisorRole, (this.#supervising.get(old.supervisorRole) ?? 1) - 1);
  }

  #unlist(old: Duty): void {
    const ids = this.#bySubject.get(old.subject.chain);
    const held = ids?.get(old.subject.id);
    if (!ids || !held) return;
    const rest = held.filter((d) => d !== old);
    if (rest.length === 0) ids.delete(old.subject.id);
    else ids.set(old.subject.id, rest);
  }

  #bucket(groups: Map<string, Bucket>, key: string): Bucket {
    let bucket = groups.get(key);
    if (!bucket) groups.set(key, (bucket = new Bucket(this.#live)));
    return bucket;
  }

  /** removes every duty of a record (a household leaving management, a problem closed) */
  removeSubject(chain: string, id: string, kinds?: readonly string[]): void {
    for (const d of this.ofSubject(chain, id)) if (!kinds || kinds.includes(d.kind)) this.remove(d.key);
  }

  /** the duties of one record */
  ofSubject(chain: string, id: string): Duty[] {
    return [...(this.#bySubject.get(chain)?.get(id) ?? [])];
  }

  /**
   * The groups a query reads and whether each lies wholly inside the asked region: one person's duties when only
   * a person is asked (or `mine` of someone who supervises nothing in the index), else the region's.
   */
  #sources(q: DueQuery): Bucket[] {
    const supervises = q.supervisedBy?.some((r) => (this.#supervising.get(r) ?? 0) > 0) ?? false;
    if (q.personId !== undefined && q.role === undefined && !supervises) {
      const own = this.#byPerson.get(q.personId);
      return own ? [own] : [];
    }
    const out: Bucket[] = [];
    // a region bucket holds one code: it lies in the asked region or not at all
    for (const [code, bucket] of this.#buckets) if (code.startsWith(q.regionPrefix)) out.push(bucket);
    return out;
  }

  /** the duties a query selects, most overdue (or soonest due) first; `total` counts them all */
  query(q: DueQuery, page: { offset: number; limit: number } = { offset: 0, limit: Number.MAX_SAFE_INTEGER }): { total: number; items: DueItem[] } {
    for (const roll of this.#rollers) roll(q.now);
    let selected: Duty[] = [];
    const filtered = q.kinds !== undefined || q.personId !== undefined || q.role !== undefined || q.supervisedBy !== undefined;
    let count = 0;
    /** whole ranges of sorted buckets: the page is merged from their heads, nothing else is copied */
    const ranges: { sorted: readonly Duty[]; at: number; to: number }[] = [];
    for (const bucket of this.#sources(q)) {
      const sorted = bucket.sorted;
      const cut = upperBound(sorted, q.now);
      const [from, to] = q.state === 'overdue' ? [0, cut] : [cut, sorted.length];
      if (!filtered && q.state !== 'dueSoon') {
        count += to - from;
        if (to > from) ranges.push({ sorted, at: from, to });
        continue;
      }
      for (let i = from; i < to; i++) {
        const d = sorted[i];
        if (!d || !this.#matches(d, q)) continue;
        count += 1;
        selected.push(d);
      }
    }
    if (ranges.length > 0) selected = mergePage(ranges, page.offset + page.limit);
    // most overdue first; of the rest, soonest due first
    else selected.sort((a, b) => (a.dueAt < b.dueAt ? -1 : a.dueAt > b.dueAt ? 1 : 0));
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
    const filtered = q.kinds !== undefined || q.personId !== undefined || q.role !== undefined || q.supervisedBy !== undefined;
    for (const bucket of this.#sources(q)) {
      const sorted = bucket.sorted;
      const cut = upperBound(sorted, q.now);
      const [from, to] = q.state === 'overdue' ? [0, cut] : [cut, sorted.length];
      if (!filtered && q.state !== 'dueSoon') {
        // a whole range, unfiltered: from the running counts
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

  /**
   * Overdue, coming-due and open counts per person who owes them, per village or per township of a region
   * (分类统计: which cadre has not called this month). Each group is a binary search and running counts per bucket,
   * never a pass over the duties — but a person whose duties also lie outside the region, and the warning periods,
   * are looked at duty by duty.
   */
  countBy(q: CountQuery): GroupCounts[] {
    for (const roll of this.#rollers) roll(q.now);
    const groups = new Map<string, GroupCounts>();
    const group = (at: string, key: string | null, name: string | null, role: Role | null): GroupCounts => {
      let g = groups.get(at);
      if (!g) groups.set(at, (g = { key, name, role, overdue: 0, dueSoon: 0, open: 0 }));
      return g;
    };
    const add = (g: GroupCounts, bucket: Bucket, region: boolean) => {
      const sorted = bucket.sorted;
      const cut = upperBound(sorted, q.now);
      const kinds = q.kinds;
      if (region || bucket.within(q.regionPrefix)) {
        g.overdue += bucket.countIn(0, cut, kinds);
        g.open += bucket.countIn(cut, sorted.length, kinds);
      } else {
        sorted.forEach((d, i) => {
          if (!d.regionCode.startsWith(q.regionPrefix) || (kinds && !kinds.includes(d.kind))) return;
          if (i < cut) g.overdue += 1;
          else g.open += 1;
        });
      }
      if (bucket.warned === 0) return;
      for (let i = cut; i < sorted.length; i++) {
        const d = sorted[i];
        if (d && d.warnFrom != null && d.warnFrom <= q.now && d.regionCode.startsWith(q.regionPrefix) && (!kinds || kinds.includes(d.kind))) g.dueSoon += 1;
      }
    };
    if (q.by === 'person') {
      for (const [key, bucket] of this.#byPerson) {
        const first = bucket.sorted[0];
        if (!first) continue;
        const named = first.owner.personId !== null;
        add(group(key, named ? key : null, named ? (first.owner.name ?? null) : null, named ? null : first.owner.role), bucket, false);
      }
    } else {
      const length = q.by === 'village' ? 12 : 9;
      for (const [code, bucket] of this.#buckets) {
        if (!code.startsWith(q.regionPrefix) || bucket.size === 0) continue;
        const at = code.slice(0, length);
        add(group(at, at, null, null), bucket, true);
      }
    }
    return [...groups.values()].filter((g) => g.overdue + g.open > 0)
      .sort((a, b) => b.overdue - a.overdue || b.dueSoon - a.dueSoon || ((a.key ?? '') < (b.key ?? '') ? -1 : (a.key ?? '') > (b.key ?? '') ? 1 : 0));
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
