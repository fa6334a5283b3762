import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSign, generateKeyPairSync, sign as signRaw } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signHs256, verifyJwt } from '../../src/auth/jwt.ts';
import type { JwtClaims } from '../../src/auth/jwt.ts';
import { hmacKey, jwksKeys, pemKey } from '../../src/auth/keys.ts';
import { ManualClock } from '../../src/shared/clock.ts';
import { AUDIENCE, SECRET, startApp, tokenFor } from '../support/app.ts';
import type { TestApp } from '../support/app.ts';

const b64 = (v: object) => Buffer.from(JSON.stringify(v)).toString('base64url');
const claims = (clock: ManualClock, extra: Partial<JwtClaims> = {}): JwtClaims => ({
  sub: 'inv-1', roles: ['investigator'], jurisdiction: '430623101201', aud: AUDIENCE, exp: Math.floor(clock.now().getTime() / 1000) + 600, ...extra,
});
const rs256 = (payload: object, privateKey: Parameters<typeof signRaw>[2], kid?: string) => {
  const head = b64({ alg: 'RS256', typ: 'JWT', ...(kid ? { kid } : {}) });
  const body = b64(payload);
  const sig = createSign('sha256').update(`${head}.${body}`).sign(privateKey as never).toString('base64url');
  return `${head}.${body}.${sig}`;
};
const es256 = (payload: object, privateKey: Parameters<typeof signRaw>[2], kid: string) => {
  const head = b64({ alg: 'ES256', typ: 'JWT', kid });
  const body = b64(payload);
  const sig = signRaw('sha256', Buffer.from(`${head}.${body}`), { key: privateKey as never, dsaEncoding: 'ieee-p1363' }).toString('base64url');
  return `${head}.${body}.${sig}`;
};

describe('bearer tokens over HTTP: 401 unless valid', () => {
  let t: TestApp;
  beforeAll(async () => { t = await startApp(); });
  afterAll(async () => t.close());
  const get = (authorization?: string) => t.app.inject({ method: 'GET', url: '/households', headers: authorization ? { authorization } : {} });

  it('accepts a valid token', async () => {
    expect((await get(`Bearer ${tokenFor({ id: 'inv-1', roles: ['investigator'], jurisdiction: '430623101201' }, t.clock)}`)).statusCode).toBe(200);
  });

  it.each([
    ['missing', undefined, 'no bearer token'],
    ['expired (beyond the clock tolerance)', () => `Bearer ${signHs256(claims(t.clock, { exp: Math.floor(t.clock.now().getTime() / 1000) - 61 }), SECRET)}`, 'expired'],
    ['wrongly signed', () => `Bearer ${signHs256(claims(t.clock), 'another-secret-another-secret-0000')}`, 'signature'],
    ['wrong audience', () => `Bearer ${signHs256(claims(t.clock, { aud: 'someone-else' }), SECRET)}`, 'audience'],
    ['alg none', () => `Bearer ${b64({ alg: 'none' })}.${b64(claims(t.clock))}.`, 'algorithm'],
    ['garbage', () => 'Bearer abc.def', 'malformed'],
  ])('refuses a %s token with problem+json 401', async (_label, make, why) => {
    const res = await get(typeof make === 'function' ? make() : make);
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
    expect(res.json()).toMatchObject({ code: 'UNAUTHENTICATED', message_zh: '未登录或登录凭证无效' });
    expect(res.json().message_en).toContain(why);
  });
});

describe('identity-provider keys', () => {
  const clock = new ManualClock();
  const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const verify = (token: string, resolveKey: Parameters<typeof verifyJwt>[1]['resolveKey']) =>
    verifyJwt(token, { resolveKey, nowSeconds: Math.floor(clock.now().getTime() / 1000), audience: AUDIENCE });

  it('verifies RS256 with a PEM public key, and refuses an HS256 token signed with that public key (algorithm confusion)', async () => {
    const pem = rsa.publicKey.export({ type: 'spki', format: 'pem' }).toString();
    expect(await verify(rs256(claims(clock), rsa.privateKey), pemKey(pem))).toMatchObject({ ok: true, claims: { sub: 'inv-1' } });
    expect(await verify(signHs256(claims(clock), pem), pemKey(pem))).toEqual({ ok: false, reason: 'algorithm' });
    expect(await verify(signHs256(claims(clock), SECRET), hmacKey(SECRET))).toMatchObject({ ok: true });
  });

  describe('JWKS from a loopback identity provider', () => {
    let url = '';
    let fetches = 0;
    const server = createServer((_req, res) => {
      fetches += 1;
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ keys: [{ ...ec.publicKey.export({ format: 'jwk' }), kid: 'ec-1', use: 'sig' }, { ...rsa.publicKey.export({ format: 'jwk' }), kid: 'rsa-1', use: 'sig' }] }));
    });
    beforeAll(async () => {
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks.json`;
    });
    afterAll(() => new Promise<void>((r) => server.close(() => r())));

    it('verifies ES256 and RS256 by kid, refuses an unknown kid, and does not re-fetch for forged kids within the cooldown', async () => {
      const keys = jwksKeys(url);
      expect(await verify(es256(claims(clock), ec.privateKey, 'ec-1'), keys)).toMatchObject({ ok: true });
      expect(await verify(rs256(claims(clock), rsa.privateKey, 'rsa-1'), keys)).toMatchObject({ ok: true });
      expect(await verify(es256(claims(clock), ec.privateKey, 'forged'), keys)).toEqual({ ok: false, reason: 'unknown-key' });
      expect(await verify(es256(claims(clock), ec.privateKey, 'forged-2'), keys)).toEqual({ ok: false, reason: 'unknown-key' });
      expect(fetches).toBe(1);
    });

    it('re-fetches for an unknown kid once the cooldown has passed (key rotation)', async () => {
      const before = fetches;
      const keys = jwksKeys(url, { cooldownMs: 0 });
      await verify(es256(claims(clock), ec.privateKey, 'forged'), keys);
      await verify(es256(claims(clock), ec.privateKey, 'forged-2'), keys);
      expect(fetches - before).toBeGreaterThan(1);
    });
  });
});
