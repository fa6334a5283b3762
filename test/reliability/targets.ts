import { afterAll } from 'vitest';
import type { StoreDeps } from '../../src/store/options.ts';
import { PostgresEventStore } from '../../src/store/postgres/postgres-store.ts';
import type { EventStore } from '../../src/store/types.ts';
import { dropSchema, PG_URL, pgUnavailable, testSchema } from '../store/pg-harness.ts';

export interface StoreTarget {
  name: 'sqlite' | 'postgres';
  /** why the target is skipped (no server), printed once */
  skip: string | null;
  /** for startApp: undefined means its default, a temp sqlite file */
  openStore?: (deps: StoreDeps) => Promise<EventStore>;
}

/** the in-process app on sqlite and, when a server answers, on PostgreSQL (a schema of this file's own, dropped after) */
export const storeTargets = async (label: string): Promise<StoreTarget[]> => {
  const skip = await pgUnavailable();
  if (skip) console.warn(`[${label}] postgres skipped: ${skip}`);
  const schema = testSchema();
  afterAll(async () => {
    if (!skip) await dropSchema(schema);
  });
  return [
    { name: 'sqlite', skip: null },
    { name: 'postgres', skip, openStore: (deps) => PostgresEventStore.open({ connectionString: PG_URL, schema, pollMs: 100 }, deps) },
  ];
};

