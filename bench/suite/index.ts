/**
 * `npm run bench`: the issue-7 benchmarks in one run, printed as ONE markdown table where every figure stands
 * beside a baseline measured in the same run — HTTP transitions and latency (vs a bare fastify route), the event
 * store (bench/store.ts, vs raw better-sqlite3), rebuilding the read models of a generated county (vs raw readAll)
 * and its memory, the procedure audit over the same county (vs raw readAll of the same streams), the notice timer
 * (vs plain appends), and a peer library on the same workload.
 * Progress goes to stderr, the table to stdout. Sizes: bench/suite/config.ts (BENCH_SCALE=10 is the full county;
 * BENCH_SKIP=store,peer,http,httpRead,replay,audit,timers,ledger,office,management leaves sections out; ledger: the rectification ledger, issue 15). Temp files are removed at the end.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { arch, cpus, loadavg, platform, release, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { markdownTable } from '../lib/table.ts';
import { auditSection } from './audit.ts';
import { suiteConfig } from './config.ts';
import { httpSection } from './http.ts';
import { httpReadSection } from './http-read.ts';
import { officeSection } from './office.ts';
import { peerSection } from './peer.ts';
import { replaySection } from './replay.ts';
import { log, row } from './row.ts';
import type { Row } from './row.ts';
import { storeSection } from './store.ts';
import { timerSection } from './timers.ts';
import { ledgerSection } from './ledger.ts';
import { managementSection } from './management.ts';
import { privacySection } from './privacy.ts';
import { surveySection } from './surveys.ts';

const config = suiteConfig();
const started = performance.now();
const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');
const loadAtStart = load();
const dir = mkdtempSync(join(tmpdir(), 'bench-suite-'));
process.once('SIGINT', () => {
  rmSync(dir, { recursive: true, force: true });
  process.exit(130);
});

const sections: [string, () => Promise<{ rows: Row[]; notes: string[] }>][] = [
  ['http', () => httpSection(config, dir)],
  ['httpRead', () => httpReadSection(config, dir)],
  ['store', () => storeSection(config)],
  ['replay', () => replaySection(config, dir)],
  ['audit', () => auditSection(config, dir)],
  ['timers', () => timerSection(config, dir)],
  ['peer', () => peerSection(config)],
  ['ledger', () => ledgerSection(config, dir)],
  ['office', () => officeSection(config, dir)],
  ['management', () => managementSection(config)],
  ['privacy', () => privacySection(config, dir)],
  ['surveys', () => surveySection(config, dir)],
];
const rows: Row[] = [];
const notes: string[] = [];
try {
  for (const [name, run] of sections) {
    if (config.skip.has(name)) {
      notes.push(`${name}: skipped (BENCH_SKIP).`);
      continue;
    }
    try {
      const result = await run();
      rows.push(...result.rows);
      notes.push(...result.notes);
    } catch (error) {
      log(`${name} failed: ${(error as Error).stack ?? String(error)}`);
      rows.push(row({ measurement: `${name}: failed`, ours: (error as Error).message.slice(0, 120) }));
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const cpu = cpus();
const out = [
  '## Benchmarks (npm run bench)',
  '',
  `machine: ${cpu.length} cpus (${cpu[0]?.model.trim() ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB, ${platform()} ${release()} ${arch()}, node ${process.version}; ` +
    `load average at start ${loadAtStart}, at end ${load()} (other processes share these cpus: figures move with it)`,
  `BENCH_SCALE=${config.scale} (replay county ${config.replayHouseholds.toLocaleString('en-US')} households), seed ${config.seed}, total ${((performance.now() - started) / 1000).toFixed(0)} s`,
  '',
  markdownTable(['measurement', 'ours', 'baseline (same run)', 'ratio', 'target', 'verdict'], rows.map((r) => [r.measurement, r.ours, r.baseline, r.ratio, r.target, r.verdict]), ['l', 'r', 'r', 'r', 'l', 'l']),
  '',
  ...notes.map((n) => `- ${n}`),
];
process.stdout.write(`${out.join('\n')}\n`);
