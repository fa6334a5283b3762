import { afterAll, describe, it } from 'vitest';
import { dropSchema, openPg, PG_URL, pgUnavailable, testSchema } from '../store/pg-harness.ts';
import { crashAndRecover, expectDurable } from './crash-scenario.ts';
import { killAll } from './server-process.ts';

const skipReason = await pgUnavailable();
if (skipReason) console.warn(`[crash-postgres] skipped: ${skipReason}`);
const schema = testSchema();
afterAll(async () => {
  await killAll();
  if (!skipReason) await dropSchema(schema);
});

describe.skipIf(Boolean(skipReason))('crash: SIGKILL under load, postgres store', () => {
  it('keeps every acknowledged command exactly once, gapless and hash-chained, after a restart', async () => {
    const run = await crashAndRecover({ EVENT_STORE: 'postgres', PG_URL, PG_SCHEMA: schema }, { workers: 32, killAfter: 200 });
    const store = await openPg(schema);
    try {
      const seen = await expectDurable(store, run);
      console.info(`[crash-postgres] ${run.beforeCrash.acknowledged.length} acknowledged before the kill, ${run.beforeCrash.unanswered.length} unanswered; ${JSON.stringify(seen)}; ms: ${JSON.stringify(run.timings)}`);
    } finally {
      await store.close();
    }
  }, 60_000);
});
