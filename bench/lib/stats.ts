/** Latency samples in nanoseconds; summaries in microseconds. */
export interface LatencySummary {
  n: number;
  meanUs: number;
  p50Us: number;
  p99Us: number;
}

/** nearest-rank percentile of an ascending array */
const percentile = (sorted: Float64Array, p: number): number => {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
};

export const summarize = (samplesNs: Float64Array): LatencySummary => {
  const sorted = Float64Array.from(samplesNs).sort();
  let sum = 0;
  for (const v of sorted) sum += v;
  return {
    n: sorted.length,
    meanUs: sorted.length === 0 ? Number.NaN : sum / sorted.length / 1000,
    p50Us: percentile(sorted, 50) / 1000,
    p99Us: percentile(sorted, 99) / 1000,
  };
};

export interface Throughput {
  ops: number;
  seconds: number;
  perSecond: number;
}

export const throughput = (ops: number, startMs: number, endMs: number): Throughput => {
  const seconds = (endMs - startMs) / 1000;
  return { ops, seconds, perSecond: seconds > 0 ? ops / seconds : Number.NaN };
};

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

/** Several measured windows of one workload: the median is reported, the spread shows how noisy the machine was. */
export interface Rounds {
  values: number[];
  median: number;
  min: number;
  max: number;
}

export const rounds = (values: readonly number[]): Rounds => ({
  values: [...values],
  median: median(values),
  min: Math.min(...values),
  max: Math.max(...values),
});

/** a median over rounds, with the spread: 5,464 (4,980–5,720) */
export const withRange = (r: Rounds, fmt: (n: number) => string): string => (r.values.length > 1 ? `${fmt(r.median)} (${fmt(r.min)}–${fmt(r.max)})` : fmt(r.median));
