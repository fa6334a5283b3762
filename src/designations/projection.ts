import type { AnyMachineSnapshot } from 'xstate';
import type { FourCardContext } from '../../workflows/four-card/context.ts';
import { machineFor, toMachineEvent } from '../engine/chain.ts';
import { initialSnapshot, stateName, step } from '../engine/fold.ts';
import type { Projection } from '../projections/projector.ts';
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
}

/** the later of two instants, as a UTC ISO string (field times may carry any offset, or arrive out of order) */
const later = (a: string | null, b: string): string => new Date(a === null ? Date.parse(b) : Math.max(Date.parse(a), Date.parse(b))).toISOString();

/** Designations with their current step, card and notice, folded through the same machine as the engine. */
export class DesignationsView implements Projection {
  readonly name = 'designations';
  readonly #rows = new Map<string, DesignationRow>();

  apply(e: RecordedEvent): void {
    if (!e.stream.startsWith(designationChain.streamPrefix)) return;
    const id = e.stream.slice(designationChain.streamPrefix.length);
    const row = this.#rows.get(id);
    const version = row?.version ?? designationChain.versionOf(e);
    const machine = machineFor(designationChain, version);
    const before: AnyMachineSnapshot = row ? machine.resolveState({ value: row.state, context: row.context }) : initialSnapshot(machine);
    const after = step(machine, before, toMachineEvent(e));
    if (!after) return; // the engine never appends a refused step; a foreign writer's is ignored here, and verify() tells
    this.#rows.set(id, {
      id,
      state: stateName(after),
      context: after.context as FourCardContext,
      revision: e.revision,
      version,
      declaredAt: row?.declaredAt ?? e.metadata.recordedAt,
      updatedAt: e.metadata.recordedAt,
      lastResolvedAt: e.type === 'ObjectionResolved' ? later(row?.lastResolvedAt ?? null, e.metadata.occurredAt) : (row?.lastResolvedAt ?? null),
    });
  }

  get(id: string): DesignationRow | undefined {
    return this.#rows.get(id);
  }

  /** designations in a region prefix, optionally in given states */
  list(prefix: string, states?: readonly string[]): DesignationRow[] {
    return [...this.#rows.values()].filter((r) => r.context.villageCode.startsWith(prefix) && (!states || states.includes(r.state)));
  }

  /** the open designation of a household, if any (one at a time) */
  openFor(householdId: string): DesignationRow | undefined {
    return [...this.#rows.values()].find((r) => r.context.householdId === householdId && !['refused', 'withdrawn', 'designated'].includes(r.state));
  }

  /** in notice, no open objection, notice over by `now`: what the timer completes */
  due(now: string): DesignationRow[] {
    return [...this.#rows.values()].filter((r) => r.state === 'inNotice' && r.context.openObjections.length === 0 && r.context.notice !== null && r.context.notice.endsAt <= now);
  }
}
