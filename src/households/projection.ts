import type { Household } from '../domain/household.ts';
import { applyHouseholdPatch } from '../domain/household-patch.ts';
import type { Projection } from '../projections/projector.ts';
import { storedDataJson } from '../store/stored-json.ts';
import type { RecordedEvent } from '../store/types.ts';
import { householdChain } from './chain.ts';
import type { HouseholdFactsChanged, HouseholdRegistered } from './events.ts';
import { CompactBytes } from './compact-bytes.ts';
import { villageCodeIn } from './village-code.ts';
import { erasedHousehold } from '../privacy/personal-fields.ts';

/**
 * The parsed facts of the households read or changed last. A county holds 200,000 households: kept parsed, each is
 * an object graph of several kilobytes (members, incomes, causes); kept as JSON, a third of that. So a household's
 * facts stay as JSON and are parsed when read, and the last few thousand read or changed stay parsed here. A change
 * is written back to JSON only when its household leaves the cache (commands on one household in a row pay nothing).
 */
export class FactsCache {
  readonly #entries = new Map<HouseholdRow, Household>();

  constructor(readonly capacity = 4096) {}

  get(row: HouseholdRow): Household | undefined {
    const facts = this.#entries.get(row);
    if (facts !== undefined) {
      // the most recently used last: the Map's order is the eviction order
      this.#entries.delete(row);
      this.#entries.set(row, facts);
    }
    return facts;
  }

  put(row: HouseholdRow, facts: Household): void {
    this.#entries.delete(row);
    this.#entries.set(row, facts);
    if (this.#entries.size <= this.capacity) return;
    const oldest = this.#entries.entries().next().value;
    if (!oldest) return;
    this.#entries.delete(oldest[0]);
    oldest[0].settle(oldest[1]);
  }
}

/**
 * One household's current facts: the stored registration's bytes (a range of a shared slab, as read from the store),
 * or the facts as JSON once changed, or — for a household read or changed lately — parsed, in the cache.
 */
export class HouseholdRow {
  /** the stored registration ({"household": …, …}): bytes [start, end) of a shared slab */
  #slab: Buffer | undefined;
  #start = 0;
  #end = 0;
  /** the facts as JSON, once changed (the slab's bytes are then stale) */
  #json: string | undefined;
  #villageCode: string;

  constructor(
    readonly id: string,
    facts: { household: Household } | { slab: Buffer; start: number; end: number; villageCode: string },
    /** the household stream's revision: of its last event, whatever kind */
    public revision: number,
    readonly registeredAt: string,
    public updatedAt: string,
    private readonly cache: FactsCache = new FactsCache(1),
  ) {
    if ('household' in facts) {
      this.#villageCode = facts.household.villageCode;
      cache.put(this, facts.household);
    } else {
      ({ slab: this.#slab, start: this.#start, end: this.#end, villageCode: this.#villageCode } = facts);
    }
  }

  get household(): Household {
    const cached = this.cache.get(this);
    if (cached) return cached;
    let facts: Household;
    if (this.#json !== undefined) facts = JSON.parse(this.#json) as Household;
    else if (this.#slab) facts = (JSON.parse(this.#slab.toString('utf8', this.#start, this.#end)) as HouseholdRegistered).household;
    else throw new Error(`household ${this.id}: no facts`);
    this.cache.put(this, facts);
    return facts;
  }

  set household(facts: Household) {
    this.#villageCode = facts.villageCode;
    this.cache.put(this, facts);
  }

  /** the cache lets go of the parsed facts: they are kept as JSON from now on */
  settle(facts: Household): void {
    this.#json = JSON.stringify(facts);
    this.#slab = undefined;
  }

  get villageCode(): string {
    return this.#villageCode;
  }
}

/** Current facts of every household, by id. */
export class HouseholdsView implements Projection {
  readonly name = 'households';
  readonly streamPrefixes = [householdChain.streamPrefix];
  readonly #rows = new Map<string, HouseholdRow>();
  readonly #bytes = new CompactBytes();
  readonly #cache = new FactsCache();

  apply(e: RecordedEvent): void {
    if (!e.stream.startsWith(householdChain.streamPrefix)) return;
    const id = e.stream.slice(householdChain.streamPrefix.length);
    if (e.type === 'HouseholdRegistered') {
      this.#rows.set(id, this.#registered(id, e));
    } else if (e.type === 'HouseholdFactsChanged') {
      const row = this.#rows.get(id);
      if (!row) return;
      // the event as its newest version reads (v1 events are upcast to a shallow patch): the same function the
      // command used to compute the facts it answered with, so a replay gives the same household
      const { patch, shallow } = e.data as unknown as HouseholdFactsChanged;
      row.household = applyHouseholdPatch(row.household, patch, { shallow: shallow === true });
      row.revision = e.revision;
      row.updatedAt = e.metadata.recordedAt;
    } else if (e.type === 'HouseholdPersonalDataErased') {
      // the read model held the names in the clear: they go now, as the store's reads of its events do (src/privacy)
      const row = this.#rows.get(id);
      if (!row) return;
      row.household = erasedHousehold(row.household);
      row.revision = e.revision;
      row.updatedAt = e.metadata.recordedAt;
    } else {
      // review, supervision: the facts stand, the stream moved on (its revision is the ETag and what a change checks)
      const row = this.#rows.get(id);
      if (row) row.revision = e.revision;
    }
  }

  /** a registration read as its stored bytes is kept as such (its village code found in them), otherwise as facts */
  #registered(id: string, e: RecordedEvent): HouseholdRow {
    const stored = storedDataJson(e);
    const villageCode = stored && villageCodeIn(stored);
    if (!stored || !villageCode) return new HouseholdRow(id, { household: (e.data as unknown as HouseholdRegistered).household }, e.revision, e.metadata.recordedAt, e.metadata.recordedAt, this.#cache);
    const start = this.#bytes.keep(stored);
    const facts = { slab: this.#bytes.last, start, end: start + stored.byteLength, villageCode };
    return new HouseholdRow(id, facts, e.revision, e.metadata.recordedAt, e.metadata.recordedAt, this.#cache);
  }

  get(id: string): HouseholdRow | undefined {
    return this.#rows.get(id);
  }

  /** households whose village code starts with the prefix, in registration order */
  list(prefix: string, offset = 0, limit = 100): { total: number; items: HouseholdRow[] } {
    const all = [...this.#rows.values()].filter((r) => r.villageCode.startsWith(prefix));
    return { total: all.length, items: all.slice(offset, offset + limit) };
  }
}
