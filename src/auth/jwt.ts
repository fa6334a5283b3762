import { createHmac, timingSafeEqual } from 'node:crypto';

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

const b64url = (input: Buffer | string) => Buffer.from(input).toString('base64url');

export const signHs256 = (claims: JwtClaims, secret: string): string => {
  const head = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const body = b64url(JSON.stringify(claims));
  const sig = createHmac('sha256', secret).update(`${head}.${body}`).digest('base64url');
  return `${head}.${body}.${sig}`;
};

export type JwtFailure = 'malformed' | 'algorithm' | 'signature' | 'expired' | 'not-yet-valid' | 'audience' | 'claims';

/** HS256 only: a token that names another algorithm (including "none") is refused, whatever it carries. */
export const verifyHs256 = (token: string, secret: string, nowSeconds: number, audience: string): { ok: true; claims: JwtClaims } | { ok: false; reason: JwtFailure } => {
  const parts = token.split('.');
  if (parts.length !== 3) return { ok: false, reason: 'malformed' };
  const [head, body, sig] = parts as [string, string, string];
  let header: { alg?: unknown };
  let claims: Partial<JwtClaims>;
  try {
    header = JSON.parse(Buffer.from(head, 'base64url').toString('utf8')) as { alg?: unknown };
    claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Partial<JwtClaims>;
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  if (header.alg !== 'HS256') return { ok: false, reason: 'algorithm' };
  const expected = createHmac('sha256', secret).update(`${head}.${body}`).digest();
  const given = Buffer.from(sig, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'signature' };
  if (typeof claims.exp === 'number' && nowSeconds >= claims.exp) return { ok: false, reason: 'expired' };
  if (typeof claims.nbf === 'number' && nowSeconds < claims.nbf) return { ok: false, reason: 'not-yet-valid' };
  const auds = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
  if (!auds.includes(audience)) return { ok: false, reason: 'audience' };
  if (typeof claims.sub !== 'string' || !Array.isArray(claims.roles) || typeof claims.jurisdiction !== 'string') return { ok: false, reason: 'claims' };
  return { ok: true, claims: claims as JwtClaims };
};
