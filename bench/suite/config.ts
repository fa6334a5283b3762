import { num } from '../lib/config.ts';

/**
 * Sizes of `npm run bench` (bench/suite/index.ts). BENCH_SCALE multiplies the county of the replay benchmark
 * (20,000 households at 1; 10 is the full 200,000-household county), which the procedure audit reads too; everything
 * else has its own variable.
 */
export const suiteConfig = () => ({
  seed: process.env.BENCH_SEED ?? 'huarong-430623',
  scale: num('BENCH_SCALE', 1),
  replayHouseholds: Math.round(20_000 * num('BENCH_SCALE', 1)),
  /** raw read and rebuild alternate, each in a fresh process: one rebuild is a second or two, easily disturbed */
  replayRounds: Math.max(1, Math.round(num('BENCH_REPLAY_ROUNDS', 3))),
  /** raw read, county audit and township audit alternate, each in a fresh process (the procedure audit, issue 12) */
  auditRounds: Math.max(1, Math.round(num('BENCH_AUDIT_ROUNDS', 3))),
  /** the township whose audit (regionPrefix) is measured; default 团洲乡 */
  auditTownship: process.env.BENCH_AUDIT_TOWNSHIP ?? '430623202',
  http: {
    concurrency: Math.round(num('BENCH_HTTP_CONCURRENCY', 64)),
    households: Math.round(num('BENCH_HTTP_HOUSEHOLDS', 1024)),
    warmupMs: Math.round(num('BENCH_HTTP_WARMUP_S', 3) * 1000),
    measureMs: Math.round(num('BENCH_HTTP_SECONDS', 10) * 1000),
    rounds: Math.max(1, Math.round(num('BENCH_HTTP_ROUNDS', 3))),
  },
  timerNotices: Math.round(num('BENCH_TIMER_NOTICES', 10_000)),
  peer: {
    concurrency: Math.round(num('BENCH_PEER_CONCURRENCY', 64)),
    measureMs: Math.round(num('BENCH_PEER_SECONDS', 5) * 1000),
    pgUrl: process.env.PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
  },
  store: { scale: process.env.BENCH_STORE_SCALE ?? '1', rounds: process.env.BENCH_STORE_ROUNDS ?? '3' },
  /** sections to leave out, e.g. BENCH_SKIP=store,peer */
  skip: new Set((process.env.BENCH_SKIP ?? '').split(',').map((s) => s.trim()).filter(Boolean)),
});

export type SuiteConfig = ReturnType<typeof suiteConfig>;

/** the service's own node flags (npm start, the Dockerfile): a rebuild is measured as the service would run it */
export const SERVICE_NODE_FLAGS = ['--max-semi-space-size=32', '--heap-growing-percent=50'] as const;
