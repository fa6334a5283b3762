import Fastify from 'fastify';
import type { FastifyInstance } from 'fastify';
import { ConfigError, loadConfig, metricsAccessOf } from './config/config.ts';
import { loadCalendar, loadPolicies } from './config/policy-files.ts';
import { keyResolverFor } from './auth/key-config.ts';
import { buildApp } from './http/app.ts';
import { createLogger } from './http/logger.ts';
import { serveMetrics } from './http/metrics.ts';
import { systemClock } from './shared/clock.ts';
import { randomIds } from './shared/ids.ts';
import { seededRandom } from './shared/random.ts';
import { randomBytes, randomUUID } from 'node:crypto';
import { openStore } from './store/open-store.ts';
import { secretStoreFor } from './secrets/open-secrets.ts';
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
  const secrets = secretStoreFor(config);
  const app = await buildApp({
    store,
    clock: systemClock,
    policies,
    calendar,
    calendarWarningDays: config.CALENDAR_WARNING_DAYS,
    regionDemo: true,
    newId: randomIds,
    newSeed: () => randomUUID(),
    auth: {
      resolveKey: keyResolverFor(config),
      audience: config.AUTH_AUDIENCE,
      issuer: config.AUTH_ISSUER,
      clockToleranceS: config.AUTH_CLOCK_TOLERANCE_S,
      failuresPerMinute: config.AUTH_FAILURES_PER_MINUTE,
    },
    metricsAccess: metricsAccessOf(config),
    trustProxy: config.TRUST_PROXY,
    rateLimitPerMinute: config.RATE_LIMIT_PER_MINUTE,
    fullIdRoles: config.FULL_ID_ROLES,
    timerIntervalMs: config.TIMER_INTERVAL_MS,
    feeds: {
      heartbeatMs: config.FEED_HEARTBEAT_MS,
      ticketTtlMs: config.FEED_STREAM_TICKET_TTL_MS,
      maxStreamsPerToken: config.FEED_MAX_STREAMS_PER_TOKEN,
      webhooks: {
        intervalMs: config.WEBHOOK_INTERVAL_MS,
        timeoutMs: config.WEBHOOK_TIMEOUT_MS,
        random: seededRandom(randomUUID()),
        target: { allowHttp: config.WEBHOOK_ALLOW_HTTP, allowed: config.WEBHOOK_ALLOWED_TARGETS },
        secrets,
      },
    },
    logger,
    corsOrigins: config.CORS_ORIGINS,
    office: { pdfFont: config.PDF_FONT },
    newTicket: () => randomBytes(32).toString('base64url'),
    personalDataKey: parseMasterKey(config.PERSONAL_DATA_KEY),
  });
  // GET /metrics on a port of its own (METRICS_PORT): a network only the monitoring system reaches
  let metricsServer: FastifyInstance | null = null;
  if (config.METRICS_PORT !== undefined) {
    metricsServer = Fastify({ logger: false });
    serveMetrics(metricsServer, app.metrics);
  }
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return; // a second signal (npm passes SIGINT on, the terminal sends it too) changes nothing
    stopping = true;
    logger.info({ signal }, 'shutting down');
    // a command stuck on a dead database must not keep the process from exiting
    setTimeout(() => process.exit(1), 15_000).unref();
    try {
      await metricsServer?.close();
      await app.close(); // stops accepting, lets in-flight requests finish, stops the timers and the projector
      await store.close(); // drains the group-commit queue
      secrets.close();
    } catch (error) {
      logger.error({ error: error instanceof Error ? error.message : String(error) }, 'shutdown failed');
      process.exit(1);
    }
    process.exit(0);
  };
  for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) process.on(signal, (s) => void shutdown(s));
  await app.listen({ port: config.PORT, host: config.HOST });
  if (metricsServer) await metricsServer.listen({ port: config.METRICS_PORT, host: config.METRICS_HOST });
  logger.info({ store: store.kind, port: config.PORT, metricsPort: config.METRICS_PORT ?? null }, 'ready');
};

await main();
