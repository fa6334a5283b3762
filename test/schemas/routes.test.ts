import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVENT_SCHEMAS } from '../../schemas/catalog.ts';
import type { Role } from '../../src/auth/roles.ts';
import { ROLES } from '../../src/auth/roles.ts';
import { startApp } from '../support/app.ts';
import type { TestApp } from '../support/app.ts';
import { call } from '../support/drive.ts';

let t: TestApp;
beforeAll(async () => { t = await startApp(); });
afterAll(async () => t.close());

const integrator = { id: 'int-1', role: 'integrator' as Role, region: '' };
const committed = (file: string) => JSON.parse(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8')) as unknown;

describe('GET /schemas', () => {
  it('lists every type and version, to every authenticated role, integrators included', async () => {
    for (const role of ROLES) {
      const res = await call(t, { id: `${role}-1`, role, region: '430624' }, 'GET', '/schemas');
      expect(res.statusCode, role).toBe(200);
    }
    const { items, envelope } = (await call(t, integrator, 'GET', '/schemas')).json() as { items: Array<{ type: string; version: number; latest: boolean; file: string; href: string }>; envelope: unknown };
    expect(envelope).toBeDefined();
    expect(items).toHaveLength(EVENT_SCHEMAS.length);
    expect(items.find((i) => i.type === 'InitialCheckDeclared' && i.version === 0)).toMatchObject({ latest: false, file: 'schemas/json/InitialCheckDeclared.v0.json' });
    expect(items.find((i) => i.type === 'InitialCheckDeclared' && i.version === 1)).toMatchObject({ latest: true, href: '/schemas/InitialCheckDeclared/1' });
    expect((await t.app.inject({ method: 'GET', url: '/schemas' })).statusCode).toBe(401);
  });

  it('serves each schema as committed under schemas/json', async () => {
    const { items } = (await call(t, integrator, 'GET', '/schemas')).json() as { items: Array<{ href: string; file: string }> };
    for (const item of items) {
      const res = await call(t, integrator, 'GET', item.href);
      expect(res.statusCode, item.href).toBe(200);
      expect(res.headers['content-type']).toMatch(/^application\/schema\+json/);
      expect(res.json(), item.href).toEqual(committed(item.file));
    }
    expect((await call(t, integrator, 'GET', '/schemas/TownshipReviewed/v1')).json()).toMatchObject({ $id: 'urn:fupin:event:TownshipReviewed:v1', 'x-schema-version': 1, required: ['outcome', 'card', 'opinion'] });
  });

  it('answers 404 for a type or version it does not know, 400 for a malformed one', async () => {
    const missing = await call(t, integrator, 'GET', '/schemas/TownshipReviewed/2');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().code).toBe('SCHEMA_NOT_FOUND');
    expect((await call(t, integrator, 'GET', '/schemas/NoSuchEvent/1')).statusCode).toBe(404);
    expect((await call(t, integrator, 'GET', '/schemas/TownshipReviewed/latest')).statusCode).toBe(400);
  });
});
