import { resolve } from 'node:path';
import { loadConfig } from '../src/config/config.ts';
import { restoreSqlite } from '../src/ops/backup.ts';

// npm run restore -- <backup file> [--force]: the backup becomes the embedded store (SQLITE_PATH). Stop the
// service first; --force replaces an existing store. Then: npm run verify.
const args = process.argv.slice(2);
const force = args.includes('--force');
const [backup] = args.filter((a) => a !== '--force');
if (!backup) {
  process.stderr.write('usage: npm run restore -- <backup file> [--force]\n');
  process.exit(2);
}
const config = loadConfig();
try {
  const { pages } = await restoreSqlite(resolve(backup), resolve(config.SQLITE_PATH), { force });
  process.stdout.write(`restored ${backup} to ${config.SQLITE_PATH} (${pages} pages); now run: npm run verify\n`);
} catch (error) {
  process.stderr.write(`restore failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
