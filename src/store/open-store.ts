import { resolve } from 'node:path';
import type { Config } from '../config/config.ts';
import { MemoryEventStore } from './memory.ts';
import type { StoreDeps } from './options.ts';
import { PostgresEventStore } from './postgres/postgres-store.ts';
import { SqliteEventStore } from './sqlite/sqlite-store.ts';
import type { EventStore } from './types.ts';

/** Picks the adapter the configuration names; KurrentDB's client is loaded only when asked for. */
export const openStore = async (config: Config, deps: StoreDeps): Promise<EventStore> => {
  switch (config.EVENT_STORE) {
    case 'memory':
      return new MemoryEventStore(deps);
    case 'sqlite':
      return new SqliteEventStore({ path: resolve(config.SQLITE_PATH), synchronous: config.SQLITE_SYNCHRONOUS }, deps);
    case 'postgres':
      return PostgresEventStore.open({ connectionString: config.PG_URL, schema: config.PG_SCHEMA }, deps);
    case 'kurrentdb': {
      const { KurrentDbEventStore } = await import('./kurrentdb/kurrentdb-store.ts');
      return KurrentDbEventStore.connect(config.KURRENTDB_URL ?? '', deps);
    }
  }
};
