import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signHs256 } from '../../src/auth/jwt.ts';
import type { JwtClaims } from '../../src/auth/jwt.ts';
import { verifiedTokens } from '../../src/auth/verified-tokens.ts';
import { AUDIENCE, SECRET, startApp } from '../support/app.ts';
import type { TestApp } from '../support/app.ts';

const claims = (sub: string): JwtClaims => ({ sub, roles: ['investigator'], jurisdiction: '430623101201' });

describe('verified tokens are remembered, within bounds', () => {
  it('forgets a token after its time to live, and the oldest first when full', () => {
    const cache = verifiedTokens({ max: 2, ttlMs: 1000 });
    cache.set('a', claims('a'), 0);
    expect(cache.get('a', 999)?.sub).toBe('a');
    expect(cache.get('a', 1000)).toBeUndefined();
    cache.set('a', claims('a'), 0);
    cache.set('b', claims('b'), 0);
    cache.set('c', claims('c'), 0);
    expect(cache.get('a', 1)).toBeUndefined();
    expect(cache.get('b', 1)?.sub).toBe('b');
    expect(cache.get('c', 1)?.sub).toBe('c');
  });

  it('does not trust an entry stamped in the future (the clock went back)', () => {
    const cache = verifiedTokens();
    cache.set('a', claims('a'), 5000);
    expect(cache.get('a', 4000)).toBeUndefined();
  });
});

describe('a token accepted once is still refused when it expires', () => {
  let t: TestApp;
  beforeAll(async () => { t = await startApp(); });
  afterAll(async () => t.close());

  it('200 while valid, 401 expired once the clock passes exp, though it was verified before', async () => {
    const now = Math.floor(t.clock.now().getTime() / 1000);
    const token = signHs256({ ...claims('inv-1'), aud: AUDIENCE, exp: now + 10 }, SECRET);
    const get = () => t.app.inject({ method: 'GET', url: '/households', headers: { authorization: `Bearer ${token}` } });
    expect((await get()).statusCode).toBe(200);
    expect((await get()).statusCode).toBe(200);
    t.clock.advance(10_000 + 60_000); // exp, then the clock tolerance (jwt.ts DEFAULT_CLOCK_TOLERANCE_S)
    const res = await get();
    expect(res.statusCode).toBe(401);
    expect(res.json().message_en).toContain('expired');
  });

  it('a token not yet valid is refused until its nbf, then accepted', async () => {
    const now = Math.floor(t.clock.now().getTime() / 1000);
    const token = signHs256({ ...claims('inv-2'), aud: AUDIENCE, nbf: now + 65, exp: now + 600 }, SECRET); // 5 s beyond the tolerance
    const get = () => t.app.inject({ method: 'GET', url: '/households', headers: { authorization: `Bearer ${token}` } });
    expect((await get()).statusCode).toBe(401);
    t.clock.advance(5_000);
    expect((await get()).statusCode).toBe(200);
  });
});
