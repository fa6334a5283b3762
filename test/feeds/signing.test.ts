import { describe, expect, it } from 'vitest';
import { backoffMs } from '../../src/feeds/backoff.ts';
import { signedHeaders, verifySignature } from '../../src/feeds/webhook-signature.ts';
import { seededRandom } from '../../src/shared/random.ts';
import { verifyWebhook } from './receiver.ts';

describe('signing and backoff', () => {
  it('Standard Webhooks: webhook-signature is v1,<base64 HMAC-SHA256(key, id.timestamp.body)>; tampering and stale timestamps fail', () => {
    // the specification's own test vector (github.com/standard-webhooks/standard-webhooks, spec/standard-webhooks.md)
    const vector = signedHeaders(['whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'], 'msg_p5jXN8AQM9LWM0D4loKWxJek', 1614265330, '{"test": 2432232314}');
    expect(vector['webhook-signature']).toBe('v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=');
    const secret = 'whsec_MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3';
    const headers = signedHeaders([secret], 'msg_1', 1_770_000_000, '{"a":1}');
    expect(headers).toMatchObject({ 'webhook-id': 'msg_1', 'webhook-timestamp': '1770000000', 'webhook-signature': expect.stringMatching(/^v1,[A-Za-z0-9+/]{43}=$/) });
    expect(verifySignature(secret, headers, '{"a":1}', 1_770_000_010)).toBe(true);
    expect(verifySignature(secret, headers, '{"a":2}', 1_770_000_010)).toBe(false);
    expect(verifySignature('whsec_b3RoZXItc2VjcmV0LW90aGVyLXNlY3JldC0wMA==', headers, '{"a":1}', 1_770_000_010)).toBe(false);
    expect(verifySignature(secret, headers, '{"a":1}', 1_770_001_000)).toBe(false);
    expect(verifySignature(secret, { ...headers, 'webhook-id': 'msg_2' }, '{"a":1}', 1_770_000_010)).toBe(false);
    // two signatures while a rotated secret is in its grace period: either secret verifies
    const both = signedHeaders([secret, 'whsec_b3RoZXItc2VjcmV0LW90aGVyLXNlY3JldC0wMA=='], 'msg_1', 1_770_000_000, '{"a":1}');
    expect(verifySignature('whsec_b3RoZXItc2VjcmV0LW90aGVyLXNlY3JldC0wMA==', both, '{"a":1}', 1_770_000_010)).toBe(true);
    // the README's receiver-side example agrees
    expect(verifyWebhook(secret, { ...headers }, '{"a":1}', 1_770_000_010)).toBe(true);
    expect(verifyWebhook(secret, { ...headers }, '{"a":1} ', 1_770_000_010)).toBe(false);
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
