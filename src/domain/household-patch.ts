import { z } from 'zod';
import { isJsonObject } from '../shared/json.ts';
import type { JsonObject, JsonValue } from '../shared/json.ts';
import { HouseholdFieldsSchema, householdShapeIssues } from './household.ts';
import type { Household } from './household.ts';
import { err, ok, type Result } from './result.ts';

/**
 * A change of a household's facts is a JSON Merge Patch (RFC 7396) of them:
 *
 * - a field that is not sent is kept; an object (exclusions, incomes keyed by year, an income year, livelihood) is
 *   merged key by key, so `{ exclusions: { consumerCar: true } }` keeps the other exclusion facts and
 *   `{ incomes: { "2026": {…} } }` keeps the other years;
 * - an array (members, risks, causes, policies) is replaced whole: a change of one member sends all of them;
 * - `null` removes: an optional field (livelihood, an income year) is gone, a field with a default goes back to it
 *   (an exclusion fact to false, risks to []), a field a household always carries as nullable (povertyStatus,
 *   mainCauseOfPoverty) becomes null, and a required one cannot be removed (the change is invalid);
 * - `head` and the name of the member whose relation is `head` are one fact: a patch that changes either changes
 *   both, and one that sends both with different names is refused.
 *
 * What is recorded is the patch as applied: the difference between the facts before and after, in the same format
 * (`householdPatchDiff`), so that applying it to the facts before (`applyHouseholdPatch`) gives the facts after —
 * the read model and a replay of the stored events agree without re-validating anything.
 */
export type HouseholdPatch = Readonly<Record<string, unknown>>;

export type HouseholdPatchError =
  /** JSON pointers (relative to the patch) of fields a household does not have */
  | { readonly code: 'UNKNOWN_FIELD'; readonly fields: readonly string[] }
  | { readonly code: 'RESIDENT_ID_IMMUTABLE' }
  | { readonly code: 'HEAD_NAME_MISMATCH' }
  | { readonly code: 'INVALID'; readonly issues: readonly { readonly path: string; readonly message: string }[] }
  | { readonly code: 'NO_CHANGE' };

const FIELDS: Readonly<Record<string, z.ZodType>> = HouseholdFieldsSchema.shape;

/** the schema under optional / nullable / default wrappers (what a patch's value is checked against) */
export const innerSchema = (schema: z.ZodType): z.ZodType => {
  let inner: z.ZodType = schema;
  while (inner instanceof z.ZodOptional || inner instanceof z.ZodNullable || inner instanceof z.ZodDefault) inner = inner.unwrap() as z.ZodType;
  return inner;
};

/** fields a household always carries, with null for "none": removing one sets it to null */
const NULLABLE_FIELDS: readonly string[] = Object.entries(FIELDS)
  .filter(([, schema]) => schema.safeParse(null).success && !schema.safeParse(undefined).success)
  .map(([key]) => key);

/** a JSON Pointer (RFC 6901) to a field */
export const jsonPointer = (path: readonly (string | number)[]): string => path.map((p) => `/${String(p).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');

/**
 * Fields the household schema does not know, anywhere in a patch: object keys, income years that are not years,
 * keys inside the members' (or risks') objects. Zod would drop them silently; a user would think they were saved.
 */
export const unknownPatchFields = (patch: HouseholdPatch): string[] => {
  const found: string[] = [];
  const walk = (schema: z.ZodType, value: unknown, path: (string | number)[]): void => {
    if (value === null || typeof value !== 'object') return;
    const inner = innerSchema(schema);
    if (Array.isArray(value)) {
      if (inner instanceof z.ZodArray) value.forEach((item, i) => walk(inner.element as z.ZodType, item, [...path, i]));
      return;
    }
    const object = value as Record<string, unknown>;
    if (inner instanceof z.ZodObject) {
      const shape = inner.shape as Record<string, z.ZodType>;
      for (const [key, v] of Object.entries(object)) {
        const field = Object.hasOwn(shape, key) ? shape[key] : undefined;
        if (field) walk(field, v, [...path, key]);
        else found.push(jsonPointer([...path, key]));
      }
    } else if (inner instanceof z.ZodRecord) {
      for (const [key, v] of Object.entries(object)) {
        if ((inner.keyType as z.ZodType).safeParse(key).success) walk(inner.valueType as z.ZodType, v, [...path, key]);
        else found.push(jsonPointer([...path, key]));
      }
    } else if (inner instanceof z.ZodDiscriminatedUnion) {
      // the option the discriminator names (none: the value is invalid, which validation says)
      const discriminator = (inner.def as { discriminator: string }).discriminator;
      const option = (inner.options as z.ZodType[]).find((o) => o instanceof z.ZodObject && (o.shape as Record<string, z.ZodType>)[discriminator]?.safeParse(object[discriminator]).success);
      if (option) walk(option, value, path);
    }
  };
  walk(HouseholdFieldsSchema, patch, []);
  return found;
};

const isPlainObject = (value: unknown): value is Record<string, unknown> => isJsonObject(value);

/** sets a key without ever touching a prototype (a stored `__proto__` key is an own property, as JSON.parse makes it) */
const put = (target: Record<string, unknown>, key: string, value: unknown): void => {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
};

/** RFC 7396 MergePatch(target, patch), without changing either: untouched subtrees are shared with the target */
export const mergePatch = (target: unknown, patch: unknown): unknown => {
  if (!isPlainObject(patch)) return patch;
  const result: Record<string, unknown> = isPlainObject(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key];
    else put(result, key, mergePatch(Object.hasOwn(result, key) ? result[key] : undefined, value));
  }
  return result;
};

/**
 * The household after a recorded patch. `shallow` is how events recorded before merge patches read (v1 of
 * `HouseholdFactsChanged`): each field sent replaced the recorded one whole, so a year left out of `incomes` was gone.
 */
export const applyHouseholdPatch = (current: Household, patch: JsonObject, options: { shallow?: boolean } = {}): Household => {
  if (options.shallow) return { ...current, ...patch } as unknown as Household;
  const merged = mergePatch(current, patch) as Record<string, unknown>;
  for (const key of NULLABLE_FIELDS) if (merged[key] === undefined) merged[key] = null;
  return merged as unknown as Household;
};

const deepEqual = (a: unknown, b: unknown): boolean => {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (!isPlainObject(a) || !isPlainObject(b)) return false;
  const keys = Object.keys(a).filter((k) => a[k] !== undefined);
  return keys.length === Object.keys(b).filter((k) => b[k] !== undefined).length && keys.every((k) => Object.hasOwn(b, k) && deepEqual(a[k], b[k]));
};

const toJson = (value: unknown): JsonValue => structuredClone(value) as JsonValue;

/** the merge patch that turns `from` into `to`: only what differs; an object that differs is descended into */
const diff = (from: Record<string, unknown>, to: Record<string, unknown>): JsonObject => {
  const patch: JsonObject = {};
  for (const [key, before] of Object.entries(from)) {
    if (before !== undefined && to[key] === undefined) patch[key] = null;
  }
  for (const [key, after] of Object.entries(to)) {
    if (after === undefined) continue;
    const before = from[key];
    if (isPlainObject(before) && isPlainObject(after)) {
      const inner = diff(before, after);
      if (Object.keys(inner).length > 0) put(patch, key, inner);
    } else if (!deepEqual(before, after)) {
      put(patch, key, toJson(after));
    }
  }
  return patch;
};

/** the normalised patch from one household to another (empty: the same facts) */
export const householdPatchDiff = (from: Household, to: Household): JsonObject =>
  diff(from as unknown as Record<string, unknown>, to as unknown as Record<string, unknown>);

const headMemberName = (members: unknown): string | undefined => {
  if (!Array.isArray(members)) return undefined;
  const heads = members.filter((m) => isPlainObject(m) && m.relation === 'head');
  const [head] = heads;
  return heads.length === 1 && isPlainObject(head) && typeof head.name === 'string' ? head.name : undefined;
};

/** `head` and the head member's name move together (see above) */
const withHeadName = (current: Household, patch: HouseholdPatch): Result<HouseholdPatch, HouseholdPatchError> => {
  const sendsHead = Object.hasOwn(patch, 'head');
  const sendsMembers = Object.hasOwn(patch, 'members');
  const { head } = patch;
  if (sendsHead && !sendsMembers) {
    if (typeof head !== 'string') return ok(patch); // null or not a name: validation answers
    const at = current.members.findIndex((m) => m.relation === 'head');
    const member = current.members[at];
    if (!member || member.name === head) return ok(patch);
    return ok({ ...patch, members: current.members.map((m, i) => (i === at ? { ...m, name: head } : m)) });
  }
  if (!sendsMembers) return ok(patch);
  const name = headMemberName(patch.members);
  if (name === undefined) return ok(patch); // no single named head: validation answers
  if (sendsHead) return typeof head === 'string' && head !== name ? err({ code: 'HEAD_NAME_MISMATCH' }) : ok(patch);
  return name === headMemberName(current.members) ? ok(patch) : ok({ ...patch, head: name });
};

/**
 * Applies a change (a merge patch) to a valid household. The result is a valid household — each field the patch
 * reaches is parsed by the household schema's own field schema (defaults filled), and the rules that span fields
 * are checked on the whole; the fields it does not reach are the current ones, already valid — and `applied` is
 * what to record: the normalised patch, never empty.
 */
export const patchHousehold = (current: Household, patch: HouseholdPatch, options: { correctsResidentId?: boolean } = {}): Result<{ household: Household; applied: JsonObject }, HouseholdPatchError> => {
  const unknown = unknownPatchFields(patch);
  if (unknown.length > 0) return err({ code: 'UNKNOWN_FIELD', fields: unknown });
  // the head's resident ID changes only by its own correction (POST /households/:id/resident-id-correction), which
  // moves the claim on the ID with it; a plain change of the facts cannot
  if (!options.correctsResidentId && Object.hasOwn(patch, 'residentId') && patch.residentId !== current.residentId) return err({ code: 'RESIDENT_ID_IMMUTABLE' });
  const synced = withHeadName(current, patch);
  if (!synced.ok) return synced;
  const merged = mergePatch(current, synced.value) as Record<string, unknown>;
  const issues: { path: string; message: string }[] = [];
  for (const key of Object.keys(synced.value)) {
    const schema = FIELDS[key];
    if (!schema) continue; // unknownPatchFields found none
    const value = merged[key] === undefined && NULLABLE_FIELDS.includes(key) ? null : merged[key];
    const parsed = schema.safeParse(value);
    if (!parsed.success) issues.push(...parsed.error.issues.map((i) => ({ path: jsonPointer([key, ...i.path.map((p) => (typeof p === 'symbol' ? String(p) : p))]), message: i.message })));
    else if (parsed.data === undefined) delete merged[key];
    else merged[key] = parsed.data;
  }
  if (issues.length > 0) return err({ code: 'INVALID', issues });
  const household = merged as unknown as Household;
  const shape = householdShapeIssues(household);
  if (shape.length > 0) return err({ code: 'INVALID', issues: shape.map((i) => ({ path: jsonPointer(i.path), message: i.message })) });
  const applied = householdPatchDiff(current, household);
  if (Object.keys(applied).length === 0) return err({ code: 'NO_CHANGE' });
  return ok({ household, applied });
};
