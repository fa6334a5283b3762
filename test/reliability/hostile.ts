import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';
import { EDGE_TEXT, INJECTION_TEXT, UNSTORABLE_TEXT } from './nasty.ts';
import type { JsonSchema, RouteInfo } from './routes.ts';

/** what the generator knows of the app it fuzzes: real ids to aim at, region codes, how to follow a $ref */
export interface FuzzContext {
  ids: readonly string[];
  codes: readonly string[];
  resolve: (ref: string) => JsonSchema | undefined;
}

const nested = (depth: number, wrap: (inner: unknown) => unknown): unknown => {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = wrap(value);
  return value;
};

export const hostileText: Arbitrary<string> = fc.oneof(
  fc.constantFrom(...EDGE_TEXT, ...INJECTION_TEXT, ...UNSTORABLE_TEXT),
  fc.string({ unit: fc.oneof(fc.constantFrom(...UNSTORABLE_TEXT, ...EDGE_TEXT), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })), maxLength: 12 }),
  fc.constantFrom('', ' ', '\t\n', 'a'.repeat(5000), '字'.repeat(4001), '😀'.repeat(2001)),
);

/** a value of any wrong shape: hostile text, extreme numbers, empty and deeply nested structures */
export const hostileValue: Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileText },
  { weight: 1, arbitrary: fc.constantFrom(0, -1, 1.5, 1e308, -1e308, 2 ** 53 + 2, 4.9e-324, 999_999_999_999) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(true, false, null, [], {}, [null], { '': '' }) },
  { weight: 1, arbitrary: fc.constantFrom(nested(2000, (v) => [v]), nested(2000, (v) => ({ a: v }))) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  { weight: 1, arbitrary: fc.dictionary(hostileText, fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 }) },
);

const clampInt = (n: number) => Math.max(Number.MIN_SAFE_INTEGER, Math.min(Number.MAX_SAFE_INTEGER, Math.trunc(n)));

const stringFor = (schema: JsonSchema, ctx: FuzzContext): Arbitrary<string> => {
  if (schema.format === 'uuid') return fc.oneof(fc.constantFrom(...ctx.ids), fc.uuid());
  if (schema.format === 'date-time') return fc.constantFrom('2026-03-23T02:00:00Z', '2026-04-03T01:00:00+08:00', '2026-04-03T00:00:00.000Z', '2025-12-31T23:59:59Z', '2026-04-10T16:00:00Z');
  if (schema.format === 'date') return fc.constantFrom('1965-04-12', '2025-01-01', '2026-02-29');
  if (schema.pattern) {
    try {
      const re = new RegExp(schema.pattern);
      const known = ctx.codes.filter((c) => re.test(c));
      return known.length > 0 ? fc.oneof(fc.constantFrom(...known), fc.stringMatching(re)) : fc.stringMatching(re);
    } catch {
      // a pattern JavaScript cannot compile: fall through to plain text
    }
  }
  const min = Math.min(schema.minLength ?? 0, 50);
  return fc.string({ unit: 'grapheme', minLength: min, maxLength: Math.max(min, Math.min(schema.maxLength ?? 30, 30)) });
};

/**
 * Values shaped by a route's JSON schema, so requests get past the first validation and into the handlers; with
 * `hostile` > 0 each field is, with that weight against 6, replaced by a hostile value of any type.
 */
export const fromSchema = (schema: JsonSchema | undefined, ctx: FuzzContext, hostile: number, depth = 0): Arbitrary<unknown> => {
  const leaf = (arb: Arbitrary<unknown>) => (hostile > 0 ? fc.oneof({ weight: 6, arbitrary: arb }, { weight: hostile, arbitrary: hostileValue }) : arb);
  if (!schema || depth > 8) return fc.jsonValue({ maxDepth: 1 });
  if (schema.$ref) return fromSchema(ctx.resolve(schema.$ref), ctx, hostile, depth + 1);
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum && schema.enum.length > 0) return fc.constantFrom(...schema.enum);
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives && alternatives.length > 0) return fc.oneof(...alternatives.map((s) => fromSchema(s, ctx, hostile, depth + 1)));
  if (schema.allOf && schema.allOf.length > 0) return fromSchema(Object.assign({}, ...schema.allOf) as JsonSchema, ctx, hostile, depth + 1);
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : schema.properties ? ['object'] : [];
  if (types.length > 1) return fc.oneof(...types.map((type) => fromSchema({ ...schema, type }, ctx, hostile, depth)));
  switch (types[0]) {
    case 'object': {
      const properties = schema.properties ?? {};
      const model = Object.fromEntries(Object.entries(properties).map(([key, s]) => [key, leaf(fromSchema(s, ctx, hostile, depth + 1))]));
      return fc.record(model, { requiredKeys: (schema.required ?? []).filter((k) => k in properties) });
    }
    case 'array': {
      const min = Math.min(schema.minItems ?? 0, 3);
      return fc.array(leaf(fromSchema(schema.items, ctx, hostile, depth + 1)), { minLength: min, maxLength: Math.max(min, Math.min(schema.maxItems ?? 3, 3)) });
    }
    case 'string':
      return stringFor(schema, ctx);
    case 'integer':
      return fc.integer({ min: clampInt(schema.minimum ?? -1e6), max: clampInt(schema.maximum ?? 1e6) });
    case 'number':
      return fc.double({ min: schema.minimum ?? -1e6, max: schema.maximum ?? 1e6, noNaN: true, noDefaultInfinity: true });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
};

export interface BodySpec {
  payload?: string;
  contentType?: string;
}

const OVERSIZED = JSON.stringify({ household: { head: 'x'.repeat(1024 * 1024 + 16) }, opinion: 'x' });

/** JSON that is not, or only almost, JSON */
const MALFORMED = [
  '', ' ', '{', '}', '{"a":', '[1,]', "{'a':1}", 'nul', 'NaN', 'undefined', '{"a":1}{"b":2}', '\uFEFF{}', '{"a":"\\x"}',
  '"\\ud800"', '{"opinion":"\\u0000"}', '{"reason":"\\udfff"}', '{"a":1,"a":2}', `{"n":${'9'.repeat(400)}}`, '1e999',
  '['.repeat(5000), `${'['.repeat(20_000)}${']'.repeat(20_000)}`, `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`,
] as const;

/** raw JSON text keeps a `__proto__` key, which an object literal would turn into a prototype instead */
const POLLUTERS: ReadonlyArray<(json: string) => string> = [
  (json) => json.replace(/^\{/, '{"__proto__":{"polluted":"yes"},'),
  (json) => json.replace(/^\{/, '{"constructor":{"prototype":{"polluted":"yes"}},'),
  (json) => json.replace(/\{"/, '{"__proto__":{"isAdmin":true,"roles":["admin"]},"'),
  (json) => json.replace(/^\{/, '{"__proto__":null,'),
];

const asJson = (value: unknown): BodySpec => ({ payload: JSON.stringify(value), contentType: 'application/json' });

const DELETE = Symbol('delete');

/** every place in a JSON value where a mutation can go: the root, each key, each array element (12 levels deep) */
const pathsOf = (value: unknown, at: ReadonlyArray<string | number> = []): Array<ReadonlyArray<string | number>> => {
  const inner = at.length >= 12 ? [] : Array.isArray(value)
    ? value.flatMap((v, i) => pathsOf(v, [...at, i]))
    : typeof value === 'object' && value !== null ? Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...at, k])) : [];
  return [at, ...inner];
};

const setAt = (value: unknown, path: ReadonlyArray<string | number>, replacement: unknown): unknown => {
  if (path.length === 0) return replacement === DELETE ? {} : replacement;
  const [head, ...rest] = path;
  if (Array.isArray(value)) {
    const copy = [...(value as unknown[])];
    if (rest.length === 0 && replacement === DELETE) copy.splice(Number(head), 1);
    else copy[Number(head)] = setAt(copy[Number(head)], rest, replacement);
    return copy;
  }
  const copy = { ...(value as Record<string, unknown>) };
  if (rest.length === 0 && replacement === DELETE) delete copy[String(head)];
  else copy[String(head)] = setAt(copy[String(head)], rest, replacement);
  return copy;
};

/** a known-good body with one or two places replaced by a hostile value, deleted, or given an unexpected extra key */
export const mutated = (example: unknown): Arbitrary<unknown> => {
  const one = (value: unknown) => fc.tuple(fc.constantFrom(...pathsOf(value)), fc.oneof(
    { weight: 4, arbitrary: hostileValue },
    { weight: 1, arbitrary: fc.constant<unknown>(DELETE) },
  )).map(([path, replacement]) => setAt(value, path, replacement));
  const extraKey = fc.tuple(hostileText, hostileValue).map(([k, v]) => (typeof example === 'object' && example !== null && !Array.isArray(example) ? { ...example, [k]: v } : example));
  return fc.oneof({ weight: 4, arbitrary: one(example) }, { weight: 2, arbitrary: one(example).chain(one) }, { weight: 1, arbitrary: extraKey });
};

/** a body the route's schema accepts (as far as JSON Schema can tell), or, when `hostile`, anything but */
export const bodyArbitrary = (route: RouteInfo, ctx: FuzzContext, hostile: boolean, examples: ReadonlyArray<() => unknown> = []): Arbitrary<BodySpec> => {
  const generated = fromSchema(route.body, ctx, 0);
  const example = examples.length > 0 ? fc.constantFrom(...examples).map((make) => make()) : undefined;
  const valid = example ? fc.oneof({ weight: 3, arbitrary: example }, { weight: 1, arbitrary: generated }) : generated;
  if (!hostile) return valid.map(asJson);
  const nearlyValid = fromSchema(route.body, ctx, 1);
  return fc.oneof(
    { weight: 3, arbitrary: nearlyValid.map(asJson) },
    ...(example ? [{ weight: 5, arbitrary: example.chain(mutated).map(asJson) }] : []),
    { weight: 2, arbitrary: valid.map(asJson) },
    { weight: 1, arbitrary: hostileValue.map(asJson) },
    { weight: 1, arbitrary: fc.constantFrom(...MALFORMED).map((payload): BodySpec => ({ payload, contentType: 'application/json' })) },
    { weight: 1, arbitrary: fc.tuple(valid, fc.constantFrom(...POLLUTERS)).map(([v, pollute]): BodySpec => ({ payload: pollute(JSON.stringify(v) ?? '{}'), contentType: 'application/json' })) },
    {
      weight: 1,
      arbitrary: fc.tuple(valid, fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/json; charset=utf-16', 'application/xml', 'APPLICATION/JSON', 'application/json;;;', 'application/merge-patch+json'))
        .map(([v, contentType]): BodySpec => ({ payload: JSON.stringify(v), contentType })),
    },
    { weight: 1, arbitrary: fc.constantFrom<BodySpec>({ payload: OVERSIZED, contentType: 'application/json' }, {}, { contentType: 'application/json' }) },
  );
};

/** bytes as %XX: any text (even with unpaired surrogates, which encodeURIComponent refuses) as a URL component */
export const percentEncode = (text: string): string => [...Buffer.from(text, 'utf8')].map((b) => `%${b.toString(16).padStart(2, '0').toUpperCase()}`).join('');

/** raw, possibly broken, URL-encoded segments */
const RAW_SEGMENTS = ['%', '%0', '%ZZ', '%00', '%2F', '%2e%2e', '..', '.', '%ED%A0%80', '%C0%AE', '%FF', '%E0%A4%A', '%20', '+', ';', '*', '%3Fx%3D1'] as const;

export const pathArbitrary = (route: RouteInfo, ctx: FuzzContext, values: Record<string, readonly string[]>, hostile: boolean): Arbitrary<string> => {
  const valid = (param: string) => {
    const known = values[param];
    const schema = route.paramSchemas[param];
    const fromDoc = schema ? fromSchema(schema, ctx, 0).map((v) => encodeURIComponent(String(v))) : fc.constantFrom(...ctx.ids);
    return known && known.length > 0 ? fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...known) }, { weight: 1, arbitrary: fromDoc }) : fromDoc;
  };
  const segment = (param: string) => (!hostile ? valid(param) : fc.oneof(
    { weight: 3, arbitrary: valid(param) },
    { weight: 1, arbitrary: fc.uuid() },
    { weight: 2, arbitrary: hostileText.filter((s) => s.length > 0 && s.length < 3000).map(percentEncode) },
    { weight: 1, arbitrary: fc.constantFrom(...RAW_SEGMENTS) },
  ));
  return fc.tuple(...route.params.map(segment)).map((parts) => {
    let i = 0;
    return route.url.replaceAll(/:(\w+)/g, () => parts[i++] ?? '');
  });
};

const RAW_QUERIES = [
  '?%', '?%E0%A4%A', '?a=%00', '?limit=1&limit=2', '?offset[]=1', '?__proto__[polluted]=1', '?constructor[prototype][polluted]=1',
  '?__proto__=1', `?${'a'.repeat(10_000)}=1`, '?limit=1e3', '?limit=-0', '?limit=0x10', '?offset=99999999999999999999', '?state=%00',
  '?regionCode=%ED%A0%80', '?&&&==&', '?=', '?limit',
] as const;

export const queryArbitrary = (route: RouteInfo, ctx: FuzzContext, hostile: boolean): Arbitrary<string> => {
  const pairs = (value: Arbitrary<unknown>) => value.map((v) => {
    if (typeof v !== 'object' || v === null) return '';
    const entries = Object.entries(v as Record<string, unknown>).map(([k, x]) => `${percentEncode(k)}=${percentEncode(typeof x === 'string' ? x : JSON.stringify(x) ?? '')}`);
    return entries.length > 0 ? `?${entries.join('&')}` : '';
  });
  if (!hostile) return route.query ? pairs(fromSchema(route.query, ctx, 0)) : fc.constant('');
  return fc.oneof(
    { weight: 3, arbitrary: route.query ? pairs(fromSchema(route.query, ctx, 1)) : fc.constant('') },
    { weight: 1, arbitrary: pairs(fc.dictionary(hostileText, hostileValue, { maxKeys: 3 })) },
    { weight: 1, arbitrary: fc.constantFrom(...RAW_QUERIES) },
  );
};

/** header values HTTP can carry (visible ASCII and Latin-1), hostile all the same */
const headerText = hostileText.map((s) => s.replaceAll(/[^\t\x20-\x7e\x80-\xff]/g, '?'));

export const headerArbitrary = (hostile: boolean): Arbitrary<Record<string, string>> => !hostile
  ? fc.record({ 'idempotency-key': fc.uuid().map((u) => `fuzz-${u}`) }, { requiredKeys: [] })
  : fc.record({
  'idempotency-key': fc.oneof(fc.uuid().map((u) => `fuzz-${u}`), headerText, fc.constantFrom('short', 'x'.repeat(129), 'has space 123')),
  'if-match': fc.oneof(fc.constantFrom('"0"', '"1"', 'W/"2"', '"-1"', '"99999999999999999999"', '*', '"a"', '"1", "2"'), headerText),
}, { requiredKeys: [] });
