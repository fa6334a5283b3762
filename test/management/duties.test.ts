import { describe, expect, it } from 'vitest';
import { DueIndex } from '../../src/due/due-index.ts';
import { createPolicyBook, seedPolicyBook } from '../../src/domain/policy.ts';
import { ManagementView } from '../../src/management/projection.ts';
import { monthOf, pacedDueMonth, proratedCount, yearPeriod } from '../../src/management/periods.ts';
import { contact, started } from './support.ts';

const HUARONG = '430623101201'; // seed 000 by the seed policy
const GENERIC = '430624101201'; // seed 003 (the generic county)

const keysOf = (due: DueIndex, now: string, state: 'overdue' | 'open' = 'overdue') => due.query({ now, regionPrefix: '43', state }).items.map((i) => i.duty.key).sort();

describe('periods in China time', () => {
  it('paces a count over its period: 4 a year by the ends of March, June, September, December; 8 about every six weeks', () => {
    const y = yearPeriod(2026 * 12);
    expect([1, 2, 3, 4].map((k) => pacedDueMonth(y.from, y.to, 4, k) - y.from)).toEqual([3, 6, 9, 12]);
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((k) => pacedDueMonth(y.from, y.to, 8, k) - y.from)).toEqual([2, 3, 5, 6, 8, 9, 11, 12]);
    // taken under management in May: 8 of the year's months remain, 2/3 of 8 visits rounded up
    expect(proratedCount(y, 2026 * 12 + 4, 8)).toBe(6);
  });

  it('counts a contact at 23:30 China time on the last of the month in that month', () => {
    expect(monthOf('2026-05-31T23:30:00+08:00')).toBe(2026 * 12 + 4);
    expect(monthOf('2026-05-31T16:00:00Z')).toBe(2026 * 12 + 5);
  });
});

describe('duties of a carded household in the one due index', () => {
  it('opens each month as it comes, only for the households waiting on it; an unfulfilled month stays overdue beside the next', () => {
    const due = new DueIndex();
    const view = new ManagementView(due, seedPolicyBook());
    view.apply(started('a', HUARONG, 'red', '2026-04-10T01:00:00.000Z', { id: 'cadre-a', unitLevel: 'county' }));
    expect(view.rollTo('2026-05-02T00:00:00Z')).toBe(1);
    expect(view.rollTo('2026-05-20T00:00:00Z')).toBe(0); // nothing waits within a month already opened
    // a red card's monthly monitoring is carried by its calls (a month with a call is a month monitored)
    expect(keysOf(due, '2026-05-20T00:00:00Z', 'open')).toEqual(['management:call:a:2026-05', 'management:review:a', 'management:visit:a:2026'].sort());
    // June passes with nothing done: May stays overdue, June's are put
    view.rollTo('2026-07-01T00:00:00Z');
    const overdue = keysOf(due, '2026-07-01T00:00:00Z');
    expect(overdue).toEqual(expect.arrayContaining(['management:call:a:2026-05', 'management:call:a:2026-06', 'management:visit:a:2026']));
    expect(keysOf(due, '2026-07-01T00:00:00Z', 'open')).toContain('management:call:a:2026-07');
    // a late phone call for May by the paired cadre counts in May: one of two
    view.apply(contact('a', 1, 'phone', '2026-05-30T10:00:00+08:00', 'cadre-a'));
    expect(due.get('management:call:a:2026-05')?.detail).toMatchObject({ done: 1, required: 2 });
  });

  it("counts a call or visit toward the paired cadre's duty only when the cadre made it: another's is logged, the duty stays", () => {
    const due = new DueIndex();
    const view = new ManagementView(due, seedPolicyBook());
    view.apply(started('y', HUARONG, 'yellow', '2026-04-10T01:00:00.000Z', { id: 'cadre-y', unitLevel: 'township' }));
    view.rollTo('2026-06-02T00:00:00Z');
    // a village clerk phones the household in May: recorded on the record, May's call still owed by the cadre
    view.apply(contact('y', 1, 'phone', '2026-05-20T10:00:00+08:00', 'clerk-1'));
    expect(view.get('y')?.context.lastContactAt).toBe('2026-05-20T10:00:00+08:00');
    expect(due.get('management:call:y:2026-05')).toMatchObject({ owner: { personId: 'cadre-y' }, detail: { done: 0, required: 1 } });
    expect(due.query({ now: '2026-06-02T00:00:00Z', regionPrefix: '43', state: 'overdue', personId: 'cadre-y' }).items.map((i) => i.duty.key)).toContain('management:call:y:2026-05');
    // the cadre's own call, entered late, discharges it
    view.apply(contact('y', 2, 'phone', '2026-05-28T10:00:00+08:00', 'cadre-y'));
    expect(due.get('management:call:y:2026-05')).toBeUndefined();
    // nor does a visit by another count toward the year's visits
    const before = due.get('management:visit:y:2026')?.detail;
    view.apply(contact('y', 3, 'visit', '2026-06-05T10:00:00+08:00', 'clerk-1'));
    expect(due.get('management:visit:y:2026')?.detail).toEqual(before);
    view.apply(contact('y', 4, 'visit', '2026-06-06T10:00:00+08:00', 'cadre-y'));
    expect(due.get('management:visit:y:2026')?.detail).toMatchObject({ done: 1 });
  });

  it("a blue card owes the month's monitoring (no calls, no visit count): any contact fulfils it, also entered late", () => {
    const due = new DueIndex();
    const view = new ManagementView(due, seedPolicyBook());
    view.apply(started('b', HUARONG, 'blue', '2026-04-10T01:00:00.000Z', null));
    view.rollTo('2026-06-02T00:00:00Z');
    expect(keysOf(due, '2026-06-02T00:00:00Z')).toEqual(['management:monitor:b:2026-05']);
    expect(due.get('management:monitor:b:2026-05')?.owner).toMatchObject({ personId: null, role: 'villageClerk' });
    view.apply(contact('b', 1, 'phone', '2026-05-30T10:00:00+08:00'));
    expect(keysOf(due, '2026-06-02T00:00:00Z')).toEqual([]);
    expect(keysOf(due, '2026-06-02T00:00:00Z', 'open')).toEqual(['management:monitor:b:2026-06', 'management:review:b'].sort());
  });

  it('003: a city-unit cadre owes a visit a quarter, a township cadre 6 a year; 000 counts 4 a year for an escaped household', () => {
    const due = new DueIndex();
    const view = new ManagementView(due, seedPolicyBook());
    view.apply(started('city', GENERIC, 'yellow', '2026-03-20T01:00:00.000Z', { id: 'c1', unitLevel: 'city' }));
    view.apply(started('town', GENERIC, 'yellow', '2026-03-20T01:00:00.000Z', { id: 'c2', unitLevel: 'township' }));
    view.apply(started('hr', HUARONG, 'yellow', '2026-03-20T01:00:00.000Z', { id: 'c3', unitLevel: 'township' }));
    view.rollTo('2026-04-02T00:00:00Z');
    expect(due.get('management:visit:city:2026Q2')).toMatchObject({ dueAt: '2026-06-30T16:00:00.000Z', detail: { required: 1 } });
    // April to December: 9 of 12 months of 6 → 5, the first by the end of May
    expect(due.get('management:visit:town:2026')).toMatchObject({ dueAt: '2026-05-31T16:00:00.000Z', detail: { required: 5 } });
    expect(due.get('management:visit:hr:2026')).toMatchObject({ detail: { required: 3 } });
    // the city cadre's next quarter comes due by itself
    view.rollTo('2026-07-05T00:00:00Z');
    expect(due.get('management:visit:city:2026Q3')).toMatchObject({ dueAt: '2026-09-30T16:00:00.000Z' });
    expect(due.get('management:visit:city:2026Q2')).toBeDefined(); // missed, stays overdue
  });

  it('a region may choose the other visit rule in its policy', () => {
    const book = createPolicyBook({ policies: [{ region: '430624', fromYear: 2020, set: { management: { visitRule: 'byHousehold' } } }] });
    if (!book.ok) throw new Error('policy');
    const due = new DueIndex();
    const view = new ManagementView(due, book.value);
    view.apply(started('g', GENERIC, 'red', '2025-12-20T01:00:00.000Z', { id: 'c', unitLevel: 'city' }));
    view.rollTo('2026-01-02T00:00:00Z');
    // generic visitsPerYear (6 for a not-escaped household) by the household, not the quarterly city rule
    expect(due.get('management:visit:g:2026')).toMatchObject({ detail: { required: 6 } });
    expect(due.get('management:visit:g:2026Q1')).toBeUndefined();
  });
});
