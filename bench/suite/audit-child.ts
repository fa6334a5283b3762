/**
 * One measurement of the procedure-audit benchmark, in a fresh process (argv[2]: a county's sqlite file; argv[3]:
 * the mode; argv[4]: a region prefix for 'audit', '' for the whole county). Prints one JSON line.
 * 'read', the baseline: the events the audit reads (the household streams and every audited chain's, the same
 * stream prefixes, pages of the audit's size) read once from the store, every event's data decoded, nothing else
 * done with them. 'audit': auditProcedure over the same file, through the upcasting store as GET /audit/procedure
 * calls it, with the service's policy book and working calendar. Both sample resident memory on every page read.
 */
import { AUDITED_CHAINS, auditProcedure } from '../../src/audit/procedure-audit.ts';
import { chinaWorkingCalendar } from '../../src/domain/calendar.ts';
import { seedPolicyBook } from '../../src/domain/policy.ts';
import { householdChain } from '../../src/households/chain.ts';
import { systemClock } from '../../src/shared/clock.ts';
import { randomIds } from '../../src/shared/ids.ts';
import { SqliteEventStore } from '../../src/store/sqlite/sqlite-store.ts';
import type { EventStore } from '../../src/store/types.ts';
import { upcastingStore } from '../../src/store/upcasting.ts';
import { EVENT_UPCASTERS } from '../../schemas/catalog.ts';

/** auditProcedure's default page (src/audit/procedure-audit.ts); the baseline reads in the same pages */
const AUDIT_PAGE = 5000;
/** the streams auditProcedure asks the store for */
const AUDIT_PREFIXES: readonly string[] = [householdChain.streamPrefix, ...AUDITED_CHAINS.map((c) => c.streamPrefix)];

export interface AuditChildResult {
  mode: 'read' | 'audit';
  regionPrefix: string;
  /** events the store handed out (households and the audited chains), over which events/s is counted */
  events: number;
  seconds: number;
  perSecond: number;
  rssBeforeMb: number;
  rssPeakMb: number;
  /** the audit's own counts: trails folded, chain events judged (household events are folded, not judged) */
  streamsChecked?: number;
  eventsChecked?: number;
  findings?: number;
  byRule?: Record<string, number>;
  firstFindings?: { code: string; stream: string; revision: number; type: string; regionCode: string | null; message_en: string }[];
}

const mb = (bytes: number) => bytes / 2 ** 20;

const store = new SqliteEventStore({ path: process.argv[2] ?? '' }, { clock: systemClock, newId: randomIds });
const mode = process.argv[3] === 'read' ? 'read' : 'audit';
const regionPrefix = process.argv[4] ?? '';
let peak = 0;
let events = 0;
const rssBefore = process.memoryUsage.rss();
const counted = (inner: Pick<EventStore, 'readAll'>): Pick<EventStore, 'readAll'> => ({
  readAll: async (options) => {
    peak = Math.max(peak, process.memoryUsage.rss());
    const page = await inner.readAll(options);
    events += page.length;
    return page;
  },
});
let result: AuditChildResult;
// timed from a cold start, both of them (the file was written earlier in the run: both read it from the page cache)
const t0 = performance.now();
if (mode === 'read') {
  const reader = counted(store);
  let after = 0;
  for (;;) {
    const page = await reader.readAll({ after, limit: AUDIT_PAGE, streamPrefixes: AUDIT_PREFIXES });
    for (const e of page) if (e.data === null) throw new Error('no data');
    const last = page.at(-1);
    if (!last || page.length < AUDIT_PAGE) break;
    after = last.position;
  }
  const seconds = (performance.now() - t0) / 1000;
  peak = Math.max(peak, process.memoryUsage.rss());
  result = { mode, regionPrefix, events, seconds, perSecond: events / seconds, rssBeforeMb: mb(rssBefore), rssPeakMb: mb(peak) };
} else {
  const calendar = chinaWorkingCalendar();
  if (!calendar.ok) throw new Error('the packaged working-day calendar is invalid');
  const report = await auditProcedure(counted(upcastingStore(store, EVENT_UPCASTERS)), { policies: seedPolicyBook(), calendar: calendar.value }, { regionPrefix });
  const seconds = (performance.now() - t0) / 1000;
  peak = Math.max(peak, process.memoryUsage.rss());
  const byRule: Record<string, number> = {};
  for (const f of report.findings) byRule[f.code] = (byRule[f.code] ?? 0) + 1;
  result = {
    mode, regionPrefix, events, seconds, perSecond: events / seconds, rssBeforeMb: mb(rssBefore), rssPeakMb: mb(peak),
    streamsChecked: report.streamsChecked, eventsChecked: report.eventsChecked, findings: report.findings.length, byRule,
    firstFindings: report.findings.slice(0, 5).map((f) => ({ code: f.code, stream: f.stream, revision: f.revision, type: f.type, regionCode: f.regionCode, message_en: f.message_en })),
  };
}
await store.close();
process.stdout.write(`${JSON.stringify(result)}\n`);
