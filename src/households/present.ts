import { Type } from 'typebox';
import type { Identity } from '../auth/identity.ts';
import type { Role } from '../auth/roles.ts';
import { HouseholdSchema } from '../domain/household.ts';
import { maskResidentId } from '../domain/resident-id.ts';
import { jsonSchemaOf } from '../http/zod-schema.ts';
import type { PlaceNames } from '../regions/view.ts';
import { maskName } from '../shared/display.ts';
import type { HouseholdRow } from './projection.ts';

/**
 * Roles that work with full resident ID numbers when the configuration names none (`FULL_ID_ROLES`,
 * src/config/config.ts); everyone else sees them masked. The app's list is `services.fullIdRoles`.
 */
export const DEFAULT_FULL_ID_ROLES: readonly Role[] = ['investigator', 'villageClerk', 'townshipReviewer', 'countyOffice'];

/** whether this reader sees full resident ID numbers: one of its roles is in the configured list */
export const seesFullIds = (identity: Pick<Identity, 'roles'> | null, fullIdRoles: readonly Role[]): boolean =>
  identity?.roles.some((r) => fullIdRoles.includes(r)) ?? false;

/**
 * A household as `identity` may read it: resident IDs in full for the roles of `fullIdRoles` (pass
 * `services.fullIdRoles`, the configured list), masked for everyone else.
 */
export const presentHousehold = (row: HouseholdRow, identity: Identity | null, fullIdRoles: readonly Role[] = DEFAULT_FULL_ID_ROLES, regions?: { placeNames(villageCode: string): PlaceNames }) => {
  const full = seesFullIds(identity, fullIdRoles);
  const h = row.household;
  const id = h.residentId as string | null; // null once erased (src/privacy)
  const household = full ? h : { ...h, residentId: id === null ? null : maskResidentId(id), members: h.members.map((m) => (m.residentId === undefined ? m : { ...m, residentId: maskResidentId(m.residentId) })) };
  // display fields (issue 13): the head's name masked like resident IDs (张*), the township's and village's names
  const places = regions?.placeNames(h.villageCode) ?? { townshipName: null, villageName: null };
  return { id: row.id, revision: row.revision, registeredAt: row.registeredAt, updatedAt: row.updatedAt, headName: full ? h.head : maskName(h.head), ...places, household };
};

/**
 * What presentHousehold answers, as the routes' response schema: the OpenAPI document shows it, and fastify
 * serializes with it (fast-json-stringify: a household's answer took more CPU to stringify than its command to decide).
 */
export const HouseholdAnswerSchema = Type.Object({
  id: Type.String(),
  revision: Type.Integer(),
  registeredAt: Type.String(),
  updatedAt: Type.String(),
  headName: Type.String({ description: "the head of household's name; masked (surname kept: 张*) for roles that see resident IDs masked" }),
  townshipName: Type.Union([Type.String(), Type.Null()], { description: 'the township\'s name from the region directory; null when unknown' }),
  villageName: Type.Union([Type.String(), Type.Null()], { description: 'the village\'s name from the region directory; null when unknown' }),
  household: Type.Unsafe<unknown>(jsonSchemaOf(HouseholdSchema, 'output')),
}, { $id: 'HouseholdAnswer' });

/** where a route names the answer: one shared schema (app.addSchema), one entry in the OpenAPI document */
export const HouseholdAnswer = Type.Unsafe<unknown>({ $ref: 'HouseholdAnswer#' });
