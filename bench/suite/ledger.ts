import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { chinaDateOf } from '../../src/domain/dates.ts';
import { summaryTable } from '../../src/ledger/tables.ts';
import { LEDGER_TABLE_SPECS } from '../../src/ledger/table-specs.ts';
import { writeTableCsv, writeTableXlsx } from '../../src/office/tables/export.ts';
import { systemClock } from '../../src/shared/clock.ts';
import { buildCounty, startCountyApp } from '../county/build.ts';
import { runInspection } from '../county/inspection.ts';
import { COUNTY_CODE } from '../county/geography.ts';
import { median } from '../lib/stats.ts';
import { fmt1, fmtInt } from '../lib/table.ts';
import type { SuiteConfig } from './config.ts';
import { VISIT_REASON, nextIncomeStable, visitChange } from './change-workload.ts';
import { log, ratio, row, verdict } from './row.ts';
import type { Row } from './row.ts';
import { num } from '../lib/config.ts';
import { benchToken, cardHolders, declarationRate } from './designation-baseline.ts';

/**
 * The problem rectification ledger (issue 15) on a generated county: the generator's inspection campaign
 * (bench/county/inspection.ts: problems through the engine, a third of them late, dated from today) — then
 *  - recording a problem over HTTP beside the suite's HTTP transition (a household's monthly visit), same clients;
 *  - the 004 附件4 summary of the county, beside one raw pass over the same problems;
 *  - the overdue list of a township over HTTP (GET /duties), beside the due index's own query;
 *  - the xlsx of the county's household ledger, its memory growth beside the CSV of the same table.
 */

/** requests per second of `make` by `clients` concurrent in-process clients for `ms` */
const rate = async (app: FastifyInstance, clients: number, ms: number, make: (client: number, i: number) => { url: string; body: object }, auth: string): Promise<number> => {
  const until = performance.now() + ms;
  const t0 = performance.now();
  const counts = await Promise.all(Array.from({ length: clients }, async (_, c) => {
    let n = 0;
    for (let i = 0; performance.now() < until; i++) {
      const { url, body } = make(c, i);
      const res = await app.inject({ method: 'POST', url, payload: body, headers: { authorization: auth } });
      if (res.statusCode >= 300) throw new Error(`${url}: ${res.statusCode} ${res.body.slice(0, 200)}`);
      n += 1;
    }
    return n;
  }));
  return counts.reduce((a, b) => a + b, 0) / ((performance.now() - t0) / 1000);
};

const timeMs = (f: () => unknown, times: number): number => {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const t0 = performance.now();
    f();
    samples.push(performance.now() - t0);
  }
  return median(samples);
};

/** growth of live memory (heap and buffers, garbage included until collected) while `f` runs, sampled every 5 ms (MB) */
const memoryGrowth = async (f: () => Promise<unknown>): Promise<number> => {
  (globalThis as { gc?: () => void }).gc?.();
  const used = () => { const m = process.memoryUsage(); return m.heapUsed + m.external; };
  const start = used();
  let peak = start;
  const timer = setInterval(() => { peak = Math.max(peak, used()); }, 5);
  try {
    await f();
  } finally {
    clearInterval(timer);
  }
  peak = Math.max(peak, used());
  return (peak - start) / 2 ** 20;
};

export const ledgerSection = async (config: SuiteConfig, dir: string): Promise<{ rows: Row[]; notes: string[] }> => {
  const problems = Math.round(num('BENCH_LEDGER_PROBLEMS', 3000 * config.scale));
  const households = Math.max(problems, 2000);
  const path = join(dir, 'ledger.db');
  log(`ledger: registering ${households} households`);
  await buildCounty({ path, households, seed: config.seed, until: 'households' });
  const county = await startCountyApp({ path, clock: systemClock, synchronous: 'FULL' });
  const rows: Row[] = [];
  try {
    const app = county.app;
    const services = app.services;
    log(`ledger: loading ${problems} problems (a third late)`);
    await runInspection(app, systemClock, { problems, progress: log }); // the county generator's campaign stage, on today's date

    // recording a problem over HTTP beside a household's monthly visit, alternating rounds, the same clients
    const clients = 16;
    const seconds = Math.max(2, Math.round(config.http.measureMs / 2000));
    const pool = services.households.list(COUNTY_CODE, 0, 2048).items;
    const stable = new Map(pool.map((h) => [h.id, nextIncomeStable(h.household)]));
    const visit = (c: number, i: number) => {
      const h = pool[(c * 128 + (i % 128)) % pool.length];
      if (!h) throw new Error('no household');
      const next = stable.get(h.id) ?? false;
      stable.set(h.id, !next);
      return { url: `/households/${h.id}/changes`, body: { changes: visitChange(next), reason: VISIT_REASON } };
    };
    const record = (c: number, i: number) => {
      const h = pool[(c * 128 + (i % 128)) % pool.length];
      if (!h) throw new Error('no household');
      return { url: '/problems', body: { level: 'household', householdId: h.id, householdType: 'escaped', typeCode: 'medical', itemCode: 'medical.5', description: '慢性病未办证' } };
    };
    const inv = benchToken(['investigator']);
    const visits: number[] = [];
    const records: number[] = [];
    // the designation step of the same run: declarations of the county's card holders, a third of them per round
    const holders = cardHolders(services);
    const perRound = Math.floor(holders.length / 3);
    const declarations: number[] = [];
    for (let r = 0; r < 3; r++) {
      declarations.push(await declarationRate(app, clients, seconds * 1000, holders.slice(r * perRound, (r + 1) * perRound), inv));
      visits.push(await rate(app, clients, seconds * 1000, visit, inv));
      records.push(await rate(app, clients, seconds * 1000, record, inv));
    }
    const [d, v, p] = [median(declarations), median(visits), median(records)];
    rows.push(row({
      measurement: `ledger: recording a problem over HTTP (POST /problems, ${clients} in-process clients), per s`,
      ours: fmt1(p), baseline: `${fmt1(d)} (a designation step: 初核申报, POST /designations, ${fmtInt(perRound)} card holders a round)`, ratio: ratio(p, d), target: '≥ 0.8× the baseline', verdict: verdict(p / d >= 0.8),
    }));
    rows.push(row({
      measurement: 'ledger: the same problems beside a household\'s monthly visit (POST /households/:id/changes), per s',
      ours: fmt1(p), baseline: fmt1(v), ratio: ratio(p, v),
    }));

    // the 附件4 summary of the county, beside one raw pass counting the same problems by township and type
    const identity = { id: 'bench-co', roles: ['countyOffice' as const], jurisdiction: COUNTY_CODE };
    const day = chinaDateOf(new Date().toISOString());
    const summaryMs = timeMs(() => summaryTable(services, { prefix: COUNTY_CODE, identity, day }), 5);
    const rawMs = timeMs(() => {
      const counts = new Map<string, number>();
      for (const r of services.problems.all()) counts.set(`${r.context.regionCode.slice(0, 9)}/${r.context.typeCode}`, (counts.get(`${r.context.regionCode.slice(0, 9)}/${r.context.typeCode}`) ?? 0) + 1);
      return counts.size;
    }, 5);
    const total = [...services.problems.all()].filter((r) => r.context.enteredAt !== null).length;
    rows.push(row({ measurement: `ledger: 004 附件4 summary of the county (${fmtInt(total)} problems in the ledger), ms`, ours: fmt1(summaryMs), baseline: `${fmt1(rawMs)} (one raw pass counting them)`, ratio: ratio(summaryMs, rawMs), target: '≤ 200 ms', verdict: verdict(summaryMs <= 200) }));

    // the overdue list of a township over HTTP, beside the due index's own query
    const townships = new Map<string, number>();
    for (const r of services.problems.all()) townships.set(r.context.regionCode.slice(0, 9), (townships.get(r.context.regionCode.slice(0, 9)) ?? 0) + 1);
    const township = [...townships.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? COUNTY_CODE;
    const reader = benchToken(['countyOffice']);
    const overdueSamples: number[] = [];
    let overdue = 0;
    for (let i = 0; i < 21; i++) {
      const t0 = performance.now();
      const res = await app.inject({ method: 'GET', url: `/duties?state=overdue&regionCode=${township}&kind=rectification&limit=100`, headers: { authorization: reader } });
      overdueSamples.push(performance.now() - t0);
      overdue = (res.json<{ total: number }>()).total;
    }
    const indexMs = timeMs(() => services.due.query({ now: new Date().toISOString(), regionPrefix: township, state: 'overdue', kinds: ['rectification'] }, { offset: 0, limit: 100 }), 21);
    const httpMs = median(overdueSamples);
    rows.push(row({ measurement: `ledger: overdue list of a township (GET /duties, ${fmtInt(overdue)} overdue), ms`, ours: fmt1(httpMs), baseline: `${fmt1(indexMs)} (the due index's query)`, ratio: ratio(httpMs, indexMs), target: '≤ 50 ms', verdict: verdict(httpMs <= 50) }));

    // the xlsx of the county's household ledger: memory growth, beside the CSV of the same table
    // through the one export path (src/office/tables), as GET /tables/ledger-household-ledger answers it
    const spec = LEDGER_TABLE_SPECS.find((x) => x.id === 'ledger-household-ledger');
    if (!spec) throw new Error('the household ledger is not a registered table');
    const ctx = () => ({ services, identity, prefix: COUNTY_CODE });
    let bytes = 0;
    let lines = 0;
    const xlsxMb = await memoryGrowth(async () => {
      const c = ctx();
      lines = spec.count(c);
      bytes = (await writeTableXlsx(spec, c)).byteLength;
    });
    const csvMb = await memoryGrowth(async () => writeTableCsv(spec, ctx()));
    rows.push(row({
      measurement: `ledger: xlsx of the county's household ledger (${fmtInt(lines)} rows, ${fmt1(bytes / 2 ** 20)} MB), growth of heap and buffers MB`,
      ours: fmt1(xlsxMb), baseline: `${fmt1(csvMb)} (CSV of the same table)`, ratio: ratio(xlsxMb, Math.max(csvMb, 1)), target: '≤ 200 MB', verdict: verdict(xlsxMb <= 200),
    }));
  } finally {
    await county.close();
  }
  return {
    rows,
    notes: [
      `ledger: ${fmtInt(problems)} problems recorded by the county generator's inspection stage (bench/county/inspection.ts, also npm run generate:county -- --problems N), a third of them past their deadline; HTTP rates are in-process (app.inject), both sides alike; the designation-step baseline declares the county's card holders (about one household in ten of a generated county has a card), each once, a third of them per round.`,
      'ledger: the xlsx goes through the one export path (src/office/tables/export.ts, exceljs\'s streaming writer); src/office/sheet.ts toXlsx grew ~500 MB for 30,000 such rows (measured once outside the suite).',
    ],
  };
};
