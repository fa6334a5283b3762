import { describe, expect, it } from 'vitest';
import { CompactBytes } from '../../src/households/compact-bytes.ts';

describe('registrations packed into shared slabs', () => {
  it('gives back every copy intact, across slab boundaries and for one too large to share a slab', () => {
    const bytes = new CompactBytes();
    const kept: Array<{ original: Buffer; slab: Buffer; start: number }> = [];
    for (let i = 0; i < 3000; i++) {
      const original = Buffer.from(JSON.stringify({ i, name: `户主${i}`, pad: 'x'.repeat(i % 1500) }));
      const start = bytes.keep(original);
      kept.push({ original, slab: bytes.last, start });
    }
    const large = Buffer.from('y'.repeat(200_000));
    const start = bytes.keep(large);
    kept.push({ original: large, slab: bytes.last, start });
    for (const k of kept) {
      expect(k.slab.subarray(k.start, k.start + k.original.byteLength).equals(k.original)).toBe(true);
    }
    expect(new Set(kept.map((k) => k.slab)).size).toBeGreaterThan(2);
    // a copy does not alias what it was copied from: the reader's buffers may be reused or freed
    kept[0]?.original.fill(0);
    expect(kept[0]?.slab.subarray(kept[0].start, kept[0].start + 5).toString()).toBe('{"i":');
  });
});
