import type { AdjustmentRoundContext } from '../../workflows/management/round.ts';
import { foldInto } from '../ledger/projection.ts';
import type { Row } from '../ledger/projection.ts';
import type { Projection } from '../projections/projector.ts';
import type { RecordedEvent } from '../store/types.ts';
import { adjustmentRoundChain } from './chain.ts';
import type { ManagementRow } from './projection.ts';

export type AdjustmentRoundRow = Row<AdjustmentRoundContext>;

/** the counties' half-yearly adjustment rounds (动态调整): a few per county and year, so a plain map */
export class AdjustmentRoundsView implements Projection {
  readonly name = 'adjustmentRounds';
  readonly streamPrefixes = [adjustmentRoundChain.streamPrefix];
  readonly #rows = new Map<string, AdjustmentRoundRow>();

  apply(e: RecordedEvent): void {
    foldInto(adjustmentRoundChain, this.#rows, e);
  }

  get(id: string): AdjustmentRoundRow | undefined {
    return this.#rows.get(id);
  }

  /** the rounds of counties under a region prefix (a township's reader sees its county's), newest half year first */
  list(prefix: string): AdjustmentRoundRow[] {
    return [...this.#rows.values()]
      .filter((r) => r.context.countyCode.startsWith(prefix) || prefix.startsWith(r.context.countyCode))
      .sort((a, b) => (a.context.round < b.context.round ? 1 : a.context.round > b.context.round ? -1 : a.context.countyCode < b.context.countyCode ? -1 : 1));
  }
}

/** whether a household listed in a round has its outcome: the county's confirmation (核定) recorded in that half year */
export const hasOutcome = (row: ManagementRow, round: string): boolean => row.outcomes[round] !== undefined;

export interface RoundProgress {
  total: number;
  done: number;
  /** a re-classification declared or checked, not yet confirmed */
  underWay: number;
  byTownship: { townshipCode: string; total: number; done: number; underWay: number }[];
  /** management record ids without an outcome, by village then id */
  withoutOutcome: ManagementRow[];
}

/**
 * A round's progress over the households it lists (see roundListing): done / total per township, in one pass over
 * the county's records — no per-township scan.
 */
export const roundProgress = (listed: readonly ManagementRow[], round: string): RoundProgress => {
  const townships = new Map<string, { total: number; done: number; underWay: number }>();
  const withoutOutcome: ManagementRow[] = [];
  let done = 0;
  let underWay = 0;
  for (const row of listed) {
    const code = row.context.villageCode.slice(0, 9);
    let t = townships.get(code);
    if (!t) townships.set(code, (t = { total: 0, done: 0, underWay: 0 }));
    t.total += 1;
    if (hasOutcome(row, round)) {
      t.done += 1;
      done += 1;
    } else {
      withoutOutcome.push(row);
      if (row.context.pending !== null) {
        t.underWay += 1;
        underWay += 1;
      }
    }
  }
  return {
    total: listed.length, done, underWay, withoutOutcome,
    byTownship: [...townships].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([townshipCode, t]) => ({ townshipCode, ...t })),
  };
};
