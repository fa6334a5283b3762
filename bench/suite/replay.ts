import { rounds, withRange } from '../lib/stats.ts';
import { fmt1, fmtInt } from '../lib/table.ts';
import { SERVICE_NODE_FLAGS } from './config.ts';
import type { SuiteConfig } from './config.ts';
import { describeCounty, suiteCounty } from './county.ts';
import type { ReadResult, RebuildResult } from './replay-child.ts';
import { log, ratio, row, verdict } from './row.ts';
import type { Row } from './row.ts';
import { lastJson, runTs } from './spawn.ts';

const CHILD = new URL('./replay-child.ts', import.meta.url).pathname;
const FULL_COUNTY = 200_000;

/**
 * The county data set generated once into a sqlite file (through the app's routes), then every read model rebuilt
 * from it in a fresh process, beside the raw readAll of the same feed; resident memory with the set loaded.
 */
export const replaySection = async (config: SuiteConfig, dir: string): Promise<{ rows: Row[]; notes: string[] }> => {
  const households = config.replayHouseholds;
  const built = await suiteCounty(config, dir, 'replay');
  const path = built.path;
  log(`replay: ${config.replayRounds} rounds of a raw read and a rebuild, each in a fresh process`);
  const reads: ReadResult[] = [];
  const rebuilds: RebuildResult[] = [];
  for (let round = 0; round < config.replayRounds; round++) {
    reads.push(lastJson<ReadResult>(await runTs(CHILD, [path, 'read'], { nodeArgs: SERVICE_NODE_FLAGS })));
    rebuilds.push(lastJson<RebuildResult>(await runTs(CHILD, [path, 'rebuild'], { nodeArgs: ['--expose-gc', ...SERVICE_NODE_FLAGS] })));
  }
  const read = rounds(reads.map((x) => x.perSecond));
  const rebuild = rounds(rebuilds.map((x) => x.perSecond));
  // memory: the round with the highest peak, so that the verdict holds for every round
  const r = rebuilds.reduce((a, b) => (b.rssPeakMb > a.rssPeakMb ? b : a));
  const full = households >= FULL_COUNTY;
  const rows = [
    row({
      measurement: `Replay: rebuild all read models from ${fmtInt(r.events)} events (${fmtInt(r.households)} households, ${fmtInt(r.designations)} designations)`,
      ours: `${withRange(rebuild, fmtInt)} events/s`, baseline: `${withRange(read, fmtInt)} events/s (readAll, every event decoded)`, ratio: ratio(rebuild.median, read.median),
      target: '≥ 100,000 events/s', verdict: verdict(rebuild.median >= 100_000),
    }),
    row({
      measurement: `Memory: resident with the data set loaded (${fmtInt(households)} households), peak / after GC (highest of the rounds)`,
      ours: `${fmtInt(r.rssPeakMb)} / ${fmtInt(r.rssAfterMb)} MB`, baseline: `${fmtInt(r.rssBeforeMb)} MB (same process, nothing loaded)`,
      target: '≤ 1 GB at 200,000 households', verdict: full ? verdict(r.rssPeakMb <= 1024) : '',
    }),
  ];
  const notes = [
    `Replay: the data set was generated through the app's routes in ${fmt1(built.seconds)} s (${describeCounty(built)}); ` +
      `the raw read and the rebuild each ran in a fresh process, alternating, ${config.replayRounds} rounds: medians (min–max) (the rebuild with every projection of src/services.ts); heap after GC ${fmtInt(r.heapAfterGcMb)} MB of ${fmtInt(r.heapTotalMb)} MB.` +
      (full ? '' : ` The memory target is for the full county (BENCH_SCALE=10); at this scale it is shown without a verdict.`),
  ];
  return { rows, notes };
};
