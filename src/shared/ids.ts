import { randomUUID } from 'node:crypto';

/** Identifiers are injected like the clock, so a test can produce the same trail twice. */
export type IdGenerator = () => string;

export const randomIds: IdGenerator = () => randomUUID();

/** Deterministic, UUID-shaped ids for tests: 00000000-0000-4000-8000-000000000001, … */
export const sequentialIds = (prefix = 0): IdGenerator => {
  let n = 0;
  return () => {
    n += 1;
    const hex = (prefix * 1e9 + n).toString(16).padStart(12, '0');
    return `00000000-0000-4000-8000-${hex}`;
  };
};
