import { describe, expect, it } from 'vitest';
import { DueIndex } from '../../src/due/due-index.ts';
import type { Duty } from '../../src/due/due-index.ts';
import { seededRandom } from '../../src/shared/random.ts';

const KINDS = ['contact', 'visit', 'review', 'monitoring'];

describe('counts per kind of a worklist', () => {
  it('agree with the duties the query answers, filtered or not, after changes (fixed seed)', () => {
    const random = seededRandom('due-counts');
    const due = new DueIndex();
    const day = (d: number) => new Date(Date.UTC(2026, 0, 1) + d * 86_400_000).toISOString();
    const duty = (i: number): Duty => ({
      key: `k${i}`, kind: KINDS[Math.floor(random.next() * KINDS.length)] ?? 'contact', zh: '事项', subject: { chain: 'management', id: `h${i % 50}` },
      regionCode: `430623${100 + Math.floor(random.next() * 3)}${201 + Math.floor(random.next() * 4)}`,
      owner: { personId: `p${i % 7}`, role: null }, supervisorRole: 'townshipReviewer', dueAt: day(Math.floor(random.next() * 60)),
    });
    for (let i = 0; i < 500; i++) due.put(duty(i));
    const check = (now: string, prefix: string, personId?: string) => {
      for (const state of ['overdue', 'open'] as const) {
        const q = { now, regionPrefix: prefix, state, ...(personId ? { personId } : {}) };
        const byItems: Record<string, number> = {};
        for (const { duty: d } of due.query(q).items) byItems[d.kind] = (byItems[d.kind] ?? 0) + 1;
        expect(due.countByKind(q)).toEqual(byItems);
      }
    };
    check(day(30), '430623');
    check(day(30), '430623101');
    check(day(30), '430623101202');
    check(day(45), '430623', 'p3');
    for (let i = 0; i < 100; i++) due.remove(`k${i * 3}`);
    for (let i = 500; i < 550; i++) due.put(duty(i));
    check(day(20), '430623');
    check(day(20), '430623102');
  });
});
