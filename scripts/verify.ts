import { resolve } from 'node:path';
import { loadConfig } from '../src/config/config.ts';
import { integrityOf, verifyChains } from '../src/ops/backup.ts';
import { systemClock } from '../src/shared/clock.ts';
import { randomIds } from '../src/shared/ids.ts';
import { openStore } from '../src/store/open-store.ts';

// npm run verify [-- <sqlite file>]: every hash chain of the store (a backup file, or the configured store:
// SQLITE_PATH, or PostgreSQL / KurrentDB by EVENT_STORE), and SQLite's integrity check for a file. Exit 1 on any break.
const [file] = process.argv.slice(2);
const config = loadConfig(file ? { ...process.env, EVENT_STORE: 'sqlite', SQLITE_PATH: file } : process.env);
if (config.EVENT_STORE === 'sqlite') {
  const problems = integrityOf(resolve(config.SQLITE_PATH)).filter((r) => r !== 'ok');
  if (problems.length > 0) {
    process.stderr.write(`integrity check failed: ${problems.slice(0, 5).join('; ')}\n`);
    process.exit(1);
  }
}
const store = await openStore(config, { clock: systemClock, newId: randomIds });
try {
  const report = await verifyChains(store);
  process.stdout.write(`${report.eventsChecked} events in ${report.streamsChecked} streams checked; ${report.brokenTotal} broken links\n`);
  for (const link of report.brokenLinks.slice(0, 20)) process.stdout.write(`  ${link.stream}@${link.revision}: ${link.reasons.join(', ')}\n`);
  process.exitCode = report.brokenTotal === 0 ? 0 : 1;
} finally {
  await store.close();
}
