import type { Household, Registration } from '../domain/household.ts';
import { applyHouseholdPatch } from '../domain/household-patch.ts';
import type { Projection } from '../projections/projector.ts';
import { storedDataJson } from '../store/stored-json.ts';
import type { RecordedEvent } from '../store/types.ts';
import { householdChain } from './chain.ts';
import type { HouseholdFactsChanged, HouseholdRegistered } from './events.ts';
import { CompactBytes } from './compact-bytes.ts';
import { decodeFacts, encodeFacts } from './facts-codec.ts';
import { HouseholdSlots } from './household-slots.ts';
import { registrationIn, villageCodeIn } from './village-code.ts';
import { erasedHousehold } from '../privacy/personal-fields.ts';

/**
 * One household as the view held it when asked: its facts are decoded on first read. A row is a snapshot: after a
 * command, ask the view again for the household as it is now.
 */
export class HouseholdRow {
  #household: Household | undefined;

  constructor(
    readonly id: string,
    /** the household stream's revision: of its last event, whatever kind */
    readonly revision: number,
    readonly registeredAt: string,
    readonly updatedAt: string,
    readonly villageCode: string,
    /** 户类型, known without decoding the facts */
    readonly registration: Registration,
    private readonly facts: () => Household,
  ) {}

  get household(): Household {
    this.#household ??= this.facts();
    return this.#household;
  }
}

/** how a household's facts are kept: deflated JSON of the facts, or the stored registration (`{"household":…}`) */
const DEFLATED = 0;
const STORED_REGISTRATION = 1;
/** no bytes yet: the facts are only in the hot set (a registration or change not written down yet) */
const NOT_WRITTEN = 2;
const NO_BYTES = { slab: 0, start: 0, end: 0 };

/** households in use kept as objects: a household changed or read again and again is neither decoded nor deflated */
const HOT = 1024;
/** households written down per turn of the event loop once the catch-up is over */
const WRITE_DOWN_BATCH = 256;

/**
 * Current facts of every household, by id. A county has 200,000 of them, so nothing is kept per household as an
 * object: the scalars are columns (typed arrays, one slot per household, in registration order) and the facts are
 * bytes in shared slabs — deflated JSON (src/households/facts-codec.ts), or on a rebuild the registration as the
 * store holds it, which costs no work at start-up. A household takes some 300 bytes instead of some 2.5 KB.
 */
export class HouseholdsView implements Projection {
  readonly name = 'households';
  readonly streamPrefixes = [householdChain.streamPrefix];
  readonly #columns = new HouseholdSlots();
  readonly #bytes = new CompactBytes();
  /** slot → facts, least recently used first; `#dirty` ones have newer facts than their bytes */
  readonly #hot = new Map<number, Household>();
  readonly #dirty = new Set<number>();
  /**
   * While the projector catches up at start, nothing leaves the hot set: deflating a county's households would
   * lengthen every restart by seconds. Once caught up, they are written down a batch per turn, in the background.
   */
  #catchingUp = true;

  apply(e: RecordedEvent): void {
    if (!e.stream.startsWith(householdChain.streamPrefix)) return;
    const id = e.stream.slice(householdChain.streamPrefix.length);
    if (e.type === 'HouseholdRegistered') {
      this.#registered(id, e);
      return;
    }
    const slot = this.#columns.slotOf(id);
    if (slot === undefined) return;
    if (e.type === 'HouseholdFactsChanged') {
      // the event as its newest version reads (v1 events are upcast to a shallow patch): the same function the
      // command used to compute the facts it answered with, so a replay gives the same household
      const { patch, shallow } = e.data as unknown as HouseholdFactsChanged;
      const facts = applyHouseholdPatch(this.#facts(slot), patch, { shallow: shallow === true });
      this.#columns.setScalars(slot, facts.villageCode, facts.registration);
      this.#warm(slot, facts, true);
    } else if (e.type === 'HouseholdPersonalDataErased') {
      // the read model held the names: they go now (their bytes are wiped at once), as the store's reads do
      const facts = erasedHousehold(this.#facts(slot));
      this.#write(slot, facts);
      this.#warm(slot, facts, false);
    }
    // review, supervision: the facts stand, the stream moved on (its revision is the ETag and what a change checks)
    this.#columns.moved(slot, e.revision, e.metadata.recordedAt);
  }

  /** a registration read as its stored bytes is kept as such (its village code found in them), otherwise deflated */
  #registered(id: string, e: RecordedEvent): void {
    const stored = storedDataJson(e);
    const storedVillage = stored && villageCodeIn(stored);
    const storedRegistration = stored && registrationIn(stored);
    if (stored && storedVillage && storedRegistration) {
      const ref = this.#bytes.keep(stored);
      this.#columns.add(id, storedVillage, storedRegistration, e.revision, e.metadata.recordedAt, ref, STORED_REGISTRATION);
      return;
    }
    const household = (e.data as unknown as HouseholdRegistered).household;
    const slot = this.#columns.add(id, household.villageCode, household.registration, e.revision, e.metadata.recordedAt, NO_BYTES, NOT_WRITTEN);
    this.#warm(slot, household, true);
  }

  /** the facts deflated into the slabs, the bytes they replace wiped */
  #write(slot: number, household: Household): void {
    const before = this.#columns.factsOf(slot);
    const ref = this.#bytes.keep(encodeFacts(household));
    if (before.form !== NOT_WRITTEN) this.#bytes.wipe(before.slab, before.start, before.end);
    this.#columns.setFacts(slot, ref, DEFLATED);
    this.#dirty.delete(slot);
  }

  /** the facts become the most recently used; the least recently used beyond HOT leave (written down if dirty) */
  #warm(slot: number, household: Household, dirty: boolean): void {
    this.#hot.delete(slot);
    this.#hot.set(slot, household);
    if (dirty) this.#dirty.add(slot);
    if (!this.#catchingUp && this.#hot.size > HOT) this.#cool(1);
  }

  /** the `n` least recently used leave the hot set (written down if dirty) */
  #cool(n: number): void {
    let left = n;
    for (const [coldest, facts] of this.#hot) {
      if (left-- <= 0) break;
      if (this.#dirty.has(coldest)) this.#write(coldest, facts);
      this.#hot.delete(coldest);
    }
  }

  /** how many households are held as objects now (the hot set; the others are bytes) */
  get heldAsObjects(): number {
    return this.#hot.size;
  }

  caughtUp(): void {
    this.#catchingUp = false;
    const writeDown = () => {
      this.#cool(Math.min(WRITE_DOWN_BATCH, this.#hot.size - HOT));
      if (this.#hot.size > HOT) setImmediate(writeDown).unref();
    };
    if (this.#hot.size > HOT) setImmediate(writeDown).unref();
  }

  #facts(slot: number): Household {
    const hot = this.#hot.get(slot);
    if (hot) {
      this.#warm(slot, hot, false);
      return hot;
    }
    const { slab, start, end, form } = this.#columns.factsOf(slot);
    const bytes = this.#bytes.read(slab, start, end);
    const facts = form === DEFLATED ? decodeFacts(bytes) : (JSON.parse(bytes.toString('utf8')) as HouseholdRegistered).household;
    this.#warm(slot, facts, false);
    return facts;
  }

  #row(slot: number): HouseholdRow {
    const c = this.#columns;
    return new HouseholdRow(c.idOf(slot), c.revisionOf(slot), c.registeredAtOf(slot), c.updatedAtOf(slot), c.villageCodeOf(slot), c.registrationOf(slot), () => this.#facts(slot));
  }

  get(id: string): HouseholdRow | undefined {
    const slot = this.#columns.slotOf(id);
    return slot === undefined ? undefined : this.#row(slot);
  }

  /** every household whose village code starts with the prefix, in registration order, one at a time */
  *under(prefix: string): Generator<HouseholdRow> {
    for (const slot of this.#columns.slotsUnder(prefix)) yield this.#row(slot);
  }

  /** households whose village code starts with the prefix, in registration order */
  list(prefix: string, offset = 0, limit = 100): { total: number; items: HouseholdRow[] } {
    const items: HouseholdRow[] = [];
    let total = 0;
    for (const slot of this.#columns.slotsUnder(prefix)) {
      if (total >= offset && items.length < limit) items.push(this.#row(slot));
      total += 1;
    }
    return { total, items };
  }
}
