import type { FastifyInstance } from 'fastify';
import { hmacKey } from '../../src/auth/keys.ts';
import { proposeCard } from '../../src/domain/card-suggestion.ts';
import { HouseholdSchema } from '../../src/domain/household.ts';
import { seedPolicyBook } from '../../src/domain/policy.ts';
import { buildApp } from '../../src/http/app.ts';
import { ManualClock } from '../../src/shared/clock.ts';
import { randomIds } from '../../src/shared/ids.ts';
import type { Clock } from '../../src/shared/clock.ts';
import { SqliteEventStore } from '../../src/store/sqlite/sqlite-store.ts';
import { runCampaign } from './campaign.ts';
import { runInspection } from './inspection.ts';
import { runManagement } from './management.ts';
import type { ManagementResult } from './management.ts';
import type { CampaignOptions } from './campaign.ts';
import { AUDIENCE, SECRET, requester } from './cast.ts';
import { seededIds } from './draw.ts';
import { generateHouseholds } from './households.ts';
import type { GeneratedHousehold } from './households.ts';
import { registerHouseholds } from './register.ts';

export const DEFAULT_SEED = 'huarong-430623';

export interface CountyApp {
  app: FastifyInstance;
  store: SqliteEventStore;
  close(): Promise<void>;
}

/**
 * The app on a county's sqlite file; read models are rebuilt from the file on start. Ids are drawn from `ids`
 * (the generator's seed when it builds the file, so the same seed gives the same county), or, without `ids`, at
 * random as the service draws them: a benchmark that reopens the file measures the service's own id source.
 */
export const startCountyApp = async (options: { path: string; ids?: string; clock: Clock; synchronous?: 'FULL' | 'NORMAL' | 'OFF'; responseSchemas?: boolean; sealPersonalData?: boolean }): Promise<CountyApp> => {
  const idsFor = (purpose: string) => (options.ids === undefined ? randomIds : seededIds(`${options.ids}/${purpose}`));
  const store = new SqliteEventStore({ path: options.path, synchronous: options.synchronous ?? 'FULL' }, { clock: options.clock, newId: idsFor('events') });
  const app = await buildApp({
    store,
    clock: options.clock,
    newId: idsFor('ids'),
    newSeed: idsFor('draws'),
    auth: { resolveKey: hmacKey(SECRET), audience: AUDIENCE },
    rateLimitPerMinute: 1_000_000_000,
    ...(options.responseSchemas === false ? { responseSchemas: false } : {}),
    sealPersonalData: options.sealPersonalData,
  });
  await app.ready();
  return { app, store, close: async () => { await app.close(); await store.close(); } };
};

export interface BuildOptions {
  path: string;
  households: number;
  seed?: string;
  /** 'OFF' by default: a data set is rebuilt, not recovered; benchmarks reopen it with durable commits */
  synchronous?: 'FULL' | 'NORMAL' | 'OFF';
  /** how far the chains go: households only, up to posted notices, or designations completed (default) */
  until?: 'households' | CampaignOptions['until'];
  objectionRate?: number;
  /** every decision positive, no objections (see CampaignOptions.clean) */
  clean?: boolean;
  /** requests in flight at once (default 32) */
  concurrency?: number;
  /** only the households the card criteria give a card, `households` of them (the timer benchmark's notices) */
  cardHoldersOnly?: boolean;
  progress?: (message: string) => void;
  /** false: names and IDs in the clear, as stored before src/privacy (a legacy county; the benchmark's baseline) */
  sealPersonalData?: boolean;
  /** an inspection campaign's problems in the rectification ledger after the rest (issue 15), a third of them late */
  problems?: number;
  /**
   * after the rest: every completed designation taken under management and a year of its cadre's contacts and visits
   * through the engine (bench/county/management.ts: some missing, some entered late); moves the clock a year on
   */
  contacts?: boolean;
}

export interface BuildResult {
  households: number;
  surveyed: number;
  declared: number;
  byState: Record<string, number>;
  /** problems in the ledger (the inspection campaign) */
  problems: number;
  /** households under management and their year of contacts (with --contacts) */
  management: ManagementResult | null;
  events: number;
  seconds: number;
}

/** households with a card under the criteria, as the campaign will find them (2025's income included) */
function* cardHolders(seed: string, wanted: number): Generator<GeneratedHousehold> {
  const policies = seedPolicyBook();
  let kept = 0;
  for (const g of generateHouseholds({ seed, households: wanted * 40 })) {
    if (kept >= wanted) return;
    const h = HouseholdSchema.parse(g.survey2025 ? { ...g.household, incomes: { ...g.household.incomes, '2025': g.survey2025 } } : g.household);
    if (proposeCard(h, 2025, policies.resolve(h.villageCode, 2025)).card) yield { ...g, index: kept++ };
  }
}

/**
 * Generates the county and drives it through the app's routes into a sqlite file: the store holds only what the
 * engine appended, as in production. Same seed and size → the same households, ids, steps and outcomes.
 */
export const buildCounty = async (options: BuildOptions): Promise<BuildResult> => {
  const started = performance.now();
  const seed = options.seed ?? DEFAULT_SEED;
  const concurrency = options.concurrency ?? 32;
  const say = options.progress ?? (() => undefined);
  const clock = new ManualClock('2026-01-12T00:00:00.000Z');
  const county = await startCountyApp({ path: options.path, ids: seed, clock, synchronous: options.synchronous ?? 'OFF', sealPersonalData: options.sealPersonalData });
  try {
    const post = requester(county.app, clock);
    const source = options.cardHoldersOnly ? cardHolders(seed, options.households) : generateHouseholds({ seed, households: options.households });
    const registered = await registerHouseholds(post, clock, source, { seed, concurrency, progress: (n) => say(`${n} households registered`) });
    say(`${registered.ids.length} households registered, ${registered.surveyed} surveyed`);
    const campaign = options.until === 'households' ? { declared: 0, byState: {} }
      : await runCampaign(county.app, clock, post, registered.ids, { seed, concurrency, until: options.until ?? 'completed', objectionRate: options.clean ? 0 : (options.objectionRate ?? 0.01), clean: options.clean ?? false, progress: say });
    const problems = options.problems ? await runInspection(county.app, clock, { problems: options.problems, progress: say }) : 0;
    const management = options.contacts && options.until !== 'households' ? await runManagement(county.app, clock, { seed, progress: say }) : null;
    return {
      households: registered.ids.length,
      surveyed: registered.surveyed,
      ...campaign,
      problems,
      management,
      events: await county.store.headPosition(),
      seconds: (performance.now() - started) / 1000,
    };
  } finally {
    await county.close();
  }
};
