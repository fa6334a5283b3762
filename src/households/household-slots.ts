import type { Registration } from '../domain/household.ts';
import type { BytesRef } from './compact-bytes.ts';

/** 户类型 as a number: the one fact of a household that county-wide counts ask of every household */
const REGISTRATIONS: readonly Registration[] = ['registered', 'edge', 'ordinary'];

const INITIAL = 1024;

/** an instant as a number, when it reads back exactly as it was written (else it is kept as its string) */
const instantOf = (iso: string): number => {
  const ms = Date.parse(iso);
  return Number.isFinite(ms) && new Date(ms).toISOString() === iso ? ms : Number.NaN;
};

/**
 * The households' scalars as columns: slot i is the i-th household registered. Typed arrays hold numbers without an
 * object per household; village codes are interned (a county has a few hundred); instants are kept as milliseconds
 * (the few written in another form keep their string, so every instant reads back exactly as recorded).
 */
export class HouseholdSlots {
  readonly #slotOf = new Map<string, number>();
  readonly #ids: string[] = [];
  readonly #villageCodes: string[] = [];
  readonly #villageIndex = new Map<string, number>();
  readonly #oddInstants = new Map<string, string>();
  #village = new Uint32Array(INITIAL);
  #registration = new Uint8Array(INITIAL);
  #revision = new Int32Array(INITIAL);
  #registeredAt = new Float64Array(INITIAL);
  #updatedAt = new Float64Array(INITIAL);
  #factsSlab = new Uint32Array(INITIAL);
  #factsStart = new Uint32Array(INITIAL);
  #factsEnd = new Uint32Array(INITIAL);
  #factsForm = new Uint8Array(INITIAL);

  get size(): number {
    return this.#ids.length;
  }

  slotOf(id: string): number | undefined {
    return this.#slotOf.get(id);
  }

  add(id: string, villageCode: string, registration: Registration, revision: number, at: string, facts: BytesRef, form: number): number {
    const slot = this.#ids.length;
    if (slot === this.#village.length) this.#grow();
    this.#ids.push(id);
    this.#slotOf.set(id, slot);
    this.setScalars(slot, villageCode, registration);
    this.#revision[slot] = revision;
    this.#registeredAt[slot] = this.#instant(slot, 'r', at);
    this.#updatedAt[slot] = this.#instant(slot, 'u', at);
    this.setFacts(slot, facts, form);
    return slot;
  }

  /** a later event of the household's stream: its revision and when it was recorded */
  moved(slot: number, revision: number, at: string): void {
    this.#revision[slot] = revision;
    this.#updatedAt[slot] = this.#instant(slot, 'u', at);
  }

  /** the scalars kept beside the facts (changed with them) */
  setScalars(slot: number, villageCode: string, registration: Registration): void {
    this.#village[slot] = this.#villageNumber(villageCode);
    this.#registration[slot] = Math.max(0, REGISTRATIONS.indexOf(registration));
  }

  registrationOf(slot: number): Registration {
    return REGISTRATIONS[this.#registration[slot] ?? 0] ?? 'registered';
  }

  factsOf(slot: number): BytesRef & { form: number } {
    return { slab: this.#factsSlab[slot] ?? 0, start: this.#factsStart[slot] ?? 0, end: this.#factsEnd[slot] ?? 0, form: this.#factsForm[slot] ?? 0 };
  }

  idOf(slot: number): string {
    return this.#ids[slot] ?? '';
  }

  revisionOf(slot: number): number {
    return this.#revision[slot] ?? -1;
  }

  villageCodeOf(slot: number): string {
    return this.#villageCodes[this.#village[slot] ?? 0] ?? '';
  }

  registeredAtOf(slot: number): string {
    return this.#instantAt(slot, 'r', this.#registeredAt[slot] ?? Number.NaN);
  }

  updatedAtOf(slot: number): string {
    return this.#instantAt(slot, 'u', this.#updatedAt[slot] ?? Number.NaN);
  }

  /** the slots of the households whose village code starts with `prefix`, in registration order */
  *slotsUnder(prefix: string): Generator<number> {
    const under = this.#villageCodes.map((code) => code.startsWith(prefix));
    for (let slot = 0; slot < this.#ids.length; slot++) if (under[this.#village[slot] ?? 0]) yield slot;
  }

  setFacts(slot: number, facts: BytesRef, form: number): void {
    this.#factsSlab[slot] = facts.slab;
    this.#factsStart[slot] = facts.start;
    this.#factsEnd[slot] = facts.end;
    this.#factsForm[slot] = form;
  }

  #villageNumber(code: string): number {
    let n = this.#villageIndex.get(code);
    if (n === undefined) {
      n = this.#villageCodes.length;
      this.#villageCodes.push(code);
      this.#villageIndex.set(code, n);
    }
    return n;
  }

  #instant(slot: number, which: 'r' | 'u', iso: string): number {
    const ms = instantOf(iso);
    if (Number.isNaN(ms)) this.#oddInstants.set(`${which}${slot}`, iso);
    else this.#oddInstants.delete(`${which}${slot}`);
    return ms;
  }

  #instantAt(slot: number, which: 'r' | 'u', ms: number): string {
    return Number.isNaN(ms) ? (this.#oddInstants.get(`${which}${slot}`) ?? '') : new Date(ms).toISOString();
  }

  #grow(): void {
    const n = this.#village.length * 2;
    const grown = <T extends Uint32Array | Int32Array | Float64Array | Uint8Array>(from: T, make: (n: number) => T): T => {
      const to = make(n);
      to.set(from);
      return to;
    };
    this.#village = grown(this.#village, (k) => new Uint32Array(k));
    this.#registration = grown(this.#registration, (k) => new Uint8Array(k));
    this.#revision = grown(this.#revision, (k) => new Int32Array(k));
    this.#registeredAt = grown(this.#registeredAt, (k) => new Float64Array(k));
    this.#updatedAt = grown(this.#updatedAt, (k) => new Float64Array(k));
    this.#factsSlab = grown(this.#factsSlab, (k) => new Uint32Array(k));
    this.#factsStart = grown(this.#factsStart, (k) => new Uint32Array(k));
    this.#factsEnd = grown(this.#factsEnd, (k) => new Uint32Array(k));
    this.#factsForm = grown(this.#factsForm, (k) => new Uint8Array(k));
  }
}
