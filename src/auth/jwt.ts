import { createHmac } from 'node:crypto';
import { errors, jwtVerify } from 'jose';
import type { JWTVerifyGetKey } from 'jose';

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

export type JwtFailure = 'malformed' | 'algorithm' | 'unknown-key' | 'key-source' | 'signature' | 'expired' | 'not-yet-valid' | 'audience' | 'issuer' | 'claims';

/**
 * The keys a token may be signed with and the algorithms they are for (src/auth/keys.ts). The algorithm is the
 * key's, never the token's: a token naming another one (including "none", or HS256 against a public key) is refused.
 */
export interface KeyResolver {
  algorithms: readonly string[];
  /** an HMAC secret, or a key set that picks the candidates for a token's header (jose's local or remote JWKS) */
  key: Uint8Array | JWTVerifyGetKey;
}

/**
 * How far the clocks of the identity provider and this server may disagree (seconds): a token is still taken this
 * long after its `exp` and this long before its `nbf`. 60 s absorbs the drift of an unsynchronised office PC or a
 * phone without letting an expired token live noticeably longer (AUTH_CLOCK_TOLERANCE_S).
 */
export const DEFAULT_CLOCK_TOLERANCE_S = 60;

const b64url = (input: Buffer | string) => Buffer.from(input).toString('base64url');

/** development and test tokens only (`npm run token`); production tokens come from the identity provider */
export const signHs256 = (claims: JwtClaims, secret: string): string => {
  const head = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const body = b64url(JSON.stringify(claims));
  const sig = createHmac('sha256', secret).update(`${head}.${body}`).digest('base64url');
  return `${head}.${body}.${sig}`;
};

export interface VerifyOptions {
  resolveKey: KeyResolver;
  nowSeconds: number;
  audience: string;
  issuer?: string;
  /** seconds; DEFAULT_CLOCK_TOLERANCE_S when not given */
  clockToleranceS?: number;
}

/** what the clock says of a token's validity window: checked on every use, also of a token verified before */
export const timeFailure = (claims: Pick<Partial<JwtClaims>, 'exp' | 'nbf'>, nowSeconds: number, toleranceS = DEFAULT_CLOCK_TOLERANCE_S): 'expired' | 'not-yet-valid' | null => {
  // the same comparisons as jose's: expired when exp <= now - tolerance, early when nbf > now + tolerance
  if (typeof claims.exp === 'number' && claims.exp <= nowSeconds - toleranceS) return 'expired';
  if (typeof claims.nbf === 'number' && claims.nbf > nowSeconds + toleranceS) return 'not-yet-valid';
  return null;
};

const failureOf = (error: unknown): JwtFailure => {
  if (error instanceof errors.JWTExpired) return 'expired';
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'nbf') return 'not-yet-valid';
    if (error.claim === 'aud') return 'audience';
    if (error.claim === 'iss') return 'issuer';
    return 'claims';
  }
  if (error instanceof errors.JOSEAlgNotAllowed || error instanceof errors.JOSENotSupported) return 'algorithm';
  if (error instanceof errors.JWKSNoMatchingKey) return 'unknown-key';
  // the identity provider did not answer in time, answered garbage, or could not be reached
  if (error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid || error instanceof TypeError) return 'key-source';
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'signature';
  return 'malformed';
};

type Verified = { ok: true; claims: JwtClaims } | { ok: false; reason: JwtFailure };

const checkClaims = (claims: Partial<JwtClaims>): Verified =>
  typeof claims.sub !== 'string' || !Array.isArray(claims.roles) || typeof claims.jurisdiction !== 'string'
    ? { ok: false, reason: 'claims' }
    : { ok: true, claims: claims as JwtClaims };

/**
 * Signature, algorithm, audience, issuer and the validity window by jose. A token without `kid` against a key set
 * holding several keys of its algorithm is tried against each of them in turn (jose hands them over one by one).
 */
export const verifyJwt = async (token: string, options: VerifyOptions): Promise<Verified> => {
  const verifyOptions = {
    algorithms: [...options.resolveKey.algorithms],
    audience: options.audience,
    ...(options.issuer !== undefined ? { issuer: options.issuer } : {}),
    currentDate: new Date(options.nowSeconds * 1000),
    clockTolerance: options.clockToleranceS ?? DEFAULT_CLOCK_TOLERANCE_S,
  };
  const { key } = options.resolveKey;
  try {
    const { payload } = typeof key === 'function' ? await jwtVerify(token, key, verifyOptions) : await jwtVerify(token, key, verifyOptions);
    return checkClaims(payload as Partial<JwtClaims>);
  } catch (error) {
    if (!(error instanceof errors.JWKSMultipleMatchingKeys)) return { ok: false, reason: failureOf(error) };
    for await (const candidate of error) {
      try {
        const { payload } = await jwtVerify(token, candidate, verifyOptions);
        return checkClaims(payload as Partial<JwtClaims>);
      } catch (inner) {
        if (inner instanceof errors.JWSSignatureVerificationFailed) continue;
        return { ok: false, reason: failureOf(inner) };
      }
    }
    return { ok: false, reason: 'signature' };
  }
};
