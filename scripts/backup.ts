import { resolve } from 'node:path';
import { loadConfig } from '../src/config/config.ts';
import { backupSqlite } from '../src/ops/backup.ts';

// npm run backup -- <file>: an online copy of the embedded store (SQLITE_PATH) while the service runs.
// PostgreSQL: pg_dump (README, "Backup and restore").
const [destination] = process.argv.slice(2);
if (!destination) {
  process.stderr.write('usage: npm run backup -- <backup file>\n');
  process.exit(2);
}
const config = loadConfig();
if (config.EVENT_STORE !== 'sqlite') {
  process.stderr.write(`EVENT_STORE=${config.EVENT_STORE}: this command backs up the embedded store only; see README for pg_dump\n`);
  process.exit(2);
}
try {
  const { pages } = await backupSqlite(resolve(config.SQLITE_PATH), resolve(destination));
  process.stdout.write(`backed up ${config.SQLITE_PATH} to ${destination} (${pages} pages); now run: npm run verify -- ${destination}\n`);
} catch (error) {
  process.stderr.write(`backup failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
