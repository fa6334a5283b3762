/**
 * Replicas of SqliteEventStore#flush for profiling (bench/profile-sqlite.ts); src/ is not touched.
 * - 'current': the same statements, planBatch and JSON as src/store/sqlite/sqlite-store.ts, stage by stage.
 * - 'lean': a what-if with the same rows and the same hashes, that (1) caches stream heads and the last position
 *   in memory, revalidated by PRAGMA data_version (it changes when another connection commits), (2) serializes
 *   data and metadata once and inserts those strings, (3) builds objects without spreads, and (4) writes the
 *   canonical JSON of the hashed body by string concatenation, with the body's sorted keys spelled out.
 */
import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { randomIds } from '../../src/shared/ids.ts';
import type { JsonObject, JsonValue } from '../../src/shared/json.ts';
import { ConcurrencyError } from '../../src/store/errors.ts';
import { GENESIS_HASH } from '../../src/store/hash.ts';
import { planBatch, revisionMatches } from '../../src/store/plan.ts';
import type { AppendRequest, PlanOutcome, StreamHead } from '../../src/store/plan.ts';
import type { EventMetadata, RecordedEvent } from '../../src/store/types.ts';

export const STAGES = ['begin', 'heads + lastPosition', 'planBatch (normalise, hash, objects)', 'JSON.stringify for insert', 'insert.run', 'commit'] as const;
export type Stage = (typeof STAGES)[number];

export interface Replica {
  flush(batch: AppendRequest[]): PlanOutcome[];
  /** nanoseconds per stage since the last reset */
  spent: Map<Stage, bigint>;
  reset(): void;
}

/** canonicalJson of src/store/hash.ts, same bytes, without intermediate arrays */
export const fastCanonical = (value: JsonValue): string => {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) {
    let s = '[';
    for (let i = 0; i < value.length; i++) s += (i === 0 ? '' : ',') + fastCanonical(value[i] as JsonValue);
    return `${s}]`;
  }
  const keys = Object.keys(value).sort();
  let s = '{';
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i] as string;
    s += `${i === 0 ? '' : ','}${JSON.stringify(k)}:${fastCanonical(value[k] as JsonValue)}`;
  }
  return `${s}}`;
};

/** eventHash of src/store/hash.ts, same bytes: the body's keys in sorted order, spelled out */
export const leanHash = (e: Omit<RecordedEvent, 'position' | 'hash'>): string =>
  createHash('sha256')
    .update(
      `{"data":${fastCanonical(e.data)},"id":${JSON.stringify(e.id)},"metadata":${fastCanonical(e.metadata as unknown as JsonValue)},` +
        `"prevHash":${JSON.stringify(e.prevHash)},"revision":${e.revision},"stream":${JSON.stringify(e.stream)},"type":${JSON.stringify(e.type)}}`,
    )
    .digest('hex');

export const replica = (db: Database, variant: 'current' | 'lean'): Replica => {
  const sql = {
    begin: db.prepare('BEGIN IMMEDIATE'),
    commit: db.prepare('COMMIT'),
    rollback: db.prepare('ROLLBACK'),
    head: db.prepare('SELECT revision, hash FROM events WHERE stream = ? ORDER BY revision DESC LIMIT 1'),
    lastPosition: db.prepare('SELECT COALESCE(MAX(position), 0) FROM events').pluck(),
    dataVersion: db.prepare('PRAGMA data_version').pluck(),
    insert: db.prepare(
      'INSERT INTO events (position, id, stream, revision, type, data, metadata, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    ),
  };
  const spent = new Map<Stage, bigint>();
  const reset = () => STAGES.forEach((s) => spent.set(s, 0n));
  reset();
  const stamp = (t: bigint[]) => STAGES.forEach((s, i) => spent.set(s, (spent.get(s) as bigint) + ((t[i + 1] as bigint) - (t[i] as bigint))));

  const current = (batch: AppendRequest[]): PlanOutcome[] => {
    const t = [process.hrtime.bigint()];
    sql.begin.run();
    try {
      t.push(process.hrtime.bigint());
      const heads = new Map<string, StreamHead>();
      for (const stream of new Set(batch.map((r) => r.stream))) {
        const head = sql.head.get(stream) as StreamHead | undefined;
        if (head) heads.set(stream, head);
      }
      const lastPosition = sql.lastPosition.get() as number;
      t.push(process.hrtime.bigint());
      const plan = planBatch(batch, { heads, storedIds: new Set(), lastPosition, recordedAt: new Date().toISOString(), newId: randomIds });
      t.push(process.hrtime.bigint());
      const strings = plan.rows.map((e) => [JSON.stringify(e.data), JSON.stringify(e.metadata)] as const);
      t.push(process.hrtime.bigint());
      plan.rows.forEach((e, i) => {
        const [data, metadata] = strings[i] as readonly [string, string];
        sql.insert.run(e.position, e.id, e.stream, e.revision, e.type, data, metadata, e.prevHash, e.hash);
      });
      t.push(process.hrtime.bigint());
      sql.commit.run();
      t.push(process.hrtime.bigint());
      stamp(t);
      return plan.outcomes;
    } catch (error) {
      if (db.inTransaction) sql.rollback.run();
      throw error;
    }
  };

  // lean: heads and last position survive between transactions while nobody else writes the file
  const cachedHeads = new Map<string, StreamHead>();
  let cachedLast = 0;
  let cachedVersion = -1;
  const lean = (batch: AppendRequest[]): PlanOutcome[] => {
    const t = [process.hrtime.bigint()];
    sql.begin.run();
    try {
      t.push(process.hrtime.bigint());
      const version = sql.dataVersion.get() as number;
      if (version !== cachedVersion) {
        cachedHeads.clear();
        cachedLast = sql.lastPosition.get() as number;
        cachedVersion = version;
      }
      const heads = new Map<string, StreamHead | undefined>();
      for (const r of batch) {
        if (heads.has(r.stream)) continue;
        let head = cachedHeads.get(r.stream);
        if (!head) {
          head = sql.head.get(r.stream) as StreamHead | undefined;
          if (head) cachedHeads.set(r.stream, head);
        }
        heads.set(r.stream, head);
      }
      t.push(process.hrtime.bigint());
      const recordedAt = new Date().toISOString();
      let position = cachedLast;
      const outcomes: PlanOutcome[] = [];
      const rows: Array<{ e: RecordedEvent; data: string; metadata: string }> = [];
      for (const req of batch) {
        let head = heads.get(req.stream);
        const actual = head ? head.revision : 'no_stream';
        if (!revisionMatches(req.expectedRevision, actual)) {
          outcomes.push({ ok: false, error: new ConcurrencyError(req.stream, req.expectedRevision, actual) });
          continue;
        }
        const recorded: RecordedEvent[] = [];
        for (const ne of req.events) {
          const data = JSON.stringify(ne.data);
          const metadata = JSON.parse(JSON.stringify(ne.metadata)) as EventMetadata;
          metadata.recordedAt = recordedAt;
          const revision = head ? head.revision + 1 : 0;
          const body = {
            id: ne.id ?? randomIds(),
            stream: req.stream,
            revision,
            type: ne.type,
            data: JSON.parse(data) as JsonObject,
            metadata,
            prevHash: head ? head.hash : GENESIS_HASH,
          };
          const hash = leanHash(body);
          position += 1;
          const e: RecordedEvent = { id: body.id, stream: body.stream, revision, position, type: body.type, data: body.data, metadata, prevHash: body.prevHash, hash };
          rows.push({ e, data, metadata: JSON.stringify(metadata) });
          recorded.push(e);
          head = { revision, hash };
        }
        heads.set(req.stream, head);
        const last = recorded[recorded.length - 1] as RecordedEvent;
        outcomes.push({ ok: true, result: { nextExpectedRevision: last.revision, lastPosition: last.position, events: recorded } });
      }
      t.push(process.hrtime.bigint());
      t.push(process.hrtime.bigint()); // the strings were made while planning
      for (const { e, data, metadata } of rows) sql.insert.run(e.position, e.id, e.stream, e.revision, e.type, data, metadata, e.prevHash, e.hash);
      t.push(process.hrtime.bigint());
      sql.commit.run();
      t.push(process.hrtime.bigint());
      // our own commit bumps no data_version of ours; the cache now holds what we wrote
      for (const [stream, head] of heads) if (head) cachedHeads.set(stream, head);
      cachedLast = position;
      stamp(t);
      return outcomes;
    } catch (error) {
      if (db.inTransaction) sql.rollback.run();
      cachedVersion = -1;
      throw error;
    }
  };
  return { flush: variant === 'current' ? current : lean, spent, reset };
};
