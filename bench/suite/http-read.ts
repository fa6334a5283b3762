import { writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { signHs256 } from '../../src/auth/jwt.ts';
import { systemClock } from '../../src/shared/clock.ts';
import { buildCounty, startCountyApp } from '../county/build.ts';
import { AUDIENCE, SECRET } from '../county/cast.ts';
import { COUNTY_CODE } from '../county/geography.ts';
import { rounds as summary, withRange } from '../lib/stats.ts';
import { fmtInt } from '../lib/table.ts';
import type { SuiteConfig } from './config.ts';
import type { LoadPlan, LoadResult } from './load-client.ts';
import { log, ratio, row } from './row.ts';
import type { Row } from './row.ts';
import { lastJson, runTs } from './spawn.ts';

const CLIENT = new URL('./load-client.ts', import.meta.url).pathname;
const PAGE = 100;

const load = async (dir: string, name: string, plan: LoadPlan): Promise<LoadResult> => {
  const file = join(dir, `${name}-plan.json`);
  writeFileSync(file, JSON.stringify(plan));
  return lastJson<LoadResult>(await runTs(CLIENT, [file]));
};

/**
 * What the contract's response schemas and compression cost on the HTTP path (issue 13), measured on the read a
 * screen makes most: a page of 100 households (`GET /households?limit=100`, ~100 KB of JSON). Three variants,
 * alternating round by round, the same load generator, the same county file:
 * - production: answers serialized by their response schemas (fast-json-stringify), gzip negotiated;
 * - the same app, the client asking for no compression (compression's cost and its saving in bytes);
 * - an app serializing with JSON.stringify instead of the schemas (`responseSchemas: false`), no compression.
 */
export const httpReadSection = async (config: SuiteConfig, dir: string): Promise<{ rows: Row[]; notes: string[] }> => {
  const { warmupMs, measureMs, rounds } = config.http;
  const concurrency = Math.min(config.http.concurrency, 16);
  const households = Math.max(config.http.households, PAGE * 4);
  const path = join(dir, 'http-read.db');
  log(`http reads: registering ${households} households`);
  await buildCounty({ path, households, seed: config.seed, until: 'households' });
  const withSchemas = await startCountyApp({ path, clock: systemClock, synchronous: 'FULL' });
  const withoutSchemas = await startCountyApp({ path, clock: systemClock, synchronous: 'FULL', responseSchemas: false });
  try {
    await withSchemas.app.listen({ host: '127.0.0.1', port: 0 });
    await withoutSchemas.app.listen({ host: '127.0.0.1', port: 0 });
    const port = (a: typeof withSchemas) => (a.app.server.address() as AddressInfo).port;
    const now = Math.floor(Date.now() / 1000);
    const token = signHs256({ sub: 'county-bench', roles: ['countyOffice'], jurisdiction: COUNTY_CODE, aud: AUDIENCE, iat: now, exp: now + 3600 }, SECRET);
    const pages = Math.floor(households / PAGE);
    const paths = Array.from({ length: concurrency }, (_, c) => Array.from({ length: pages }, (_, p) => `/households?limit=${PAGE}&offset=${((p + c) % pages) * PAGE}`));
    const runs: Record<'gzip' | 'identity' | 'stringify', LoadResult[]> = { gzip: [], identity: [], stringify: [] };
    for (let r = 0; r < rounds; r++) {
      const warm = r === 0 ? warmupMs : Math.min(warmupMs, 1000);
      log(`http reads: round ${r + 1}/${rounds}: schemas + gzip, schemas uncompressed, JSON.stringify uncompressed (${concurrency} clients)`);
      const plan = { token, paths, method: 'GET' as const, warmupMs: warm, measureMs };
      runs.gzip.push(await load(dir, 'read-gzip', { ...plan, port: port(withSchemas), acceptEncoding: 'gzip' }));
      runs.identity.push(await load(dir, 'read-identity', { ...plan, port: port(withSchemas) }));
      runs.stringify.push(await load(dir, 'read-stringify', { ...plan, port: port(withoutSchemas) }));
    }
    const rate = (v: keyof typeof runs) => summary(runs[v].map((x) => x.perSecond));
    const bytes = (v: keyof typeof runs) => summary(runs[v].map((x) => x.meanBytes)).median;
    const refused = Object.values(runs).flat().reduce((n, x) => n + (x.requests - x.accepted), 0);
    const gzip = rate('gzip');
    const identity = rate('identity');
    const stringify = rate('stringify');
    return {
      rows: [
        row({
          measurement: `HTTP read: a page of ${PAGE} households/s @${concurrency} — response schemas (fast-json-stringify) vs JSON.stringify, uncompressed`,
          ours: withRange(identity, fmtInt), baseline: `${withRange(stringify, fmtInt)} (JSON.stringify, no schemas)`, ratio: ratio(identity.median, stringify.median),
          target: '— (what they buy: a field not declared is never sent)',
        }),
        row({
          measurement: `HTTP read: the same page/s with gzip (${fmtInt(bytes('gzip'))} bytes) vs uncompressed (${fmtInt(bytes('identity'))} bytes)`,
          ours: withRange(gzip, fmtInt), baseline: `${withRange(identity, fmtInt)} (uncompressed)`, ratio: ratio(gzip.median, identity.median),
          target: '— (compression trades server CPU for bytes on a township\'s slow line)',
        }),
      ],
      notes: [
        `HTTP reads: GET /households?limit=${PAGE} over ${households} households as a county office, ${concurrency} keep-alive clients, ${rounds} rounds of the three variants alternating; ` +
          `bytes are the answer bodies as sent (gzip saves ${(100 * (1 - bytes('gzip') / Math.max(1, bytes('identity')))).toFixed(0)} %); ${refused === 0 ? 'every request answered 200' : `${refused} requests not answered 200`}.`,
      ],
    };
  } finally {
    await withSchemas.close();
    await withoutSchemas.close();
  }
};
