import { describe, expect, it } from 'vitest';
import { createPolicyBook, GENERIC_2024_POLICY, seedPolicyBook, type PolicyBook } from '../../src/domain/policy.ts';

const book = (config: unknown): PolicyBook => {
  const r = createPolicyBook(config);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
};

describe('seed defaults', () => {
  it('gives every region the generic 2024 numbers of seeds 003 and 004', () => {
    const p = seedPolicyBook().resolve('110105001001', 2024);
    expect(p).toEqual(GENERIC_2024_POLICY);
    expect(p.fourCard).toMatchObject({ variant: 'generic-2024', incomeLine: 5000, singlePersonAgeLimit: 60 });
    expect(p.monitoring.incomeLine).toBe(6000);
    expect(p.notice.fourCard).toEqual({ days: 7, unit: 'calendar' });
    expect(p.notice.monitoring).toEqual({ days: 5, unit: 'working' });
    expect(p.spotCheck).toEqual({ ratio: 0.3, minInspectors: 2 });
    expect(p.reviewIntervalMonths).toEqual({ red: 6, yellow: 3, green: 3, blue: 3 });
    expect(p.contact.callsPerMonth).toEqual({ red: 2, yellow: 1, green: 1, blue: null });
    expect(p.contact.visitsPerYear).toEqual({ escaped: 6, notEscaped: 6 });
  });

  it('gives 华容县 the seed 000 scheme from 2020, and not before', () => {
    const huarong = seedPolicyBook().resolve('430623101201', 2020);
    expect(huarong.fourCard.variant).toBe('huarong-2020');
    expect(huarong.contact.visitsPerYear).toEqual({ escaped: 4, notEscaped: 8 });
    expect(seedPolicyBook().resolve('430623101201', 2019).fourCard.variant).toBe('generic-2024');
    expect(seedPolicyBook().resolve('430624101201', 2020).fourCard.variant).toBe('generic-2024');
  });
});

describe('PolicyBook resolution', () => {
  const b = book({
    defaults: { monitoring: { incomeLine: 5800 } },
    policies: [
      { region: '43', fromYear: 2021, set: { monitoring: { incomeLine: 6000 } } },
      { region: '43', fromYear: 2023, set: { monitoring: { incomeLine: 6500 } } },
      { region: '4306', fromYear: 2022, set: { fourCard: { incomeLine: 5200 } } },
      { region: '430623', fromYear: 2020, preset: 'huarong-2020', set: { monitoring: { incomeLine: 6100 } } },
      { region: '430623101', fromYear: 2024, set: { fourCard: { nearLineMargin: 0.05 } } },
    ],
  });

  it('falls back to the defaults where nothing applies', () => {
    expect(b.resolve('110105001001', 2024).monitoring.incomeLine).toBe(5800);
    expect(b.resolve('430702001001', 2020).monitoring.incomeLine).toBe(5800); // the province starts only in 2021
  });

  it('takes the latest year not after the one asked', () => {
    expect(b.resolve('430702001001', 2022).monitoring.incomeLine).toBe(6000);
    expect(b.resolve('430702001001', 2023).monitoring.incomeLine).toBe(6500);
    expect(b.resolve('430702001001', 2030).monitoring.incomeLine).toBe(6500);
  });

  it('prefers the longer prefix over a later year', () => {
    // 华容 set 6100 in 2020; the province's 6500 of 2023 is later but less specific
    expect(b.resolve('430623101201', 2024).monitoring.incomeLine).toBe(6100);
  });

  it('takes each number from the most specific entry that sets it', () => {
    const p = b.resolve('430623101201', 2024);
    expect(p.fourCard).toMatchObject({ variant: 'huarong-2020', incomeLine: 5200, nearLineMargin: 0.05 });
    expect(b.resolve('430623102201', 2024).fourCard.nearLineMargin).toBe(0.1); // another township
  });

  it('accepts a prefix or a zero-filled code alike', () => {
    expect(b.resolve('430623000000', 2024)).toEqual(b.resolve('430623', 2024));
  });

  it('throws on a malformed region code rather than guess', () => {
    expect(() => b.resolve('43062', 2024)).toThrow(RangeError);
  });
});

describe('PolicyBook configuration errors', () => {
  const issues = (config: unknown) => {
    const r = createPolicyBook(config);
    return r.ok ? [] : r.error.issues.map((i) => i.path);
  };

  it('names the path of a bad number, an unknown key and a bad region', () => {
    expect(issues({ policies: [{ region: '430623', fromYear: 2024, set: { fourCard: { incomeLine: -1 } } }] }))
      .toEqual(['policies[0].set.fourCard.incomeLine']);
    expect(issues({ policies: [{ region: '430623', fromYear: 2024, set: { fourCard: { incomeLimit: 5000 } } }] }))
      .toEqual(['policies[0].set.fourCard']);
    expect(issues({ policies: [{ region: '4306x', fromYear: 2024 }] })).toEqual(['policies[0].region']);
    expect(issues({ defaults: { notice: { monitoring: { days: 5, unit: 'weeks' } } } })).toEqual(['defaults.notice.monitoring.unit']);
    expect(issues({ polices: [] })).toEqual(['']);
  });

  it('rejects a __proto__ key instead of letting it change the merged policy', () => {
    const hostile = JSON.parse('{"defaults":{"fourCard":{"__proto__":{"incomeLine":1}}}}') as unknown;
    expect(issues(hostile)).toEqual(['defaults.fourCard']);
  });

  it('accepts the empty configuration', () => {
    expect(createPolicyBook({}).ok).toBe(true);
  });
});
