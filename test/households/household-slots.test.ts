import { describe, expect, it } from 'vitest';
import { HouseholdSlots } from '../../src/households/household-slots.ts';

const facts = (n: number) => ({ slab: n, start: n * 10, end: n * 10 + 5 });

describe("the households view's columns", () => {
  it("keeps each household's scalars in its slot, past the first growth, and instants exactly as recorded", () => {
    const slots = new HouseholdSlots();
    for (let i = 0; i < 3000; i++) slots.add(`h${i}`, `4306231012${String(i % 7).padStart(2, '0')}`, i % 3 === 0 ? 'edge' : 'registered', i % 5, `2026-03-0${1 + (i % 9)}T08:00:00.${String(i % 1000).padStart(3, '0')}Z`, facts(i), i % 2);
    expect(slots.size).toBe(3000);
    const slot = slots.slotOf('h2345') ?? -1;
    expect([slots.idOf(slot), slots.villageCodeOf(slot), slots.revisionOf(slot), slots.registeredAtOf(slot)]).toEqual(['h2345', '430623101200', 0, '2026-03-06T08:00:00.345Z']);
    expect(slots.factsOf(slot)).toEqual({ ...facts(2345), form: 1 });
    expect([slots.registrationOf(slot), slots.registrationOf(slots.slotOf('h2346') ?? -1)]).toEqual(['registered', 'edge']);
    // an instant in another form (another store, an old import) reads back as it was written, not normalised
    slots.moved(slot, 9, '2026-03-06T16:00:00+08:00');
    expect([slots.revisionOf(slot), slots.updatedAtOf(slot), slots.registeredAtOf(slot)]).toEqual([9, '2026-03-06T16:00:00+08:00', '2026-03-06T08:00:00.345Z']);
    slots.moved(slot, 10, '2026-03-07T00:00:00.000Z');
    expect(slots.updatedAtOf(slot)).toBe('2026-03-07T00:00:00.000Z');
  });

  it('lists the slots under a region in registration order', () => {
    const slots = new HouseholdSlots();
    ['430623101201', '430623102201', '430623101202', '430623101201'].forEach((v, i) => slots.add(`h${i}`, v, 'ordinary', 0, '2026-01-01T00:00:00.000Z', facts(i), 0));
    expect([...slots.slotsUnder('430623101')].map((s) => slots.idOf(s))).toEqual(['h0', 'h2', 'h3']);
    expect([...slots.slotsUnder('430623101201')].map((s) => slots.idOf(s))).toEqual(['h0', 'h3']);
  });
});
