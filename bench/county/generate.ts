/**
 * The county generator's command line:
 *   npm run generate:county -- --households 20000 [--seed huarong-430623] [--out data/county.db] [--until completed]
 *     [--problems 30000] [--contacts] [--force]
 * (--problems: an inspection campaign's problems in the rectification ledger, a third of them past their deadline)
 * (--contacts: the carded households taken under management and a year of their cadres' calls and visits through
 *  the engine, some missing, some entered late from paper, reviews and a half-yearly adjustment round:
 *  bench/county/management.ts; moves the clock a year on)
 * (or COUNTY_HOUSEHOLDS / COUNTY_SEED / COUNTY_OUT in the environment). Writes a sqlite event store; start the
 * app on it with SQLITE_PATH=<out> npm start to look around (tokens: npm run token), as `npm run demo:county` does
 * with 2,000 households.
 */
import { existsSync, rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DEFAULT_SEED, buildCounty } from './build.ts';

const { values } = parseArgs({
  options: {
    households: { type: 'string', default: process.env.COUNTY_HOUSEHOLDS ?? '20000' },
    seed: { type: 'string', default: process.env.COUNTY_SEED ?? DEFAULT_SEED },
    out: { type: 'string', default: process.env.COUNTY_OUT ?? 'data/county.db' },
    until: { type: 'string', default: 'completed' },
    concurrency: { type: 'string', default: '32' },
    problems: { type: 'string', default: '0' },
    contacts: { type: 'boolean', default: false },
    force: { type: 'boolean', default: false },
  },
});
const households = Number(values.households);
if (!Number.isInteger(households) || households <= 0) throw new Error(`--households must be a positive integer, got ${values.households}`);
const until = values.until;
if (until !== 'households' && until !== 'notice' && until !== 'completed') throw new Error('--until must be households, notice or completed');
const problems = Number(values.problems);
if (!Number.isInteger(problems) || problems < 0) throw new Error(`--problems must be a whole number, got ${values.problems}`);
if (values.force) for (const suffix of ['', '-wal', '-shm']) rmSync(`${values.out}${suffix}`, { force: true });
if (existsSync(values.out)) throw new Error(`${values.out} exists: the generator writes a new event store (remove it, or --force)`);
const result = await buildCounty({
  path: values.out,
  households,
  seed: values.seed,
  until,
  concurrency: Number(values.concurrency),
  problems,
  contacts: values.contacts,
  progress: (m) => process.stderr.write(`[county] ${m}\n`),
});
process.stdout.write(`${JSON.stringify({ out: values.out, seed: values.seed, ...result }, null, 2)}\n`);
