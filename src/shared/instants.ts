/**
 * The later of two instants, as a UTC ISO string. Field times may carry any offset ('2026-04-10T23:30:00+08:00' is
 * before '2026-04-10T16:00:00.000Z'), so they are compared as instants, never as strings.
 */
export const laterInstant = (a: string | null, b: string): string =>
  new Date(a === null ? Date.parse(b) : Math.max(Date.parse(a), Date.parse(b))).toISOString();
