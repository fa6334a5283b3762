import type { Identity } from '../../auth/identity.ts';
import { CARD_NAME_ZH } from '../../domain/card.ts';
import type { Card } from '../../domain/card.ts';
import { maskResidentId } from '../../domain/resident-id.ts';
import { seesFullIds } from '../../households/present.ts';
import type { Services } from '../../services.ts';
import { maskName } from '../../shared/display.ts';

export const cardZh = (card: string | null): string => (card !== null && card in CARD_NAME_ZH ? CARD_NAME_ZH[card as Card] : card ?? '');
export const dateOf = (iso: string | null): string => (iso === null ? '' : iso.slice(0, 10));

/** resident IDs and names as this reader may see them (FULL_ID_ROLES see both in full) */
export const personalFor = (identity: Identity, services: Services) => {
  const full = seesFullIds(identity, services.fullIdRoles);
  return {
    // an erased household's ID reads null (src/privacy): an empty cell
    id: (id: string | null) => (id === null ? '' : full ? id : maskResidentId(id)),
    name: (name: string) => (full ? name : maskName(name)),
  };
};

/** a township's or village's name from the region directory, or its code when the directory does not know it */
export const placeName = (services: Services, code: string): string => services.regions.nameOf(code) ?? code;

/**
 * Rows per village with a 小计 row after each township's villages and a 合计 row at the end: the layout of the
 * seeds' per-unit tables. `counts` are numbers per column; the two first columns are 乡镇 and 村.
 */
export function* byVillageAndTownship(services: Services, perVillage: Map<string, number[]>, width: number): Iterable<string[]> {
  const villages = [...perVillage.keys()].sort();
  const total = new Array<number>(width).fill(0);
  let township: string | null = null;
  let subtotal = new Array<number>(width).fill(0);
  const add = (into: number[], from: readonly number[]) => from.forEach((v, i) => { into[i] = (into[i] ?? 0) + v; });
  for (const village of villages) {
    const t = village.slice(0, 9);
    if (township !== null && t !== township) {
      yield [placeName(services, township), '小计', ...subtotal.map(String)];
      subtotal = new Array<number>(width).fill(0);
    }
    township = t;
    const counts = perVillage.get(village) ?? [];
    add(subtotal, counts);
    add(total, counts);
    yield [placeName(services, t), placeName(services, village), ...counts.map(String)];
  }
  if (township !== null) yield [placeName(services, township), '小计', ...subtotal.map(String)];
  yield ['合计', '', ...total.map(String)];
}

/** how many rows byVillageAndTownship yields */
export const villageAndTownshipRows = (villages: Iterable<string>): number => {
  const list = [...villages];
  return list.length + new Set(list.map((v) => v.slice(0, 9))).size + 1;
};
