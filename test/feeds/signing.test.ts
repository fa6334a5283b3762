import { describe, expect, it } from 'vitest';
import { backoffMs } from '../../src/feeds/backoff.ts';
import { signatureHeader, verifySignature } from '../../src/feeds/webhook-signature.ts';
import { seededRandom } from '../../src/shared/random.ts';
import { verifyWebhook } from './receiver.ts';

describe('signing and backoff', () => {
  it('X-Signature is t=<unix>,v1=<hex HMAC-SHA256(secret, t.body)>; tampering and stale timestamps fail', () => {
    const header = signatureHeader('s3cret-s3cret-s3cret', 1_770_000_000, '{"a":1}');
    expect(header).toMatch(/^t=1770000000,v1=[0-9a-f]{64}$/);
    expect(verifySignature('s3cret-s3cret-s3cret', header, '{"a":1}', 1_770_000_010)).toBe(true);
    expect(verifySignature('s3cret-s3cret-s3cret', header, '{"a":2}', 1_770_000_010)).toBe(false);
    expect(verifySignature('other-secret-other', header, '{"a":1}', 1_770_000_010)).toBe(false);
    expect(verifySignature('s3cret-s3cret-s3cret', header, '{"a":1}', 1_770_001_000)).toBe(false);
    // the README's receiver-side example agrees
    expect(verifyWebhook('s3cret-s3cret-s3cret', header, '{"a":1}', 1_770_000_010)).toBe(true);
    expect(verifyWebhook('s3cret-s3cret-s3cret', header, '{"a":1} ', 1_770_000_010)).toBe(false);
  });

  it('backoff doubles up to the cap with equal jitter, reproducibly from the seed', () => {
    const delays = (seed: string) => {
      const random = seededRandom(seed);
      return [1, 2, 3, 4, 5, 6, 7, 8].map((n) => backoffMs(n, { baseDelayMs: 1000, maxDelayMs: 30_000, random }));
    };
    const d = delays('a');
    expect(delays('a')).toEqual(d);
    d.forEach((ms, i) => {
      const ceiling = Math.min(30_000, 1000 * 2 ** i);
      expect(ms).toBeGreaterThanOrEqual(ceiling / 2);
      expect(ms).toBeLessThanOrEqual(ceiling);
    });
  });
});
