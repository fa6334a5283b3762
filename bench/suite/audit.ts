import { townships } from '../county/geography.ts';
import { rounds, withRange } from '../lib/stats.ts';
import { fmt1, fmtInt, fmtX } from '../lib/table.ts';
import type { AuditChildResult } from './audit-child.ts';
import { SERVICE_NODE_FLAGS } from './config.ts';
import type { SuiteConfig } from './config.ts';
import { describeCounty, suiteCounty } from './county.ts';
import { log, ratio, row } from './row.ts';
import type { Row } from './row.ts';
import { lastJson, runTs } from './spawn.ts';

const CHILD = new URL('./audit-child.ts', import.meta.url).pathname;

/** the target of issue 12: the audit at least half as fast as reading the same events */
const TARGET_RATIO = 0.5;

const seconds = (r: AuditChildResult[]) => rounds(r.map((x) => x.seconds));
const perSecond = (r: AuditChildResult[]) => rounds(r.map((x) => x.perSecond));
const highest = (r: AuditChildResult[]) => r.reduce((a, b) => (b.rssPeakMb > a.rssPeakMb ? b : a));

/**
 * 程序审计 over the run's county (the replay section's file, or generated here when replay is skipped): in fresh
 * processes, alternating over rounds, the raw read of the events the audit reads (baseline), auditProcedure over
 * the whole county, and the audit of one township (regionPrefix). Speed in events/s over the events read, wall
 * time, peak resident memory; the notes say whether the audit found anything — a county generated through the
 * API must keep the procedure, so any finding is a product or generator bug.
 */
export const auditSection = async (config: SuiteConfig, dir: string): Promise<{ rows: Row[]; notes: string[] }> => {
  const county = await suiteCounty(config, dir, 'audit');
  const township = townships().find((t) => t.code === config.auditTownship) ?? { code: config.auditTownship, name: '?' };
  log(`audit: ${config.auditRounds} rounds of a raw read, the county audit and the audit of ${township.name} (${township.code}), each in a fresh process`);
  const run = async (args: string[]) => lastJson<AuditChildResult>(await runTs(CHILD, [county.path, ...args], { nodeArgs: SERVICE_NODE_FLAGS }));
  const reads: AuditChildResult[] = [];
  const audits: AuditChildResult[] = [];
  const local: AuditChildResult[] = [];
  for (let round = 0; round < config.auditRounds; round++) {
    reads.push(await run(['read']));
    audits.push(await run(['audit', '']));
    local.push(await run(['audit', township.code]));
  }
  const read = perSecond(reads);
  const audit = perSecond(audits);
  const townAudit = perSecond(local);
  const first = audits[0];
  const firstLocal = local[0];
  if (!first || !firstLocal) throw new Error('no audit round ran');
  const mismatch = [...audits, ...local].find((a) => a.events !== first.events || a.findings !== first.findings) ?? reads.find((r) => r.events !== first.events);
  if (mismatch) throw new Error(`the rounds disagree: ${JSON.stringify(mismatch)} vs ${JSON.stringify(first)}`);
  const target = `audit ≥ ${TARGET_RATIO}× the raw read (stated, not asserted)`;
  const readMem = highest(reads);
  const auditMem = highest([...audits, ...local]);
  const rows = [
    row({
      measurement: `Audit: auditProcedure over the whole county, one pass over ${fmtInt(first.events)} events (${fmtInt(first.eventsChecked)} chain steps judged in ${fmtInt(first.streamsChecked)} trails, ${fmtInt(first.findings)} findings)`,
      ours: `${withRange(audit, fmtInt)} events/s, ${withRange(seconds(audits), fmt1)} s`,
      baseline: `${withRange(read, fmtInt)} events/s, ${withRange(seconds(reads), fmt1)} s (readAll of the same streams, every event decoded)`,
      ratio: ratio(audit.median, read.median), target,
    }),
    row({
      measurement: `Audit: one township, regionPrefix ${township.code} (${township.name}; ${fmtInt(firstLocal.findings)} findings)`,
      ours: `${withRange(townAudit, fmtInt)} events/s, ${withRange(seconds(local), fmt1)} s`,
      baseline: `${withRange(read, fmtInt)} events/s (the same raw read)`,
      ratio: ratio(townAudit.median, read.median), target,
    }),
    row({
      measurement: 'Audit: resident memory, peak (highest of the county and township audits over the rounds)',
      ours: `${fmtInt(auditMem.rssPeakMb)} MB`,
      baseline: `${fmtInt(readMem.rssPeakMb)} MB (raw read's peak); ${fmtInt(auditMem.rssBeforeMb)} MB before reading`,
    }),
  ];
  const findings = first.findings === 0
    ? `Audit: 0 findings on the generated county, as required (a county generated through the API keeps the procedure): ${fmtInt(first.streamsChecked)} trails, ${fmtInt(first.eventsChecked)} chain steps judged.`
    : `Audit: FINDINGS ON THE GENERATED COUNTY — ${fmtInt(first.findings)} (a county generated through the API must have none: a product or a generator bug); by rule: ` +
      `${Object.entries(first.byRule ?? {}).sort((a, b) => b[1] - a[1]).map(([code, n]) => `${code} ${fmtInt(n)}`).join(', ')}; first: ` +
      `${(first.firstFindings ?? []).map((f) => `${f.code} on ${f.type} (${f.stream} r${f.revision}, ${f.regionCode ?? 'no region'}): ${f.message_en}`).join('; ')}.`;
  const notes = [
    findings,
    `Audit: on the run's county, the replay section's file (generated through the app's routes in ${fmt1(county.seconds)} s, by whichever section asked first; ${describeCounty(county)}); the raw read, the county audit and the township audit each ran in a fresh process, alternating, ` +
      `${config.auditRounds} rounds: medians (min–max); the ratio is of the medians (per round, county audit ÷ raw read: ${audits.map((a, i) => fmtX(a.perSecond / (reads[i]?.perSecond ?? NaN))).join(', ')}). Events/s are over the events the audit reads (the household streams and the audited chains', ${fmtInt(first.events)} of the feed's ${fmtInt(county.events)}); ` +
      `the baseline reads the same streams in the same pages of 5,000 from the store with every event's data decoded; the audit reads through the upcasting store (as GET /audit/procedure does), folds every household (a registration's data stays undecoded unless a designation's invariant reads it) and steps and judges every chain event. ` +
      `A regionPrefix only filters the findings: a township's audit reads and judges the whole county, so it costs what the county's does.`,
  ];
  return { rows, notes };
};
