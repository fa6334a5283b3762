import { describe, expect, it } from 'vitest';
import { hmacKey } from '../../src/auth/keys.ts';
import { signHs256 } from '../../src/auth/jwt.ts';
import { buildApp } from '../../src/http/app.ts';
import { ManualClock } from '../../src/shared/clock.ts';
import { sequentialIds } from '../../src/shared/ids.ts';
import { MemoryEventStore } from '../../src/store/memory.ts';

const app = async () => {
  const clock = new ManualClock();
  const newId = sequentialIds();
  return buildApp({ store: new MemoryEventStore({ clock, newId }), clock, newId, newSeed: () => 'seed', auth: { resolveKey: hmacKey('x'.repeat(32)), audience: 'test' } });
};

describe('operations routes', () => {
  it('GET /health answers 200 with the store kind', async () => {
    const res = await (await app()).inject({ method: 'GET', url: '/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', store: 'memory', headPosition: 0 });
  });

  it('an unknown route is a problem+json 404 in both languages (401 before that without a token)', async () => {
    const a = await app();
    expect((await a.inject({ method: 'GET', url: '/nowhere' })).statusCode).toBe(401);
    const token = signHs256({ sub: 'u', roles: ['supervisor'], jurisdiction: '43', aud: 'test' }, 'x'.repeat(32));
    const res = await a.inject({ method: 'GET', url: '/nowhere', headers: { authorization: `Bearer ${token}` } });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.json()).toMatchObject({ code: 'NOT_FOUND', message_zh: '未找到该资源', message_en: 'Not found' });
  });

  it('serves interactive API docs', async () => {
    const res = await (await app()).inject({ method: 'GET', url: '/docs/json' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ openapi: '3.1.0' });
  });
});
