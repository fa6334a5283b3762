import { ConfigError, loadConfig } from './config/config.ts';
import { loadCalendar, loadPolicies } from './config/policy-files.ts';
import { keyResolverFor } from './auth/key-config.ts';
import { buildApp } from './http/app.ts';
import { createLogger } from './http/logger.ts';
import { systemClock } from './shared/clock.ts';
import { randomIds } from './shared/ids.ts';
import { seededRandom } from './shared/random.ts';
import { randomBytes, randomUUID } from 'node:crypto';
import { openStore } from './store/open-store.ts';
import { parseMasterKey } from './privacy/master-key.ts';

/** Composition root: the only place that picks the real clock, real ids and a concrete store. */
const main = async () => {
  let config;
  let policies;
  let calendar;
  try {
    config = loadConfig();
    policies = loadPolicies(config.POLICY_FILE);
    calendar = loadCalendar(config.CALENDAR_FILE);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config.LOG_LEVEL);
  const store = await openStore(config, { clock: systemClock, newId: randomIds });
  const app = await buildApp({
    store,
    clock: systemClock,
    policies,
    calendar,
    calendarWarningDays: config.CALENDAR_WARNING_DAYS,
    regionDemo: true,
    newId: randomIds,
    newSeed: () => randomUUID(),
    auth: { resolveKey: keyResolverFor(config, systemClock), audience: config.AUTH_AUDIENCE, issuer: config.AUTH_ISSUER },
    rateLimitPerMinute: config.RATE_LIMIT_PER_MINUTE,
    fullIdRoles: config.FULL_ID_ROLES,
    timerIntervalMs: config.TIMER_INTERVAL_MS,
    feeds: {
      heartbeatMs: config.FEED_HEARTBEAT_MS,
      ticketTtlMs: config.FEED_STREAM_TICKET_TTL_MS,
      maxStreamsPerToken: config.FEED_MAX_STREAMS_PER_TOKEN,
      webhooks: { intervalMs: config.WEBHOOK_INTERVAL_MS, timeoutMs: config.WEBHOOK_TIMEOUT_MS, random: seededRandom(randomUUID()) },
    },
    logger,
    corsOrigins: config.CORS_ORIGINS,
    newTicket: () => randomBytes(32).toString('base64url'),
    personalDataKey: parseMasterKey(config.PERSONAL_DATA_KEY),
  });
  const shutdown = async (signal: string) => {
    logger.info({ signal }, 'shutting down');
    // a command stuck on a dead database must not keep the process from exiting
    setTimeout(() => process.exit(1), 15_000).unref();
    await app.close(); // stops accepting, lets in-flight requests finish
    await store.close(); // drains the group-commit queue
    process.exit(0);
  };
  process.once('SIGTERM', (s) => void shutdown(s));
  process.once('SIGINT', (s) => void shutdown(s));
  await app.listen({ port: config.PORT, host: config.HOST });
  logger.info({ store: store.kind, port: config.PORT }, 'ready');
};

await main();
