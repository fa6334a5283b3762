import { writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import Fastify from 'fastify';
import { signHs256 } from '../../src/auth/jwt.ts';
import { householdChain } from '../../src/households/chain.ts';
import { changeHousehold } from '../../src/households/commands.ts';
import { systemClock } from '../../src/shared/clock.ts';
import { buildCounty, startCountyApp } from '../county/build.ts';
import { AUDIENCE, SECRET } from '../county/cast.ts';
import { COUNTY_CODE } from '../county/geography.ts';
import { chunks } from '../county/pool.ts';
import { fmt1, fmtInt } from '../lib/table.ts';
import type { Services } from '../../src/services.ts';
import type { SuiteConfig } from './config.ts';
import type { LoadPlan, LoadResult } from './load-client.ts';
import { log, ratio, row, verdict } from './row.ts';
import type { Row } from './row.ts';
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
      const changes = { livelihood: { incomeStable: i % 2 === 0, basicNeedsAndWaterSecure: true } };
      const ctx = { actor, occurredAt: new Date().toISOString(), correlationId: `in-process-${i}` };
      const outcome = await services.engine.execute(householdChain, row.id, ctx, () => changeHousehold(row.household, changes, '月度走访：复核收入稳定情况'), { mustExist: true });
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
  const { concurrency, households, warmupMs, measureMs } = config.http;
  const path = join(dir, 'http.db');
  log(`http: registering ${households} households`);
  await buildCounty({ path, households, seed: config.seed, until: 'households' });
  const county = await startCountyApp({ path, clock: systemClock, synchronous: 'FULL' });
  const bare = Fastify({ logger: false });
  bare.post('/bare', async () => ({ ok: true }));
  try {
    await county.app.listen({ host: '127.0.0.1', port: 0 });
    await bare.listen({ host: '127.0.0.1', port: 0 });
    const ids = county.app.services.households.list(COUNTY_CODE, 0, households).items.map((r) => r.id);
    const perClient = chunks(ids, Math.max(1, Math.floor(ids.length / concurrency))).slice(0, concurrency);
    if (perClient.length < concurrency) throw new Error(`need at least ${concurrency} households, have ${ids.length}`);
    const now = Math.floor(Date.now() / 1000);
    const token = signHs256({ sub: 'inv-bench', roles: ['investigator'], jurisdiction: COUNTY_CODE, aud: AUDIENCE, iat: now, exp: now + 3600 }, SECRET);
    const port = (s: { server: { address(): unknown } }) => (s.server.address() as AddressInfo).port;
    log(`http: bare fastify POST, ${concurrency} clients (${warmupMs} + ${measureMs} ms)`);
    const bareCpu = process.cpuUsage();
    const bareLoad = process.env.BENCH_HTTP_SKIP_BARE ? { perSecond: Number.NaN, p50Ms: Number.NaN, p99Ms: Number.NaN, allRequests: 0 }
      : await load(dir, 'bare', { port: port(bare), paths: Array.from({ length: concurrency }, () => ['/bare']), warmupMs, measureMs });
    const bareCpuUs = process.cpuUsage(bareCpu);
    const baseline = { ...bareLoad, cpuUs: (bareCpuUs.user + bareCpuUs.system) / Math.max(1, bareLoad.allRequests) };
    const stats = county.store.stats;
    const before = { ...stats };
    const cpu = process.cpuUsage();
    log(`http: household fact changes, ${concurrency} clients (${warmupMs} + ${measureMs} ms)`);
    const full = await load(dir, 'full', { port: port(county.app), token, paths: perClient.map((c) => c.map((id) => `/households/${id}/changes`)), warmupMs, measureMs });
    const cpuUs = process.cpuUsage(cpu);
    log(`http: the same transitions in process, no HTTP (${measureMs} ms)`);
    const inProcess = await engineOnly(county.app.services, perClient, measureMs);
    const batch = (stats.appends - before.appends) / (stats.transactions - before.transactions);
    // the server's own CPU per request (this process; the load generator is another): what a core could do unshared
    const perRequestUs = (cpuUs.user + cpuUs.system) / Math.max(1, full.allRequests);
    const refused = full.requests - full.accepted;
    const rows = [
      row({
        measurement: `HTTP: accepted transitions/s @${concurrency} clients — household fact change, full stack, sqlite FULL`,
        ours: fmtInt(full.perSecond), baseline: `${fmtInt(baseline.perSecond)} (bare fastify POST)`, ratio: ratio(full.perSecond, baseline.perSecond),
        target: '≥ 5,000/s', verdict: verdict(full.perSecond >= 5000 && refused === 0),
      }),
      row({
        measurement: `HTTP: latency p50 / p99 ms @${concurrency} clients`,
        ours: `${fmt1(full.p50Ms)} / ${fmt1(full.p99Ms)}`, baseline: `${fmt1(baseline.p50Ms)} / ${fmt1(baseline.p99Ms)}`, ratio: ratio(full.p99Ms, baseline.p99Ms),
        target: 'p99 < 50 ms', verdict: verdict(full.p99Ms < 50),
      }),
      row({
        measurement: `Engine in process (no HTTP, no request parsing): the same transition @${concurrency}, same app and store`,
        ours: fmtInt(inProcess), baseline: `${fmtInt(full.perSecond)} (through HTTP, row 1)`, ratio: ratio(inProcess, full.perSecond),
      }),
    ];
    const notes = [
      `HTTP: load generator in a child process on the same machine (node:http keep-alive, ${concurrency} connections, closed loop), ${fmt1(warmupMs / 1000)} s warm-up + ${fmt1(measureMs / 1000)} s measured per target; ` +
        `${fmtInt(full.requests)} requests, ${refused === 0 ? 'all accepted' : `${fmtInt(refused)} not accepted (${JSON.stringify(full.statuses)}; first: ${full.firstError ?? '?'})`}; ` +
        `mean group-commit batch ${fmt1(batch)} appends/transaction; ${households} households; ` +
        `server CPU ${fmtInt(perRequestUs)} µs per transition, i.e. at most ${fmtInt(1e6 / perRequestUs)}/s per core, bare route ${fmtInt(baseline.cpuUs)} µs per request.`,
    ];
    return { rows, notes };
  } finally {
    await bare.close();
    await county.close();
  }
};
