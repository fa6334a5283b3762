import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import { signHs256 } from '../../src/auth/jwt.ts';
import { hmacKey } from '../../src/auth/keys.ts';
import type { Role } from '../../src/auth/roles.ts';
import type { PolicyBook } from '../../src/domain/policy.ts';
import type { FeedOptions } from '../../src/feeds/options.ts';
import { buildApp } from '../../src/http/app.ts';
import type { AppDeps } from '../../src/http/app.ts';
import type { AnswerViolation } from '../../src/http/contract/answer-check.ts';
import { ManualClock } from '../../src/shared/clock.ts';
import { sequentialIds } from '../../src/shared/ids.ts';
import { SqliteEventStore } from '../../src/store/sqlite/sqlite-store.ts';
import { DEV_SECRETS_MASTER_KEY, masterKeyOf } from '../../src/secrets/secret-box.ts';
import { sqliteSecrets } from '../../src/secrets/secret-store.ts';
import type { StoreDeps } from '../../src/store/options.ts';
import type { EventStore } from '../../src/store/types.ts';

export const SECRET = 'test-secret-test-secret-test-secret-0001';
/** what a webhook host name resolves to in tests (no DNS): an address outside every internal range */
export const PUBLIC_ADDRESS = '93.184.215.14';
export const AUDIENCE = 'fupin-workflow';

export interface TestApp {
  app: FastifyInstance;
  clock: ManualClock;
  store: EventStore;
  path: string;
  /** answers that were not what their route declares (src/http/contract/answer-check.ts); close() fails on any */
  violations: AnswerViolation[];
  /** restart on the same file: a new process as far as the app can tell */
  restart(): Promise<TestApp>;
  close(): Promise<void>;
}

let run = 0;

/** the app on the embedded sqlite store, in a temp file, with a clock that only moves when told */
export const startApp = async (options: { path?: string; clock?: ManualClock; idPrefix?: number; openStore?: (deps: StoreDeps) => Promise<EventStore>; rateLimitPerMinute?: number; feeds?: FeedOptions; corsOrigins?: string[]; logger?: FastifyBaseLogger; policies?: PolicyBook; checkAnswers?: boolean; regionDemo?: boolean; auth?: Partial<AppDeps['auth']>; metricsAccess?: AppDeps['metricsAccess']; trustProxy?: string[] } = {}): Promise<TestApp> => {
  const path = options.path ?? join(mkdtempSync(join(tmpdir(), 'fupin-api-')), 'events.db');
  const clock = options.clock ?? new ManualClock('2026-03-18T01:00:00.000Z');
  const newId = sequentialIds(options.idPrefix ?? ++run);
  const store = options.openStore ? await options.openStore({ clock, newId }) : new SqliteEventStore({ path }, { clock, newId });
  let seeds = 0;
  // every answer of every test is checked against its route's contract (off only for tests that break it on purpose)
  const violations: AnswerViolation[] = [];
  // webhook secrets sealed in the same database file (they survive restart()); host names resolve to a public
  // address without DNS unless a test brings its own resolver
  const secrets = options.feeds?.webhooks?.secrets ?? sqliteSecrets(path, masterKeyOf(DEV_SECRETS_MASTER_KEY));
  const feeds: FeedOptions = { ...options.feeds, webhooks: { ...options.feeds?.webhooks, secrets, target: { resolve: async () => [PUBLIC_ADDRESS], ...options.feeds?.webhooks?.target } } };
  const checkAnswers = options.checkAnswers === false ? undefined : (v: AnswerViolation) => void violations.push(v);
  const app = await buildApp({ store, clock, newId, newSeed: () => `seed-${++seeds}`, auth: { resolveKey: hmacKey(SECRET), audience: AUDIENCE, ...options.auth }, metricsAccess: options.metricsAccess, trustProxy: options.trustProxy, rateLimitPerMinute: options.rateLimitPerMinute ?? 1_000_000, feeds, corsOrigins: options.corsOrigins, logger: options.logger, policies: options.policies, regionDemo: options.regionDemo, checkAnswers });
  await app.ready();
  const close = async () => {
    await app.close();
    await store.close();
    if (!options.feeds?.webhooks?.secrets) secrets.close();
    if (violations.length > 0) {
      const seen = [...new Set(violations.map((v) => `${v.route} → ${v.status}: ${v.problem}`))];
      throw new Error(`answers that break their route's contract (src/http/contract), fix the route's declaration or the answer:\n${seen.join('\n')}`);
    }
  };
  return { app, clock, store, path, close, violations, restart: async () => {
    await close();
    return startApp({ ...options, path, clock, idPrefix: (options.idPrefix ?? run) + 1000 });
  } };
};

export interface Person {
  id: string;
  roles: Role[];
  jurisdiction: string;
  name?: string;
}

export const tokenFor = (p: Person, clock: ManualClock, extra: Record<string, unknown> = {}) => {
  const now = Math.floor(clock.now().getTime() / 1000);
  return signHs256({ sub: p.id, name: p.name, roles: p.roles, jurisdiction: p.jurisdiction, aud: AUDIENCE, iat: now, exp: now + 3600, ...extra }, SECRET);
};
