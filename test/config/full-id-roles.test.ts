import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { hmacKey } from '../../src/auth/keys.ts';
import type { Role } from '../../src/auth/roles.ts';
import { ConfigError, loadConfig } from '../../src/config/config.ts';
import { maskResidentId } from '../../src/domain/resident-id.ts';
import { DEFAULT_FULL_ID_ROLES } from '../../src/households/present.ts';
import { buildApp } from '../../src/http/app.ts';
import { ManualClock } from '../../src/shared/clock.ts';
import { sequentialIds } from '../../src/shared/ids.ts';
import { MemoryEventStore } from '../../src/store/memory.ts';
import { AUDIENCE, SECRET, tokenFor } from '../support/app.ts';
import { COUNTY, TOWNSHIP, VILLAGE, yellowHousehold } from '../support/fixtures.ts';

describe('FULL_ID_ROLES: which roles see resident ID numbers in full', () => {
  it('defaults to the roles that work with full IDs', () => {
    expect(loadConfig({}).FULL_ID_ROLES).toEqual(['investigator', 'villageClerk', 'townshipReviewer', 'countyOffice']);
    expect(loadConfig({}).FULL_ID_ROLES).toEqual(DEFAULT_FULL_ID_ROLES);
  });

  it('reads comma-separated role names, spaces around them ignored, a repeat kept once', () => {
    expect(loadConfig({ FULL_ID_ROLES: ' investigator, supervisor ,investigator,' }).FULL_ID_ROLES).toEqual(['investigator', 'supervisor']);
    expect(loadConfig({ FULL_ID_ROLES: 'countyOffice' }).FULL_ID_ROLES).toEqual(['countyOffice']);
  });

  it('stops on a role src/auth/roles.ts does not know, naming the variable and the role', () => {
    const attempt = () => loadConfig({ FULL_ID_ROLES: 'investigator,mayor' });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/FULL_ID_ROLES: unknown role "mayor"; expected comma-separated roles of src\/auth\/roles\.ts \(investigator, /);
    // role names are case-sensitive, as in tokens
    expect(() => loadConfig({ FULL_ID_ROLES: 'Investigator' })).toThrow(/FULL_ID_ROLES: unknown role "Investigator"/);
  });

  it('stops on a list that names no role', () => {
    for (const value of ['', ' , ']) expect(() => loadConfig({ FULL_ID_ROLES: value }), JSON.stringify(value)).toThrow(/FULL_ID_ROLES: no role named/);
  });

  it('an unknown role stops the service at start-up with a message naming the variable', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: { ...process.env, FULL_ID_ROLES: 'investigator,mayor', EVENT_STORE: 'memory', PORT: '0', LOG_LEVEL: 'silent' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status, run.stderr).toBe(1);
    expect(run.stderr).toContain('FULL_ID_ROLES: unknown role "mayor"');
  });
});

describe('FULL_ID_ROLES applied: a role added through the configuration sees full IDs, a role left out sees them masked', () => {
  let app: FastifyInstance;
  let clock: ManualClock;
  let householdId = '';
  let designationId = '';
  const household = yellowHousehold(31);
  const masked = maskResidentId(household.residentId);
  const as = (id: string, role: Role, jurisdiction: string) => ({ authorization: `Bearer ${tokenFor({ id, roles: [role], jurisdiction }, clock)}` });

  beforeAll(async () => {
    clock = new ManualClock('2026-03-18T01:00:00.000Z');
    const newId = sequentialIds(31);
    // as main.ts builds it: the configuration's list, passed to the app
    const { FULL_ID_ROLES } = loadConfig({ FULL_ID_ROLES: 'investigator,supervisor' });
    app = await buildApp({ store: new MemoryEventStore({ clock, newId }), clock, newId, newSeed: () => 's', auth: { resolveKey: hmacKey(SECRET), audience: AUDIENCE }, fullIdRoles: FULL_ID_ROLES });
    await app.ready();
    const inv = as('inv-1', 'investigator', VILLAGE);
    householdId = (await app.inject({ method: 'POST', url: '/households', headers: inv, payload: { household } })).json().id;
    const declared = await app.inject({ method: 'POST', url: '/designations', headers: inv, payload: { householdId, year: 2026, proposedCard: 'yellow', opinion: '入户核实' } });
    expect(declared.statusCode, declared.body).toBe(201);
    designationId = declared.json().id;
  });
  afterAll(async () => app.close());

  it('is what the app was built with', () => {
    expect(app.services.fullIdRoles).toEqual(['investigator', 'supervisor']);
  });

  it('the approval form: the supervisor (added) sees the full ID, the county office (left out) a masked one', async () => {
    const form = async (role: Role, region: string) => {
      const res = await app.inject({ method: 'GET', url: `/designations/${designationId}/approval-form`, headers: as(`${role}-1`, role, region) });
      expect(res.statusCode, res.body).toBe(200);
      return res.body;
    };
    const supervisor = await form('supervisor', COUNTY);
    expect(supervisor).toContain(household.residentId);
    const county = await form('countyOffice', COUNTY);
    expect(county).toContain(masked);
    expect(county).not.toContain(household.residentId);
  });

  it('the data-check answers: the village clerk (left out) sees a masked ID', async () => {
    const res = await app.inject({ method: 'POST', url: `/households/${householdId}/reviews`, headers: as('clerk-1', 'villageClerk', VILLAGE), payload: { opinion: '核对无误' } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().household.residentId).toBe(masked);
    expect(res.body).not.toContain(household.residentId);
    const supervised = await app.inject({ method: 'POST', url: `/households/${householdId}/supervisions`, headers: as('tr-1', 'townshipReviewer', TOWNSHIP), payload: { opinion: '监督无误' } });
    expect(supervised.statusCode, supervised.body).toBe(200);
    expect(supervised.json().household.residentId).toBe(masked);
  });

  it('GET /households/:id: the supervisor (added) sees the full ID', async () => {
    const res = await app.inject({ method: 'GET', url: `/households/${householdId}`, headers: as('sv-1', 'supervisor', COUNTY) });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().household.residentId).toBe(household.residentId);
  });
});
