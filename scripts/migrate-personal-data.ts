/**
 * `npm run migrate:personal-data`: the report on personal data written before sealing (src/privacy/legacy-report.ts)
 * for the configured store. It changes nothing: events are never rewritten. Exit code 0; the figures on stdout as JSON.
 */
import { loadConfig } from '../src/config/config.ts';
import { legacyReport } from '../src/privacy/legacy-report.ts';
import { parseMasterKey } from '../src/privacy/master-key.ts';
import { keyVaultFor } from '../src/privacy/vault-for.ts';
import { systemClock } from '../src/shared/clock.ts';
import { randomIds } from '../src/shared/ids.ts';
import { openStore } from '../src/store/open-store.ts';

const config = loadConfig();
const store = await openStore(config, { clock: systemClock, newId: randomIds });
const vault = keyVaultFor(store, parseMasterKey(process.env.PERSONAL_DATA_KEY));
try {
  const report = await legacyReport(store, vault);
  process.stdout.write(`${JSON.stringify({ ...report, erasedWithPlaintext: report.erasedWithPlaintext.length }, null, 2)}\n`);
  if (report.plaintextEvents > 0) {
    process.stderr.write(`${report.plaintextEvents} events of ${report.householdsWithPlaintext} households hold names and IDs from before sealing: they stay readable, read as erased once their household is erased, and stay in the file (events are never rewritten).\n`);
  }
} finally {
  await vault?.close();
  await store.close();
}
