import type { Household } from '../domain/household.ts';
import type { Projection } from '../projections/projector.ts';
import type { RecordedEvent } from '../store/types.ts';
import { householdChain } from './chain.ts';
import type { HouseholdFactsChanged, HouseholdRegistered } from './events.ts';

export interface HouseholdRow {
  id: string;
  household: Household;
  /** the household stream's revision: of its last event, whatever kind */
  revision: number;
  registeredAt: string;
  updatedAt: string;
}

/** Current facts of every household, by id and by the head's resident ID (to refuse a second registration). */
export class HouseholdsView implements Projection {
  readonly name = 'households';
  readonly #rows = new Map<string, HouseholdRow>();
  readonly #byResidentId = new Map<string, string>();

  apply(e: RecordedEvent): void {
    if (!e.stream.startsWith(householdChain.streamPrefix)) return;
    const id = e.stream.slice(householdChain.streamPrefix.length);
    if (e.type === 'HouseholdRegistered') {
      const { household } = e.data as unknown as HouseholdRegistered;
      this.#rows.set(id, { id, household, revision: e.revision, registeredAt: e.metadata.recordedAt, updatedAt: e.metadata.recordedAt });
      this.#byResidentId.set(household.residentId, id);
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

  idOfResident(residentId: string): string | undefined {
    return this.#byResidentId.get(residentId);
  }

  /** households whose village code starts with the prefix, in registration order */
  list(prefix: string, offset = 0, limit = 100): { total: number; items: HouseholdRow[] } {
    const all = [...this.#rows.values()].filter((r) => r.household.villageCode.startsWith(prefix));
    return { total: all.length, items: all.slice(offset, offset + limit) };
  }
}
