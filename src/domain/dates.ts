import { z } from 'zod';

/**
 * Calendar dates are 'YYYY-MM-DD' strings in China Standard Time (Asia/Shanghai). China has had no DST since
 * 1991, so UTC+8 is applied arithmetically and nothing here depends on the host's time zone or clock.
 */
export type IsoDate = string;

export const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
// An instant must carry its offset: a bare local time is ambiguous between field tablets and the server.
const INSTANT_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

const utcMs = (date: IsoDate): number | null => {
  const m = DATE_RE.exec(date);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  // Date.UTC silently rolls 02-30 into March; a round trip catches it. Years < 100 are not plausible dates here.
  if (y < 1000 || back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return ms;
};

const fromUtcMs = (ms: number): IsoDate => new Date(ms).toISOString().slice(0, 10);

export const isIsoDate = (value: string): boolean => utcMs(value) !== null;

/** params.code: the field error code a refusal is reported with (src/shared/field-errors.ts) */
export const IsoDateSchema = z.string().refine(isIsoDate, { message: 'expected a real date as YYYY-MM-DD', params: { code: 'NOT_A_DATE' } });

export const isInstant = (value: string): boolean => INSTANT_RE.test(value) && !Number.isNaN(Date.parse(value));

export const InstantSchema = z.string().refine(isInstant, { message: 'expected an ISO instant with an offset', params: { code: 'NOT_A_DATE_TIME' } });

const mustParse = (date: IsoDate): number => {
  const ms = utcMs(date);
  if (ms === null) throw new RangeError(`not a date: ${date}`);
  return ms;
};

/** Throws on an invalid date: callers validate at the boundary (zod) and pass only real dates inward. */
export const addDays = (date: IsoDate, days: number): IsoDate => fromUtcMs(mustParse(date) + days * DAY_MS);

/** 0 = Sunday … 6 = Saturday. */
export const weekdayOf = (date: IsoDate): number => new Date(mustParse(date)).getUTCDay();

export const yearOf = (date: IsoDate): number => Number(date.slice(0, 4));

/** Whole days from a to b (b − a). */
export const daysBetween = (a: IsoDate, b: IsoDate): number => Math.round((mustParse(b) - mustParse(a)) / DAY_MS);

/** The China calendar date on which an instant falls. */
export const chinaDateOf = (instant: string): IsoDate => fromUtcMs(Date.parse(instant) + CHINA_OFFSET_MS);

/** 24:00 China time at the end of a date, i.e. 00:00 of the next day, as a UTC ISO instant. */
export const endOfChinaDay = (date: IsoDate): string =>
  new Date(mustParse(date) + DAY_MS - CHINA_OFFSET_MS).toISOString();

/** Completed years (周岁) on a date; someone born on 29 February turns a year older on 1 March in common years. */
export const ageOn = (birthDate: IsoDate, on: IsoDate): number => {
  const years = yearOf(on) - yearOf(birthDate);
  return on.slice(5) < birthDate.slice(5) ? years - 1 : years;
};

/**
 * The China date a period starting at an instant starts on (its 第一天): the China date of the instant.
 */
export const firstChinaDayOf = (startsAt: string): IsoDate => chinaDateOf(startsAt);

/**
 * The last China date a period ending at an instant covers (its 最后一天): a notice ending at 24:00 China time
 * (`endOfChinaDay`, e.g. 2026-10-10T16:00Z) lasts through that day, 10/10, though the instant's own China date is
 * 10/11; an end at any other time lasts into its own China date.
 */
export const lastChinaDayOf = (endsAt: string): IsoDate => {
  const ms = Date.parse(endsAt) + CHINA_OFFSET_MS;
  return fromUtcMs(ms % DAY_MS === 0 ? ms - DAY_MS : ms);
};

/** a notice's instants with their local dates beside them (issue 13): what a screen prints as 公示期 */
export const withLocalDays = <T extends { startsAt: string; endsAt: string }>(n: T): T & { firstDay: IsoDate; lastDay: IsoDate } =>
  ({ ...n, firstDay: firstChinaDayOf(n.startsAt), lastDay: lastChinaDayOf(n.endsAt) });
