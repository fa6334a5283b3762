import type { Config } from '../config/config.ts';
import type { KeyResolver } from './jwt.ts';
import { hmacKey, jwksKeys, pemKey } from './keys.ts';

/** a JWKS address wins over a PEM key, which wins over the shared secret */
export const keyResolverFor = (config: Config): KeyResolver => {
  if (config.AUTH_JWKS_URL) return jwksKeys(config.AUTH_JWKS_URL, { timeoutMs: config.AUTH_JWKS_TIMEOUT_MS });
  if (config.AUTH_JWT_PUBLIC_KEY) return pemKey(config.AUTH_JWT_PUBLIC_KEY);
  return hmacKey(config.AUTH_JWT_SECRET);
};
