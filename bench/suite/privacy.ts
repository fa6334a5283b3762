import { join } from 'node:path';
import { buildCounty } from '../county/build.ts';
import { num } from '../lib/config.ts';
import { rounds, withRange } from '../lib/stats.ts';
import { fmtInt } from '../lib/table.ts';
import { createServices } from '../../src/services.ts';
import { systemClock } from '../../src/shared/clock.ts';
import { randomIds } from '../../src/shared/ids.ts';
import { SqliteEventStore } from '../../src/store/sqlite/sqlite-store.ts';
import type { SuiteConfig } from './config.ts';
import { log, ratio, row } from './row.ts';
import type { Row } from './row.ts';

const TARGET = 'shown with and without (issue 18: no figure set)';

/** every read model rebuilt from the file, as at start-up: events per second */
const rebuild = async (path: string, seal: boolean): Promise<number> => {
  const store = new SqliteEventStore({ path }, { clock: systemClock, newId: randomIds });
  const services = createServices({ store, clock: systemClock, newId: randomIds, newSeed: randomIds, personalData: { seal } });
  const started = performance.now();
  await services.projector.start();
  const seconds = (performance.now() - started) / 1000;
  const events = services.projector.position;
  await services.projector.stop();
  await services.personalKeys?.close();
  await store.close();
  return events / seconds;
};

/**
 * Personal data sealed (src/privacy, issue 18): the same generated county registered through the routes with names
 * and IDs sealed and in the clear (as before), alternating, then each file's read models rebuilt — the cost of
 * sealing per command (a data key made and stored, an AES-GCM seal, a stored copy without the values) and of opening
 * per rebuild (a key unwrapped per household, an AES-GCM open per sealed event, the data parsed that a plain
 * rebuild leaves as bytes).
 */
export const privacySection = async (config: SuiteConfig, dir: string): Promise<{ rows: Row[]; notes: string[] }> => {
  const households = Math.round(num('BENCH_PRIVACY_HOUSEHOLDS', 1_000 * config.scale));
  const roundsWanted = Math.max(1, Math.round(num('BENCH_PRIVACY_ROUNDS', 3)));
  const registered = { sealed: [] as number[], plain: [] as number[] };
  const rebuilt = { sealed: [] as number[], plain: [] as number[] };
  let events = 0;
  for (let round = 0; round < roundsWanted; round++) {
    for (const seal of [false, true]) {
      const path = join(dir, `privacy-${round}-${seal ? 'sealed' : 'plain'}.db`);
      const built = await buildCounty({ path, households, seed: config.seed, until: 'households', sealPersonalData: seal });
      (seal ? registered.sealed : registered.plain).push(built.households / built.seconds);
      (seal ? rebuilt.sealed : rebuilt.plain).push(await rebuild(path, seal));
      events = built.events;
      log(`privacy: round ${round + 1}, ${seal ? 'sealed' : 'plain'}: ${fmtInt(built.households / built.seconds)} registrations/s`);
    }
  }
  const reg = { sealed: rounds(registered.sealed), plain: rounds(registered.plain) };
  const reb = { sealed: rounds(rebuilt.sealed), plain: rounds(rebuilt.plain) };
  return {
    rows: [
      row({
        measurement: `Personal data sealed: registrations through the routes (${fmtInt(households)} households, each a sealed registration and a claim)`,
        ours: `${withRange(reg.sealed, fmtInt)} households/s`, baseline: `${withRange(reg.plain, fmtInt)} households/s (names and IDs in the clear)`,
        ratio: ratio(reg.sealed.median, reg.plain.median), target: TARGET,
      }),
      row({
        measurement: `Personal data sealed: rebuild of every read model (${fmtInt(events)} events)`,
        ours: `${withRange(reb.sealed, fmtInt)} events/s`, baseline: `${withRange(reb.plain, fmtInt)} events/s (the same county in the clear)`,
        ratio: ratio(reb.sealed.median, reb.plain.median), target: TARGET,
      }),
    ],
    notes: [`Personal data: ${roundsWanted} rounds, plain and sealed alternating, each county generated with the same seed into a file of its own; the registration rate includes the app's start (BENCH_PRIVACY_HOUSEHOLDS, BENCH_PRIVACY_ROUNDS).`],
  };
};
