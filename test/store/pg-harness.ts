import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { systemClock } from '../../src/shared/clock.ts';
import { randomIds } from '../../src/shared/ids.ts';
import { PostgresEventStore } from '../../src/store/postgres/postgres-store.ts';

export const PG_URL = process.env.PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** CI=true (as .ci/run sets it, and most CI services do): a test that needs a server fails instead of skipping */
export const inCi = (): boolean => ['true', '1'].includes((process.env.CI ?? '').toLowerCase());

/**
 * null when a server answers at PG_URL, else the reason the PostgreSQL tests are skipped. In CI nothing is skipped
 * for want of a server: this throws, so the test file that asked fails (a green CI must mean the multi-instance
 * PostgreSQL tests ran).
 */
export const pgUnavailable = async (): Promise<string | null> => {
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
  let reason: string | null = null;
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    reason = `no PostgreSQL answers at ${PG_URL} (${(error as Error).message}); set PG_URL to run these tests`;
  } finally {
    await client.end().catch(() => undefined);
  }
  if (reason !== null && inCi()) throw new Error(`CI=${process.env.CI}: the PostgreSQL tests must run, not skip: ${reason}`);
  return reason;
};

/** every run gets its own schema, so concurrent runs never collide; dropped afterwards */
export const testSchema = () => `es_test_${randomUUID().replaceAll('-', '').slice(0, 16)}`;

export const openPg = (schema: string) =>
  PostgresEventStore.open({ connectionString: PG_URL, schema, pollMs: 200 }, { clock: systemClock, newId: randomIds });

export const dropSchema = async (schema: string) => {
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await client.end();
};
