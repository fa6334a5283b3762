import type { ManagementContext } from '../../workflows/management/context.ts';
import type { AdjustmentOutcome, AssistanceMeasure, Card, ContactMode } from '../../workflows/management/events.ts';
import type { DueIndex } from '../due/due-index.ts';
import type { PolicyBook } from '../domain/policy.ts';
import { machineFor, toMachineEvent } from '../engine/chain.ts';
import { replayOf } from '../engine/replay.ts';
import type { Projection } from '../projections/projector.ts';
import type { RecordedEvent } from '../store/types.ts';
import { managementChain } from './chain.ts';
import { monitoringChain } from '../monitoring/chain.ts';
import { callDuty, firstMonthOf, monitoringDuty, policyYear, reviewDuty, visitDuty, visitPeriodOf } from './duties.ts';
import type { DutyChange } from './duties.ts';
import { countedIn, dischargesDuties, ManagementDuty, managementKeys } from './duties.ts';
import type { MonthTallies } from './duties.ts';
import { monthOf, roundOf } from './periods.ts';

export interface ManagementRow {
  id: string;
  state: string;
  context: ManagementContext;
  revision: number;
  version: string;
  startedAt: string;
  updatedAt: string;
  /**
   * contacts, calls and visits per month (China time), by when they happened: late entries count where they belong;
   * only those made by the person the duties are owed by (the others are logged, not counted)
   */
  tally: MonthTallies;
  /** the last month whose duties have been put in the due index (duties are opened month by month) */
  openedThrough: number;
  /** each half-yearly round's confirmed outcome (动态调整) */
  outcomes: Record<string, AdjustmentOutcome>;
  /** the assistance ledger: measures, newest last */
  measures: AssistanceMeasure[];
  /** monitoring cases a department's alert opened on the household while it was under management */
  departmentAlerts: string[];
}

export const CARDS: readonly Card[] = ['red', 'yellow', 'green', 'blue'];
// shared until a record has its first (each is replaced, never changed in place): a county's records mostly have none
const NO_OUTCOMES: Record<string, AdjustmentOutcome> = Object.freeze({}) as Record<string, AdjustmentOutcome>;
const NO_MEASURES: AssistanceMeasure[] = Object.freeze([]) as unknown as AssistanceMeasure[];
const NO_ALERTS: string[] = Object.freeze([]) as unknown as string[];
// a record's tallies before its first contact (countedIn makes a new array for a month it does not hold)
const NO_TALLIES: MonthTallies = Object.freeze([]) as unknown as MonthTallies;
const ACTIVE = new Set(['managed', 'declared', 'checked']);
// a context's empty lists and relief totals, shared: the machine replaces them when they change, never edits them
const NO_RELIEF: ManagementContext['reliefByYear'] = Object.freeze({}) as ManagementContext['reliefByYear'];
const NO_WARNINGS: ManagementContext['warnings'] = Object.freeze([]) as unknown as ManagementContext['warnings'];
const NO_CASES: string[] = Object.freeze([]) as unknown as string[];
const isEmpty = (o: object): boolean => {
  for (const _ in o) return false;
  return true;
};

/**
 * The strings a county's records repeat (village codes, cards, states, cadres' ids, names and unit levels, instants
 * many households share) kept once: read from stored JSON each is a copy per event.
 */
const strings = new Map<string, string>();
const intern = <S extends string | null>(s: S): S => {
  if (s === null) return s;
  const known = strings.get(s);
  if (known !== undefined) return known as S;
  strings.set(s, s);
  return s;
};

/**
 * A context the fold just made, kept in one shape with its fields in the object (a spread copy keeps them in a
 * separate array, 120 bytes more a household), its repeated strings shared, its cadre of one shape too and its
 * empty lists and totals one shared each (120 bytes a household).
 */
const compact = (c: ManagementContext, before: ManagementContext | undefined): ManagementContext => {
  if (c === before) return c;
  const cadre = c.cadre;
  return {
    householdId: c.householdId, villageCode: intern(c.villageCode), designationId: c.designationId, card: intern(c.card), cardSince: intern(c.cardSince), notEscaped: c.notEscaped,
    cadre: cadre && cadre === before?.cadre ? cadre : cadre && { id: intern(cadre.id), name: intern(cadre.name), unitLevel: intern(cadre.unitLevel), organisation: intern(cadre.organisation), since: intern(cadre.since) },
    helper: c.helper, blueCare: c.blueCare, plan: c.plan, pending: c.pending, lastReviewedAt: c.lastReviewedAt, reliefByYear: isEmpty(c.reliefByYear) ? NO_RELIEF : c.reliefByYear,
    warnings: c.warnings.length === 0 ? NO_WARNINGS : c.warnings, lastContactAt: c.lastContactAt, monitoringCaseIds: c.monitoringCaseIds.length === 0 ? NO_CASES : c.monitoringCaseIds, removedAt: c.removedAt,
  };
};

/**
 * Carded households under management, folded through the chain's machine, and the duties they owe in the one due
 * index (src/due). Duties are opened month by month: a household's first whole month after its card, then each
 * month as `rollTo(now)` passes it — which touches only the households waiting on the months passed (an index by
 * month), never every household per request. A contact or visit, also one entered late, counts in the month it
 * happened and removes (or re-paces) the duties it fulfils; a period that ended unfulfilled stays overdue.
 */
export class ManagementView implements Projection {
  readonly name = 'management';
  // the monitoring chain's department alerts on a managed household are linked to its record (贫困预警)
  readonly streamPrefixes = [managementChain.streamPrefix, monitoringChain.streamPrefix];
  readonly #rows = new Map<string, ManagementRow>();
  readonly #byHousehold = new Map<string, string>();
  // arrays, not sets (8 bytes a household, not 40): a record is never taken out of its village
  readonly #byVillage = new Map<string, ManagementRow[]>();
  /** households whose next month to open is the key (one that was opened further meanwhile is passed over) */
  readonly #waiting = new Map<number, ManagementRow[]>();
  /** per round, per village: cards changed and removed (the county's "changes this half year") */
  readonly #changes = new Map<string, Map<string, { changed: number; removed: number }>>();
  #rolledTo = -1;

  constructor(private readonly due: DueIndex, private readonly policies: PolicyBook) {
    due.keyedBySubject(managementChain.name, managementKeys);
  }

  apply(e: RecordedEvent): void {
    if (e.type === 'DepartmentAlertRaised' && e.stream.startsWith(monitoringChain.streamPrefix)) {
      this.#linkAlert(e);
      return;
    }
    if (!e.stream.startsWith(managementChain.streamPrefix)) return;
    const id = e.stream.slice(managementChain.streamPrefix.length);
    const row = this.#rows.get(id);
    const version = row?.version ?? managementChain.versionOf(e);
    const replay = replayOf(machineFor(managementChain, version));
    const after = replay.step(row ? { value: row.state, context: row.context } : replay.initial, toMachineEvent(e));
    if (!after) return; // the engine never appends a refused step
    const context = compact(after.context as ManagementContext, row?.context);
    // a row is changed in place (one shape, no copy per event): routes answer from the command's outcome (recordAt)
    let next: ManagementRow;
    if (row) {
      next = row;
      next.state = intern(after.value);
      next.context = context;
      next.revision = e.revision;
      next.updatedAt = e.metadata.recordedAt;
    } else {
      next = { id, state: intern(after.value), context, revision: e.revision, version: intern(version), startedAt: e.metadata.recordedAt, updatedAt: e.metadata.recordedAt, tally: NO_TALLIES, openedThrough: firstMonthOf(context) - 1, outcomes: NO_OUTCOMES, measures: NO_MEASURES, departmentAlerts: NO_ALERTS };
      this.#rows.set(id, next);
    }
    switch (e.type) {
      case 'ManagementStarted':
        this.#byHousehold.set(context.householdId, id);
        this.#index(this.#byVillage, context.villageCode, next);
        this.#wait(next.openedThrough + 1, next);
        this.#catchUp(next);
        break;
      case 'ContactLogged': {
        const by = e.data.by as { id?: unknown } | null;
        if (dischargesDuties(context, typeof by?.id === 'string' ? by.id : null)) this.#count(next, e.metadata.occurredAt, e.data.mode as ContactMode);
        break;
      }
      case 'ReclassificationConfirmed': {
        const outcome = e.data.outcome as AdjustmentOutcome;
        const round = typeof e.data.round === 'string' ? e.data.round : roundOf(e.metadata.occurredAt);
        next.outcomes = { ...next.outcomes, [round]: outcome };
        if (outcome !== 'kept') {
          let villages = this.#changes.get(round);
          if (!villages) this.#changes.set(round, (villages = new Map()));
          const n = villages.get(context.villageCode) ?? { changed: 0, removed: 0 };
          villages.set(context.villageCode, outcome === 'removed' ? { ...n, removed: n.removed + 1 } : { ...n, changed: n.changed + 1 });
        }
        if (outcome === 'removed') this.due.removeSubject(managementChain.name, id);
        else this.#refreshCurrent(next);
        break;
      }
      case 'AssistanceRecorded':
        next.measures = [...next.measures, e.data.measure as unknown as AssistanceMeasure];
        break;
      case 'CadrePaired':
      case 'BlueCareAssigned':
      case 'ReclassificationDeclared':
      case 'ReclassificationChecked':
        this.#refreshCurrent(next);
        break;
      default:
        break;
    }
  }

  /** a department's alert (部门筛查预警) on a household under management: linked from its record */
  #linkAlert(e: RecordedEvent): void {
    const row = this.ofHousehold(String(e.data.householdId));
    if (!row || !ACTIVE.has(row.state)) return;
    const caseId = e.stream.slice(monitoringChain.streamPrefix.length);
    if (!row.departmentAlerts.includes(caseId) && !row.context.monitoringCaseIds.includes(caseId)) row.departmentAlerts = [...row.departmentAlerts, caseId];
  }

  get(id: string): ManagementRow | undefined {
    return this.#rows.get(id);
  }

  ofHousehold(householdId: string): ManagementRow | undefined {
    const id = this.#byHousehold.get(householdId);
    return id === undefined ? undefined : this.#rows.get(id);
  }

  /** households under management in a region prefix (by village index: no scan of other regions' villages' rows) */
  inRegion(prefix: string, includeRemoved = false): ManagementRow[] {
    const rows: ManagementRow[] = [];
    for (const [village, inVillage] of this.#byVillage) {
      if (!village.startsWith(prefix)) continue;
      for (const r of inVillage) if (includeRemoved || ACTIVE.has(r.state)) rows.push(r);
    }
    return rows;
  }

  /** cards changed and removed in a round, per village under a prefix */
  changesIn(round: string, prefix: string): { changed: number; removed: number } {
    const out = { changed: 0, removed: 0 };
    for (const [village, n] of this.#changes.get(round) ?? []) {
      if (!village.startsWith(prefix)) continue;
      out.changed += n.changed;
      out.removed += n.removed;
    }
    return out;
  }

  get size(): number {
    return this.#rows.size;
  }

  /**
   * The daily pass: opens every month up to `now`'s for the households waiting on it, putting that month's duties
   * (and those of a period starting in it). Costs the households of the months passed only: nothing on a day
   * within a month already opened. Returns how many households it opened a month for.
   */
  rollTo(now: string): number {
    const target = monthOf(now);
    if (target <= this.#rolledTo) return 0;
    let opened = 0;
    const months = [...this.#waiting.keys()].filter((m) => m <= target).sort((a, b) => a - b);
    for (const m of months) {
      const waiting = this.#waiting.get(m);
      this.#waiting.delete(m);
      for (const row of waiting ?? []) {
        if (row.openedThrough + 1 !== m || !ACTIVE.has(row.state)) continue;
        this.#open(row, target);
        opened += 1;
      }
    }
    this.#rolledTo = target;
    return opened;
  }

  #wait(month: number, row: ManagementRow): void {
    this.#index(this.#waiting, month, row);
  }

  #index<K>(index: Map<K, ManagementRow[]>, key: K, row: ManagementRow): void {
    const rows = index.get(key);
    if (rows) rows.push(row);
    else index.set(key, [row]);
  }

  /** a household started after the roll passed its first month: open it to where the roll is */
  #catchUp(row: ManagementRow): void {
    this.#apply(reviewDuty(row.id, row.context, this.#policy(row, monthOf(row.context.cardSince ?? row.startedAt))));
    if (this.#rolledTo > row.openedThrough) this.#open(row, this.#rolledTo);
  }

  /** puts the duties of each month after the row's last opened one, through `target`, and waits for the next */
  #open(row: ManagementRow, target: number): void {
    for (let m = row.openedThrough + 1; m <= target; m++) this.#openMonth(row, m);
    row.openedThrough = Math.max(row.openedThrough, target);
    this.#wait(row.openedThrough + 1, row);
  }

  #openMonth(row: ManagementRow, m: number): void {
    const policy = this.#policy(row, m);
    this.#apply(monitoringDuty(row.id, row.context, policy, row.tally, m));
    this.#apply(callDuty(row.id, row.context, policy, row.tally, m));
    const visit = visitPeriodOf(row.context, policy, m);
    if (visit && (m === visit.period.from || m === firstMonthOf(row.context))) this.#apply(visitDuty(row.id, row.context, policy, row.tally, m));
  }

  /** a contact counts in its month; the duties of an opened month it falls in are judged again */
  #count(row: ManagementRow, occurredAt: string, mode: ContactMode): void {
    const m = monthOf(occurredAt);
    row.tally = countedIn(row.tally, m, mode === 'visit');
    if (m > row.openedThrough || m < firstMonthOf(row.context)) return;
    const policy = this.#policy(row, m);
    this.#apply(monitoringDuty(row.id, row.context, policy, row.tally, m));
    this.#apply(callDuty(row.id, row.context, policy, row.tally, m));
    this.#apply(visitDuty(row.id, row.context, policy, row.tally, m));
  }

  /** the card, owner or step changed: the current month's duties and the review are put again */
  #refreshCurrent(row: ManagementRow): void {
    this.#apply(reviewDuty(row.id, row.context, this.#policy(row, monthOf(row.updatedAt))));
    const m = row.openedThrough;
    if (m < firstMonthOf(row.context)) return;
    const policy = this.#policy(row, m);
    this.#apply(monitoringDuty(row.id, row.context, policy, row.tally, m, true));
    this.#apply(callDuty(row.id, row.context, policy, row.tally, m));
    this.#apply(visitDuty(row.id, row.context, policy, row.tally, m));
  }

  #apply(change: DutyChange): void {
    for (const key of change.remove) this.due.remove(key);
    for (const d of change.put) {
      const held = this.due.held(d);
      if (!(held instanceof ManagementDuty && held.recount(d))) this.due.put(d);
    }
  }

  #policy(row: ManagementRow, month: number) {
    return this.policies.resolve(row.context.villageCode, policyYear(month));
  }
}
