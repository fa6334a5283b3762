/**
 * Copies byte strings into shared 1 MiB slabs. A buffer read from SQLite has a backing store of its own (hundreds of
 * bytes of bookkeeping beside a 1.5 KB registration), and a view of a slab is an object of its own too: kept 200,000
 * times, either is tens of megabytes and work for the GC. So a copy is addressed by its slab and offsets, and a slab
 * is freed once nothing addresses it.
 */
const SLAB_BYTES = 1 << 20;

export class CompactBytes {
  #slab = Buffer.allocUnsafeSlow(SLAB_BYTES);
  #used = 0;
  #last = this.#slab;

  /** the buffer the last copy went into */
  get last(): Buffer {
    return this.#last;
  }

  /** copies `bytes` in and answers where they start in `last` (a large one gets a buffer of its own) */
  keep(bytes: Uint8Array): number {
    if (bytes.byteLength > SLAB_BYTES / 16) {
      this.#last = Buffer.from(bytes);
      return 0;
    }
    if (this.#used + bytes.byteLength > SLAB_BYTES) {
      this.#slab = Buffer.allocUnsafeSlow(SLAB_BYTES);
      this.#used = 0;
    }
    const start = this.#used;
    this.#slab.set(bytes, start);
    this.#used += bytes.byteLength;
    this.#last = this.#slab;
    return start;
  }
}
