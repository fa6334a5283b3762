import type { AnyMachineSnapshot } from 'xstate';
import type { JsonObject } from '../shared/json.ts';
import { ProblemError } from '../shared/problem.ts';
import { ConcurrencyError } from '../store/errors.ts';
import type { Actor, EventStore, NewEvent, RecordedEvent } from '../store/types.ts';
import { machineFor, streamId, toMachineEvent } from './chain.ts';
import type { ChainDefinition } from './chain.ts';
import { idempotencyKeyReused, notFound, preconditionFailed, procedureBroken, stepNotAllowed } from './errors.ts';
import { fold, initialSnapshot, stateName, step } from './fold.ts';
import { judge } from './invariants.ts';
import type { Invariant, World } from './invariants.ts';
import { invariantsOf, latestOf } from './time-rules.ts';
import type { Clock } from '../shared/clock.ts';
import { foldStored } from './replay.ts';
import { SnapshotCache } from './snapshot-cache.ts';
import type { Loaded } from './snapshot-cache.ts';

/** Who acts, when it happened in the field, and how to recognise a retry. */
export interface CommandContext {
  actor: Actor;
  occurredAt: string;
  correlationId: string;
  /** Idempotency-Key of the request: a retried command returns its first outcome and appends nothing */
  idempotencyKey?: string;
  /** If-Match: the revision the client last saw */
  ifMatch?: number;
  /** an explicit command id, for steps a list operation applies to many streams (e.g. one meeting's decisions) */
  commandId?: string;
  /** why a step is entered later than the policy's window allows without one (补录原因) */
  lateEntryReason?: string;
  /** digest of the request behind an Idempotency-Key: a retry must be the same request */
  requestDigest?: string;
}

export interface Decision {
  type: string;
  data: JsonObject;
}

export interface Outcome {
  stream: string;
  snapshot: AnyMachineSnapshot;
  revision: number;
  /** position of the last appended event: read models are current once they reach it */
  position: number;
  /** the events the command appended: for a retried command, those its first attempt appended */
  events: RecordedEvent[];
  /** true when this is the answer to a command already applied (Idempotency-Key) */
  replayed: boolean;
}

export type Decide = (current: Loaded) => Decision[];

/** what the engine judges the procedure with: the time of recording and the world of facts, policy and calendar */
export interface Judging {
  clock: Clock;
  world: World;
}

/** command → load (cache, else replay) → machine decides → the chain's invariants hold → append with expected revision. */
export class Engine {
  readonly #cache: SnapshotCache;
  readonly #invariants = new WeakMap<ChainDefinition, readonly Invariant[]>();
  constructor(private readonly store: EventStore, private readonly judging: Judging, cacheSize = 10_000) {
    this.#cache = new SnapshotCache(cacheSize);
  }

  /** the invariants of a chain: time first (every chain), then its own */
  invariantsOf(chain: ChainDefinition): readonly Invariant[] {
    let all = this.#invariants.get(chain);
    if (!all) {
      all = invariantsOf(chain);
      this.#invariants.set(chain, all);
    }
    return all;
  }

  async load(chain: ChainDefinition, id: string): Promise<Loaded> {
    const stream = streamId(chain, id);
    const cached = this.#cache.get(stream);
    const tail = await this.store.readStream(stream, { fromRevision: cached ? cached.revision + 1 : 0 });
    if (cached && tail.length === 0) return cached;
    const first = cached ? undefined : tail[0];
    const version = cached?.version ?? (first ? chain.versionOf(first) : chain.currentVersion);
    const machine = machineFor(chain, version);
    const loaded: Loaded = {
      stream,
      version,
      snapshot: foldStored(machine, tail.map(toMachineEvent), cached?.snapshot ?? initialSnapshot(machine)),
      revision: tail.at(-1)?.revision ?? cached?.revision ?? -1,
      lastOccurredAt: tail.reduce<string | null>((latest, e) => latestOf(latest, e.metadata.occurredAt), cached?.lastOccurredAt ?? null),
      commands: new Map(cached?.commands),
    };
    for (const e of tail) if (e.metadata.commandId) loaded.commands.set(e.metadata.commandId, e.revision);
    this.#cache.set(loaded);
    return loaded;
  }

  /**
   * Decides on the cached snapshot when there is one, without reading the store first: the append's expected
   * revision is the check that the cache was current. If it was not (another instance appended meanwhile), or the
   * command is refused on the cached state, the command runs again on the stream as stored — so no command is
   * decided on a stale state, and none is refused because of one.
   */
  async execute(chain: ChainDefinition, id: string, ctx: CommandContext, decide: Decide, options: { mustExist?: boolean; fresh?: boolean } = {}): Promise<Outcome> {
    const cached = this.#cache.get(streamId(chain, id));
    // `fresh`: the caller just made the id (a new survey): decided on the machine's first state without asking the
    // store, whose 'no_stream' check on append stands in for the read, as the revision check does for the cache
    if (!cached && options.fresh === true && !options.mustExist) {
      const machine = machineFor(chain, chain.currentVersion);
      const empty: Loaded = { stream: streamId(chain, id), version: chain.currentVersion, snapshot: initialSnapshot(machine), revision: -1, lastOccurredAt: null, commands: new Map() };
      try {
        return await this.#attempt(chain, id, empty, ctx, decide, options);
      } catch (error) {
        if (!(error instanceof ConcurrencyError) && !(error instanceof ProblemError)) throw error;
      }
    }
    if (cached) {
      try {
        return await this.#attempt(chain, id, cached, ctx, decide, options);
      } catch (error) {
        if (!(error instanceof ConcurrencyError) && !(error instanceof ProblemError)) throw error;
      }
    }
    return this.#attempt(chain, id, await this.load(chain, id), ctx, decide, options);
  }

  /**
   * Whether the stream would accept the command now — the machine, the invariants, If-Match, a retry — without
   * appending: a command that writes to several streams (a list and its members, a registration and its claim) asks
   * its own stream first, so a refusal there writes nothing anywhere. Throws what `execute` would throw.
   */
  async check(chain: ChainDefinition, id: string, ctx: CommandContext, decide: Decide, options: { mustExist?: boolean } = {}): Promise<void> {
    await this.#attempt(chain, id, await this.load(chain, id), ctx, decide, { ...options, dryRun: true });
  }

  async #attempt(chain: ChainDefinition, id: string, current: Loaded, ctx: CommandContext, decide: Decide, options: { mustExist?: boolean; dryRun?: boolean }): Promise<Outcome> {
    const commandId = ctx.commandId ?? (ctx.idempotencyKey ? `${ctx.actor.id}:${ctx.idempotencyKey}` : null);
    const done = commandId ? current.commands.get(commandId) : undefined;
    if (commandId && done !== undefined) return this.#replayed(chain, current, done, commandId, ctx.requestDigest);
    if (options.mustExist && current.revision < 0) throw notFound(chain.name, id);
    if (ctx.ifMatch !== undefined && ctx.ifMatch !== current.revision) throw preconditionFailed(String(ctx.ifMatch), current.revision);
    const machine = machineFor(chain, current.version);
    const metadata = {
      actor: ctx.actor, occurredAt: ctx.occurredAt, correlationId: ctx.correlationId, causationId: null, commandId,
      ...(ctx.lateEntryReason ? { lateEntryReason: ctx.lateEntryReason } : {}),
      ...(ctx.requestDigest ? { requestDigest: ctx.requestDigest } : {}),
    };
    const recordedAt = this.judging.clock.now().toISOString();
    const invariants = this.invariantsOf(chain);
    let snapshot = current.snapshot;
    let previousOccurredAt = current.lastOccurredAt;
    const events: NewEvent[] = decide(current).map((d) => {
      const newEvent = { type: d.type, data: d.data, metadata };
      const next = step(machine, snapshot, toMachineEvent({ ...newEvent, metadata: { ...metadata, recordedAt } }));
      if (!next) throw stepNotAllowed(stateName(snapshot), d.type);
      const broken = judge(invariants, {
        stream: current.stream, type: d.type, data: d.data, actor: ctx.actor, occurredAt: ctx.occurredAt, recordedAt,
        lateEntryReason: ctx.lateEntryReason ?? null, before: snapshot, after: next, previousOccurredAt,
      }, this.judging.world);
      if (broken.length > 0) throw procedureBroken(broken);
      snapshot = next;
      previousOccurredAt = latestOf(previousOccurredAt, ctx.occurredAt);
      return newEvent;
    });
    if (options.dryRun) return { stream: current.stream, snapshot, revision: current.revision, position: 0, events: [], replayed: false };
    try {
      const appended = await this.store.append(current.stream, events, { expectedRevision: current.revision < 0 ? 'no_stream' : current.revision });
      const loaded: Loaded = { ...current, snapshot, revision: appended.nextExpectedRevision, lastOccurredAt: previousOccurredAt, commands: new Map(current.commands) };
      if (commandId) loaded.commands.set(commandId, appended.nextExpectedRevision);
      this.#cache.set(loaded);
      return { stream: current.stream, snapshot, revision: loaded.revision, position: appended.lastPosition, events: appended.events, replayed: false };
    } catch (error) {
      // a concurrent retry of the same command may have won the race: answer as it did
      if (error instanceof ConcurrencyError && commandId) {
        const fresh = await this.load(chain, id);
        const revision = fresh.commands.get(commandId);
        if (revision !== undefined) return this.#replayed(chain, fresh, revision, commandId, ctx.requestDigest);
      }
      throw error;
    }
  }

  /** the state of a stream as of a revision (time travel, audit, idempotent answers) */
  async stateAt(chain: ChainDefinition, id: string, until: { revision?: number; recordedBy?: string }): Promise<{ snapshot: AnyMachineSnapshot; revision: number; events: RecordedEvent[] } | null> {
    const all = await this.store.readStream(streamId(chain, id));
    const first = all[0];
    if (!first) return null;
    const events = all.filter((e) => (until.revision === undefined || e.revision <= until.revision) && (until.recordedBy === undefined || e.metadata.recordedAt <= until.recordedBy));
    const machine = machineFor(chain, chain.versionOf(first));
    return { snapshot: fold(machine, events.map(toMachineEvent)), revision: events.at(-1)?.revision ?? -1, events };
  }

  /** the answer a command already applied gave; the same Idempotency-Key with another request is refused */
  async #replayed(chain: ChainDefinition, current: Loaded, revision: number, commandId: string, requestDigest: string | undefined): Promise<Outcome> {
    const id = current.stream.slice(chain.streamPrefix.length);
    const at = await this.stateAt(chain, id, { revision });
    const events = at?.events.filter((e) => e.metadata.commandId === commandId) ?? [];
    const first = events[0]?.metadata.requestDigest;
    if (requestDigest !== undefined && first !== undefined && first !== requestDigest) throw idempotencyKeyReused();
    return { stream: current.stream, snapshot: at?.snapshot ?? current.snapshot, revision, position: at?.events.at(-1)?.position ?? 0, events, replayed: true };
  }
}
