import { z } from 'zod';
import { ageOn, isIsoDate, type IsoDate } from './dates.ts';
import { err, ok, type Result } from './result.ts';

/** 公民身份号码 (GB 11643-1999): 6-digit address code, 8-digit birth date, 3-digit sequence, check character. */
export type ResidentIdReason =
  | 'RESIDENT_ID_FORMAT'
  | 'RESIDENT_ID_REGION'
  | 'RESIDENT_ID_BIRTH_DATE'
  | 'RESIDENT_ID_CHECK_DIGIT';

export interface ResidentIdError {
  readonly code: ResidentIdReason;
}

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
  if (!/^\d{17}[\dX]$/.test(id)) return err({ code: 'RESIDENT_ID_FORMAT' });
  if (!PROVINCES.has(Number(id.slice(0, 2)))) return err({ code: 'RESIDENT_ID_REGION' });
  const birthDate = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  const tooOld = Number(id.slice(6, 10)) < 1880;
  if (!isIsoDate(birthDate) || tooOld || (asOf !== undefined && birthDate > asOf)) {
    return err({ code: 'RESIDENT_ID_BIRTH_DATE' });
  }
  if (residentIdCheckChar(id.slice(0, 17)) !== id.charAt(17)) return err({ code: 'RESIDENT_ID_CHECK_DIGIT' });
  const sex = Number(id.charAt(16)) % 2 === 1 ? 'male' : 'female';
  return ok({ id, addressCode: id.slice(0, 6), birthDate, sex });
};

export const isValidResidentId = (input: string): boolean => validateResidentId(input).ok;

export const ResidentIdSchema = z
  .string()
  .refine(isValidResidentId, { message: 'not a valid 18-character resident ID (GB 11643-1999)' })
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
