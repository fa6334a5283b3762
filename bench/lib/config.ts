/**
 * Sizes and durations of the store benchmark. BENCH_SCALE multiplies every window and size (default 1: about a
 * minute in all on a 2-core machine); BENCH_SCALE=0.1 is a smoke test.
 */
/** a positive number from the environment, or the fallback */
export const num = (name: string, fallback: number): number => {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, got ${raw}`);
  return value;
};

export const SCALE = num('BENCH_SCALE', 1);

export const config = {
  scale: SCALE,
  /** untimed run before every measured window */
  warmupMs: Math.max(100, Math.round(300 * SCALE)),
  /**
   * Append workloads run in rounds, our store and the raw baseline interleaved, so that a disk whose speed drifts
   * (a shared virtual disk does) hits both alike; medians are reported, and ratios are medians of per-round ratios.
   */
  rounds: Math.max(1, Math.round(num('BENCH_ROUNDS', 5))),
  /** measured window of each append workload, per round */
  writeMs: Math.max(300, Math.round(1500 * SCALE)),
  /** measured window of each read workload */
  readMs: Math.max(200, Math.round(2000 * SCALE)),
  writers: Math.round(num('BENCH_WRITERS', 50)),
  streamLength: 20,
  /** the global feed read covers this many events */
  feedEvents: Math.max(1000, Math.round(20_000 * SCALE)),
  pageSize: 500,
  /** cap on latency samples kept per read workload */
  maxSamples: 200_000,
  pgUrl: process.env.PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
} as const;

export type BenchConfig = typeof config;
