import type { DesignationsView } from '../../designations/projection.ts';
import type { Projection } from '../../projections/projector.ts';
import type { RecordedEvent } from '../../store/types.ts';
import { designationChain } from '../../designations/chain.ts';

const CARDS = ['red', 'yellow', 'green', 'blue'] as const;

/** a completed (认定) designation with a card, as it counts */
interface Designated {
  id: string;
  ordinal: number;
  year: number;
  village: string;
  card: string;
}

type Counts = Map<string, number[]>;

/**
 * The four-card table's counts (分类管理名单: households per card per village), kept as designations change rather
 * than found by scanning a county's designations on every ask. A household counts once: by the card of its latest
 * year's completed designation (the table without a year), or of the asked year's (the last declared if two).
 * Fed after the designations read model, whose row for the event's designation it reads.
 */
export class FourCardCounts implements Projection {
  readonly name = 'four-card-counts';
  readonly streamPrefixes = [designationChain.streamPrefix];
  readonly #designations: DesignationsView;
  /** each household's completed designations with a card, in declaration order */
  readonly #byHousehold = new Map<string, Designated[]>();
  readonly #householdOf = new Map<string, string>();
  readonly #ordinal = new Map<string, number>();
  readonly #latest: Counts = new Map();
  readonly #byYear = new Map<number, Counts>();

  constructor(designations: DesignationsView) {
    this.#designations = designations;
  }

  apply(e: RecordedEvent): void {
    if (!e.stream.startsWith(designationChain.streamPrefix)) return;
    const id = e.stream.slice(designationChain.streamPrefix.length);
    if (!this.#ordinal.has(id)) this.#ordinal.set(id, this.#ordinal.size);
    const row = this.#designations.get(id);
    const before = this.#householdOf.get(id);
    const after = row?.context.householdId;
    const entry: Designated | null = row && row.state === 'designated' && row.context.card !== null
      ? { id, ordinal: this.#ordinal.get(id) ?? 0, year: row.context.year, village: row.context.villageCode, card: row.context.card }
      : null;
    for (const household of new Set([before, after])) {
      if (household === undefined) continue;
      const entries = this.#byHousehold.get(household) ?? [];
      this.#count(entries, -1);
      const kept = entries.filter((d) => d.id !== id);
      if (entry && household === after) {
        kept.push(entry);
        kept.sort((a, b) => a.ordinal - b.ordinal);
      }
      this.#count(kept, +1);
      if (kept.length > 0) this.#byHousehold.set(household, kept);
      else this.#byHousehold.delete(household);
    }
    if (entry && after !== undefined) this.#householdOf.set(id, after);
    else this.#householdOf.delete(id);
  }

  /** households per card per village in the region, [红, 黄, 绿, 蓝, 合计]: of the latest year, or of `year` */
  perVillage(prefix: string, year?: number): Map<string, number[]> {
    const counts = year === undefined ? this.#latest : this.#byYear.get(year) ?? new Map<string, number[]>();
    const result = new Map<string, number[]>();
    for (const [village, c] of counts) if (village.startsWith(prefix) && (c[4] ?? 0) > 0) result.set(village, [...c]);
    return result;
  }

  /** adds (or takes away) one household's contributions: its latest year's card, and each year's */
  #count(entries: readonly Designated[], sign: 1 | -1): void {
    if (entries.length === 0) return;
    const byYear = new Map<number, Designated>();
    let latest: Designated | undefined;
    for (const d of entries) {
      byYear.set(d.year, d); // in declaration order: the last of a year wins
      if (!latest || latest.year <= d.year) latest = d;
    }
    if (latest) add(this.#latest, latest, sign);
    for (const [year, d] of byYear) {
      let counts = this.#byYear.get(year);
      if (!counts) this.#byYear.set(year, (counts = new Map()));
      add(counts, d, sign);
    }
  }
}

const add = (counts: Counts, d: Designated, sign: 1 | -1): void => {
  let c = counts.get(d.village);
  if (!c) counts.set(d.village, (c = [0, 0, 0, 0, 0]));
  const i = CARDS.indexOf(d.card as (typeof CARDS)[number]);
  if (i >= 0) c[i] = (c[i] ?? 0) + sign;
  c[4] = (c[4] ?? 0) + sign;
};
