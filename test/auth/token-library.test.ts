import { createServer } from 'node:http';
import type { IncomingMessage, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { once } from 'node:events';
import { generateKeyPairSync, sign as signRaw } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signHs256, verifyJwt } from '../../src/auth/jwt.ts';
import type { JwtClaims, KeyResolver } from '../../src/auth/jwt.ts';
import { hmacKey, jwksKeys, pemKey } from '../../src/auth/keys.ts';
import { ManualClock } from '../../src/shared/clock.ts';
import { AUDIENCE, SECRET, startApp } from '../support/app.ts';
import type { TestApp } from '../support/app.ts';

const b64 = (v: object) => Buffer.from(JSON.stringify(v)).toString('base64url');
const nowS = (clock: ManualClock) => Math.floor(clock.now().getTime() / 1000);
const claims = (clock: ManualClock, extra: Partial<JwtClaims> = {}): JwtClaims => ({
  sub: 'inv-1', roles: ['investigator'], jurisdiction: '430623101201', aud: AUDIENCE, exp: nowS(clock) + 600, ...extra,
});
/** ES256 without a kid in the header: the verifier must find the key by trying */
const es256 = (payload: object, privateKey: KeyObject, kid?: string) => {
  const head = b64({ alg: 'ES256', typ: 'JWT', ...(kid ? { kid } : {}) });
  const body = b64(payload);
  const sig = signRaw('sha256', Buffer.from(`${head}.${body}`), { key: privateKey, dsaEncoding: 'ieee-p1363' }).toString('base64url');
  return `${head}.${body}.${sig}`;
};
const ecPair = () => generateKeyPairSync('ec', { namedCurve: 'P-256' });

describe('clock skew between the identity provider and this server (tolerance 60 s by default)', () => {
  let t: TestApp;
  beforeAll(async () => { t = await startApp(); });
  afterAll(async () => t.close());
  const get = (token: string) => t.app.inject({ method: 'GET', url: '/households', headers: { authorization: `Bearer ${token}` } });

  it('accepts a token that expired 30 s ago or becomes valid in 30 s, refuses one 90 s off', async () => {
    const now = nowS(t.clock);
    expect((await get(signHs256(claims(t.clock, { exp: now - 30 }), SECRET))).statusCode).toBe(200);
    expect((await get(signHs256(claims(t.clock, { nbf: now + 30, iat: now + 30 }), SECRET))).statusCode).toBe(200);
    const late = await get(signHs256(claims(t.clock, { exp: now - 90 }), SECRET));
    expect(late.statusCode).toBe(401);
    expect(late.json().message_en).toContain('expired');
    const early = await get(signHs256(claims(t.clock, { nbf: now + 90 }), SECRET));
    expect(early.statusCode).toBe(401);
    expect(early.json().message_en).toContain('not-yet-valid');
  });

  it('the tolerance is configured (AUTH_CLOCK_TOLERANCE_S): with 10 s, a token 30 s off is refused', async () => {
    const strict = await startApp({ auth: { clockToleranceS: 10 } });
    try {
      const res = await strict.app.inject({ method: 'GET', url: '/households', headers: { authorization: `Bearer ${signHs256(claims(strict.clock, { exp: nowS(strict.clock) - 30 }), SECRET)}` } });
      expect(res.statusCode).toBe(401);
    } finally {
      await strict.close();
    }
  });
});

describe('keys without kid', () => {
  const clock = new ManualClock();
  const verify = (token: string, resolveKey: KeyResolver) => verifyJwt(token, { resolveKey, nowSeconds: nowS(clock), audience: AUDIENCE });
  const [first, second, stranger] = [ecPair(), ecPair(), ecPair()];
  const pem = (k: KeyObject) => k.export({ type: 'spki', format: 'pem' }).toString();

  it('several local PEM keys: a token without kid is tried against each, one signed by none is refused', async () => {
    const keys = pemKey(`${pem(first.publicKey)}\n${pem(second.publicKey)}`);
    expect(await verify(es256(claims(clock), second.privateKey), keys)).toMatchObject({ ok: true, claims: { sub: 'inv-1' } });
    expect(await verify(es256(claims(clock), first.privateKey), keys)).toMatchObject({ ok: true });
    expect(await verify(es256(claims(clock), stranger.privateKey), keys)).toEqual({ ok: false, reason: 'signature' });
    expect(await verify(signHs256(claims(clock), pem(first.publicKey)), keys)).toEqual({ ok: false, reason: 'algorithm' });
  });

  describe('a JWKS whose keys carry no kid', () => {
    let server: Server;
    let url = '';
    beforeAll(async () => {
      server = createServer((_req, res) => {
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ keys: [first.publicKey.export({ format: 'jwk' }), second.publicKey.export({ format: 'jwk' })] }));
      });
      server.listen(0, '127.0.0.1');
      await once(server, 'listening');
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks.json`;
    });
    afterAll(async () => { server.close(); await once(server, 'close'); });

    it('do not collapse into one: each is tried, and a stranger is still refused', async () => {
      const keys = jwksKeys(url);
      expect(await verify(es256(claims(clock), second.privateKey), keys)).toMatchObject({ ok: true });
      expect(await verify(es256(claims(clock), first.privateKey), keys)).toMatchObject({ ok: true });
      expect(await verify(es256(claims(clock), stranger.privateKey), keys)).toEqual({ ok: false, reason: 'signature' });
    });
  });

  it('a shared secret verifies HS256 only', async () => {
    expect(await verify(signHs256(claims(clock), SECRET), hmacKey(SECRET))).toMatchObject({ ok: true });
    expect(await verify(es256(claims(clock), first.privateKey), hmacKey(SECRET))).toEqual({ ok: false, reason: 'algorithm' });
  });
});

describe('a JWKS endpoint that never answers', () => {
  let server: Server;
  let url = '';
  const pending: IncomingMessage[] = [];
  beforeAll(async () => {
    // accepts the connection, reads the request, and never answers
    server = createServer((req) => { pending.push(req); server.emit('held'); });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks.json`;
  });
  afterAll(async () => { server.closeAllConnections(); server.close(); await once(server, 'close'); });

  it('fails the token after the (injected) timeout instead of holding the request', async () => {
    const clock = new ManualClock();
    const held = once(server, 'held');
    const result = await verifyJwt(es256(claims(clock), ecPair().privateKey, 'k1'), { resolveKey: jwksKeys(url, { timeoutMs: 50 }), nowSeconds: nowS(clock), audience: AUDIENCE });
    await held;
    expect(result).toEqual({ ok: false, reason: 'key-source' });
    expect(pending.length).toBeGreaterThan(0);
  });

  it('over HTTP: 401 problem+json, not a hung request', async () => {
    const t = await startApp({ auth: { resolveKey: jwksKeys(url, { timeoutMs: 50 }) } });
    try {
      const res = await t.app.inject({ method: 'GET', url: '/households', headers: { authorization: `Bearer ${es256(claims(t.clock), ecPair().privateKey, 'k1')}` } });
      expect(res.statusCode).toBe(401);
      expect(res.headers['content-type']).toMatch(/problem\+json/);
      expect(res.json()).toMatchObject({ code: 'UNAUTHENTICATED' });
      expect(res.json().message_en).toContain('key-source');
    } finally {
      await t.close();
    }
  });
});
