import { expect } from 'vitest';
import type { EventStore, RecordedEvent } from '../../src/store/types.ts';
import { sealedStore } from '../../src/privacy/sealed-store.ts';
import { keyVaultFor } from '../../src/privacy/vault-for.ts';
import { ManualClock } from '../../src/shared/clock.ts';
import { emptyRecord, LOAD_INVESTIGATOR, send, startLoad, waitUntil } from './load.ts';
import type { Acknowledged, Command, LoadRecord } from './load.ts';
import { liveToken, startServer } from './server-process.ts';
import type { ServerEnv } from './server-process.ts';

export interface CrashRun {
  /** the load the first process took before and while it was killed */
  beforeCrash: LoadRecord;
  /** the unanswered commands sent again, same Idempotency-Key, to the restarted process */
  retried: LoadRecord;
  /** fresh load on the restarted process */
  afterRestart: LoadRecord;
  /** what the restarted process's read models said about every acknowledged household and designation */
  reads: Array<{ path: string; status: number }>;
  /** GET /health of the restarted process, once the load was over */
  health: { headPosition: number };
  timings: Record<string, number>;
  /** the restarted process's last output (its log): shown when it answered a 5xx */
  restartedLog: string;
}

/**
 * The real server under concurrent load, killed with SIGKILL once `killAfter` commands were acknowledged (with more
 * in flight), restarted on the same store; the commands left unanswered are retried with their Idempotency-Key,
 * then a fresh burst runs. The restarted process is stopped gracefully before the caller reads the store.
 */
export const crashAndRecover = async (env: ServerEnv, options: { workers: number; killAfter: number }): Promise<CrashRun> => {
  const t0 = performance.now();
  const timings: Record<string, number> = {};
  const lap = (name: string) => (timings[name] = Math.round(performance.now() - t0));

  const first = await startServer(env);
  lap('firstStarted');
  // killed from inside the answer that reaches the count: that answer's group-commit batch mates are committed
  // and still on their way back, so some commands are applied but never acknowledged
  const load = startLoad(first, { workers: options.workers, onAcknowledged: (n) => n === options.killAfter && first.killNow() });
  await waitUntil(() => load.record.acknowledged.length >= options.killAfter, 30_000, `${options.killAfter} acknowledged commands`);
  await first.crash();
  lap('killed');
  const beforeCrash = await load.stop();

  const second = await startServer(env);
  lap('restarted');
  const retried = emptyRecord();
  await Promise.all(beforeCrash.unanswered.map((c) => send(second, c, retried)));
  const after = startLoad(second, { workers: 8, firstN: load.sent + 100_000 });
  await waitUntil(() => after.record.acknowledged.length >= 40, 30_000, 'load after the restart');
  const afterRestart = await after.stop();
  lap('afterLoad');

  const token = liveToken(LOAD_INVESTIGATOR);
  const acknowledged = [...beforeCrash.acknowledged, ...retried.acknowledged, ...afterRestart.acknowledged];
  const reads = await Promise.all(acknowledged.map(async (a) => {
    const path = `/${a.kind === 'household' ? 'households' : 'designations'}/${a.id}`;
    return { path, status: (await second.request('GET', path, { token })).status };
  }));
  const health = JSON.parse((await second.request('GET', '/health')).body) as { headPosition: number };
  const restartedLog = second.output();
  await second.stop();
  lap('stopped');
  return { beforeCrash, retried, afterRestart, reads, health, timings, restartedLog };
};

export const readEverything = async (store: EventStore): Promise<RecordedEvent[]> => {
  const all: RecordedEvent[] = [];
  for (;;) {
    const page = await store.readAll({ after: all.at(-1)?.position ?? 0, limit: 5000 });
    all.push(...page);
    if (page.length < 5000) return all;
  }
};

const commandIdOf = (c: Command) => `${LOAD_INVESTIGATOR.id}:${c.key}`;
const EVENT_OF = { household: 'HouseholdRegistered', designation: 'InitialCheckDeclared' } as const;
const STREAM_OF = { household: 'household-', designation: 'designation-' } as const;

const countBy = <T>(items: readonly T[], key: (item: T) => string | undefined): Map<string, number> => {
  const counts = new Map<string, number>();
  for (const item of items) {
    const k = key(item);
    if (k !== undefined) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
};

const duplicates = (counts: Map<string, number>) => [...counts].filter(([, n]) => n > 1);

/** what a crash may never do to the store, checked on the store itself */
export const expectDurable = async (store: EventStore, run: CrashRun): Promise<{ events: number; streams: number; appliedButUnanswered: number }> => {
  // the service refused nothing: before the kill, on the retries (a command applied before the kill is answered
  // as the first time, 200), after the restart
  const refused = (r: LoadRecord) => r.refused.map((x) => `${x.command.kind} ${x.answer.status} ${x.answer.body.slice(0, 200)}`);
  expect(refused(run.beforeCrash)).toEqual([]);
  expect(run.beforeCrash.unanswered.length, 'commands were in flight at the kill').toBeGreaterThan(0);
  expect(refused(run.retried), run.restartedLog.slice(-4000)).toEqual([]);
  expect(run.retried.acknowledged).toHaveLength(run.beforeCrash.unanswered.length);
  expect(refused(run.afterRestart)).toEqual([]);
  expect(run.afterRestart.unanswered).toEqual([]);

  // as the service reads them: names and resident IDs are sealed in the stored bytes (src/privacy), opened with the
  // data keys beside the events and the development master key the server process ran with
  const vault = keyVaultFor(store);
  const all = await readEverything(vault ? sealedStore(store, vault, new ManualClock('2026-01-01T00:00:00Z')) : store).finally(() => vault?.close());

  // positions 1..n without a hole, and the head agrees
  expect(all.map((e) => e.position)).toEqual(all.map((_, i) => i + 1));
  expect(await store.headPosition()).toBe(all.length);
  // the restarted process rebuilt its read models up to the head
  expect(run.health.headPosition).toBe(all.length);

  // nothing recorded twice: event ids, commands, registrations per resident, declarations per household
  expect(duplicates(countBy(all, (e) => e.id))).toEqual([]);
  expect(duplicates(countBy(all, (e) => e.metadata.commandId ?? undefined))).toEqual([]);
  expect(duplicates(countBy(all.filter((e) => e.type === 'HouseholdRegistered'), (e) => (e.data.household as { residentId: string }).residentId))).toEqual([]);
  expect(duplicates(countBy(all.filter((e) => e.type === 'InitialCheckDeclared'), (e) => String(e.data.householdId)))).toEqual([]);

  // every acknowledged command is there, in the stream whose id it answered, exactly once
  const byCommand = new Map(all.flatMap((e) => (e.metadata.commandId ? [[e.metadata.commandId, e] as const] : [])));
  const acknowledged: Acknowledged[] = [...run.beforeCrash.acknowledged, ...run.retried.acknowledged, ...run.afterRestart.acknowledged];
  const missing = acknowledged.filter((a) => {
    const e = byCommand.get(commandIdOf(a));
    const subject = a.kind === 'household' ? (e?.data.household as { residentId?: string } | undefined)?.residentId : e?.data.householdId;
    return !e || e.type !== EVENT_OF[a.kind] || e.stream !== `${STREAM_OF[a.kind]}${a.id}` || subject !== a.subject;
  });
  expect(missing).toEqual([]);
  // ... and readable through the API after the restart
  expect(run.reads.filter((r) => r.status !== 200)).toEqual([]);

  // every stream's hash chain holds
  const streams = [...new Set(all.map((e) => e.stream))];
  const broken = (await Promise.all(streams.map((s) => store.verify(s)))).filter((r) => !r.ok);
  expect(broken).toEqual([]);
  return {
    events: all.length,
    streams: streams.length,
    /** unanswered at the kill, yet committed (the retry was replayed or refused): what Idempotency-Key is for */
    appliedButUnanswered: run.retried.acknowledged.filter((a) => a.status === 200).length + run.retried.refused.length,
  };
};
