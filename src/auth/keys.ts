import { createPublicKey } from 'node:crypto';
import type { JsonWebKey, KeyObject } from 'node:crypto';
import type { Clock } from '../shared/clock.ts';
import type { KeyResolver } from './jwt.ts';

const algOf = (key: KeyObject): 'RS256' | 'ES256' | null =>
  key.asymmetricKeyType === 'rsa' ? 'RS256' : key.asymmetricKeyType === 'ec' ? 'ES256' : null;

/** a shared HMAC secret (the embedded default and small deployments) */
export const hmacKey = (secret: string): KeyResolver => async (header) => (header.alg === 'HS256' ? { alg: 'HS256', secret } : null);

/** one PEM public key of the identity provider (RSA → RS256, EC P-256 → ES256) */
export const pemKey = (pem: string): KeyResolver => {
  const key = createPublicKey(pem);
  const alg = algOf(key);
  if (!alg) throw new Error('AUTH_JWT_PUBLIC_KEY must be an RSA or EC public key');
  return async () => ({ alg, key });
};

type Fetch = (url: string) => Promise<{ ok: boolean; json(): Promise<unknown> }>;

/**
 * The identity provider's JWKS, fetched on first use and again for an unknown key id (key rotation), at most
 * once a minute so a flood of forged kids cannot hammer the provider.
 */
export const jwksKeys = (url: string, clock: Clock, fetchJson: Fetch = (u) => fetch(u)): KeyResolver => {
  let keys = new Map<string, KeyObject>();
  let fetchedAt = -Infinity;
  const refresh = async () => {
    const now = clock.now().getTime();
    if (now - fetchedAt < 60_000) return;
    fetchedAt = now;
    const res = await fetchJson(url);
    if (!res.ok) return;
    const body = (await res.json()) as { keys?: Array<JsonWebKey & { kid?: string }> };
    const next = new Map<string, KeyObject>();
    for (const jwk of body.keys ?? []) {
      try {
        next.set(jwk.kid ?? '', createPublicKey({ key: jwk, format: 'jwk' }));
      } catch {
        // a key we cannot use (e.g. an encryption key) is skipped
      }
    }
    keys = next;
  };
  return async (header) => {
    if (!keys.has(header.kid ?? '')) await refresh().catch(() => undefined);
    const key = keys.get(header.kid ?? '');
    const alg = key ? algOf(key) : null;
    return key && alg ? { alg, key } : null;
  };
};
