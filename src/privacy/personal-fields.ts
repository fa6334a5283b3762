import type { JsonObject, JsonValue } from '../shared/json.ts';

/**
 * Which values of an event are personal data (个人信息) that erasure must reach: a household's head and resident ID
 * and each member's name, resident ID and birth date, wherever an event carries household facts — a registration
 * (`household`), a change (`patch`, and `changes` of the v1 shape), a four-card declaration's `facts`. Health,
 * income and the rest stay readable in the clear: the rules of every chain judge them, and without a name or an ID
 * they no longer say whose they are.
 */
const ROOTS = ['household', 'patch', 'facts', 'changes'] as const;
const MEMBER_FIELDS = ['name', 'residentId', 'birthDate'] as const;

/** what every reader sees in place of an erased name (PIPL art. 47) */
export const ERASED_NAME = '（已删除）';

export type FieldPath = readonly (string | number)[];

const isObject = (v: JsonValue | undefined): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/** the personal values of an event's data, with where they sit */
export const personalEntries = (data: JsonObject): [FieldPath, JsonValue][] => {
  const found: [FieldPath, JsonValue][] = [];
  for (const root of ROOTS) {
    const facts = data[root];
    if (!isObject(facts)) continue;
    for (const key of ['head', 'residentId'] as const) {
      const v = facts[key];
      if (typeof v === 'string') found.push([[root, key], v]);
    }
    const members = facts.members;
    if (!Array.isArray(members)) continue;
    members.forEach((m, i) => {
      if (!isObject(m)) return;
      for (const key of MEMBER_FIELDS) {
        const v = m[key];
        if (typeof v === 'string') found.push([[root, 'members', i, key], v]);
      }
    });
  }
  return found;
};

/**
 * data with the value at each path replaced (`undefined`: removed): only the objects and arrays along the paths are
 * copied, the rest is shared (a deep copy of every registration cost a rebuild most of its time)
 */
export const withValues = (data: JsonObject, entries: readonly (readonly [FieldPath, JsonValue | undefined])[]): JsonObject => {
  const root: JsonObject = { ...data };
  const copied = new Set<object>([root]);
  for (const [path, value] of entries) {
    let at: Record<string | number, JsonValue> = root;
    let ok = true;
    for (const step of path.slice(0, -1)) {
      const next = at[step];
      if (typeof next !== 'object' || next === null) {
        ok = false;
        break;
      }
      let copy = next as Record<string | number, JsonValue>;
      if (!copied.has(copy)) {
        copy = (Array.isArray(next) ? [...next] : { ...next }) as Record<string | number, JsonValue>;
        copied.add(copy);
        at[step] = copy as JsonValue;
      }
      at = copy;
    }
    const last = path.at(-1);
    if (!ok || last === undefined) continue;
    if (value === undefined) delete at[last];
    else at[last] = value;
  }
  return root;
};

/**
 * What an erased value reads as: names `（已删除）`, the household's resident ID null; a member's resident ID and
 * birth date, both optional, are gone (a member's age is then unknown, as for a form that gave none).
 */
export const erasedValue = (path: FieldPath): JsonValue | undefined => {
  const field = path.at(-1);
  if (field === 'head' || field === 'name') return ERASED_NAME;
  if (field === 'residentId' && path.length === 2) return null;
  return undefined;
};

export const erased = (data: JsonObject, paths: readonly FieldPath[]): JsonObject => withValues(data, paths.map((p) => [p, erasedValue(p)]));

/** the household a stream's personal data belongs to, when the stream or the data names it */
export const householdOf = (stream: string, data: JsonObject): string | undefined => {
  if (stream.startsWith('household-')) return stream.slice('household-'.length);
  return typeof data.householdId === 'string' ? data.householdId : undefined;
};

/** a household's facts with its personal values erased, as every read shows them after an erasure */
export const erasedHousehold = <H extends object>(household: H): H => {
  const data = { household } as unknown as JsonObject;
  return erased(data, personalEntries(data).map(([p]) => p)).household as unknown as H;
};
