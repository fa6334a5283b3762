import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { Household } from '../../src/domain/household.ts';
import { HouseholdSchema } from '../../src/domain/household.ts';
import { householdChain } from '../../src/households/chain.ts';
import { applyHouseholdPatch } from '../../src/domain/household-patch.ts';
import { changeHousehold, registerHousehold } from '../../src/households/commands.ts';
import type { HouseholdFactsChanged } from '../../src/households/events.ts';
import { createServices } from '../../src/services.ts';
import { systemClock } from '../../src/shared/clock.ts';
import { randomIds } from '../../src/shared/ids.ts';
import type { JsonObject } from '../../src/shared/json.ts';
import { PostgresEventStore } from '../../src/store/postgres/postgres-store.ts';
import type { EventStore } from '../../src/store/types.ts';
import { generateHouseholds } from '../county/households.ts';
import { forEachConcurrently } from '../county/pool.ts';
import { fmtInt } from '../lib/table.ts';
import type { SuiteConfig } from './config.ts';
import { VISIT_REASON, nextIncomeStable, visitChange } from './change-workload.ts';
import { log, ratio, row } from './row.ts';
import type { Row } from './row.ts';

/** A command loop: `concurrency` clients, each on its own households, for `ms` after a warm-up; commands per second. */
const loop = async (concurrency: number, households: readonly string[], ms: number, command: (id: string, n: number) => Promise<void>): Promise<number> => {
  const run = async (until: number) => {
    const counts = await Promise.all(Array.from({ length: concurrency }, async (_, c) => {
      let n = 0;
      for (let i = 0; performance.now() < until; i++) {
        await command(households[(c + i * concurrency) % households.length] ?? '', i);
        n += 1;
      }
      return n;
    }));
    return counts.reduce((a, b) => a + b, 0);
  };
  await run(performance.now() + Math.min(1000, ms / 3));
  const t0 = performance.now();
  const n = await run(t0 + ms);
  return n / ((performance.now() - t0) / 1000);
};

/** each visit flips whether income is stable: a change that changes nothing would be refused (NO_CHANGE) */
const visitOf = (current: Household) => visitChange(nextIncomeStable(current));
const actor = { id: 'inv-bench', capacity: 'investigator', jurisdiction: '430623' };

/** ours: the engine and the household read model, as the route uses them (no HTTP) */
const ours = async (store: EventStore, facts: readonly Household[], concurrency: number, ms: number) => {
  const services = createServices({ store, clock: systemClock, newId: randomIds, newSeed: randomIds });
  await services.projector.start();
  try {
    const ctx = () => ({ actor, occurredAt: systemClock.now().toISOString(), correlationId: randomUUID() });
    const ids = facts.map(() => randomUUID());
    await forEachConcurrently(facts.map((h, i) => [h, ids[i] ?? ''] as const), concurrency, async ([h, id]) => {
      await services.engine.execute(householdChain, id, ctx(), () => registerHousehold(h));
    });
    return await loop(concurrency, ids, ms, async (id) => {
      const current = services.households.get(id)?.household;
      if (!current) throw new Error('household not projected');
      const outcome = await services.engine.execute(householdChain, id, ctx(), () => changeHousehold(current, visitOf(current), VISIT_REASON), { mustExist: true });
      await services.projector.waitFor(outcome.position);
    });
  } finally {
    await services.projector.stop();
  }
};

interface EmmettStore {
  aggregateStream(stream: string, options: { evolve: (s: Household | null, e: { type: string; data: JsonObject }) => Household | null; initialState: () => Household | null }): Promise<{ state: Household | null; currentStreamVersion: bigint; streamExists: boolean }>;
  appendToStream(stream: string, events: { type: string; data: JsonObject }[], options?: { expectedStreamVersion?: bigint | 'STREAM_DOES_NOT_EXIST' }): Promise<unknown>;
  close(): Promise<void>;
}

/** emmett: its PostgreSQL event store's aggregateStream (fold of the stream) → the same decision → appendToStream */
const emmett = async (url: string, facts: readonly Household[], concurrency: number, ms: number) => {
  // imported only now: creating its pool replaces pg's type parsers for the whole process (int8 → BigInt, and JSON
  // with a reviver that turns every numeric string of more than 15 digits into a BigInt — an 18-digit resident ID
  // included); our stores, measured before, read with pg's own parsers
  const { getPostgreSQLEventStore } = (await import('@event-driven-io/emmett-postgresql')) as unknown as { getPostgreSQLEventStore: (url: string) => EmmettStore };
  const parsers = [20, 114, 3802].map((oid) => [oid, pg.types.getTypeParser(oid)] as const);
  const store = getPostgreSQLEventStore(url);
  try {
    // its reviver would hand changeHousehold a BigInt resident ID (a validation failure): JSON is parsed plainly
    await store.appendToStream(`warm-up-${randomUUID()}`, [{ type: 'WarmedUp', data: {} }]);
    for (const oid of [114, 3802]) pg.types.setTypeParser(oid, (text: string) => JSON.parse(text) as unknown);
    const evolve = (state: Household | null, e: { type: string; data: JsonObject }): Household | null =>
      e.type === 'HouseholdRegistered' ? (e.data.household as unknown as Household) : state && applyHouseholdPatch(state, (e.data as unknown as HouseholdFactsChanged).patch);
    const ids = facts.map(() => `household-${randomUUID()}`);
    await forEachConcurrently(facts.map((h, i) => [h, ids[i] ?? ''] as const), concurrency, async ([h, id]) => {
      await store.appendToStream(id, registerHousehold(h), { expectedStreamVersion: 'STREAM_DOES_NOT_EXIST' });
    });
    return await loop(concurrency, ids, ms, async (id) => {
      const { state, currentStreamVersion } = await store.aggregateStream(id, { evolve, initialState: () => null });
      if (!state) throw new Error('no household');
      await store.appendToStream(id, changeHousehold(state, visitOf(state), VISIT_REASON), { expectedStreamVersion: currentStreamVersion });
    });
  } finally {
    await store.close();
    for (const [oid, parse] of parsers) pg.types.setTypeParser(oid, parse);
  }
};

const reachable = async (url: string): Promise<string | undefined> => {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    return undefined;
  } catch (error) {
    return (error as Error).message || String(error);
  } finally {
    await client.end().catch(() => undefined);
  }
};

const admin = async (url: string, sql: string) => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
};

/**
 * A peer on the same workload: the household fact change as a command (current facts → the same decision and
 * validation, src/households/commands.ts → one event appended with the expected version), `concurrency` at once,
 * in this process, on the same PostgreSQL server, each store in a schema of its own (dropped at the end).
 */
export const peerSection = async (config: SuiteConfig): Promise<{ rows: Row[]; notes: string[] }> => {
  const { concurrency, measureMs, pgUrl } = config.peer;
  const notes = [
    'Peer: @event-driven-io/emmett-sqlite was not measured: its latest version (0.42.4) needs @event-driven-io/emmett 0.42.4, which the registry does not have; ' +
      '0.38.5 installs only by compiling node-sqlite3 from source (≈ 2.5 min here) and, on a file, opens and closes its one connection around every operation ' +
      'with a shared transaction counter, so concurrent commands on one store are not safe.',
  ];
  const down = await reachable(pgUrl);
  if (down) return { rows: [row({ measurement: 'Peer: emmett on PostgreSQL', ours: 'skipped' })], notes: [...notes, `Peer: skipped, no PostgreSQL at ${pgUrl.replace(/\/\/[^@/]*@/, '//')} (${down}).`] };
  // 边缘户 only by the approved edge list (src/households/invariants.ts): the peer workload registers them as ordinary
  const facts = [...generateHouseholds({ seed: `${config.seed}-peer`, households: concurrency * 4 })].map((g) => HouseholdSchema.parse({ ...g.household, registration: g.household.registration === 'edge' ? 'ordinary' : g.household.registration }));
  const suffix = randomUUID().replaceAll('-', '').slice(0, 12);
  const oursSchema = `bench_ours_${suffix}`;
  const emmettSchema = `bench_emmett_${suffix}`;
  try {
    log(`peer: ours on PostgreSQL, ${concurrency} at once (${measureMs} ms)`);
    const store = await PostgresEventStore.open({ connectionString: pgUrl, schema: oursSchema }, { clock: systemClock, newId: randomIds });
    let oursRate: number;
    try {
      oursRate = await ours(store, facts, concurrency, measureMs);
    } finally {
      await store.close();
    }
    log(`peer: emmett on PostgreSQL, ${concurrency} at once (${measureMs} ms)`);
    await admin(pgUrl, `CREATE SCHEMA ${emmettSchema}`);
    const separator = pgUrl.includes('?') ? '&' : '?';
    const emmettRate = await emmett(`${pgUrl}${separator}options=${encodeURIComponent(`-c search_path=${emmettSchema}`)}`, facts, concurrency, measureMs);
    return {
      rows: [row({
        measurement: `Peer: household fact change commands/s @${concurrency}, in process, PostgreSQL — ours vs @event-driven-io/emmett-postgresql 0.42.0`,
        ours: fmtInt(oursRate), baseline: `${fmtInt(emmettRate)} (emmett)`, ratio: ratio(oursRate, emmettRate),
      })],
      notes: [...notes,
        'Peer: both on the same server and the same decision function; ours goes through the engine (snapshot cache, group commit) and waits for its read model; ' +
          "emmett folds the stream on every command (aggregateStream) and appends (appendToStream), the calls its CommandHandler makes — the CommandHandler itself hung here " +
          "at 16 concurrent commands (it holds a pooled connection for the session and takes a second one to append; pg's default pool has 10). " +
          'Its driver (dumbo) replaces pg\'s type parsers for the whole process and revives every numeric string of more than 15 digits as a BigInt, ' +
          'which turns an 18-digit resident ID into a number; the peer runs with plain JSON parsing restored.'],
    };
  } finally {
    await admin(pgUrl, `DROP SCHEMA IF EXISTS ${oursSchema} CASCADE; DROP SCHEMA IF EXISTS ${emmettSchema} CASCADE`).catch((e: unknown) => log(`peer: cleanup failed: ${String(e)}`));
  }
};
