import type { Parameters as FcParameters } from 'fast-check';

/**
 * One fixed seed for every property test, so a failure reproduces: the same seed draws the same cases on every run
 * and every machine. FC_SEED=<integer> draws other cases for a run (to explore, or to replay a seed a failure
 * printed); the seed in use is printed once per test file. fast-check also prints seed and path with a
 * counterexample, and `{ seed, path }` from that message replays exactly the failing case.
 */
const DEFAULT_SEED = 20260318;

const fromEnvironment = (): number => {
  const raw = process.env.FC_SEED;
  if (raw === undefined || raw === '') return DEFAULT_SEED;
  const seed = Number(raw);
  if (!Number.isSafeInteger(seed)) throw new Error(`FC_SEED must be an integer, not ${JSON.stringify(raw)}`);
  return seed;
};

export const PROPERTY_SEED = fromEnvironment();

const printed = new Set<number>();

/**
 * fast-check parameters with the fixed seed, printed the first time a file uses it. `pinned` keeps a test on a seed
 * of its own (say why where it is used); FC_SEED still overrides it.
 */
export const seeded = <T = unknown>(parameters: Omit<FcParameters<T>, 'seed'> = {}, pinned?: number): FcParameters<T> => {
  const seed = process.env.FC_SEED ? PROPERTY_SEED : (pinned ?? PROPERTY_SEED);
  if (!printed.has(seed)) {
    printed.add(seed);
    console.info(`[property] fast-check seed ${seed}${process.env.FC_SEED ? ' (FC_SEED)' : ''}; rerun with FC_SEED=${seed} to reproduce`);
  }
  return { ...parameters, seed };
};
