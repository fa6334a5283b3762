import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ageFromResidentId, birthDateFromResidentId, maskResidentId, residentIdCheckChar, ResidentIdSchema, validateResidentId,
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

  it('refuses each kind of defect with its reason code', () => {
    const good = residentId('430623', '19850101');
    const wrongCheck = good.slice(0, 17) + (good.endsWith('0') ? '1' : '0');
    expect(validateResidentId(wrongCheck)).toEqual({ ok: false, error: { code: 'RESIDENT_ID_CHECK_DIGIT' } });
    expect(validateResidentId('4306231985010100')).toEqual({ ok: false, error: { code: 'RESIDENT_ID_FORMAT' } });
    expect(validateResidentId('43062319850101001Y')).toEqual({ ok: false, error: { code: 'RESIDENT_ID_FORMAT' } });
    expect(validateResidentId(residentId('990623', '19850101'))).toEqual({ ok: false, error: { code: 'RESIDENT_ID_REGION' } });
    expect(validateResidentId(residentId('430623', '19850230'))).toEqual({ ok: false, error: { code: 'RESIDENT_ID_BIRTH_DATE' } });
    expect(validateResidentId(residentId('430623', '19990229'))).toEqual({ ok: false, error: { code: 'RESIDENT_ID_BIRTH_DATE' } });
    expect(validateResidentId(residentId('430623', '20000229')).ok).toBe(true);
  });

  it('refuses a birth date after the reference date when one is given', () => {
    const id = residentId('430623', '20250601');
    expect(validateResidentId(id, '2025-05-31')).toEqual({ ok: false, error: { code: 'RESIDENT_ID_BIRTH_DATE' } });
    expect(validateResidentId(id, '2025-06-01').ok).toBe(true);
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
