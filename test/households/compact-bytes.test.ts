import { describe, expect, it } from 'vitest';
import { CompactBytes } from '../../src/households/compact-bytes.ts';
import type { BytesRef } from '../../src/households/compact-bytes.ts';

describe('household facts packed into shared slabs', () => {
  it('gives back every copy intact, across slab boundaries and for one too large to share a slab', () => {
    const bytes = new CompactBytes();
    const kept: Array<{ original: Buffer; ref: BytesRef }> = [];
    const keep = (original: Buffer) => kept.push({ original, ref: bytes.keep(original) });
    for (let i = 0; i < 3000; i++) keep(Buffer.from(JSON.stringify({ i, name: `户主${i}`, pad: 'x'.repeat(i % 1500) })));
    keep(Buffer.from('y'.repeat(200_000)));
    // a small one after the large one: it does not go into the large one's buffer
    keep(Buffer.from('{"after":"large"}'));
    for (const k of kept) expect(bytes.read(k.ref.slab, k.ref.start, k.ref.end).equals(k.original)).toBe(true);
    expect(new Set(kept.map((k) => k.ref.slab)).size).toBeGreaterThan(2);
    // a copy does not alias what it was copied from: the reader's buffers may be reused or freed
    const first = kept[0];
    if (!first) throw new Error('nothing kept');
    first.original.fill(0);
    expect(bytes.read(first.ref.slab, first.ref.start, first.ref.start + 5).toString()).toBe('{"i":');
  });

  it('wipes a replaced copy to zeros and leaves its neighbours alone', () => {
    const bytes = new CompactBytes();
    const a = bytes.keep(Buffer.from('张三的事实'));
    const b = bytes.keep(Buffer.from('李四的事实'));
    bytes.wipe(a.slab, a.start, a.end);
    expect([...bytes.read(a.slab, a.start, a.end)].every((x) => x === 0)).toBe(true);
    expect(bytes.read(b.slab, b.start, b.end).toString()).toBe('李四的事实');
  });
});
