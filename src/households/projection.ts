import type { Household } from '../domain/household.ts';
import type { Projection } from '../projections/projector.ts';
import { decodeJson, storedDataJson } from '../store/stored-json.ts';
import type { RecordedEvent } from '../store/types.ts';
import { householdChain } from './chain.ts';
import type { HouseholdFactsChanged, HouseholdRegistered } from './events.ts';
import { CompactBytes } from './compact-bytes.ts';
import { villageCodeIn } from './village-code.ts';

/**
 * One household's current facts. A registration read from the store as bytes (src/store/stored-json.ts) stays bytes
 * until someone reads the facts: a county's start-up then parses only the households that are asked for.
 */
export class HouseholdRow {
  #household: Household | undefined;
  #registration: Uint8Array | undefined;
  readonly #villageCode: string;

  constructor(
    readonly id: string,
    facts: { household: Household } | { registration: Uint8Array; villageCode: string },
    /** the household stream's revision: of its last event, whatever kind */
    public revision: number,
    readonly registeredAt: string,
    public updatedAt: string,
  ) {
    if ('household' in facts) this.#household = facts.household;
    else this.#registration = facts.registration;
    this.#villageCode = 'household' in facts ? facts.household.villageCode : facts.villageCode;
  }

  get household(): Household {
    this.#household ??= (decodeJson(this.#registration ?? new Uint8Array()) as unknown as HouseholdRegistered).household;
    this.#registration = undefined;
    return this.#household;
  }

  set household(facts: Household) {
    this.#household = facts;
    this.#registration = undefined;
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
      const registration = storedDataJson(e);
      const villageCode = registration && villageCodeIn(registration);
      const facts = registration && villageCode ? { registration: this.#bytes.keep(registration), villageCode } : { household: (e.data as unknown as HouseholdRegistered).household };
      this.#rows.set(id, new HouseholdRow(id, facts, e.revision, e.metadata.recordedAt, e.metadata.recordedAt));
    } else if (e.type === 'HouseholdFactsChanged') {
      const row = this.#rows.get(id);
      if (!row) return;
      const { changes } = e.data as unknown as HouseholdFactsChanged;
      row.household = { ...row.household, ...changes };
      row.revision = e.revision;
      row.updatedAt = e.metadata.recordedAt;
    } else {
      // review, supervision: the facts stand, the stream moved on (its revision is the ETag and what a change checks)
      const row = this.#rows.get(id);
      if (row) row.revision = e.revision;
    }
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
