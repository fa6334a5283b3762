import { z } from 'zod';

/**
 * 统计用区划代码: province 2 + city 2 + county 2 + township 3 + village 3 digits. A region is named either by its
 * full 12-digit code (lower levels zero-filled, e.g. 430623000000 for 华容县) or by its significant prefix
 * (430623). Jurisdiction is prefix containment, so everything below works on significant prefixes.
 */
export type RegionLevel = 'province' | 'city' | 'county' | 'township' | 'village';

const LEVEL_LENGTHS: readonly (readonly [RegionLevel, number])[] = [
  ['province', 2], ['city', 4], ['county', 6], ['township', 9], ['village', 12],
];
const ZERO_SEGMENTS: readonly (readonly [number, number])[] = [[2, 4], [4, 6], [6, 9], [9, 12]];

/**
 * The significant prefix of a code or prefix; null if malformed or gapped (e.g. 430000101000). Shorter forms are
 * zero-filled first, so the 6-digit 430600 (岳阳市, as in resident IDs) is the city 4306, not a county.
 */
export const regionPrefix = (code: string): string | null => {
  if (!/^\d+$/.test(code) || !LEVEL_LENGTHS.some(([, n]) => n === code.length)) return null;
  const full = code.padEnd(12, '0');
  if (full.startsWith('00')) return null;
  let end = 2;
  for (const [from, to] of ZERO_SEGMENTS) {
    const zero = /^0+$/.test(full.slice(from, to));
    if (!zero && end < from) return null; // a non-zero segment below a zero one
    if (!zero) end = to;
  }
  return full.slice(0, end);
};

export const isRegionCode = (code: string): boolean => code.length === 12 && regionPrefix(code) !== null;

export const RegionCodeSchema = z.string().refine(isRegionCode, {
  message: 'expected a 12-digit region code',
  params: { code: 'NOT_A_REGION_CODE', zh: '应为 12 位行政区划代码', en: 'must be a 12-digit region code' },
});

export const RegionPrefixSchema = z
  .string()
  .refine((c) => regionPrefix(c) !== null, {
    message: 'expected a region code or prefix of 2, 4, 6, 9 or 12 digits',
    params: { code: 'NOT_A_REGION_CODE', zh: '应为 2、4、6、9 或 12 位的行政区划代码', en: 'must be a region code or prefix of 2, 4, 6, 9 or 12 digits' },
  });

export const VillageCodeSchema = z
  .string()
  .refine((c) => isRegionCode(c) && regionLevel(c) === 'village', {
    message: 'expected a 12-digit village code',
    params: { code: 'NOT_A_VILLAGE_CODE', zh: '应为 12 位村级行政区划代码', en: 'must be a 12-digit village code' },
  });

export const regionLevel = (code: string): RegionLevel | null => {
  const prefix = regionPrefix(code);
  return prefix === null ? null : (LEVEL_LENGTHS.find(([, n]) => n === prefix.length)?.[0] ?? null);
};

/** A township reviewer of 430623101 acts on every village code that starts with it. */
export const isWithin = (code: string, jurisdiction: string): boolean => {
  const inner = regionPrefix(code);
  const outer = regionPrefix(jurisdiction);
  return inner !== null && outer !== null && inner.startsWith(outer);
};

const ancestor = (code: string, length: number): string | null => {
  const prefix = regionPrefix(code);
  return prefix !== null && prefix.length >= length ? prefix.slice(0, length) : null;
};

/** The 9-digit township prefix of a village or township code; null for a county or above. */
export const townshipOf = (code: string): string | null => ancestor(code, 9);
export const countyOf = (code: string): string | null => ancestor(code, 6);
export const cityOf = (code: string): string | null => ancestor(code, 4);
export const provinceOf = (code: string): string | null => ancestor(code, 2);

/** Zero-fill a prefix to its 12-digit form, the shape the statistics bureau publishes. */
export const toFullRegionCode = (code: string): string | null => {
  const prefix = regionPrefix(code);
  return prefix === null ? null : prefix.padEnd(12, '0');
};
