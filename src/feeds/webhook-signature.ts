import { createHmac, timingSafeEqual } from 'node:crypto';

/** hex HMAC-SHA256(secret, `${t}.${body}`) */
export const signatureOf = (secret: string, t: number, body: string): string =>
  createHmac('sha256', secret).update(`${t}.${body}`).digest('hex');

/** the X-Signature header of a delivery: `t=<unix seconds>,v1=<hex>` */
export const signatureHeader = (secret: string, t: number, body: string): string => `t=${t},v1=${signatureOf(secret, t, body)}`;

/** what a receiver does (README has the same in plain Node): recompute, compare in constant time, bound the age */
export const verifySignature = (secret: string, header: string, body: string, nowSeconds: number, toleranceSeconds = 300): boolean => {
  const parts = new Map(header.split(',').map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)] as const));
  const t = Number(parts.get('t'));
  const v1 = parts.get('v1') ?? '';
  if (!Number.isInteger(t) || Math.abs(nowSeconds - t) > toleranceSeconds) return false;
  const expected = Buffer.from(signatureOf(secret, t, body), 'hex');
  const given = Buffer.from(v1, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
};
