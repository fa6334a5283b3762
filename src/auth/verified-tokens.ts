import type { JwtClaims } from './jwt.ts';

export interface VerifiedTokens {
  /** the claims of a token verified within the last `ttlMs`, or undefined */
  get(token: string, nowMs: number): JwtClaims | undefined;
  set(token: string, claims: JwtClaims, nowMs: number): void;
}

/**
 * A client sends the same bearer token with every request; its signature, audience and issuer do not change, so
 * they are checked once and the claims remembered for `ttlMs` (a key withdrawn from the JWKS stops working within
 * that time). Expiry and not-before depend on the clock and are checked on every request by the caller.
 * Bounded: the oldest entry goes first.
 */
export const verifiedTokens = (options: { max?: number; ttlMs?: number } = {}): VerifiedTokens => {
  const max = options.max ?? 10_000;
  const ttlMs = options.ttlMs ?? 60_000;
  const entries = new Map<string, { claims: JwtClaims; at: number }>();
  return {
    get: (token, nowMs) => {
      const entry = entries.get(token);
      if (!entry) return undefined;
      if (nowMs - entry.at < ttlMs && nowMs >= entry.at) return entry.claims;
      entries.delete(token);
      return undefined;
    },
    set: (token, claims, nowMs) => {
      if (entries.size >= max) entries.delete(entries.keys().next().value ?? '');
      entries.set(token, { claims, at: nowMs });
    },
  };
};
