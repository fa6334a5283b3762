import { seededRandom } from '../shared/random.ts';

export const DRAW_METHOD = 'sfc32-cyrb128/fisher-yates/v1';

/**
 * The county's sample of a township's list: population sorted, shuffled by a generator seeded with the recorded
 * seed, the first ceil(ratio × n) taken. Anyone with the seed and the population draws the same sample.
 */
export const drawSample = (population: readonly string[], ratio: number, seed: string): string[] => {
  const ids = [...population].sort();
  const random = seededRandom(seed);
  for (let i = ids.length - 1; i > 0; i--) {
    const j = Math.floor(random.next() * (i + 1));
    [ids[i], ids[j]] = [ids[j] as string, ids[i] as string];
  }
  const size = ids.length === 0 ? 0 : Math.min(ids.length, Math.ceil(ratio * ids.length - 1e-9));
  return ids.slice(0, size).sort();
};
