import { Type } from 'typebox';
import type { Identity } from '../auth/identity.ts';
import type { Role } from '../auth/roles.ts';
import { HouseholdSchema } from '../domain/household.ts';
import { maskResidentId } from '../domain/resident-id.ts';
import { jsonSchemaOf } from '../http/zod-schema.ts';
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
export const presentHousehold = (row: HouseholdRow, identity: Identity | null, fullIdRoles: readonly Role[] = DEFAULT_FULL_ID_ROLES) => {
  const full = seesFullIds(identity, fullIdRoles);
  const h = row.household;
  const household = full ? h : { ...h, residentId: maskResidentId(h.residentId), members: h.members.map((m) => (m.residentId === undefined ? m : { ...m, residentId: maskResidentId(m.residentId) })) };
  return { id: row.id, revision: row.revision, registeredAt: row.registeredAt, updatedAt: row.updatedAt, household };
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
  household: Type.Unsafe<unknown>(jsonSchemaOf(HouseholdSchema, 'output')),
}, { $id: 'HouseholdAnswer' });

/** where a route names the answer: one shared schema (app.addSchema), one entry in the OpenAPI document */
export const HouseholdAnswer = Type.Unsafe<unknown>({ $ref: 'HouseholdAnswer#' });
