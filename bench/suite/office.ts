import { join } from 'node:path';
import { fmt1, fmtInt } from '../lib/table.ts';
import { SERVICE_NODE_FLAGS } from './config.ts';
import type { SuiteConfig } from './config.ts';
import { suiteCounty } from './county.ts';
import { lastJson, runTs } from './spawn.ts';
import { log, ratio, row, verdict } from './row.ts';
import type { Row } from './row.ts';

/** resident memory growth, signed (a process may hold less at the peak of the work than before it, after a GC) */
const growth = (mb: number) => `${mb >= 0 ? '+' : '−'}${fmtInt(Math.abs(mb))} MB`;

/** heap kept after a full GC, in all and per household registered (the read models' share of the growth) */
const perHousehold = (r: RateResult) => `${growth(r.retainedMb ?? 0)} (${fmt1(((r.retainedMb ?? 0) * 1024) / r.n)} KB per household)`;

const CHILD = new URL('./office-child.ts', import.meta.url).pathname;

interface CountyResult {
  households: number; designated: number; fourCardMs: number; baseListMs: number; indexMs: number; searchP50Ms: number; searchP99Ms: number; scanP50Ms: number;
  noticeRows: number; pdfMs: number; htmlMs: number; xlsxMs: number; xlsxGrowthMb: number; xlsxBytes: number; csvMs: number; csvGrowthMb: number; csvBytes: number;
}
interface RateResult { n: number; ms: number; perSecond: number; growthMb?: number; retainedMb?: number; bytes?: number }

/**
 * Office work (issue 17): import from xlsx vs POST /households over HTTP (fresh stores, fresh processes); on the
 * run's county: the four-card table, the household list to xlsx, a 500-household 公示名单 PDF, search by name prefix.
 * Import size: 20,000 × BENCH_SCALE households (200,000 at 10); the HTTP baseline registers a tenth of that (its rate).
 */
export const officeSection = async (config: SuiteConfig, dir: string): Promise<{ rows: Row[]; notes: string[] }> => {
  const importN = Math.max(200, Math.round(20_000 * config.scale));
  const postN = Math.max(200, Math.round(importN / 10));
  log(`office: POST /households × ${fmtInt(postN)} over HTTP (8 at a time), then an xlsx import of ${fmtInt(importN)}`);
  const post = lastJson<RateResult>(await runTs(CHILD, ['post', String(postN)], { nodeArgs: ['--expose-gc', ...SERVICE_NODE_FLAGS] }));
  // BENCH_OFFICE_IMPORT_FILE / BENCH_OFFICE_COUNTY: an import file made by `office-child.ts make-xlsx` and a county made
  // by `npm run generate:county` (same seed) beforehand, so a run on a shared machine spends its time measuring
  const file = process.env.BENCH_OFFICE_IMPORT_FILE ?? join(dir, 'office-import.xlsx');
  if (process.env.BENCH_OFFICE_IMPORT_FILE === undefined) await runTs(CHILD, ['make-xlsx', String(importN), file]);
  const imp = lastJson<RateResult>(await runTs(CHILD, ['import', String(importN), file], { nodeArgs: ['--expose-gc', ...SERVICE_NODE_FLAGS] }));
  const countyPath = process.env.BENCH_OFFICE_COUNTY ?? (await suiteCounty(config, dir, 'office')).path;
  log(`office: tables, export, notice PDF and search on the county (${countyPath})`);
  const c = lastJson<CountyResult>(await runTs(CHILD, ['county', countyPath], { nodeArgs: ['--expose-gc', ...SERVICE_NODE_FLAGS] }));
  const full = importN >= 200_000;
  const fullCounty = c.households >= 200_000;
  const rows = [
    row({
      measurement: `Import ${fmtInt(importN)} households from xlsx (one job, every rule) vs POST /households over HTTP`,
      ours: `${fmtInt(imp.perSecond)} households/s (${fmt1(imp.ms / 1000)} s), memory ${growth(imp.growthMb ?? 0)}; kept after GC ${perHousehold(imp)}`,
      baseline: `${fmtInt(post.perSecond)} households/s (${fmtInt(postN)}, 8 at a time), memory ${growth(post.growthMb ?? 0)}; kept after GC ${perHousehold(post)}`, ratio: ratio(imp.perSecond, post.perSecond),
      target: '≥ 0.5× the HTTP rate, memory ≤ 300 MB (200,000 households)', verdict: verdict(imp.perSecond >= 0.5 * post.perSecond && (!full || (imp.growthMb ?? 0) <= 300)),
    }),
    row({
      measurement: `Export the household list of the county (${fmtInt(c.households)} rows) to xlsx, streaming`,
      ours: `${fmt1(c.xlsxMs / 1000)} s, memory ${growth(c.xlsxGrowthMb)}, ${fmtInt(c.xlsxBytes / 1024)} KiB`,
      baseline: `${fmt1(c.csvMs / 1000)} s as CSV, ${growth(c.csvGrowthMb)}`, ratio: ratio(c.xlsxMs, c.csvMs),
      target: '≤ 60 s, memory ≤ 200 MB (200,000 rows)', verdict: fullCounty ? verdict(c.xlsxMs <= 60_000 && c.xlsxGrowthMb <= 200) : '',
    }),
    row({
      measurement: `Four-card table (分类管理名单) of the county (${fmtInt(c.designated)} designated households)`,
      ours: `${fmt1(c.fourCardMs)} ms`, baseline: `${fmt1(c.baseListMs)} ms (the read model's list of designated households)`, ratio: ratio(c.fourCardMs, c.baseListMs),
      target: '≤ 200 ms (200,000 households)', verdict: verdict(c.fourCardMs <= 200),
    }),
    row({
      measurement: `公示名单 of ${fmtInt(c.noticeRows)} households as PDF (CJK font embedded)`,
      ours: `${fmt1(c.pdfMs)} ms`, baseline: `${fmt1(c.htmlMs)} ms (the same page as HTML)`, ratio: ratio(c.pdfMs, c.htmlMs),
      target: '≤ 2 s (500 households)', verdict: c.noticeRows >= 500 ? verdict(c.pdfMs <= 2000) : '',
    }),
    row({
      measurement: `Search by name prefix in the county (${fmtInt(c.households)} households), 200 prefixes`,
      ours: `p50 ${fmt1(c.searchP50Ms)} ms, p99 ${fmt1(c.searchP99Ms)} ms`, baseline: `${fmt1(c.scanP50Ms)} ms p50 (a scan of every household's names)`, ratio: ratio(c.searchP50Ms, c.scanP50Ms),
      target: '≤ 20 ms (200,000 households)', verdict: verdict(c.searchP99Ms <= 20),
    }),
  ];
  const notes = [
    `Office: the search index is built on the first search after start-up (${fmt1(c.indexMs / 1000)} s for ${fmtInt(c.households)} households: every name's pinyin initials) and kept current from the household projection after that.` +
      (full && fullCounty ? '' : ' Memory and time targets are for the full county (BENCH_SCALE=10); smaller runs show the figures without a verdict where the target names 200,000.'),
  ];
  return { rows, notes };
};
