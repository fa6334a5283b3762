import { isJsonObject } from '../shared/json.ts';
import type { JsonObject } from '../shared/json.ts';
import type { EventStore, RecordedEvent } from '../store/types.ts';

const CODE = /^\d{2,12}$/;
/** fields that name where a fact belongs, in the order they are trusted */
const REGION_FIELDS = ['villageCode', 'scopeCode', 'townshipCode', 'regionCode', 'countyCode'] as const;

const code = (value: unknown): string | null => (typeof value === 'string' && CODE.test(value) ? value : null);

/**
 * The region an event names itself: its own villageCode (a designation's declaration, a meeting), a list's
 * scopeCode or townshipCode, a registered household's household.villageCode, or a changed one's patch.villageCode
 * (changes.villageCode as stored in v1). Most events name none: a township review, a signature … belong to their
 * stream's region.
 */
export const regionOfData = (data: JsonObject): string | null => {
  for (const field of REGION_FIELDS) {
    const found = code(data[field]);
    if (found) return found;
  }
  for (const nested of ['household', 'patch', 'changes'] as const) {
    const value = data[nested];
    if (isJsonObject(value)) {
      const found = code(value.villageCode);
      if (found) return found;
    }
  }
  return null;
};

interface Entry {
  /** the stream's events 0..through have been looked at */
  through: number;
  /** region changes by revision, ascending: a household that moves village changes region from that revision on */
  changes: Array<{ from: number; region: string }>;
  /** a stream that names no region but a household (a monitoring case) lies where the household does */
  householdId: string | null;
}

/**
 * Where an event belongs, cheaply. An event's region is the region it names itself, else the one its stream named
 * last at or before the event's revision (a designation's InitialCheckDeclared carries the village code; its later
 * steps do not), else — for a stream that only names a household — the household stream's region.
 *
 * Each stream is read at most once past what is known (`readStream` from the last looked-at revision to the
 * event's), and what was learnt is kept in a bounded LRU, shared by every feed reader of the process: in the usual
 * case a region filter costs a map lookup per event, and a cold stream one indexed read of a few events.
 */
export class RegionIndex {
  readonly #entries = new Map<string, Entry>();

  /**
   * @param store reads in the newest event shapes (the services' upcasting store), which is what regionOfData knows
   * @param upcast the same for an event handed in as stored
   */
  constructor(
    private readonly store: Pick<EventStore, 'readStream'>,
    private readonly capacity = 50_000,
    private readonly upcast: (event: RecordedEvent) => RecordedEvent = (event) => event,
  ) {}

  async regionOf(event: RecordedEvent): Promise<string | null> {
    const own = regionOfData(this.upcast(event).data);
    if (own) return own;
    const entry = await this.#known(event.stream, event.revision);
    const region = regionAt(entry, event.revision);
    if (region !== null || entry.householdId === null) return region;
    const household = await this.#known(`household-${entry.householdId}`, null);
    return regionAt(household, household.through);
  }

  /** the entry of a stream, looked at up to `revision` (null: as far as the stream goes now) */
  async #known(stream: string, revision: number | null): Promise<Entry> {
    let entry = this.#entries.get(stream);
    if (entry) {
      this.#entries.delete(stream); // LRU: re-insert as the newest
      this.#entries.set(stream, entry);
    }
    if (entry && revision !== null && entry.through >= revision) return entry;
    const from = (entry?.through ?? -1) + 1;
    const read = await this.store.readStream(stream, { fromRevision: from, ...(revision === null ? {} : { limit: revision - from + 1 }) });
    entry = this.#entries.get(stream) ?? entry ?? { through: -1, changes: [], householdId: null };
    for (const e of read) {
      if (e.revision <= entry.through) continue; // a concurrent reader got there first
      const region = regionOfData(e.data);
      if (region && region !== entry.changes.at(-1)?.region) entry.changes.push({ from: e.revision, region });
      if (entry.householdId === null && typeof e.data.householdId === 'string') entry.householdId = e.data.householdId;
      entry.through = e.revision;
    }
    this.#entries.set(stream, entry);
    if (this.#entries.size > this.capacity) {
      const oldest = this.#entries.keys().next().value;
      if (oldest !== undefined) this.#entries.delete(oldest);
    }
    return entry;
  }
}

const regionAt = (entry: Entry, revision: number): string | null => {
  let region: string | null = null;
  for (const c of entry.changes) {
    if (c.from > revision) break;
    region = c.region;
  }
  return region;
};
