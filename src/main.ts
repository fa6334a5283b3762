import pino from 'pino';
import { ConfigError, loadConfig } from './config/config.ts';
import { buildApp } from './http/app.ts';
import { systemClock } from './shared/clock.ts';
import { randomIds } from './shared/ids.ts';
import { randomUUID } from 'node:crypto';
import { openStore } from './store/open-store.ts';

/** Composition root: the only place that picks the real clock, real ids and a concrete store. */
const main = async () => {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const logger = pino({ level: config.LOG_LEVEL });
  const store = await openStore(config, { clock: systemClock, newId: randomIds });
  const app = await buildApp({
    store,
    clock: systemClock,
    newId: randomIds,
    newSeed: () => randomUUID(),
    auth: { secret: config.AUTH_JWT_SECRET, audience: config.AUTH_AUDIENCE },
    timerIntervalMs: config.TIMER_INTERVAL_MS,
    logger,
  });
  const shutdown = async (signal: string) => {
    logger.info({ signal }, 'shutting down');
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
