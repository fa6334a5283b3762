import { z } from 'zod';
import { ageOn, isIsoDate, type IsoDate } from './dates.ts';
import { err, ok, type Result } from './result.ts';

/**
 * 公民身份号码 (GB 11643-1999): 6-digit address code, 8-digit birth date, 3-digit sequence, check character. A
 * refusal says which part is wrong, so the person at the form knows where to look: the length, a character that is
 * not a digit (or X at the end), the province of the address code, the birth date, or the check character.
 */
export type ResidentIdError =
  | { readonly code: 'RESIDENT_ID_LENGTH'; readonly length: number }
  /** `position` is 1-based: the first character that is not a digit (or X in the last place) */
  | { readonly code: 'RESIDENT_ID_CHARACTERS'; readonly position: number }
  | { readonly code: 'RESIDENT_ID_REGION' }
  /** not a date, before 1880, or after the reference date */
  | { readonly code: 'RESIDENT_ID_BIRTH_DATE'; readonly problem: 'not-a-date' | 'too-early' | 'after-reference-date' }
  | { readonly code: 'RESIDENT_ID_CHECK_DIGIT' };

export type ResidentIdReason = ResidentIdError['code'];

export interface ResidentIdFacts {
  /** upper-cased: a lower-case 'x' is accepted on input because hand-typed forms contain it */
  readonly id: string;
  readonly addressCode: string;
  readonly birthDate: IsoDate;
  readonly sex: 'male' | 'female';
}

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';
// Province-level codes of GB/T 2260 (incl. Taiwan 71, Hong Kong 81, Macao 82); anything else is a typo.
const PROVINCES = new Set([11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46,
  50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82]);

/** The check character for the first 17 digits: Σ(digit × weight) mod 11 indexes '10X98765432'. */
export const residentIdCheckChar = (first17: string): string => {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17.charAt(i)) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARS.charAt(sum % 11);
};

/** `asOf`, when given, also refuses a birth date after it (an ID cannot belong to someone not yet born). */
export const validateResidentId = (input: string, asOf?: IsoDate): Result<ResidentIdFacts, ResidentIdError> => {
  const id = input.toUpperCase();
  // counted in code points (a full-width or emoji character is one character to the person typing it)
  const length = input.length > 64 ? input.length : [...input].length;
  if (length !== 18) return err({ code: 'RESIDENT_ID_LENGTH', length });
  if (!/^\d{17}[\dX]$/.test(id)) {
    const position = [...id].findIndex((c, i) => !(/^\d$/.test(c) || (i === 17 && c === 'X'))) + 1;
    return err({ code: 'RESIDENT_ID_CHARACTERS', position });
  }
  if (!PROVINCES.has(Number(id.slice(0, 2)))) return err({ code: 'RESIDENT_ID_REGION' });
  const birthDate = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  if (!isIsoDate(birthDate)) return err({ code: 'RESIDENT_ID_BIRTH_DATE', problem: 'not-a-date' });
  if (Number(id.slice(6, 10)) < 1880) return err({ code: 'RESIDENT_ID_BIRTH_DATE', problem: 'too-early' });
  if (asOf !== undefined && birthDate > asOf) return err({ code: 'RESIDENT_ID_BIRTH_DATE', problem: 'after-reference-date' });
  if (residentIdCheckChar(id.slice(0, 17)) !== id.charAt(17)) return err({ code: 'RESIDENT_ID_CHECK_DIGIT' });
  const sex = Number(id.charAt(16)) % 2 === 1 ? 'male' : 'female';
  return ok({ id, addressCode: id.slice(0, 6), birthDate, sex });
};

export const isValidResidentId = (input: string): boolean => validateResidentId(input).ok;

/** what a refusal tells the person at the form, in Chinese and English; never the ID itself */
export const describeResidentIdError = (e: ResidentIdError): { zh: string; en: string } => {
  switch (e.code) {
    case 'RESIDENT_ID_LENGTH':
      return { zh: `应为 18 位，现为 ${e.length} 位`, en: `must have 18 characters, not ${e.length}` };
    case 'RESIDENT_ID_CHARACTERS':
      return e.position === 18
        ? { zh: '最后一位应为数字或 X', en: 'the last character must be a digit or X' }
        : { zh: `前 17 位应全为数字（第 ${e.position} 位不是数字）`, en: `the first 17 characters must be digits (character ${e.position} is not)` };
    case 'RESIDENT_ID_REGION':
      return { zh: '前两位不是有效的省级行政区划代码', en: 'the first two digits are not a province code' };
    case 'RESIDENT_ID_BIRTH_DATE':
      return e.problem === 'after-reference-date'
        ? { zh: '第 7–14 位的出生日期晚于当前日期', en: 'the birth date (characters 7–14) is in the future' }
        : e.problem === 'too-early'
          ? { zh: '第 7–14 位的出生日期早于 1880 年', en: 'the birth date (characters 7–14) is before 1880' }
          : { zh: '第 7–14 位不是有效的出生日期', en: 'characters 7–14 are not a real birth date' };
    case 'RESIDENT_ID_CHECK_DIGIT':
      return { zh: '校验位（最后一位）与前 17 位不符，请逐位核对', en: 'the check character (the last) does not match the first 17; check each digit' };
  }
};

/** a refused ID is one zod issue whose params carry the part that is wrong (code) and the messages */
export const ResidentIdSchema = z
  .string()
  .superRefine((value, ctx) => {
    const checked = validateResidentId(value);
    if (checked.ok) return;
    const { zh, en } = describeResidentIdError(checked.error);
    ctx.addIssue({ code: 'custom', message: `not a valid resident ID (GB 11643-1999): ${en}`, params: { code: checked.error.code, zh, en } });
  })
  .transform((id) => id.toUpperCase());

/** For roles that need to recognise a household but not identify a person: first 10, six '*', last 2. */
export const maskResidentId = (id: string): string =>
  id.length === 18 ? `${id.slice(0, 10)}******${id.slice(16)}` : '*'.repeat(id.length);

export const birthDateFromResidentId = (id: string): IsoDate | null => {
  const facts = validateResidentId(id);
  return facts.ok ? facts.value.birthDate : null;
};

export const ageFromResidentId = (id: string, on: IsoDate): number | null => {
  const birth = birthDateFromResidentId(id);
  return birth === null ? null : ageOn(birth, on);
};
