/**
 * Where does the server spend its CPU on one household fact change through HTTP? `npx tsx bench/profile-http.ts`
 * builds (once) a county of BENCH_HTTP_HOUSEHOLDS households in $PROFILE_DIR, runs the load generator of
 * `npm run bench` against the app and writes a V8 CPU profile of the measured window (PROFILE_OUT, .cpuprofile),
 * then prints the heaviest functions by self time.
 */
import { copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { systemClock } from '../src/shared/clock.ts';
import { buildCounty, startCountyApp } from './county/build.ts';
import { householdChangeWorkload } from './suite/change-workload.ts';
import { lastJson, runTs } from './suite/spawn.ts';

const dir = process.env.PROFILE_DIR ?? '/tmp/profile-http';
const out = process.env.PROFILE_OUT ?? join(dir, 'http.cpuprofile');
const households = Number(process.env.BENCH_HTTP_HOUSEHOLDS ?? 1024);
const concurrency = Number(process.env.BENCH_HTTP_CONCURRENCY ?? 64);
const seconds = Number(process.env.BENCH_HTTP_SECONDS ?? 8);
mkdirSync(dir, { recursive: true });
const pristine = join(dir, `county-${households}.db`);
if (!existsSync(pristine)) await buildCounty({ path: pristine, households, seed: 'huarong-430623', until: 'households' });
// every run starts from the same registered households: a file grown by earlier runs would first replay long streams
const path = join(dir, 'run.db');
for (const suffix of ['-wal', '-shm']) rmSync(path + suffix, { force: true });
copyFileSync(pristine, path);
const county = await startCountyApp({ path, clock: systemClock, synchronous: 'FULL' });
await county.app.listen({ host: '127.0.0.1', port: 0 });
const { token, paths, firstStable } = householdChangeWorkload(county.app, households, concurrency);
const port = (county.app.server.address() as AddressInfo).port;
const planFile = join(dir, 'plan.json');
writeFileSync(planFile, JSON.stringify({ port, token, paths, firstStable, warmupMs: 3000, measureMs: seconds * 1000 }));
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 200 });
const loading = runTs(new URL('./suite/load-client.ts', import.meta.url).pathname, [planFile]);
await new Promise((r) => setTimeout(r, 3000));
const profiling = process.env.PROFILE !== '0';
if (profiling) await session.post('Profiler.start');
const cpu = process.cpuUsage();
const result = lastJson<{ perSecond: number; p99Ms: number; allRequests: number }>(await loading);
const used = process.cpuUsage(cpu);
await county.close();
console.log(`${result.perSecond.toFixed(0)}/s p99 ${result.p99Ms.toFixed(1)} ms; server CPU ${((used.user + used.system) / result.allRequests).toFixed(0)} µs/request (whole run incl. warm-up)`);
if (!profiling) process.exit(0);
const { profile } = await session.post('Profiler.stop');
writeFileSync(out, JSON.stringify(profile));
const self = new Map<string, number>();
const dt = profile.timeDeltas ?? [];
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
(profile.samples ?? []).forEach((id, i) => {
  const n = byId.get(id);
  if (!n) return;
  const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.replace(/.*node_modules\//, '').replace(/.*\/main\//, '')}:${n.callFrame.lineNumber + 1}`;
  self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0));
});
const total = [...self.values()].reduce((a, b) => a + b, 0);
for (const [k, v] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 45)) console.log(`${(100 * v / total).toFixed(1).padStart(5)}%  ${k}`);
