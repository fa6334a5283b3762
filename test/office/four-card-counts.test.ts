import { describe, expect, it } from 'vitest';
import { designationChain } from '../../src/designations/chain.ts';
import type { DesignationRow, DesignationsView } from '../../src/designations/projection.ts';
import { FourCardCounts } from '../../src/office/tables/four-card-counts.ts';
import type { RecordedEvent } from '../../src/store/types.ts';

const V1 = '430623101201';
const V2 = '430623102201';

/** the designations read model as the counts read it: each designation's current row */
const world = () => {
  const rows = new Map<string, { state: string; context: { householdId: string; year: number; villageCode: string; card: string | null } }>();
  const view = { get: (id: string) => rows.get(id) as DesignationRow | undefined } as unknown as DesignationsView;
  const counts = new FourCardCounts(view);
  let position = 0;
  const step = (id: string, householdId: string, year: number, villageCode: string, state: string, card: string | null) => {
    rows.set(id, { state, context: { householdId, year, villageCode, card } });
    counts.apply({ stream: `${designationChain.streamPrefix}${id}`, position: ++position } as unknown as RecordedEvent);
  };
  return { counts, step };
};

describe('the four-card counts kept as designations change', () => {
  it('a household counts once, by its latest year (or the asked year), and moves when its designation does', () => {
    const { counts, step } = world();
    step('d1', 'h1', 2025, V1, 'designated', 'yellow');
    step('d2', 'h2', 2026, V1, 'declared', null); // not completed: not counted
    step('d3', 'h3', 2026, V2, 'designated', 'blue');
    expect(counts.perVillage('430623')).toEqual(new Map([[V1, [0, 1, 0, 0, 1]], [V2, [0, 0, 0, 1, 1]]]));
    // h1 designated again in 2026, red: the latest table counts it red, 2025's still yellow
    step('d4', 'h1', 2026, V1, 'designated', 'red');
    expect(counts.perVillage('430623')).toEqual(new Map([[V1, [1, 0, 0, 0, 1]], [V2, [0, 0, 0, 1, 1]]]));
    expect(counts.perVillage('430623', 2025)).toEqual(new Map([[V1, [0, 1, 0, 0, 1]]]));
    expect(counts.perVillage('430623', 2026)).toEqual(new Map([[V1, [1, 0, 0, 0, 1]], [V2, [0, 0, 0, 1, 1]]]));
    // the 2026 designation sent back (an upheld objection): h1 is yellow again; h2 completed green
    step('d4', 'h1', 2026, V1, 'awaitingTownshipReview', 'red');
    step('d2', 'h2', 2026, V1, 'designated', 'green');
    expect(counts.perVillage('430623')).toEqual(new Map([[V1, [0, 1, 1, 0, 2]], [V2, [0, 0, 0, 1, 1]]]));
    expect(counts.perVillage('430623102')).toEqual(new Map([[V2, [0, 0, 0, 1, 1]]]));
    expect(counts.perVillage('430623', 2024)).toEqual(new Map());
  });
});
