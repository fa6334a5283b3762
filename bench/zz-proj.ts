import { SqliteEventStore } from '../src/store/sqlite/sqlite-store.ts';
import { systemClock } from '../src/shared/clock.ts';
import { randomIds } from '../src/shared/ids.ts';
import { HouseholdsView } from '../src/households/projection.ts';
import { DesignationsView } from '../src/designations/projection.ts';
import { MonitoringCasesView } from '../src/monitoring/projection.ts';
import { NoticesView } from '../src/lists/notices-view.ts';
import { WebhooksView } from '../src/feeds/webhook-view.ts';
import type { RecordedEvent } from '../src/store/types.ts';
const store = new SqliteEventStore({ path: process.argv[2]! }, { clock: systemClock, newId: randomIds });
const all: RecordedEvent[] = [];
for (let after = 0; ; ) { const p = await store.readAll({ after, limit: 1000 }); all.push(...p); if (p.length < 1000) break; after = p.at(-1)!.position; }
for (let r = 0; r < 3; r++) {
  const out: string[] = [];
  for (const make of [() => new HouseholdsView(), () => new DesignationsView(), () => new MonitoringCasesView(), () => new NoticesView(), () => new WebhooksView()]) {
    const v = make(); const t0 = performance.now(); for (const e of all) v.apply(e); out.push(`${v.name} ${(performance.now() - t0).toFixed(0)}ms`);
  }
  console.log(out.join('  '));
}
await store.close();
