import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEV_SECRETS_MASTER_KEY, masterKeyOf } from '../../src/secrets/secret-box.ts';
import { sqliteSecrets } from '../../src/secrets/secret-store.ts';
import { verifyChains } from '../../src/ops/backup.ts';
import { SqliteEventStore } from '../../src/store/sqlite/sqlite-store.ts';
import { ManualClock } from '../../src/shared/clock.ts';
import { sequentialIds } from '../../src/shared/ids.ts';
import { startApp } from '../support/app.ts';
import type { TestApp } from '../support/app.ts';
import { call, driveThroughLists } from '../support/drive.ts';
import { COUNTY } from '../support/fixtures.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SECRET = 'whsec_MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3';

/** `npm run <script> -- args` with SQLITE_PATH; resolves with the exit code and the output */
const npmRun = async (script: string, args: string[], sqlitePath: string) => {
  const { NODE_OPTIONS: _inherited, ...env } = process.env;
  const child = spawn('npm', ['run', '--silent', script, '--', ...args], { cwd: ROOT, env: { ...env, NODE_ENV: 'test', EVENT_STORE: 'sqlite', SQLITE_PATH: sqlitePath }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (c: Buffer) => { output += c.toString('utf8'); });
  child.stderr.on('data', (c: Buffer) => { output += c.toString('utf8'); });
  const [code] = (await once(child, 'close')) as [number];
  return { code, output };
};

const openStore = (path: string) => new SqliteEventStore({ path }, { clock: new ManualClock(), newId: sequentialIds(99) });

describe('backup, restore, verify: one command each', () => {
  let t: TestApp;
  const dir = mkdtempSync(join(tmpdir(), 'fupin-backup-'));
  const backup = join(dir, 'backup.db');
  const restored = join(dir, 'restored.db');
  let sourceEvents = 0;

  beforeAll(async () => {
    t = await startApp();
    await driveThroughLists(t, 2); // households, designations, lists: many streams
    const hook = await call(t, { id: 'admin-1', role: 'admin', region: COUNTY }, 'POST', '/webhooks', { url: 'https://erp.example.cn/hook', secret: SECRET });
    expect(hook.statusCode, hook.body).toBe(201);
    sourceEvents = await t.store.headPosition();
  }, 120_000);
  afterAll(async () => t.close());

  it('npm run backup copies the store while the service runs on it', async () => {
    const run = await npmRun('backup', [backup], t.path);
    expect(run.code, run.output).toBe(0);
    expect(run.output).toMatch(/backed up/);
    // a backup never overwrites
    expect((await npmRun('backup', [backup], t.path)).code).toBe(1);
  }, 60_000);

  it('npm run restore puts it in place of a new store; every hash chain verifies afterwards; the sealed secrets came along', async () => {
    const run = await npmRun('restore', [backup], restored);
    expect(run.code, run.output).toBe(0);
    expect((await npmRun('restore', [backup], restored)).code).toBe(1); // an existing store is replaced only with --force
    const verified = await npmRun('verify', [], restored);
    expect(verified.code, verified.output).toBe(0);
    expect(verified.output).toContain(`${sourceEvents} events`);
    expect(verified.output).toContain('0 broken links');

    const store = openStore(restored);
    let all;
    try {
      const report = await verifyChains(store);
      expect(report).toMatchObject({ eventsChecked: sourceEvents, brokenTotal: 0 });
      expect(report.streamsChecked).toBeGreaterThan(5);
      all = await store.readAll({});
      expect(all.map((e) => e.hash)).toEqual((await t.store.readAll({})).map((e) => e.hash));
    } finally {
      await store.close();
    }
    const subscribed = all.find((e) => e.type === 'WebhookSubscribed');
    const secrets = sqliteSecrets(restored, masterKeyOf(DEV_SECRETS_MASTER_KEY));
    try {
      expect(secrets.get(String(subscribed?.data.secretRef))).toBe(SECRET);
    } finally {
      secrets.close();
    }
  }, 90_000);

  it('npm run verify fails on a backup whose events were altered', async () => {
    const tampered = join(dir, 'tampered.db');
    expect((await npmRun('restore', [backup], tampered)).code).toBe(0);
    const db = new Database(tampered);
    db.exec('DROP TRIGGER events_no_update');
    db.prepare("UPDATE events SET data = json_set(data, '$.tampered', 1) WHERE position = 3").run();
    db.close();
    const verified = await npmRun('verify', [tampered], restored);
    expect(verified.code).toBe(1);
    expect(verified.output).toMatch(/1 broken links/);
    expect(verified.output).toMatch(/hash-mismatch/);
  }, 60_000);
});
