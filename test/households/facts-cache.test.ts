import { describe, expect, it } from 'vitest';
import type { Household } from '../../src/domain/household.ts';
import { FactsCache, HouseholdRow } from '../../src/households/projection.ts';
import { yellowHousehold } from '../support/fixtures.ts';

const facts = (seq: number) => yellowHousehold(seq) as unknown as Household;
const stored = (household: Household) => {
  const slab = Buffer.from(`padding${JSON.stringify({ household, machineVersion: 'household@2' })}tail`);
  return { slab, start: 7, end: slab.length - 4, villageCode: household.villageCode };
};

describe('household facts kept as JSON, the last ones read or changed parsed (the households read model)', () => {
  it('a changed household pushed out of the cache reads its changed facts; a stored one reads its registration', () => {
    const cache = new FactsCache(2);
    const a = new HouseholdRow('a', { household: facts(1) }, 0, 't', 't', cache);
    const b = new HouseholdRow('b', stored(facts(2)), 0, 't', 't', cache);
    const c = new HouseholdRow('c', stored(facts(3)), 0, 't', 't', cache);
    const changed = { ...a.household, group: '9组', villageCode: '430623101202' };
    a.household = changed;
    // b and c are read: a leaves the cache and is written back as JSON
    expect(b.household).toEqual(facts(2));
    expect(c.household).toEqual(facts(3));
    expect(a.household).toEqual(changed);
    expect(a.household).not.toBe(changed);
    expect(a.villageCode).toBe('430623101202');
    // read again and again while cached: one object, no parsing
    expect(c.household).toBe(c.household);
  });

  it('every household keeps its own facts through many evictions and changes', () => {
    const cache = new FactsCache(3);
    const rows = Array.from({ length: 20 }, (_, i) => new HouseholdRow(`h${i}`, i % 2 === 0 ? { household: facts(i) } : stored(facts(i)), 0, 't', 't', cache));
    for (let round = 0; round < 3; round++) {
      for (const [i, row] of rows.entries()) row.household = { ...row.household, group: `${i}-${round}组` };
    }
    for (const [i, row] of rows.entries()) expect(row.household).toEqual({ ...facts(i), group: `${i}-2组` });
  });
});
