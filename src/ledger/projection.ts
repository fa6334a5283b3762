import type { CampaignContext } from '../../workflows/ledger/campaign-machine.ts';
import type { ListedVillageContext } from '../../workflows/ledger/listed-village-machine.ts';
import type { ProblemContext } from '../../workflows/ledger/problem-machine.ts';
import { chinaDateOf } from '../domain/dates.ts';
import type { PolicyBook } from '../domain/policy.ts';
import type { DueIndex } from '../due/due-index.ts';
import type { ChainDefinition } from '../engine/chain.ts';
import { machineFor, toMachineEvent } from '../engine/chain.ts';
import { replayOf } from '../engine/replay.ts';
import type { Projection } from '../projections/projector.ts';
import type { RecordedEvent } from '../store/types.ts';
import { campaignChain, listedVillageChain, problemChain } from './chains.ts';
import { monthlyReportDuty, monthsBetween, rectificationDuty, rectificationKey, reportKey } from './duties.ts';

export interface Row<C> {
  id: string;
  state: string;
  context: C;
  revision: number;
  version: string;
  openedAt: string;
  updatedAt: string;
}

/** folds one chain's streams through the engine's machine (its compiled replay) into rows by id */
export const foldInto = <C>(chain: ChainDefinition, rows: Map<string, Row<C>>, e: RecordedEvent): { before: Row<C> | undefined; after: Row<C> } | null => {
  if (!e.stream.startsWith(chain.streamPrefix)) return null;
  const id = e.stream.slice(chain.streamPrefix.length);
  const row = rows.get(id);
  const version = row?.version ?? chain.versionOf(e);
  const replay = replayOf(machineFor(chain, version));
  const next = replay.step(row ? { value: row.state, context: row.context as object } : replay.initial, toMachineEvent(e));
  if (!next) return null; // the engine never appends a refused step
  const after: Row<C> = {
    id, state: next.value, context: next.context as C, revision: e.revision, version,
    openedAt: row?.openedAt ?? e.metadata.occurredAt, updatedAt: e.metadata.recordedAt,
  };
  rows.set(id, after);
  return { before: row, after };
};

/** a projection of one chain's rows by id, folded through the chain's machine */
abstract class ChainRowsView<C> implements Projection {
  abstract readonly name: string;
  readonly streamPrefixes: string[];
  protected readonly rows = new Map<string, Row<C>>();

  constructor(private readonly chain: ChainDefinition) {
    this.streamPrefixes = [chain.streamPrefix];
  }

  abstract apply(e: RecordedEvent): void;

  protected fold(e: RecordedEvent): { before: Row<C> | undefined; after: Row<C> } | null {
    return foldInto(this.chain, this.rows, e);
  }

  get(id: string): Row<C> | undefined {
    return this.rows.get(id);
  }
}

export type ProblemRow = Row<ProblemContext>;

/** every problem of the ledger, with its rectification duty kept in the due index */
export class ProblemsView extends ChainRowsView<ProblemContext> {
  readonly name = 'problems';

  constructor(private readonly due: DueIndex, private readonly policies: PolicyBook) {
    super(problemChain);
  }

  apply(e: RecordedEvent): void {
    const folded = this.fold(e);
    if (!folded) return;
    const { after } = folded;
    const c = after.context;
    const year = Number(chinaDateOf(c.foundAt ?? e.metadata.occurredAt).slice(0, 4));
    const duty = rectificationDuty(after.id, after.state, c, this.policies.resolve(c.regionCode, year).ledger.warnDays);
    if (duty) this.due.put(duty);
    else this.due.remove(rectificationKey(after.id));
  }

  /** problems in a region prefix that a predicate keeps, by region then finding */
  list(prefix: string, keep: (row: ProblemRow) => boolean = () => true): ProblemRow[] {
    const out: ProblemRow[] = [];
    for (const r of this.rows.values()) if (r.context.regionCode.startsWith(prefix) && keep(r)) out.push(r);
    return out.sort((a, b) => a.context.regionCode.localeCompare(b.context.regionCode) || a.openedAt.localeCompare(b.openedAt) || a.id.localeCompare(b.id));
  }

  /** every problem, unordered (summaries count them in one pass) */
  all(): IterableIterator<ProblemRow> {
    return this.rows.values();
  }
}

export interface CampaignRow extends Row<CampaignContext> {
  /** households visited, per village and per team (不漏一户) */
  visitedByVillage: Map<string, Set<string>>;
  visitedByTeam: Map<string, Set<string>>;
}

/** campaigns with the households their teams visited */
export class CampaignsView extends ChainRowsView<CampaignContext> {
  readonly name = 'campaigns';
  readonly #visits = new Map<string, { byVillage: Map<string, Set<string>>; byTeam: Map<string, Set<string>> }>();

  constructor() {
    super(campaignChain);
  }

  apply(e: RecordedEvent): void {
    const folded = this.fold(e);
    if (!folded || e.type !== 'CampaignHouseholdsVisited') return;
    const d = e.data as { teamId: string; villageCode: string; householdIds: string[] };
    let visits = this.#visits.get(folded.after.id);
    if (!visits) this.#visits.set(folded.after.id, (visits = { byVillage: new Map(), byTeam: new Map() }));
    const add = (m: Map<string, Set<string>>, k: string) => {
      let s = m.get(k);
      if (!s) m.set(k, (s = new Set()));
      for (const h of d.householdIds) s.add(h);
    };
    add(visits.byVillage, d.villageCode);
    add(visits.byTeam, d.teamId);
  }

  override get(id: string): CampaignRow | undefined {
    const row = this.rows.get(id);
    if (!row) return undefined;
    const visits = this.#visits.get(id);
    return { ...row, visitedByVillage: visits?.byVillage ?? new Map(), visitedByTeam: visits?.byTeam ?? new Map() };
  }

  list(prefix: string): Row<CampaignContext>[] {
    return [...this.rows.values()].filter((r) => r.context.regionCode.startsWith(prefix) || prefix.startsWith(r.context.regionCode))
      .sort((a, b) => a.openedAt.localeCompare(b.openedAt));
  }
}

export type ListedVillageRow = Row<ListedVillageContext>;

/** listed villages, with each month's report as a duty in the due index until it is filed */
export class ListedVillagesView extends ChainRowsView<ListedVillageContext> {
  readonly name = 'listedVillages';

  constructor(private readonly due: DueIndex, private readonly policies: PolicyBook) {
    super(listedVillageChain);
  }

  apply(e: RecordedEvent): void {
    const folded = this.fold(e);
    if (!folded) return;
    const { id, context: c } = folded.after;
    if (e.type === 'VillageListed') {
      for (const month of monthsBetween(c.fromMonth, c.untilMonth)) {
        const fromDay = this.policies.resolve(c.villageCode, Number(month.slice(0, 4))).ledger.monthlyReportFromDay;
        this.due.put(monthlyReportDuty(id, c, month, fromDay));
      }
    } else if (e.type === 'ListedVillageReportFiled') {
      this.due.remove(reportKey(id, (e.data as { month: string }).month));
    }
  }

  list(prefix: string): ListedVillageRow[] {
    return [...this.rows.values()].filter((r) => r.context.villageCode.startsWith(prefix)).sort((a, b) => a.context.villageCode.localeCompare(b.context.villageCode));
  }

  /** the listing of a village, if it is listed */
  ofVillage(villageCode: string): ListedVillageRow | undefined {
    return [...this.rows.values()].find((r) => r.context.villageCode === villageCode);
  }
}
