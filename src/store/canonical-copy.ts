import type { JsonObject, JsonValue } from '../shared/json.ts';

// keys JavaScript enumerates before all others, in numeric order, whatever order they were inserted in
const INDEX_LIKE = /^(?:0|[1-9]\d{0,9})$/;

const copy = (value: unknown): JsonValue | undefined => {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      return Number.isFinite(value) && !Object.is(value, -0) ? value : undefined;
    case 'object':
      break;
    default:
      return undefined;
  }
  if (value === null) return null;
  if (Array.isArray(value)) {
    const out: JsonValue[] = new Array<JsonValue>(value.length);
    for (let i = 0; i < value.length; i++) {
      const inner = copy(value[i]);
      if (inner === undefined) return undefined;
      out[i] = inner;
    }
    return out;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) return undefined; // Date, Map, a class: JSON has rules for those
  const keys = Object.keys(value).sort();
  const out: JsonObject = {};
  for (const key of keys) {
    if (key === '__proto__' || INDEX_LIKE.test(key)) return undefined;
    const inner = copy((value as Record<string, unknown>)[key]);
    if (inner === undefined) return undefined;
    out[key] = inner;
  }
  return out;
};

/**
 * A deep copy of plain JSON data with every object's keys inserted in sorted order, so that JSON.stringify of the
 * copy is its canonical JSON (hash.ts) — one native stringify instead of a stringify, a parse and a canonical walk.
 * undefined when the value holds anything JSON would transform (undefined, -0, NaN, a Date or another class, a
 * toJSON) or that would not keep the sorted order (integer-like keys, which JavaScript enumerates first): the caller
 * then takes the general path.
 */
export const sortedJsonCopy = (value: JsonObject): JsonObject | undefined => {
  const out = copy(value);
  return out !== undefined && out !== null && typeof out === 'object' && !Array.isArray(out) ? out : undefined;
};
