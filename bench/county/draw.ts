import { seededRandom } from '../../src/shared/random.ts';
import type { Random } from '../../src/shared/random.ts';

/** Draws over src/shared/random.ts's seeded generator: the same seed gives the same county. */
export class Draw {
  readonly random: Random;
  constructor(seed: string) {
    this.random = seededRandom(seed);
  }

  next(): number {
    return this.random.next();
  }

  chance(p: number): boolean {
    return this.random.next() < p;
  }

  /** an integer in [min, max] */
  int(min: number, max: number): number {
    return min + Math.floor(this.random.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.random.next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }

  /** one of the values, with the given relative weights */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    const total = entries.reduce((a, [, w]) => a + w, 0);
    let x = this.random.next() * total;
    for (const [value, w] of entries) {
      x -= w;
      if (x < 0) return value;
    }
    const last = entries[entries.length - 1];
    if (!last) throw new Error('weighted pick from an empty list');
    return last[0];
  }

  /** standard normal (Box–Muller) */
  normal(): number {
    const u = 1 - this.random.next();
    const v = this.random.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** log-normal around a median, with the spread sigma of its logarithm */
  logNormal(median: number, sigma: number): number {
    return median * Math.exp(sigma * this.normal());
  }

  /** a UUID (version 4 layout) from the generator: the ids of a seeded run are the same every time */
  uuid(): string {
    const hex = Array.from({ length: 32 }, () => Math.floor(this.random.next() * 16).toString(16));
    hex[12] = '4';
    hex[16] = (8 + Math.floor(this.random.next() * 4)).toString(16); // variant 10xx
    const s = hex.join('');
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
  }
}

/** an id generator for the app or the store, independent of every other stream of draws */
export const seededIds = (seed: string): (() => string) => {
  const draw = new Draw(seed);
  return () => draw.uuid();
};
