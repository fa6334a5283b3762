import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, eventHash } from '../../src/store/hash.ts';
import type { JsonValue } from '../../src/shared/json.ts';

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
    }), { numRuns: 3000 });
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
