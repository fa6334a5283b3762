import { describe, expect, it } from 'vitest';
import { DueIndex } from '../../src/due/due-index.ts';
import type { Duty } from '../../src/due/due-index.ts';

const duty = (key: string, dueAt: string, over: Partial<Duty> = {}): Duty => ({
  key,
  kind: 'contact',
  zh: '联系',
  subject: { chain: 'management', id: key },
  regionCode: '430623101201',
  owner: { personId: 'cadre-1', role: 'investigator' },
  supervisorRole: 'townshipReviewer',
  dueAt,
  ...over,
});

describe('the index of duties coming due', () => {
  it('answers overdue duties most overdue first, with whole days past due, inside the asked region only', () => {
    const index = new DueIndex();
    index.put(duty('a', '2026-03-01T16:00:00.000Z'));
    index.put(duty('b', '2026-02-01T16:00:00.000Z'));
    index.put(duty('c', '2026-05-01T16:00:00.000Z'));
    index.put(duty('d', '2026-01-01T16:00:00.000Z', { regionCode: '430623102301' }));
    const now = '2026-03-11T17:00:00.000Z';
    const township = index.query({ now, regionPrefix: '430623101', state: 'overdue' });
    expect(township.items.map((i) => [i.duty.key, i.overdueDays])).toEqual([['b', 38], ['a', 10]]);
    expect(township.total).toBe(2);
    const county = index.query({ now, regionPrefix: '430623', state: 'overdue' }, { offset: 0, limit: 2 });
    expect(county.total).toBe(3);
    expect(county.items.map((i) => i.duty.key)).toEqual(['d', 'b']);
    expect(index.query({ now, regionPrefix: '430623', state: 'open' }).items.map((i) => i.duty.key)).toEqual(['c']);
  });

  it('a duty done leaves the list; a duty put again with the same key replaces the old one', () => {
    const index = new DueIndex();
    index.put(duty('a', '2026-03-01T16:00:00.000Z'));
    index.put(duty('a', '2026-06-01T16:00:00.000Z'));
    const now = '2026-04-01T00:00:00.000Z';
    expect(index.query({ now, regionPrefix: '43', state: 'overdue' }).total).toBe(0);
    expect(index.query({ now, regionPrefix: '43', state: 'open' }).total).toBe(1);
    index.remove('a');
    expect(index.size).toBe(0);
    expect(index.query({ now, regionPrefix: '43', state: 'open' }).total).toBe(0);
  });

  it('shows a person what they owe and a supervisor what their people owe', () => {
    const index = new DueIndex();
    index.put(duty('mine', '2026-03-01T16:00:00.000Z'));
    index.put(duty('other', '2026-03-01T16:00:00.000Z', { owner: { personId: 'cadre-2', role: 'investigator' }, supervisorRole: 'countyOffice' }));
    const now = '2026-04-01T00:00:00.000Z';
    expect(index.query({ now, regionPrefix: '43', state: 'overdue', personId: 'cadre-1' }).items.map((i) => i.duty.key)).toEqual(['mine']);
    expect(index.query({ now, regionPrefix: '43', state: 'overdue', supervisedBy: ['townshipReviewer'] }).items.map((i) => i.duty.key)).toEqual(['mine']);
    expect(index.query({ now, regionPrefix: '43', state: 'overdue', role: 'investigator' }).total).toBe(2);
    expect(index.countByKind({ now, regionPrefix: '43', state: 'overdue' })).toEqual({ contact: 2 });
  });

  it('warns from warnFrom until the duty falls due', () => {
    const index = new DueIndex();
    index.put(duty('soon', '2026-06-30T16:00:00.000Z', { warnFrom: '2026-06-23T16:00:00.000Z' }));
    index.put(duty('later', '2026-09-30T16:00:00.000Z', { warnFrom: '2026-09-23T16:00:00.000Z' }));
    const soon = index.query({ now: '2026-06-25T00:00:00.000Z', regionPrefix: '43', state: 'dueSoon' });
    expect(soon.items.map((i) => [i.duty.key, i.overdueDays])).toEqual([['soon', -6]]);
  });

  it('area-level duties of a township or county are seen from above, not from a village', () => {
    const index = new DueIndex();
    index.put(duty('county', '2026-03-01T16:00:00.000Z', { regionCode: '430623' }));
    index.put(duty('township', '2026-03-01T16:00:00.000Z', { regionCode: '430623101' }));
    const now = '2026-04-01T00:00:00.000Z';
    expect(index.query({ now, regionPrefix: '430623', state: 'overdue' }).total).toBe(2);
    expect(index.query({ now, regionPrefix: '430623101', state: 'overdue' }).items.map((i) => i.duty.key)).toEqual(['township']);
    expect(index.query({ now, regionPrefix: '430623101201', state: 'overdue' }).total).toBe(0);
    index.removeSubject('management', 'county');
    expect(index.ofSubject('management', 'county')).toEqual([]);
  });

  it('refuses instants that would not compare as strings', () => {
    expect(() => new DueIndex().put(duty('x', '2026-03-01T16:00:00+08:00'))).toThrow(/UTC/);
  });
});
