import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ageFromResidentId, birthDateFromResidentId, describeResidentIdError, maskResidentId, residentIdCheckChar, ResidentIdSchema, validateResidentId,
} from '../../src/domain/resident-id.ts';
import { referenceCheckChar, residentId } from './fixtures.ts';
import { seeded } from '../support/property.ts';

describe('validateResidentId', () => {
  it('accepts the GB 11643 sample 11010519491231002X and reads its facts', () => {
    expect(validateResidentId('11010519491231002X')).toEqual({
      ok: true,
      value: { id: '11010519491231002X', addressCode: '110105', birthDate: '1949-12-31', sex: 'female' },
    });
  });

  it('accepts a lower-case x and normalises it', () => {
    const r = validateResidentId('11010519491231002x');
    expect(r.ok && r.value.id).toBe('11010519491231002X');
    expect(ResidentIdSchema.parse('11010519491231002x')).toBe('11010519491231002X');
  });

  it('computes check characters by hand-verified examples', () => {
    // 1·7+1·9+0+1·5+0+5·4+1·2+9·1+4·6+9·3+1·7+2·9+3·10+1·5+0+0+2·2 = 167; 167 mod 11 = 2 → 'X'
    expect(residentIdCheckChar('11010519491231002')).toBe('X');
    expect(residentIdCheckChar('43062319850101001')).toBe(referenceCheckChar('43062319850101001'));
  });

  it('refuses each kind of defect with its reason code: which part of the ID is wrong', () => {
    const good = residentId('430623', '19850101');
    const wrongCheck = good.slice(0, 17) + (good.endsWith('0') ? '1' : '0');
    expect(validateResidentId(wrongCheck)).toEqual({ ok: false, error: { code: 'RESIDENT_ID_CHECK_DIGIT' } });
    expect(validateResidentId('4306231985010100')).toEqual({ ok: false, error: { code: 'RESIDENT_ID_LENGTH', length: 16 } });
    expect(validateResidentId(`${good}1`)).toEqual({ ok: false, error: { code: 'RESIDENT_ID_LENGTH', length: 19 } });
    expect(validateResidentId('')).toEqual({ ok: false, error: { code: 'RESIDENT_ID_LENGTH', length: 0 } });
    // full-width digits are one character each to the person typing them: the length is right, the characters are not
    expect(validateResidentId(`４${good.slice(1)}`)).toEqual({ ok: false, error: { code: 'RESIDENT_ID_CHARACTERS', position: 1 } });
    expect(validateResidentId('43062319850101001Y')).toEqual({ ok: false, error: { code: 'RESIDENT_ID_CHARACTERS', position: 18 } });
    expect(validateResidentId('4306X3198501010013')).toEqual({ ok: false, error: { code: 'RESIDENT_ID_CHARACTERS', position: 5 } });
    expect(validateResidentId(residentId('990623', '19850101'))).toEqual({ ok: false, error: { code: 'RESIDENT_ID_REGION' } });
    expect(validateResidentId(residentId('430623', '19850230'))).toEqual({ ok: false, error: { code: 'RESIDENT_ID_BIRTH_DATE', problem: 'not-a-date' } });
    expect(validateResidentId(residentId('430623', '19990229'))).toEqual({ ok: false, error: { code: 'RESIDENT_ID_BIRTH_DATE', problem: 'not-a-date' } });
    expect(validateResidentId(residentId('430623', '18700101'))).toEqual({ ok: false, error: { code: 'RESIDENT_ID_BIRTH_DATE', problem: 'too-early' } });
    expect(validateResidentId(residentId('430623', '20000229')).ok).toBe(true);
  });

  it('says in Chinese and English which part is wrong, never the ID itself', () => {
    const cases: Array<[Parameters<typeof describeResidentIdError>[0], RegExp]> = [
      [{ code: 'RESIDENT_ID_LENGTH', length: 16 }, /应为 18 位，现为 16 位/],
      [{ code: 'RESIDENT_ID_CHARACTERS', position: 5 }, /第 5 位不是数字/],
      [{ code: 'RESIDENT_ID_CHARACTERS', position: 18 }, /最后一位应为数字或 X/],
      [{ code: 'RESIDENT_ID_REGION' }, /省级行政区划代码/],
      [{ code: 'RESIDENT_ID_BIRTH_DATE', problem: 'not-a-date' }, /第 7–14 位不是有效的出生日期/],
      [{ code: 'RESIDENT_ID_CHECK_DIGIT' }, /校验位/],
    ];
    for (const [error, zh] of cases) {
      const { zh: said, en } = describeResidentIdError(error);
      expect(said).toMatch(zh);
      expect(en).toMatch(/^[\x20-\x7e–]+$/);
    }
  });

  it('the schema reports one issue naming the part (params.code) with both messages', () => {
    const good = residentId('430623', '19850101');
    const issues = (value: string) => ResidentIdSchema.safeParse(value).error?.issues.map((i) => (i.code === 'custom' ? i.params : i.code));
    expect(issues(good.slice(0, 17))).toEqual([{ code: 'RESIDENT_ID_LENGTH', zh: '应为 18 位，现为 17 位', en: 'must have 18 characters, not 17' }]);
    expect(issues(residentId('430623', '19850230'))).toEqual([expect.objectContaining({ code: 'RESIDENT_ID_BIRTH_DATE' })]);
    expect(issues(good.slice(0, 17) + (good.endsWith('0') ? '1' : '0'))).toEqual([expect.objectContaining({ code: 'RESIDENT_ID_CHECK_DIGIT' })]);
  });

  it('agrees with an independent MOD 11-2 for any address, date and sequence; any other check char fails', () => {
    const day = fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true });
    const seq = fc.integer({ min: 0, max: 999 }).map((n) => String(n).padStart(3, '0'));
    fc.assert(fc.property(day, seq, fc.constantFrom('430623', '110105', '650102'), (d, s, a) => {
      const first17 = `${a}${d.toISOString().slice(0, 10).replaceAll('-', '')}${s}`;
      const right = referenceCheckChar(first17);
      expect(validateResidentId(first17 + right).ok).toBe(true);
      for (const c of '0123456789X') if (c !== right) expect(validateResidentId(first17 + c).ok).toBe(false);
    }), seeded({ numRuns: 200 }));
  });
});

describe('maskResidentId', () => {
  it('keeps the first 10 and last 2 characters', () => {
    expect(maskResidentId('430623198501010312')).toBe('4306231985******12');
    expect(maskResidentId('11010519491231002X')).toBe('1101051949******2X');
  });

  it('hides everything of a malformed value rather than guess where the birth date is', () => {
    expect(maskResidentId('4306231985')).toBe('**********');
  });
});

describe('birth date and age from the ID', () => {
  it('counts completed years (周岁)', () => {
    const id = residentId('430623', '19650312');
    expect(birthDateFromResidentId(id)).toBe('1965-03-12');
    expect(ageFromResidentId(id, '2025-03-11')).toBe(59);
    expect(ageFromResidentId(id, '2025-03-12')).toBe(60);
  });

  it('ages a 29 February birth on 1 March in common years', () => {
    const id = residentId('430623', '20000229');
    expect(ageFromResidentId(id, '2021-02-28')).toBe(20);
    expect(ageFromResidentId(id, '2021-03-01')).toBe(21);
    expect(ageFromResidentId(id, '2024-02-29')).toBe(24);
  });

  it('gives null for an invalid ID', () => {
    expect(ageFromResidentId('430623198501010310', '2025-01-01')).toBeNull();
  });
});
