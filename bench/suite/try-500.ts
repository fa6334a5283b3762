import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ManualClock } from '../../src/shared/clock.ts';
import { buildCounty } from '../county/build.ts';
import { requester } from '../county/cast.ts';
import { forEachConcurrently } from '../county/pool.ts';
const dir = mkdtempSync(join(tmpdir(), 'bench-500-'));
const path = join(dir, 'x.db');
await buildCounty({ path, households: 256, seed: 's', until: 'households' });
const clock = new ManualClock('2026-03-01T00:00:00Z');
import { buildApp } from '../../src/http/app.ts';
import { createLogger } from '../../src/http/logger.ts';
import { hmacKey } from '../../src/auth/keys.ts';
import { SqliteEventStore } from '../../src/store/sqlite/sqlite-store.ts';
import { seededIds } from '../county/draw.ts';
import { SECRET, AUDIENCE } from '../county/cast.ts';
const store = new SqliteEventStore({ path, synchronous: 'FULL' }, { clock, newId: seededIds('e2') });
const app = await buildApp({ store, clock, newId: seededIds('i2'), newSeed: seededIds('d2'), auth: { resolveKey: hmacKey(SECRET), audience: AUDIENCE }, rateLimitPerMinute: 1e9, logger: createLogger('error') });
await app.ready();
const c = { app, close: async () => { await app.close(); await store.close(); } };
const ids = c.app.services.households.list('430623', 0, 1000).items.map((r) => r.id);
const post = requester(c.app, clock);
let errs = 0;
await forEachConcurrently(Array.from({ length: 64 }, (_, i) => i), 64, async (k) => {
  for (let i = 0; i < 20; i++) {
    try { await post({ id: 'inv', role: 'investigator', jurisdiction: '430623' }, `/households/${ids[(k * 4 + (i % 4)) % ids.length]}/changes`, { changes: { livelihood: { incomeStable: i % 2 === 0, basicNeedsAndWaterSecure: true } }, reason: 'x' }); }
    catch (e) { if (errs++ < 2) console.error(String(e).slice(0, 300)); }
  }
});
console.log('errors', errs);
await c.close();
