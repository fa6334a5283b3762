import { randomIds } from '../../src/shared/ids.ts';
import { SqliteEventStore } from '../../src/store/sqlite/sqlite-store.ts';
import type { TestApp } from './app.ts';
import { VILLAGE } from './fixtures.ts';

/**
 * Another instance changes a household: a second connection to the app's file, which the app hears of only at its
 * next poll (a second). Returns the household stream's revision after the change.
 */
export const changeFromAnotherInstance = async (t: Pick<TestApp, 'path' | 'clock'>, householdId: string, changes: object): Promise<number> => {
  const other = new SqliteEventStore({ path: t.path, pollMs: 60_000 }, { clock: t.clock, newId: randomIds });
  try {
    const stream = `household-${householdId}`;
    const [head] = await other.readStream(stream, { direction: 'backwards', limit: 1 });
    if (!head) throw new Error(`no household ${householdId}`);
    const metadata = { actor: { id: 'inv-9', capacity: 'investigator', jurisdiction: VILLAGE }, occurredAt: t.clock.now().toISOString(), correlationId: 'other-instance', causationId: null, commandId: null };
    const result = await other.append(stream, [{ type: 'HouseholdFactsChanged', data: { changes: changes as never, reason: '另一实例的核实', warnings: [] }, metadata }], { expectedRevision: head.revision });
    return result.nextExpectedRevision;
  } finally {
    await other.close();
  }
};
