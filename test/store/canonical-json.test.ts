import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, eventHash } from '../../src/store/hash.ts';
import { planBatch } from '../../src/store/plan.ts';
import type { JsonObject, JsonValue } from '../../src/shared/json.ts';
import type { RecordedEvent } from '../../src/store/types.ts';
import { seeded } from '../support/property.ts';

/** the definition, written the obvious way: what every stored hash chain was computed with */
const reference = (value: JsonValue): string => {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(reference).join(',')}]`;
  return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${reference(value[k] as JsonValue)}`).join(',')}}`;
};

describe('canonical JSON (what the hash chain hashes)', () => {
  it('equals the reference definition for any JSON, lone surrogates, quotes and control characters included', () => {
    fc.assert(fc.property(fc.jsonValue({ stringUnit: 'binary' }), (value) => {
      const json = JSON.parse(JSON.stringify(value)) as JsonValue; // as stored: -0 and undefined gone
      expect(canonicalJson(json)).toBe(reference(json));
    }), seeded({ numRuns: 3000 }));
  });

  it('sorts keys by code unit and escapes what JSON must', () => {
    expect(canonicalJson({ b: 1, a: ['x"y', '\\', '\u0001', '户主'], Z: null })).toBe('{"Z":null,"a":["x\\"y","\\\\","\\u0001","户主"],"b":1}');
  });

  it('keeps the hash of a known event stable', () => {
    const event = {
      id: '00000000-0000-4000-8000-000000000001', stream: 'household-1', revision: 0, type: 'HouseholdRegistered',
      data: { household: { head: '张三', members: [{ relation: 'head' }] } }, metadata: { actor: { id: 'a' }, recordedAt: '2026-01-01T00:00:00.000Z' },
      prevHash: '0'.repeat(64),
    };
    const expected = createHash('sha256').update(reference(event as unknown as JsonValue)).digest('hex');
    expect(eventHash(event as never)).toBe(expected);
  });
});

describe('what planBatch stores and hashes', () => {
  const plan = (data: unknown, metadata: Record<string, unknown> = {}) => planBatch(
    [{ stream: 's-1', expectedRevision: 'any', events: [{ type: 'T', data: data as JsonObject, metadata: { actor: { id: 'a', capacity: 'x' }, ...metadata } as never }] }],
    { heads: new Map(), storedIds: new Set(), lastPosition: 0, recordedAt: '2026-01-01T00:00:00.000Z', newId: () => '00000000-0000-4000-8000-000000000001' },
  );

  it('hashes exactly what verification recomputes from the stored text, for any JSON object', () => {
    const odd = fc.oneof(fc.constant(undefined), fc.constant(-0), fc.constant(Number.NaN), fc.date(), fc.constant({ toJSON: () => 'j' }));
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, fc.jsonValue({ stringUnit: 'binary' }), odd, fc.array(tie('node'), { maxLength: 3 }),
        fc.dictionary(fc.oneof(fc.string(), fc.constantFrom('10', '9', '2025', '0', '__proto__x')), tie('node'), { maxKeys: 4 })),
    })).node;
    fc.assert(fc.property(fc.dictionary(fc.string(), value, { maxKeys: 5 }), fc.dictionary(fc.string(), value, { maxKeys: 3 }), (data, extra) => {
      const { rows, json } = plan(data, extra);
      const [row] = rows;
      const [text] = json;
      if (!row || !text) throw new Error('no row');
      const stored = { ...row, data: JSON.parse(text.data) as JsonObject, metadata: JSON.parse(text.metadata) as RecordedEvent['metadata'] };
      expect(eventHash(stored)).toBe(row.hash);
      expect(row.data).toEqual(stored.data); // what the appender gets back is what a reader will get
      expect(row.metadata).toEqual(stored.metadata);
    }), seeded({ numRuns: 2000 }));
  });

  it('stores plain JSON with sorted keys, and JSON with integer-like keys as JSON writes it', () => {
    expect(plan({ b: 1, a: { d: [1, { f: 1, e: 2 }], c: null } }).json[0]?.data).toBe('{"a":{"c":null,"d":[1,{"e":2,"f":1}]},"b":1}');
    const incomes = plan({ incomes: { 2025: { wage: 1 }, 9: 'x' } });
    expect(JSON.parse(incomes.json[0]?.data ?? '')).toEqual({ incomes: { 2025: { wage: 1 }, 9: 'x' } });
    expect(incomes.rows[0]?.hash).toBe(eventHash({ ...(incomes.rows[0] as RecordedEvent) }));
  });
});
