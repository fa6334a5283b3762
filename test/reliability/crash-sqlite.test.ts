import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, it } from 'vitest';
import { systemClock } from '../../src/shared/clock.ts';
import { randomIds } from '../../src/shared/ids.ts';
import { SqliteEventStore } from '../../src/store/sqlite/sqlite-store.ts';
import { crashAndRecover, expectDurable } from './crash-scenario.ts';
import { killAll } from './server-process.ts';

afterAll(killAll);

describe('crash: SIGKILL under load, sqlite store', () => {
  it('keeps every acknowledged command exactly once, gapless and hash-chained, after a restart', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'fupin-crash-')), 'events.db');
    const run = await crashAndRecover({ EVENT_STORE: 'sqlite', SQLITE_PATH: path, SQLITE_SYNCHRONOUS: 'FULL' }, { workers: 32, killAfter: 200 });
    const store = new SqliteEventStore({ path }, { clock: systemClock, newId: randomIds });
    try {
      const seen = await expectDurable(store, run);
      console.info(`[crash-sqlite] ${run.beforeCrash.acknowledged.length} acknowledged before the kill, ${run.beforeCrash.unanswered.length} unanswered; ${JSON.stringify(seen)}; ms: ${JSON.stringify(run.timings)}`);
    } finally {
      await store.close();
    }
  }, 60_000);
});
