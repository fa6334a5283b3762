import { noticesOverAt } from '../../workflows/four-card/context.ts';
import type { FourCardContext } from '../../workflows/four-card/context.ts';
import { machineFor, toMachineEvent } from '../engine/chain.ts';
import { replayOf } from '../engine/replay.ts';
import type { Projection } from '../projections/projector.ts';
import { laterInstant } from '../shared/instants.ts';
import type { RecordedEvent } from '../store/types.ts';
import { designationChain } from './chain.ts';

export interface DesignationRow {
  id: string;
  state: string;
  context: FourCardContext;
  revision: number;
  version: string;
  declaredAt: string;
  updatedAt: string;
  /** when the latest objection resolution happened: completion is at the notice's end or then, whichever is later */
  lastResolvedAt: string | null;
  /** the county office the completed designation was reported to (DesignationCompleted's reportedTo, 上报县扶贫办) */
  reportedTo: string | null;
}


const FINAL_STATES: readonly string[] = ['refused', 'withdrawn', 'designated'];

/** adds `id` to the set under `key` */
const addTo = (index: Map<string, Set<string>>, key: string, id: string) => {
  const set = index.get(key);
  if (set) set.add(id);
  else index.set(key, new Set([id]));
};
const removeFrom = (index: Map<string, Set<string>>, key: string, id: string) => {
  const set = index.get(key);
  if (!set) return;
  set.delete(id);
  if (set.size === 0) index.delete(key);
};

/**
 * Designations with their current step, card and notice, folded through the same machine as the engine (its compiled
 * replay, src/engine/replay.ts: a county's designations are folded at every start-up). An event is one step from the
 * row's state and context; indexes by state, village and household answer lists, worklists, the open designation of a household and the
 * timer's due notices without scanning every row. Lists come in declaration order, as a scan of the rows would.
 */
export class DesignationsView implements Projection {
  readonly name = 'designations';
  readonly streamPrefixes = [designationChain.streamPrefix];
  readonly #rows = new Map<string, DesignationRow>();
  /** declaration order of each designation */
  readonly #ordinal = new Map<string, number>();
  readonly #byState = new Map<string, Set<string>>();
  readonly #byVillage = new Map<string, Set<string>>();
  /** designations not in a final state, by household */
  readonly #openByHousehold = new Map<string, Set<string>>();

  apply(e: RecordedEvent): void {
    if (!e.stream.startsWith(designationChain.streamPrefix)) return;
    const id = e.stream.slice(designationChain.streamPrefix.length);
    const row = this.#rows.get(id);
    const version = row?.version ?? designationChain.versionOf(e);
    const replay = replayOf(machineFor(designationChain, version));
    const after = replay.step(row ? { value: row.state, context: row.context } : replay.initial, toMachineEvent(e));
    if (!after) return; // the engine never appends a refused step; a foreign writer's is ignored here, and verify() tells
    const next: DesignationRow = {
      id,
      state: after.value,
      context: after.context as FourCardContext,
      revision: e.revision,
      version,
      declaredAt: row?.declaredAt ?? e.metadata.recordedAt,
      updatedAt: e.metadata.recordedAt,
      lastResolvedAt: e.type === 'ObjectionResolved' ? laterInstant(row?.lastResolvedAt ?? null, e.metadata.occurredAt) : (row?.lastResolvedAt ?? null),
      // kept like the context's completedAt: the latest completion's
      // reported when completed; no longer once an upheld objection sent it back to the township
      reportedTo: e.type === 'DesignationCompleted' && typeof e.data.reportedTo === 'string' ? e.data.reportedTo
        : (after.context as FourCardContext).completedAt === null ? null : (row?.reportedTo ?? null),
    };
    this.#rows.set(id, next);
    if (!this.#ordinal.has(id)) this.#ordinal.set(id, this.#ordinal.size);
    this.#reindex(id, row, next);
  }

  #reindex(id: string, before: DesignationRow | undefined, after: DesignationRow): void {
    if (before?.state !== after.state) {
      if (before) removeFrom(this.#byState, before.state, id);
      addTo(this.#byState, after.state, id);
    }
    if (before?.context.villageCode !== after.context.villageCode) {
      if (before) removeFrom(this.#byVillage, before.context.villageCode, id);
      addTo(this.#byVillage, after.context.villageCode, id);
    }
    const wasOpen = before !== undefined && !FINAL_STATES.includes(before.state);
    const isOpen = !FINAL_STATES.includes(after.state);
    if (wasOpen && (!isOpen || before.context.householdId !== after.context.householdId)) removeFrom(this.#openByHousehold, before.context.householdId, id);
    if (isOpen) addTo(this.#openByHousehold, after.context.householdId, id);
  }

  /** the rows of these ids that pass the filter, in declaration order */
  #rowsOf(ids: Iterable<string>, keep: (row: DesignationRow) => boolean): DesignationRow[] {
    const rows: DesignationRow[] = [];
    for (const id of ids) {
      const row = this.#rows.get(id);
      if (row && keep(row)) rows.push(row);
    }
    if (rows.length > 1) rows.sort((a, b) => (this.#ordinal.get(a.id) ?? 0) - (this.#ordinal.get(b.id) ?? 0));
    return rows;
  }

  get(id: string): DesignationRow | undefined {
    return this.#rows.get(id);
  }

  /** designations in a region prefix, optionally in given states */
  list(prefix: string, states?: readonly string[]): DesignationRow[] {
    if (states) {
      const ids = new Set<string>();
      for (const state of states) for (const id of this.#byState.get(state) ?? []) ids.add(id);
      return this.#rowsOf(ids, (r) => r.context.villageCode.startsWith(prefix));
    }
    const ids: string[] = [];
    for (const [village, inVillage] of this.#byVillage) if (village.startsWith(prefix)) for (const id of inVillage) ids.push(id);
    return this.#rowsOf(ids, () => true);
  }

  /** the open designation of a household, if any (one at a time) */
  openFor(householdId: string): DesignationRow | undefined {
    return this.#rowsOf(this.#openByHousehold.get(householdId) ?? [], () => true)[0];
  }

  /** in notice, no open objection, notice over by `now`: what the timer completes */
  due(now: string): DesignationRow[] {
    const nowMs = Date.parse(now);
    return this.#rowsOf(this.#byState.get('inNotice') ?? [], (r) => {
      const over = noticesOverAt(r.context);
      return r.context.openObjections.length === 0 && over !== null && Date.parse(over) <= nowMs;
    });
  }
}
