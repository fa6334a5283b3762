import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCalendar, loadPolicies } from '../../src/config/policy-files.ts';
import { noticeEndsAt } from '../../src/domain/working-days.ts';

const dir = mkdtempSync(join(tmpdir(), 'policy-'));
const file = (name: string, content: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
};

describe('policy and calendar from configuration files', () => {
  it("uses the seeds' numbers by default and a region's own numbers from POLICY_FILE", () => {
    expect(loadPolicies(undefined).resolve('430623101201', 2024).spotCheck.ratio).toBe(0.3);
    const book = loadPolicies(file('p.json', { policies: [{ region: '430623', fromYear: 2025, set: { spotCheck: { ratio: 0.5 }, monitoring: { incomeLine: 7000 } } }] }));
    expect(book.resolve('430623101201', 2025)).toMatchObject({ spotCheck: { ratio: 0.5 }, monitoring: { incomeLine: 7000 } });
    expect(book.resolve('430623101201', 2024).spotCheck.ratio).toBe(0.3);
    expect(book.resolve('110105001001', 2025).spotCheck.ratio).toBe(0.3);
  });

  it('stops start-up naming the variable and the path of a wrong value', () => {
    expect(() => loadPolicies(file('bad.json', { policies: [{ region: '430623', fromYear: 2025, set: { spotCheck: { ratio: 3 } } }] }))).toThrow(/POLICY_FILE .*spotCheck\.ratio/);
    expect(() => loadPolicies(file('broken.json', '{ not json'))).toThrow(/POLICY_FILE: cannot read JSON/);
    expect(() => loadCalendar(join(dir, 'missing.json'))).toThrow(/CALENDAR_FILE: cannot read JSON/);
  });

  it('lets an administrator add a year the package does not know (2027), so notices across New Year can be scheduled', () => {
    const posted = '2026-12-28T02:00:00.000Z';
    const period = { days: 5, unit: 'working' as const };
    expect(noticeEndsAt(posted, period, loadCalendar(undefined))).toMatchObject({ ok: false, error: { code: 'CALENDAR_YEAR_UNKNOWN', year: 2027 } });
    const calendar = loadCalendar(file('c.json', { 2027: { holidays: ['2027-01-01', '2027-01-02', '2027-01-03'], workdays: [] } }));
    // 12-29 Tue, 12-30 Wed, 12-31 Thu, (1-1..1-3 off), 1-4 Mon, 1-5 Tue
    expect(noticeEndsAt(posted, period, calendar)).toEqual({ ok: true, value: '2027-01-05T16:00:00.000Z' });
  });
});
