import type { z } from 'zod';
import { HouseholdSchema, type Household, type HouseholdInput } from '../../src/domain/household.ts';
import type { IncomeYearSchema } from '../../src/domain/household-facts.ts';
import type { MemberSchema } from '../../src/domain/member.ts';
import { seedPolicyBook } from '../../src/domain/policy.ts';

/**
 * ISO 7064 MOD 11-2 written independently of the code under test: weight of position i (0-based, 17 digits) is
 * 2^(17−i) mod 11, and the check value is (12 − Σ mod 11) mod 11, with 10 written 'X'.
 */
export const referenceCheckChar = (first17: string): string => {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (2 ** (17 - i) % 11);
  const check = (12 - (sum % 11)) % 11;
  return check === 10 ? 'X' : String(check);
};

/** A valid resident ID for an address code, a birth date (YYYYMMDD) and a sequence number. */
export const residentId = (address: string, birth: string, seq = '001'): string => {
  const first17 = `${address}${birth}${seq}`;
  return first17 + referenceCheckChar(first17);
};

export const HEAD_ID = residentId('430623', '19650312', '031');
export const VILLAGE = '430623101201'; // a village of 华容县 (430623), township 101

type MemberInput = z.input<typeof MemberSchema>;
type IncomeInput = z.input<typeof IncomeYearSchema>;

export const member = (over: Partial<MemberInput> = {}): MemberInput => ({
  name: '李四',
  relation: 'spouse',
  birthDate: '1968-05-01',
  studentStatus: 'none',
  health: { status: 'healthy' },
  labour: 'normal',
  employment: { place: 'none' },
  ...over,
});

export const head = (over: Partial<MemberInput> = {}): MemberInput =>
  member({ name: '张三', relation: 'head', residentId: HEAD_ID, birthDate: undefined, ...over });

/** An income whose per-capita net is `perCapita` for a household of `size`, all of it from wages. */
export const incomeOf = (perCapita: number, size: number, over: Partial<IncomeInput> = {}): IncomeInput => ({
  wage: perCapita * size, business: 0, property: 0, transfer: 0, productionCosts: 0, ...over,
});

/** A two-person registered household, escaped, earning 4000 a head in 2019 and 2023; override what a test needs. */
export const household = (over: Partial<HouseholdInput> = {}): Household =>
  HouseholdSchema.parse({
    head: '张三',
    residentId: HEAD_ID,
    villageCode: VILLAGE,
    group: '3组',
    members: [head(), member()],
    registration: 'registered',
    povertyStatus: 'escaped',
    mainCauseOfPoverty: 'lack-of-skills',
    incomes: { '2019': incomeOf(4000, 2), '2023': incomeOf(4000, 2) },
    ...over,
  });

const book = seedPolicyBook();
export const HUARONG_2020 = book.resolve(VILLAGE, 2020);
export const GENERIC_2024 = book.resolve('110105001001', 2024);

export const codes = (rules: readonly { code: string }[]): string[] => rules.map((r) => r.code);
