import type { MonitoringContext } from '../../workflows/monitoring/context.ts';
import { machineFor, toMachineEvent } from '../engine/chain.ts';
import { replayOf } from '../engine/replay.ts';
import type { Projection } from '../projections/projector.ts';
import { laterInstant } from '../shared/instants.ts';
import type { RecordedEvent } from '../store/types.ts';
import { monitoringChain } from './chain.ts';

export interface MonitoringCaseRow {
  id: string;
  state: string;
  context: MonitoringContext;
  revision: number;
  version: string;
  openedAt: string;
  updatedAt: string;
  /** when the latest objection resolution happened: a notice ends at its end or then, whichever is later */
  lastResolvedAt: string | null;
}

/** the states of a case whose household is a monitoring object now (assisted, maybe on the way to elimination) */
export const MONITORED_STATES: readonly string[] = [
  'monitored', 'eliminationAppraisal', 'eliminationAwaitingNotice', 'eliminationInNotice', 'eliminationAwaitingReport',
  'eliminationAwaitingTownshipReview', 'eliminationAwaitingFiling', 'eliminationObjectionAfterNotice',
];

/** on the way in (拟识别监测对象): verified or applied, not yet filed by the district */
export const INCLUSION_STATES: readonly string[] = [
  'awaitingGroupAppraisal', 'awaitingVillageAppraisal', 'awaitingNotice', 'inNotice', 'awaitingComparison', 'objectionAfterNotice',
  'awaitingReport', 'awaitingTownshipReview', 'awaitingDistrictFiling',
];

/** ended without inclusion: a household may apply again with a new case */
export const CLOSED_STATES: readonly string[] = ['alertDismissed', 'notIncluded', 'excluded', 'refused', 'withdrawn'];

export const NOTICE_STATES: readonly string[] = ['inNotice', 'eliminationInNotice'];
/** a late-entered objection pulled the case back after its notice: handled like one raised during it */
export const LATE_OBJECTION_STATES: readonly string[] = ['objectionAfterNotice', 'eliminationObjectionAfterNotice'];



/** Monitoring cases with their step, type, notice, comparison and assistance, folded through the engine's machine (its compiled replay). */
export class MonitoringCasesView implements Projection {
  readonly name = 'monitoring';
  readonly streamPrefixes = [monitoringChain.streamPrefix];
  readonly #rows = new Map<string, MonitoringCaseRow>();

  apply(e: RecordedEvent): void {
    if (!e.stream.startsWith(monitoringChain.streamPrefix)) return;
    const id = e.stream.slice(monitoringChain.streamPrefix.length);
    const row = this.#rows.get(id);
    const version = row?.version ?? monitoringChain.versionOf(e);
    const replay = replayOf(machineFor(monitoringChain, version));
    const after = replay.step(row ? { value: row.state, context: row.context } : replay.initial, toMachineEvent(e));
    if (!after) return; // the engine never appends a refused step; a foreign writer's is ignored here, and verify() tells
    const resolved = e.type === 'MonitoringObjectionResolved';
    // a notice's objections are its own: a new notice starts the clock afresh
    const lastResolvedAt = e.type === 'MonitoringNoticePosted' ? null : resolved ? laterInstant(row?.lastResolvedAt ?? null, e.metadata.occurredAt) : (row?.lastResolvedAt ?? null);
    this.#rows.set(id, {
      id,
      state: after.value,
      context: after.context as MonitoringContext,
      revision: e.revision,
      version,
      openedAt: row?.openedAt ?? e.metadata.recordedAt,
      updatedAt: e.metadata.recordedAt,
      lastResolvedAt,
    });
  }

  get(id: string): MonitoringCaseRow | undefined {
    return this.#rows.get(id);
  }

  /** cases in a region prefix, optionally only those a predicate keeps, ordered by village then opening */
  list(prefix: string, keep: (row: MonitoringCaseRow) => boolean = () => true): MonitoringCaseRow[] {
    return [...this.#rows.values()]
      .filter((r) => r.context.villageCode.startsWith(prefix) && keep(r))
      .sort((a, b) => a.context.villageCode.localeCompare(b.context.villageCode) || a.openedAt.localeCompare(b.openedAt) || a.id.localeCompare(b.id));
  }

  /** the household's case that is not closed (in progress, monitored, or eliminated and open to re-flagging) */
  openFor(householdId: string): MonitoringCaseRow | undefined {
    return [...this.#rows.values()].find((r) => r.context.householdId === householdId && !CLOSED_STATES.includes(r.state));
  }

  /** in notice, no open objection, notice over by `now`: what the notice timer ends */
  due(now: string): MonitoringCaseRow[] {
    return [...this.#rows.values()].filter((r) =>
      NOTICE_STATES.includes(r.state) && r.context.openObjections.length === 0 && r.context.notice !== null && Date.parse(r.context.notice.endsAt) <= Date.parse(now));
  }
}
