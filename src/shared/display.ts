import { ERASED_NAME } from '../privacy/personal-fields.ts';
import type { Objection, ObjectionsView } from './objections.ts';
import type { Identity } from '../auth/identity.ts';
import type { Role } from '../auth/roles.ts';
import { seesFullIds } from '../households/present.ts';
import type { HouseholdsView } from '../households/projection.ts';
import type { PlaceNames, RegionDirectoryView } from '../regions/view.ts';

/**
 * A name as a reader who does not see resident ID numbers in full sees it: the surname (the first character) kept,
 * the rest starred — 张三 → 张*, 欧阳明 → 欧**. The same roles see both in full (`FULL_ID_ROLES`).
 */
export const maskName = (name: string): string => {
  if (name === ERASED_NAME) return name; // nothing left to mask (src/privacy)
  const chars = [...name];
  return chars.length <= 1 ? name : `${chars[0] ?? ''}${'*'.repeat(chars.length - 1)}`;
};

/**
 * What a list or a single answer prints beside its ids so a screen needs no second request: the head of household's
 * name (masked per role, like resident IDs) and the township's and village's names from the region directory.
 */
export interface Display {
  /** the head of household's name as this reader may see it; null when the household is unknown */
  headName(householdId: string): string | null;
  /** townshipName, villageName of a village code (null when the directory does not know them) */
  places(villageCode: string | null | undefined): PlaceNames;
  /** the objections of a designation's or case's stream, with summaries and status */
  objections(stream: string): readonly Objection[];
}

export const displayFor = (
  services: { households: Pick<HouseholdsView, 'get'>; regions: Pick<RegionDirectoryView, 'placeNames'>; objections: Pick<ObjectionsView, 'of'>; fullIdRoles: readonly Role[] },
  identity: Pick<Identity, 'roles'> | null,
): Display => {
  const full = seesFullIds(identity, services.fullIdRoles);
  return {
    headName: (householdId) => {
      const head = services.households.get(householdId)?.household.head;
      return head === undefined ? null : full ? head : maskName(head);
    },
    places: (villageCode) => services.regions.placeNames(villageCode),
    objections: (stream) => services.objections.of(stream),
  };
};
