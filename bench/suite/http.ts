import { writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import Fastify from 'fastify';
import { householdChain } from '../../src/households/chain.ts';
import { changeHousehold } from '../../src/households/commands.ts';
import { systemClock } from '../../src/shared/clock.ts';
import { buildCounty, startCountyApp } from '../county/build.ts';
import { COUNTY_CODE } from '../county/geography.ts';
import { rounds as summary, withRange } from '../lib/stats.ts';
import { fmt1, fmtInt } from '../lib/table.ts';
import type { Services } from '../../src/services.ts';
import type { SuiteConfig } from './config.ts';
import type { LoadPlan, LoadResult } from './load-client.ts';
import { log, ratio, row, verdict } from './row.ts';
import type { Row } from './row.ts';
import { VISIT_REASON, householdChangeWorkload, nextIncomeStable, visitChange } from './change-workload.ts';
import { lastJson, runTs } from './spawn.ts';


const CLIENT = new URL('./load-client.ts', import.meta.url).pathname;

const load = async (dir: string, name: string, plan: LoadPlan): Promise<LoadResult> => {
  const file = join(dir, `${name}-plan.json`);
  writeFileSync(file, JSON.stringify(plan));
  return lastJson<LoadResult>(await runTs(CLIENT, [file]));
};

/**
 * What the route does once its request is parsed and authorized: the engine with the household read model's facts
 * and the same decision (src/households/commands.ts), then waiting for the read model — `paths.length` clients.
 */
const engineOnly = async (services: Services, households: readonly string[][], ms: number): Promise<number> => {
  const actor = { id: 'inv-bench', capacity: 'investigator', jurisdiction: COUNTY_CODE };
  const until = performance.now() + ms;
  const t0 = performance.now();
  const counts = await Promise.all(households.map(async (ids) => {
    let n = 0;
    for (let i = 0; performance.now() < until; i++) {
      const row = services.households.get(ids[i % ids.length] ?? '');
      if (!row) throw new Error('household not in the read model');
      const ctx = { actor, occurredAt: new Date().toISOString(), correlationId: `in-process-${i}` };
      const outcome = await services.engine.execute(householdChain, row.id, ctx, () => changeHousehold(row.household, visitChange(nextIncomeStable(row.household)), VISIT_REASON), { mustExist: true });
      await services.projector.waitFor(outcome.position);
      n += 1;
    }
    return n;
  }));
  return counts.reduce((a, b) => a + b, 0) / ((performance.now() - t0) / 1000);
};

/**
 * Accepted chain transitions per second through the whole stack — HTTP, JWT, rate limit, validation, the engine,
 * a durable sqlite commit (synchronous=FULL, group commit), the read model caught up, the answer — beside a bare
 * fastify POST route measured by the same load generator in the same run. The transition is a household fact
 * change (POST /households/:id/changes: a monthly visit recording whether income is stable): repeatable without
 * end, one HouseholdFactsChanged event each; every client works on its own households, so nothing conflicts.
 */
export const httpSection = async (config: SuiteConfig, dir: string): Promise<{ rows: Row[]; notes: string[] }> => {
  const { concurrency, households, warmupMs, measureMs, rounds } = config.http;
  const path = join(dir, 'http.db');
  log(`http: registering ${households} households`);
  await buildCounty({ path, households, seed: config.seed, until: 'households' });
  const county = await startCountyApp({ path, clock: systemClock, synchronous: 'FULL' });
  const bare = Fastify({ logger: false });
  bare.post('/bare', async () => ({ ok: true }));
  try {
    await county.app.listen({ host: '127.0.0.1', port: 0 });
    await bare.listen({ host: '127.0.0.1', port: 0 });
    const { perClient } = householdChangeWorkload(county.app, households, concurrency);
    const port = (s: { server: { address(): unknown } }) => (s.server.address() as AddressInfo).port;
    // bare and full alternate, round by round: the host's speed drifts by tens of percent within minutes here,
    // so each figure is a median over rounds and both sides see the same drift
    const bareRuns: LoadResult[] = [];
    const fullRuns: LoadResult[] = [];
    let bareCpuUs = 0;
    let fullCpuUs = 0;
    const stats = county.store.stats;
    const before = { ...stats };
    for (let r = 0; r < rounds; r++) {
      const warm = r === 0 ? warmupMs : Math.min(warmupMs, 1000);
      log(`http: round ${r + 1}/${rounds}: bare fastify POST, then household fact changes, ${concurrency} clients (${warm} + ${measureMs} ms each)`);
      if (!process.env.BENCH_HTTP_SKIP_BARE) {
        const cpu = process.cpuUsage();
        bareRuns.push(await load(dir, 'bare', { port: port(bare), paths: Array.from({ length: concurrency }, () => ['/bare']), warmupMs: warm, measureMs }));
        const used = process.cpuUsage(cpu);
        bareCpuUs += used.user + used.system;
      }
      const cpu = process.cpuUsage();
      // taken anew each round: what each household's next visit finds depends on how often the last round visited it
      const { token, paths, firstStable } = householdChangeWorkload(county.app, households, concurrency);
      fullRuns.push(await load(dir, 'full', { port: port(county.app), token, paths, firstStable, warmupMs: warm, measureMs }));
      const used = process.cpuUsage(cpu);
      fullCpuUs += used.user + used.system;
    }
    log(`http: the same transitions in process, no HTTP (${measureMs} ms)`);
    const inProcess = await engineOnly(county.app.services, perClient, measureMs);
    const batch = (stats.appends - before.appends) / (stats.transactions - before.transactions);
    const of = (runs: LoadResult[], pick: (r: LoadResult) => number) => summary(runs.map(pick));
    const full = { perSecond: of(fullRuns, (r) => r.perSecond), p50Ms: of(fullRuns, (r) => r.p50Ms), p99Ms: of(fullRuns, (r) => r.p99Ms) };
    const baseline = { perSecond: of(bareRuns, (r) => r.perSecond), p50Ms: of(bareRuns, (r) => r.p50Ms), p99Ms: of(bareRuns, (r) => r.p99Ms) };
    const sum = (runs: LoadResult[], pick: (r: LoadResult) => number) => runs.reduce((a, r) => a + pick(r), 0);
    const requests = sum(fullRuns, (r) => r.requests);
    const refused = requests - sum(fullRuns, (r) => r.accepted);
    const firstError = fullRuns.find((r) => r.firstError)?.firstError;
    const statuses = fullRuns.reduce<Record<string, number>>((acc, r) => {
      for (const [k, v] of Object.entries(r.statuses)) acc[k] = (acc[k] ?? 0) + v;
      return acc;
    }, {});
    // the server's own CPU per request (this process; the load generator is another): what a core could do unshared
    const perRequestUs = fullCpuUs / Math.max(1, sum(fullRuns, (r) => r.allRequests));
    const bareUs = bareCpuUs / Math.max(1, sum(bareRuns, (r) => r.allRequests));
    const rows = [
      row({
        measurement: `HTTP: accepted transitions/s @${concurrency} clients — household fact change, full stack, sqlite FULL`,
        ours: withRange(full.perSecond, fmtInt), baseline: `${withRange(baseline.perSecond, fmtInt)} (bare fastify POST)`, ratio: ratio(full.perSecond.median, baseline.perSecond.median),
        target: '≥ 5,000/s', verdict: verdict(full.perSecond.median >= 5000 && refused === 0),
      }),
      row({
        measurement: `HTTP: latency p50 / p99 ms @${concurrency} clients`,
        ours: `${fmt1(full.p50Ms.median)} / ${withRange(full.p99Ms, fmt1)}`, baseline: `${fmt1(baseline.p50Ms.median)} / ${fmt1(baseline.p99Ms.median)}`, ratio: ratio(full.p99Ms.median, baseline.p99Ms.median),
        target: 'p99 < 50 ms', verdict: verdict(full.p99Ms.median < 50),
      }),
      row({
        measurement: `Engine in process (no HTTP, no request parsing): the same transition @${concurrency}, same app and store`,
        ours: fmtInt(inProcess), baseline: `${fmtInt(full.perSecond.median)} (through HTTP, row 1)`, ratio: ratio(inProcess, full.perSecond.median),
      }),
    ];
    const notes = [
      `HTTP: load generator in a child process on the same machine (node:http keep-alive, ${concurrency} connections, closed loop); ${rounds} rounds, bare and full alternating, ` +
        `${fmt1(warmupMs / 1000)} s warm-up (1 s after the first round) + ${fmt1(measureMs / 1000)} s measured each; medians, (min–max) over rounds; ` +
        `${fmtInt(requests)} requests, ${refused === 0 ? 'all accepted' : `${fmtInt(refused)} not accepted (${JSON.stringify(statuses)}; first: ${firstError ?? '?'})`}; ` +
        `full-stack rounds ${full.perSecond.values.map((v) => fmtInt(v)).join(', ')}/s; mean group-commit batch ${fmt1(batch)} appends/transaction; ${households} households; ` +
        `server CPU ${fmtInt(perRequestUs)} µs per transition (main and writer threads), i.e. at most ${fmtInt(1e6 / perRequestUs)}/s per core, bare route ${fmtInt(bareUs)} µs per request.`,
    ];
    return { rows, notes };
  } finally {
    await bare.close();
    await county.close();
  }
};
