import { createHash, randomUUID } from 'node:crypto';

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

/** a name-based UUID (version 8, RFC 9562) from sha256 of the parts: the same parts give the same id anywhere */
export const derivedId = (...parts: string[]): string => {
  const b = createHash('sha256').update(parts.join('\u0000')).digest().subarray(0, 16);
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x80; // version 8: custom
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80; // variant 10xx
  const hex = b.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};
