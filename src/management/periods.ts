/**
 * Calendar periods in China time (UTC+8, no daylight saving): a month is counted by its index (year × 12 + month − 1),
 * a period's end is the instant its next month begins. Duties fall due at those ends.
 */

const CHINA_OFFSET_MS = 8 * 3_600_000;

/** the month index of an instant in China time */
export const monthOf = (instant: string): number => {
  const d = new Date(Date.parse(instant) + CHINA_OFFSET_MS);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
};

// a county's daily pass asks for the same few months' instants and labels hundreds of thousands of times
const starts = new Map<number, string>();
const labels = new Map<number, string>();

/** the instant a month begins (00:00 China time), as toISOString() writes it */
export const monthStart = (month: number): string => {
  let s = starts.get(month);
  if (s === undefined) starts.set(month, (s = new Date(Date.UTC(Math.floor(month / 12), month % 12, 1) - CHINA_OFFSET_MS).toISOString()));
  return s;
};

/** 2026-03 */
export const monthLabel = (month: number): string => {
  let s = labels.get(month);
  if (s === undefined) labels.set(month, (s = `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`));
  return s;
};

export const yearOfMonth = (month: number): number => Math.floor(month / 12);

/** the half-yearly adjustment round (动态调整每半年一次) an instant falls in, e.g. 2026H2 */
export const roundOf = (instant: string): string => {
  const m = monthOf(instant);
  return `${yearOfMonth(m)}H${m % 12 < 6 ? 1 : 2}`;
};

/** the months [from, to) of a round */
export const roundMonths = (round: string): { from: number; to: number } => {
  const year = Number(round.slice(0, 4));
  const from = year * 12 + (round.endsWith('H1') ? 0 : 6);
  return { from, to: from + 6 };
};

/** a period of whole months [from, to): a year, a quarter */
export interface Period {
  from: number;
  to: number;
  label: string;
}

export const yearPeriod = (month: number): Period => {
  const y = yearOfMonth(month);
  return { from: y * 12, to: y * 12 + 12, label: String(y) };
};

export const quarterPeriod = (month: number): Period => {
  const from = month - (month % 3);
  return { from, to: from + 3, label: `${yearOfMonth(month)}Q${(from % 12) / 3 + 1}` };
};

/**
 * A count owed over a period, paced: of `required` visits in months [from, to), the k-th is due by the end of month
 * from + ⌈k·L/required⌉ − 1 (L the period's length), so 4 a year are due by the ends of March, June, September and
 * December, and 8 a year about every six weeks. A household managed from mid-period owes its share of the rest.
 */
export const pacedDueMonth = (from: number, to: number, required: number, k: number): number =>
  from + Math.ceil((k * (to - from)) / required);

/** the share of a period's count owed from month `start` on (a household taken under management mid-year) */
export const proratedCount = (period: Period, start: number, perPeriod: number): number => {
  const from = Math.max(period.from, start);
  if (from >= period.to) return 0;
  return Math.ceil((perPeriod * (period.to - from)) / (period.to - period.from));
};

/** months after an instant's month, as an instant at the same local day's end is not needed: reviews fall due at a month's start */
export const addMonths = (instant: string, months: number): string => {
  const d = new Date(instant);
  const shifted = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds()));
  return shifted.toISOString();
};
