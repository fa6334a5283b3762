import { join } from 'node:path';
import { buildCounty } from '../county/build.ts';
import type { BuildResult } from '../county/build.ts';
import { fmt1, fmtInt } from '../lib/table.ts';
import type { SuiteConfig } from './config.ts';
import { log } from './row.ts';

export interface SuiteCounty extends BuildResult {
  path: string;
}

const built = new Map<string, Promise<SuiteCounty>>();

/**
 * The run's county (config.replayHouseholds households, the run's seed), generated through the app's routes into
 * `dir`/county.db the first time a section asks for it; later sections (replay, audit) read the same file. Only
 * read from after it is built: nothing appends to it.
 */
export const suiteCounty = (config: SuiteConfig, dir: string, section: string): Promise<SuiteCounty> => {
  const path = join(dir, 'county.db');
  let county = built.get(path);
  if (county) {
    log(`${section}: reusing the county generated in this run (${path})`);
    return county;
  }
  log(`${section}: generating the county, ${fmtInt(config.replayHouseholds)} households (through the routes)`);
  county = buildCounty({ path, households: config.replayHouseholds, seed: config.seed, progress: (m) => log(`${section}: ${m}`) }).then((result) => {
    log(`${section}: ${fmtInt(result.events)} events in ${fmt1(result.seconds)} s`);
    return { ...result, path };
  });
  built.set(path, county);
  return county;
};

/** what the county holds, for a section's notes */
export const describeCounty = (c: BuildResult): string =>
  `${fmtInt(c.events)} events: ${fmtInt(c.households)} households, ${fmtInt(c.surveyed)} income surveys, ${fmtInt(c.declared)} designations → ` +
  `${Object.entries(c.byState).map(([s, n]) => `${fmtInt(n)} ${s}`).join(', ')}`;
