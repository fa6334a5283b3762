import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Signatures in the Standard Webhooks format (standardwebhooks.com), so receivers verify with an existing library
 * in any language: headers `webhook-id`, `webhook-timestamp` (unix seconds) and `webhook-signature`:
 * space-separated `v1,<base64 HMAC-SHA256(key, "<id>.<timestamp>.<body>")>`, one per valid secret (two while a
 * rotated secret is still in its grace period). A secret is `whsec_<base64 of the key bytes>`.
 */
export const SECRET_PREFIX = 'whsec_';
export const WHSEC = /^whsec_[A-Za-z0-9+/]{32,342}={0,2}$/;

/** the HMAC key of a secret: the base64 after `whsec_`; a secret of older subscriptions (any text) is its UTF-8 */
export const keyOf = (secret: string): Buffer =>
  WHSEC.test(secret) ? Buffer.from(secret.slice(SECRET_PREFIX.length), 'base64') : Buffer.from(secret, 'utf8');

export const signatureOf = (secret: string, id: string, timestamp: number, body: string): string =>
  `v1,${createHmac('sha256', keyOf(secret)).update(`${id}.${timestamp}.${body}`).digest('base64')}`;

export interface SignedHeaders {
  'webhook-id': string;
  'webhook-timestamp': string;
  'webhook-signature': string;
}

export const signedHeaders = (secrets: readonly string[], id: string, timestamp: number, body: string): SignedHeaders => ({
  'webhook-id': id,
  'webhook-timestamp': String(timestamp),
  'webhook-signature': secrets.map((s) => signatureOf(s, id, timestamp, body)).join(' '),
});

/** what a receiver does: any v1 signature matching, compared in constant time, the timestamp within tolerance */
export const verifySignature = (secret: string, headers: Partial<SignedHeaders>, body: string, nowSeconds: number, toleranceSeconds = 300): boolean => {
  const id = headers['webhook-id'];
  const timestamp = Number(headers['webhook-timestamp']);
  if (!id || !Number.isInteger(timestamp) || Math.abs(nowSeconds - timestamp) > toleranceSeconds) return false;
  const expected = Buffer.from(signatureOf(secret, id, timestamp, body));
  return (headers['webhook-signature'] ?? '').split(' ').some((given) => {
    const g = Buffer.from(given);
    return g.length === expected.length && timingSafeEqual(g, expected);
  });
};
