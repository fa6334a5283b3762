/**
 * Byte strings copied into shared 1 MiB slabs and addressed by slab number and offsets. A Buffer of its own per
 * household is an object, an ArrayBuffer and a backing store (hundreds of bytes of bookkeeping beside a 150-byte
 * value): kept 200,000 times, that is tens of megabytes and work for the GC. A replaced value is overwritten with
 * zeros (an erased household's names must not linger in memory) and its space is not reused: facts change far less
 * often than they are kept.
 */
const SLAB_BYTES = 1 << 20;

/** where a copy is: its slab and its byte range there */
export interface BytesRef {
  slab: number;
  start: number;
  end: number;
}

export class CompactBytes {
  readonly #slabs: Buffer[] = [];
  #used = SLAB_BYTES;

  /** copies `bytes` in (a large one gets a slab of its own) */
  keep(bytes: Uint8Array): BytesRef {
    if (bytes.byteLength > SLAB_BYTES / 16) {
      this.#slabs.push(Buffer.from(bytes));
      const ref = { slab: this.#slabs.length - 1, start: 0, end: bytes.byteLength };
      // the current slab stays current: it is no longer the last one, so open a fresh one next time
      this.#used = SLAB_BYTES;
      return ref;
    }
    if (this.#used + bytes.byteLength > SLAB_BYTES) {
      this.#slabs.push(Buffer.allocUnsafeSlow(SLAB_BYTES));
      this.#used = 0;
    }
    const slab = this.#slabs.length - 1;
    const start = this.#used;
    (this.#slabs[slab] as Buffer).set(bytes, start);
    this.#used += bytes.byteLength;
    return { slab, start, end: start + bytes.byteLength };
  }

  /** a view of the bytes (valid until they are wiped) */
  read(slab: number, start: number, end: number): Buffer {
    const buffer = this.#slabs[slab];
    if (!buffer) throw new Error(`no slab ${slab}`);
    return buffer.subarray(start, end);
  }

  wipe(slab: number, start: number, end: number): void {
    this.#slabs[slab]?.fill(0, start, end);
  }
}
