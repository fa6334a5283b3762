import type { EventStore } from '../store/types.ts';
import type { KeyVault } from './key-vault.ts';
import { householdOf, personalEntries } from './personal-fields.ts';
import { SEALED } from './sealed-store.ts';

/**
 * What of a store's personal data is sealed, and what was written before sealing and holds names and IDs in the
 * clear. Events are never rewritten — the hash chain is over the stored bytes — so nothing here changes anything: a
 * legacy event stays readable as it is, reads as erased once its household is erased, and its bytes stay in the
 * file. Only re-keying the whole log (a new store written from this one, with a new chain: a decision for the
 * county, not a migration) would remove them; the report says how much that concerns.
 */
export interface LegacyReport {
  eventsScanned: number;
  sealedEvents: number;
  plaintextEvents: number;
  householdsWithPlaintext: number;
  /** erased households whose names and IDs are still in the file, in events from before sealing */
  erasedWithPlaintext: string[];
}

export const legacyReport = async (stored: EventStore, vault: KeyVault | null, pageSize = 5_000): Promise<LegacyReport> => {
  const report: LegacyReport = { eventsScanned: 0, sealedEvents: 0, plaintextEvents: 0, householdsWithPlaintext: 0, erasedWithPlaintext: [] };
  const plaintext = new Set<string>();
  /** a designation stream's household, from its first event (a revised declaration does not repeat it) */
  const streams = new Map<string, string>();
  await vault?.ready();
  for (let after = 0; ;) {
    const page = await stored.readAll({ after, limit: pageSize, streamPrefixes: ['household-', 'designation-'] });
    for (const e of page) {
      report.eventsScanned += 1;
      const named = householdOf(e.stream, e.data);
      if (named !== undefined && !streams.has(e.stream)) streams.set(e.stream, named);
      if (SEALED in e.data) report.sealedEvents += 1;
      else if (personalEntries(e.data).length > 0) {
        report.plaintextEvents += 1;
        const household = streams.get(e.stream);
        if (household !== undefined) plaintext.add(household);
      }
    }
    const last = page.at(-1);
    if (!last || page.length < pageSize) break;
    after = last.position;
  }
  report.householdsWithPlaintext = plaintext.size;
  report.erasedWithPlaintext = [...plaintext].filter((h) => vault?.isDestroyed(h) ?? false);
  return report;
};
