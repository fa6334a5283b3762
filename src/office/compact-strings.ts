/**
 * A workbook's shared strings (xl/sharedStrings.xml), kept as UTF-8 in one growing buffer with their offsets: a
 * county's household list has a shared string for nearly every name and ID number — two million of them — which as
 * JavaScript strings in an array took 370 MB to read a 200,000-household file; as bytes they take a tenth of that.
 */
export class CompactStrings {
  #bytes = Buffer.allocUnsafeSlow(1 << 20);
  #used = 0;
  #ends = new Uint32Array(1 << 16);
  #count = 0;

  get size(): number {
    return this.#count;
  }

  push(text: string): void {
    const need = Buffer.byteLength(text, 'utf8');
    if (this.#used + need > this.#bytes.length) {
      const grown = Buffer.allocUnsafeSlow(Math.max(this.#bytes.length * 2, this.#used + need));
      this.#bytes.copy(grown, 0, 0, this.#used);
      this.#bytes = grown;
    }
    this.#used += this.#bytes.write(text, this.#used, 'utf8');
    if (this.#count === this.#ends.length) {
      const grown = new Uint32Array(this.#ends.length * 2);
      grown.set(this.#ends);
      this.#ends = grown;
    }
    this.#ends[this.#count++] = this.#used;
  }

  /** the i-th string, or '' past the end (a cell naming a string the file does not have) */
  get(i: number): string {
    if (!Number.isInteger(i) || i < 0 || i >= this.#count) return '';
    const start = i === 0 ? 0 : (this.#ends[i - 1] ?? 0);
    return this.#bytes.toString('utf8', start, this.#ends[i]);
  }
}
