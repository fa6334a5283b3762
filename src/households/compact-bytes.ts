/**
 * Copies small byte strings into shared 1 MiB slabs. A buffer read from SQLite has a backing store of its own
 * (hundreds of bytes of bookkeeping beside a 1.5 KB registration); kept 200,000 times, that is tens of megabytes.
 * A slab is freed when no copy in it is referenced any more.
 */
const SLAB_BYTES = 1 << 20;

export class CompactBytes {
  #slab = new Uint8Array(SLAB_BYTES);
  #used = 0;

  keep(bytes: Uint8Array): Uint8Array {
    if (bytes.byteLength > SLAB_BYTES / 16) return bytes.slice();
    if (this.#used + bytes.byteLength > SLAB_BYTES) {
      this.#slab = new Uint8Array(SLAB_BYTES);
      this.#used = 0;
    }
    const copy = this.#slab.subarray(this.#used, this.#used + bytes.byteLength);
    copy.set(bytes);
    this.#used += bytes.byteLength;
    return copy;
  }
}
