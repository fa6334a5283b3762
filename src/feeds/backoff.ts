import type { Random } from '../shared/random.ts';

/**
 * Delay before retry number `failures` (1 = after the first failure): exponential (base · 2^(n−1), capped at max)
 * with "equal jitter" — half the delay fixed, half random — so retries of many subscriptions spread out but never
 * come sooner than half the schedule.
 */
export const backoffMs = (failures: number, options: { baseDelayMs: number; maxDelayMs: number; random: Random }): number => {
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** Math.max(0, failures - 1));
  return Math.round(ceiling / 2 + (options.random.next() * ceiling) / 2);
};
