import { describe, expect, it } from 'vitest';
import { HouseholdSchema } from '../../src/domain/household.ts';
import { memberAgeOn, MemberSchema } from '../../src/domain/member.ts';
import { HEAD_ID, head, household, member, VILLAGE } from './fixtures.ts';

const pathsOf = (input: unknown): string[] => {
  const r = HouseholdSchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => i.path.join('.'));
};

const base = {
  head: '张三', residentId: HEAD_ID, villageCode: VILLAGE, group: '3组', members: [head()],
  registration: 'registered', povertyStatus: 'escaped', mainCauseOfPoverty: null, incomes: {},
};

describe('HouseholdSchema', () => {
  it('fills defaults and survives a JSON round trip unchanged', () => {
    const h = household();
    expect(h.exclusions.consumerCar).toBe(false);
    expect(h.exclusions.childrenHouseholds.wellOff).toBe(false);
    expect(h.risks).toEqual([]);
    expect(HouseholdSchema.parse(JSON.parse(JSON.stringify(h)))).toEqual(h);
  });

  it('requires exactly one head, whose ID is the household\'s', () => {
    expect(pathsOf({ ...base, members: [member()] })).toEqual(['members']);
    expect(pathsOf({ ...base, members: [head(), head({ residentId: undefined, birthDate: '1965-03-12' })] })).toEqual(['members']);
    expect(pathsOf({ ...base, members: [head({ residentId: '11010519491231002X' })] })).toEqual(['members']);
  });

  it('gives a poverty status to registered households only', () => {
    expect(pathsOf({ ...base, povertyStatus: null })).toEqual(['povertyStatus']);
    expect(pathsOf({ ...base, registration: 'edge', povertyStatus: 'escaped' })).toEqual(['povertyStatus']);
    expect(HouseholdSchema.safeParse({ ...base, registration: 'edge', povertyStatus: null }).success).toBe(true);
  });

  it('rejects an invalid head ID, a non-village code and a malformed income year', () => {
    const wrongCheck = HEAD_ID.slice(0, 17) + (HEAD_ID.endsWith('0') ? '1' : '0');
    expect(pathsOf({ ...base, residentId: wrongCheck, members: [head({ residentId: undefined, birthDate: '1965-03-12' })] })).toEqual(['residentId']);
    expect(pathsOf({ ...base, villageCode: '430623101000' })).toEqual(['villageCode']);
    const badYear = { ...base, incomes: { '23': { wage: 1, business: 0, property: 0, transfer: 0, productionCosts: 0 } } };
    expect(pathsOf(badYear)).toEqual(['incomes.23']);
    expect(pathsOf(base)).toEqual([]);
  });

  it('requires a disability grade for a disabled member', () => {
    expect(MemberSchema.safeParse(member({ health: { status: 'disabled' } as never })).success).toBe(false);
    expect(MemberSchema.safeParse(member({ health: { status: 'disabled', grade: 2 } })).success).toBe(true);
  });

  it('needs some way to know a member\'s age, and prefers the birth date', () => {
    expect(MemberSchema.safeParse(member({ birthDate: undefined })).success).toBe(false);
    const m = MemberSchema.parse(member({ birthDate: '1968-05-01', age: 30 }));
    expect(memberAgeOn(m, '2024-05-01')).toBe(56);
    expect(memberAgeOn(MemberSchema.parse(member({ birthDate: undefined, age: 41 })), '2024-05-01')).toBe(41);
    expect(memberAgeOn(MemberSchema.parse(head()), '2024-01-01')).toBe(58); // from HEAD_ID, born 1965-03-12
  });
});
