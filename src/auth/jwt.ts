import { createHmac, timingSafeEqual, verify as verifySignature } from 'node:crypto';
import type { KeyObject } from 'node:crypto';

export interface JwtClaims {
  sub: string;
  name?: string;
  org?: string;
  roles: string[];
  /** region-code prefix the person acts for, e.g. '430623101' */
  jurisdiction: string;
  aud?: string | string[];
  iss?: string;
  exp?: number;
  nbf?: number;
  iat?: number;
}

export interface JwtHeader {
  alg: string;
  kid?: string;
}

export type JwtFailure = 'malformed' | 'algorithm' | 'unknown-key' | 'signature' | 'expired' | 'not-yet-valid' | 'audience' | 'issuer' | 'claims';

/** a key for the token's header: an HMAC secret for HS256, a public key for RS256/ES256; null when none fits */
export type KeyResolver = (header: JwtHeader) => Promise<{ alg: 'HS256'; secret: string } | { alg: 'RS256' | 'ES256'; key: KeyObject } | null>;

const b64url = (input: Buffer | string) => Buffer.from(input).toString('base64url');

export const signHs256 = (claims: JwtClaims, secret: string): string => {
  const head = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const body = b64url(JSON.stringify(claims));
  const sig = createHmac('sha256', secret).update(`${head}.${body}`).digest('base64url');
  return `${head}.${body}.${sig}`;
};

const parse = <T>(part: string): T | null => {
  try {
    return JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as T;
  } catch {
    return null;
  }
};

const signatureValid = (key: NonNullable<Awaited<ReturnType<KeyResolver>>>, signed: string, sig: Buffer): boolean => {
  if (key.alg === 'HS256') {
    const expected = createHmac('sha256', key.secret).update(signed).digest();
    return sig.length === expected.length && timingSafeEqual(sig, expected);
  }
  const options = key.alg === 'ES256' ? { key: key.key, dsaEncoding: 'ieee-p1363' as const } : key.key;
  return verifySignature('sha256', Buffer.from(signed), options, sig);
};

export interface VerifyOptions {
  resolveKey: KeyResolver;
  nowSeconds: number;
  audience: string;
  issuer?: string;
}

/** what the clock says of a token's validity window: checked on every use, also of a token verified before */
export const timeFailure = (claims: Pick<Partial<JwtClaims>, 'exp' | 'nbf'>, nowSeconds: number): 'expired' | 'not-yet-valid' | null => {
  if (typeof claims.exp === 'number' && nowSeconds >= claims.exp) return 'expired';
  if (typeof claims.nbf === 'number' && nowSeconds < claims.nbf) return 'not-yet-valid';
  return null;
};

/**
 * The algorithm is the one the key was configured for, never the one the token asks for: a token that names
 * another algorithm (including "none", or HS256 against a public key) is refused whatever it carries.
 */
export const verifyJwt = async (token: string, options: VerifyOptions): Promise<{ ok: true; claims: JwtClaims } | { ok: false; reason: JwtFailure }> => {
  const parts = token.split('.');
  if (parts.length !== 3) return { ok: false, reason: 'malformed' };
  const [head, body, sig] = parts as [string, string, string];
  const header = parse<JwtHeader>(head);
  const claims = parse<Partial<JwtClaims>>(body);
  if (!header || !claims || typeof header.alg !== 'string') return { ok: false, reason: 'malformed' };
  const key = await options.resolveKey(header);
  if (!key) return { ok: false, reason: 'unknown-key' };
  if (key.alg !== header.alg) return { ok: false, reason: 'algorithm' };
  if (!signatureValid(key, `${head}.${body}`, Buffer.from(sig, 'base64url'))) return { ok: false, reason: 'signature' };
  const early = timeFailure(claims, options.nowSeconds);
  if (early) return { ok: false, reason: early };
  const auds = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
  if (!auds.includes(options.audience)) return { ok: false, reason: 'audience' };
  if (options.issuer !== undefined && claims.iss !== options.issuer) return { ok: false, reason: 'issuer' };
  if (typeof claims.sub !== 'string' || !Array.isArray(claims.roles) || typeof claims.jurisdiction !== 'string') return { ok: false, reason: 'claims' };
  return { ok: true, claims: claims as JwtClaims };
};
