import type { Duty } from './due-index.ts';

/** The due index's groups of duties (src/due/due-index.ts): sorted arrays, their running counts, a page merged from them. */

/** a duty in a sort: its key is worked out at most once (an after-card duty derives it when read), only on a tie */
interface Sorting { d: Duty; dueAt: string; key: string | undefined }
const keyOf = (s: Sorting): string => (s.key ??= s.d.key);
const byDue = (a: Sorting, b: Sorting): number => {
  if (a.dueAt !== b.dueAt) return a.dueAt < b.dueAt ? -1 : 1;
  const ka = keyOf(a);
  const kb = keyOf(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
};

/**
 * One group's duties (a region code's, a person's): an array, not a map — a county holds a million duties and an
 * array slot costs 8 bytes where a map entry costs 40. A duty removed stays in the array until the group is next
 * sorted (or too many are stale): `live` says whether the index still holds it.
 */
export class Bucket {
  #list: Duty[] = [];
  #stale = 0;
  #ordered = true;
  #kindCounts: Map<string, Int32Array> | null = null;
  /** duties with a warning period (dueSoon needs a look at them; after-card duties have none) */
  warned = 0;
  /** the least and greatest region code held: every code between starts with a prefix both start with */
  #minRegion = '';
  #maxRegion = '';

  constructor(private readonly live: (d: Duty) => boolean) {}

  add(d: Duty): void {
    this.#list.push(d);
    if (d.warnFrom != null) this.warned += 1;
    this.#changed();
  }

  drop(d: Duty): void {
    this.#stale += 1;
    if (d.warnFrom != null) this.warned -= 1;
    if (this.#stale > 4 && this.#stale * 8 > this.#list.length) this.#compact();
    this.#changed();
  }

  get size(): number {
    return this.#list.length - this.#stale;
  }

  /** the live duties by dueAt (then key); sorted in place when first asked after a change */
  get sorted(): readonly Duty[] {
    if (!this.#ordered) {
      this.#compact();
      const sorting = this.#list.map((d): Sorting => ({ d, dueAt: d.dueAt, key: undefined })).sort(byDue);
      for (let i = 0; i < sorting.length; i++) this.#list[i] = (sorting[i] as Sorting).d;
      this.#ordered = true;
      let min = '';
      let max = '';
      for (const d of this.#list) {
        if (min === '' || d.regionCode < min) min = d.regionCode;
        if (d.regionCode > max) max = d.regionCode;
      }
      this.#minRegion = min;
      this.#maxRegion = max;
    }
    return this.#list;
  }

  /** every duty held lies in the region (judged after `sorted`) */
  within(prefix: string): boolean {
    return this.#minRegion.startsWith(prefix) && this.#maxRegion.startsWith(prefix);
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

  /** of the sorted duties [from, to), how many are of the kinds (all when none given) */
  countIn(from: number, to: number, kinds: readonly string[] | undefined): number {
    if (!kinds) return to - from;
    let n = 0;
    for (const kind of kinds) {
      const c = this.kindCounts.get(kind);
      if (c) n += (c[to] ?? 0) - (c[from] ?? 0);
    }
    return n;
  }

  #changed(): void {
    this.#ordered = false;
    this.#kindCounts = null;
  }

  /** leaves out the duties removed (and a duty put twice, once) */
  #compact(): void {
    if (this.#stale === 0) return;
    const seen = new Set<Duty>();
    this.#list = this.#list.filter((d) => this.live(d) && !seen.has(d) && seen.add(d) !== undefined);
    this.#stale = 0;
  }
}

/** the first index whose dueAt is > instant */
export const upperBound = (sorted: readonly Duty[], instant: string): number => {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid]?.dueAt ?? '') <= instant) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};

/** the first `n` duties of sorted ranges by dueAt: a village's 100 heads each are not copied and sorted for a page */
export const mergePage = (ranges: { sorted: readonly Duty[]; at: number; to: number }[], n: number): Duty[] => {
  const out: Duty[] = [];
  while (out.length < n) {
    let best = -1;
    let bestDue = '';
    for (let r = 0; r < ranges.length; r++) {
      const range = ranges[r];
      if (!range || range.at >= range.to) continue;
      const due = range.sorted[range.at]?.dueAt ?? '';
      if (best < 0 || due < bestDue) {
        best = r;
        bestDue = due;
      }
    }
    const range = ranges[best];
    if (!range) break;
    const d = range.sorted[range.at];
    range.at += 1;
    if (d) out.push(d);
  }
  return out;
};
