import { createPublicKey } from 'node:crypto';
import type { JsonWebKey, KeyObject } from 'node:crypto';
import { createLocalJWKSet, createRemoteJWKSet, customFetch } from 'jose';
import type { FetchImplementation, JWK } from 'jose';
import type { KeyResolver } from './jwt.ts';

/** the algorithms an identity provider's keys may sign with; HMAC never comes from a key set */
const ASYMMETRIC = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA', 'Ed25519'] as const;

/** a shared HMAC secret (the embedded default and small deployments): HS256 only */
export const hmacKey = (secret: string): KeyResolver => ({ algorithms: ['HS256'], key: new TextEncoder().encode(secret) });

/** the one algorithm a public key is used with: RSA → RS256, EC by curve → ES256/384/512, Ed25519 → EdDSA */
const algorithmOf = (key: KeyObject): string | null => {
  if (key.asymmetricKeyType === 'rsa') return 'RS256';
  if (key.asymmetricKeyType === 'ed25519') return 'EdDSA';
  if (key.asymmetricKeyType !== 'ec') return null;
  const curve = key.asymmetricKeyDetails?.namedCurve;
  return curve === 'prime256v1' ? 'ES256' : curve === 'secp384r1' ? 'ES384' : curve === 'secp521r1' ? 'ES512' : null;
};

const PEM_BLOCK = /-----BEGIN PUBLIC KEY-----[\s\S]+?-----END PUBLIC KEY-----/g;

/**
 * One or more PEM public keys of the identity provider (AUTH_JWT_PUBLIC_KEY may hold several, e.g. the old and the
 * new key during a rotation). Each key is pinned to its algorithm; a token without `kid` is tried against each.
 */
export const pemKey = (pem: string): KeyResolver => {
  const blocks = pem.match(PEM_BLOCK) ?? [];
  if (blocks.length === 0) throw new Error('AUTH_JWT_PUBLIC_KEY must hold a PEM public key');
  const keys = blocks.map((block) => {
    const key = createPublicKey(block);
    const alg = algorithmOf(key);
    if (!alg) throw new Error('AUTH_JWT_PUBLIC_KEY must be an RSA, EC (P-256/384/521) or Ed25519 public key');
    return { ...(key.export({ format: 'jwk' }) as JsonWebKey), alg, use: 'sig' } as JWK;
  });
  return { algorithms: [...new Set(keys.map((k) => k.alg as string))], key: createLocalJWKSet({ keys }) };
};

export interface JwksOptions {
  /** a JWKS request not answered within this fails the token (401), it never holds the request up longer */
  timeoutMs?: number;
  /** after a fetch, an unknown `kid` waits this long before the next one, so forged kids cannot hammer the provider */
  cooldownMs?: number;
  /** keys are fetched again after this even when every kid is known (a withdrawn key stops working) */
  cacheMaxAgeMs?: number;
  /** tests */
  fetch?: FetchImplementation;
}

/**
 * The identity provider's JWKS through jose: fetched on first use, again for an unknown key id (key rotation) at
 * most once per cooldown, and at most every `cacheMaxAgeMs` otherwise. Algorithms come from each key (its `alg`,
 * else its type); a key set never verifies an HMAC token.
 */
export const jwksKeys = (url: string, options: JwksOptions = {}): KeyResolver => ({
  algorithms: ASYMMETRIC,
  key: createRemoteJWKSet(new URL(url), {
    timeoutDuration: options.timeoutMs ?? 5_000,
    cooldownDuration: options.cooldownMs ?? 60_000,
    cacheMaxAge: options.cacheMaxAgeMs ?? 10 * 60_000,
    ...(options.fetch ? { [customFetch]: options.fetch } : {}),
  }),
});
