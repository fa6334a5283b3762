/**
 * Where does a rebuild of every read model spend its time? `npx tsx bench/profile-replay.ts` builds (once) a county
 * of PROFILE_HOUSEHOLDS households (default 20,000) in $PROFILE_DIR, then rebuilds all projections from it with a
 * V8 CPU profile (PROFILE_OUT, .cpuprofile) and prints events/s.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';
import { createServices } from '../src/services.ts';
import { systemClock } from '../src/shared/clock.ts';
import { randomIds } from '../src/shared/ids.ts';
import { SqliteEventStore } from '../src/store/sqlite/sqlite-store.ts';
import { buildCounty } from './county/build.ts';

const dir = process.env.PROFILE_DIR ?? '/tmp/profile-replay';
const households = Number(process.env.PROFILE_HOUSEHOLDS ?? 20_000);
const out = process.env.PROFILE_OUT ?? join(dir, 'replay.cpuprofile');
mkdirSync(dir, { recursive: true });
const path = join(dir, `county-${households}.db`);
if (!existsSync(path)) await buildCounty({ path, households, seed: 'huarong-430623' });
const store = new SqliteEventStore({ path }, { clock: systemClock, newId: randomIds });
const services = createServices({ store, clock: systemClock, newId: randomIds, newSeed: randomIds });
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 200 });
const profiling = process.env.PROFILE !== '0';
if (profiling) await session.post('Profiler.start');
const t0 = performance.now();
await services.projector.start();
const seconds = (performance.now() - t0) / 1000;
if (profiling) {
  const { profile } = await session.post('Profiler.stop');
  writeFileSync(out, JSON.stringify(profile));
}
await services.projector.stop();
await store.close();
console.log(`${services.projector.position} events in ${seconds.toFixed(2)} s: ${(services.projector.position / seconds).toFixed(0)} events/s`);
