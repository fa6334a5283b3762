import { afterAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/shared/clock.ts';
import type { StoreDeps } from '../../src/store/options.ts';
import { PostgresEventStore } from '../../src/store/postgres/postgres-store.ts';
import { dropSchema, PG_URL, pgUnavailable, testSchema } from '../store/pg-harness.ts';
import { startApp } from '../support/app.ts';
import { driveToNotice } from '../support/drive.ts';

const skipReason = await pgUnavailable();
const schema = testSchema();
afterAll(async () => {
  if (!skipReason) await dropSchema(schema);
});
if (skipReason) console.warn(`[pg-two-instances] skipped: ${skipReason}`);

describe.skipIf(Boolean(skipReason))('two instances on one PostgreSQL database', () => {
  it('each designation completes exactly once when both timers race at the notice end', async () => {
    const clock = new ManualClock();
    const openStore = (deps: StoreDeps) => PostgresEventStore.open({ connectionString: PG_URL, schema, pollMs: 100 }, deps);
    const a = await startApp({ clock, openStore, idPrefix: 71 });
    const b = await startApp({ clock, openStore, idPrefix: 72 });
    const ids = await driveToNotice(a, 6);
    // instance B learns of A's writes through the feed only
    const head = await a.store.headPosition();
    await b.app.services.projector.waitFor(head);
    expect(b.app.services.designations.due('2026-04-30T00:00:00.000Z').map((r) => r.id).sort()).toEqual([...ids].sort());
    clock.set('2026-04-11T00:00:00Z');
    const [byA, byB] = await Promise.all([a.app.noticeTimer.runDue(), b.app.noticeTimer.runDue()]);
    expect(byA + byB).toBe(ids.length);
    for (const id of ids) {
      const events = await a.store.readStream(`designation-${id}`);
      expect(events.filter((e) => e.type === 'DesignationCompleted')).toHaveLength(1);
      expect((await a.store.verify(`designation-${id}`)).ok).toBe(true);
    }
    expect(await a.app.noticeTimer.runDue()).toBe(0);
    await a.close();
    await b.close();
  });
});
