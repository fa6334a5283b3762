import { pinyin } from 'pinyin-pro';
import { householdChain } from '../../households/chain.ts';
import type { HouseholdRow, HouseholdsView } from '../../households/projection.ts';
import type { Projection } from '../../projections/projector.ts';
import type { RecordedEvent } from '../../store/types.ts';

/** one name of a household (its head's or a member's) as the index keeps it */
export interface NameEntry {
  householdId: string;
  name: string;
  /** pinyin initials, lower case (张三丰 → zsf); surnames read as surnames (曾 → z, 单 → s) */
  initials: string;
  relation: string;
  villageCode: string;
}

const initialsOf = (name: string): string =>
  pinyin(name, { pattern: 'first', toneType: 'none', type: 'array', surname: 'head' }).join('').toLowerCase().replace(/[^a-z]/g, '');

/**
 * Search by resident ID, name prefix and pinyin initials, fed by the household projection: an event only marks its
 * household as changed (start-up stays as cheap as the household view makes it); the first search after it
 * indexes the changed households. Names are bucketed by their first character and initials by their first
 * letter, so a prefix looks only at names that can match, never at every household.
 */
export class HouseholdSearchIndex implements Projection {
  readonly name = 'household-search';
  readonly streamPrefixes = [householdChain.streamPrefix];
  /** households changed since the last search; none are tracked before the first search, which indexes them all */
  readonly #pending = new Set<string>();
  #built = false;
  readonly #byId = new Map<string, { entries: NameEntry[]; residentIds: string[] }>();
  readonly #byResidentId = new Map<string, string>();
  readonly #byFirstChar = new Map<string, Set<NameEntry>>();
  readonly #byInitial = new Map<string, Set<NameEntry>>();

  constructor(private readonly households: Pick<HouseholdsView, 'get' | 'under'>) {}

  apply(e: RecordedEvent): void {
    // before the first search nothing is indexed: a county's import or start-up keeps no list of what changed
    if (!this.#built) return;
    if (e.type === 'HouseholdRegistered' || e.type === 'HouseholdFactsChanged') this.#pending.add(e.stream.slice(householdChain.streamPrefix.length));
  }

  /** index the households changed since the last search (all of them at the first) */
  #catchUp(): void {
    if (!this.#built) {
      this.#built = true;
      for (const row of this.households.under('')) this.#index(row);
      return;
    }
    for (const id of this.#pending) {
      this.#forget(id);
      const row = this.households.get(id);
      if (row) this.#index(row);
    }
    this.#pending.clear();
  }

  #index(row: HouseholdRow): void {
    const id = row.id;
    const h = row.household;
    const entries: NameEntry[] = h.members.map((m) => ({ householdId: id, name: m.name, initials: initialsOf(m.name), relation: m.relation, villageCode: h.villageCode }));
    if (!h.members.some((m) => m.name === h.head)) entries.push({ householdId: id, name: h.head, initials: initialsOf(h.head), relation: 'head', villageCode: h.villageCode });
    // an erased household's resident ID reads null (src/privacy): nothing to find it by
    const residentIds = [h.residentId as string | null, ...h.members.map((m) => m.residentId)].flatMap((r) => (typeof r === 'string' ? [r.toUpperCase()] : []));
    for (const e of entries) {
      bucket(this.#byFirstChar, [...e.name][0] ?? '').add(e);
      bucket(this.#byInitial, e.initials.slice(0, 1)).add(e);
    }
    for (const r of residentIds) this.#byResidentId.set(r, id);
    this.#byId.set(id, { entries, residentIds });
  }

  #forget(id: string): void {
    const before = this.#byId.get(id);
    if (!before) return;
    for (const e of before.entries) {
      this.#byFirstChar.get([...e.name][0] ?? '')?.delete(e);
      this.#byInitial.get(e.initials.slice(0, 1))?.delete(e);
    }
    for (const r of before.residentIds) if (this.#byResidentId.get(r) === id) this.#byResidentId.delete(r);
    this.#byId.delete(id);
  }

  /** the household of a resident ID (head's or member's), exact */
  byResidentId(residentId: string): string | undefined {
    this.#catchUp();
    return this.#byResidentId.get(residentId.toUpperCase());
  }

  /** names starting with `prefix` in villages under `region`, at most `limit` (and whether there were more) */
  byNamePrefix(prefix: string, region: string, limit: number): { entries: NameEntry[]; more: boolean } {
    this.#catchUp();
    return take(this.#byFirstChar.get([...prefix][0] ?? ''), (e) => e.name.startsWith(prefix) && e.villageCode.startsWith(region), limit);
  }

  /** names whose pinyin initials start with `initials` (lower case) in villages under `region` */
  byInitials(initials: string, region: string, limit: number): { entries: NameEntry[]; more: boolean } {
    this.#catchUp();
    return take(this.#byInitial.get(initials.slice(0, 1)), (e) => e.initials.startsWith(initials) && e.villageCode.startsWith(region), limit);
  }
}

const bucket = (index: Map<string, Set<NameEntry>>, key: string): Set<NameEntry> => {
  let set = index.get(key);
  if (!set) {
    set = new Set();
    index.set(key, set);
  }
  return set;
};

const take = (candidates: Set<NameEntry> | undefined, keep: (e: NameEntry) => boolean, limit: number) => {
  const entries: NameEntry[] = [];
  for (const e of candidates ?? []) {
    if (!keep(e)) continue;
    if (entries.length === limit) return { entries, more: true };
    entries.push(e);
  }
  return { entries, more: false };
};
