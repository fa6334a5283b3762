import { MemoryEventStore } from '../store/memory.ts';
import { PostgresEventStore } from '../store/postgres/postgres-store.ts';
import { SqliteEventStore } from '../store/sqlite/sqlite-store.ts';
import type { EventStore } from '../store/types.ts';
import { KeyVault, MemoryKeyRows } from './key-vault.ts';
import { parseMasterKey } from './master-key.ts';
import { PostgresKeyRows } from './postgres-key-rows.ts';
import { SqliteKeyRows } from './sqlite-key-rows.ts';

/**
 * The data keys next to the events they seal: the sqlite file's own table, the PostgreSQL schema's, memory for the
 * memory store. KurrentDB has no table to put them in: there the personal data stays unsealed (null), which the
 * README says (the adapter is not verified for production).
 */
export const keyVaultFor = (store: EventStore, masterKey?: Buffer): KeyVault | null => {
  const master = masterKey ?? parseMasterKey(undefined);
  if (store instanceof SqliteEventStore) return new KeyVault(new SqliteKeyRows(store.db.name === ':memory:' ? store.db : store.db.name), master);
  if (store instanceof PostgresEventStore) return new KeyVault(new PostgresKeyRows(store.pool, store.schema), master);
  if (store instanceof MemoryEventStore) return new KeyVault(new MemoryKeyRows(), master);
  return null;
};
