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
 * One household's current facts. A registration read from the store as bytes (src/store/stored-json.ts) stays bytes
 * until someone reads the facts: a county's start-up then parses only the households that are asked for.
 */
export class HouseholdRow {
  #household: Household | undefined;
  /** the stored registration, until the facts are first read: bytes [start, end) of a shared slab */
  #slab: Buffer | undefined;
  #start = 0;
  #end = 0;
  readonly #villageCode: string;

  constructor(
    readonly id: string,
    facts: { household: Household } | { slab: Buffer; start: number; end: number; villageCode: string },
    /** the household stream's revision: of its last event, whatever kind */
    public revision: number,
    readonly registeredAt: string,
    public updatedAt: string,
  ) {
    if ('household' in facts) {
      this.#household = facts.household;
      this.#villageCode = facts.household.villageCode;
    } else {
      ({ slab: this.#slab, start: this.#start, end: this.#end, villageCode: this.#villageCode } = facts);
    }
  }

  get household(): Household {
    if (!this.#household) {
      // the constructor kept either the facts or the stored registration
      if (!this.#slab) throw new Error(`household ${this.id}: no facts`);
      this.#household = (JSON.parse(this.#slab.toString('utf8', this.#start, this.#end)) as HouseholdRegistered).household;
      this.#slab = undefined;
    }
    return this.#household;
  }

  set household(facts: Household) {
    this.#household = facts;
    this.#slab = undefined;
  }

  get villageCode(): string {
    return this.#household?.villageCode ?? this.#villageCode;
  }
}

/** Current facts of every household, by id. */
export class HouseholdsView implements Projection {
  readonly name = 'households';
  readonly streamPrefixes = [householdChain.streamPrefix];
  readonly #rows = new Map<string, HouseholdRow>();
  readonly #bytes = new CompactBytes();

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
    if (!stored || !villageCode) return new HouseholdRow(id, { household: (e.data as unknown as HouseholdRegistered).household }, e.revision, e.metadata.recordedAt, e.metadata.recordedAt);
    const start = this.#bytes.keep(stored);
    const facts = { slab: this.#bytes.last, start, end: start + stored.byteLength, villageCode };
    return new HouseholdRow(id, facts, e.revision, e.metadata.recordedAt, e.metadata.recordedAt);
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
