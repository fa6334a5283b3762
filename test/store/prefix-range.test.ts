import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prefixEnd } from '../../src/store/prefix-range.ts';
import { seeded } from '../support/property.ts';

/** SQLite's BINARY collation: the UTF-8 bytes, compared bytewise */
const bytewise = (a: string, b: string) => Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
const inRange = (name: string, prefix: string) => bytewise(name, prefix) >= 0 && bytewise(name, prefixEnd(prefix)) < 0;

describe('a stream-name prefix as a range of names, compared as SQLite compares text', () => {
  it('holds exactly the names that start with the prefix', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', '-', 'z', '户', '\u{10FFFF}', '\u{1F600}', '\uD7FF', '\uE000'), maxLength: 6 });
    fc.assert(fc.property(text, text, (prefix, name) => {
      expect(inRange(name, prefix)).toBe(name.startsWith(prefix));
    }), seeded({ numRuns: 5000 }));
  });

  it('for our prefixes: household- up to household.', () => {
    expect(prefixEnd('household-')).toBe('household.');
    expect(inRange('household-0001', 'household-')).toBe(true);
    expect(inRange('households', 'household-')).toBe(false);
  });
});
