import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, tokenFor } from '../support/app.ts';
import type { TestApp } from '../support/app.ts';
import { call } from '../support/drive.ts';
import { COUNTY, VILLAGE, residentId, yellowHousehold } from '../support/fixtures.ts';

const INV = { id: 'inv-1', role: 'investigator' as const, region: VILLAGE };
const OFFICE = { id: 'co-1', role: 'countyOffice' as const, region: COUNTY };
const ERASED = { seq: 7, head: '户主7', spouse: '配偶7', id: residentId('1965-04-12', 7) };
const KEPT = { seq: 8, head: '户主8', id: residentId('1965-04-12', 8) };

let t: TestApp;
let erasedId = '';
let keptId = '';
let designationId = '';

const ok = <R extends { statusCode: number; body: string }>(res: R, status = 200): R => {
  expect(res.statusCode, res.body).toBe(status);
  return res;
};

/** the database file and its write-ahead log, as bytes: what a stolen disk or a backup copy holds */
const fileBytes = (path: string): Buffer => Buffer.concat([path, `${path}-wal`].filter((p) => existsSync(p)).map((p) => readFileSync(p)));
const holds = (bytes: Buffer, text: string) => bytes.includes(Buffer.from(text, 'utf8'));

/** every surface a person's data is read through: detail, list, export, feed, approval form */
const surfaces = async () => ({
  household: ok(await call(t, OFFICE, 'GET', `/households/${erasedId}`)).body,
  list: ok(await call(t, OFFICE, 'GET', `/households?regionCode=${VILLAGE}`)).body,
  export: ok(await call(t, { id: 'clerk', role: 'villageClerk', region: VILLAGE }, 'GET', '/exports/households?format=csv')).body,
  feed: ok(await call(t, OFFICE, 'GET', '/feed?limit=1000')).body,
  form: ok(await call(t, OFFICE, 'GET', `/designations/${designationId}/approval-form`)).body,
});

beforeAll(async () => {
  t = await startApp();
  t.clock.set('2026-03-18T01:00:00Z');
  erasedId = (ok(await call(t, INV, 'POST', '/households', { household: yellowHousehold(ERASED.seq) }), 201).json() as { id: string }).id;
  keptId = (ok(await call(t, INV, 'POST', '/households', { household: yellowHousehold(KEPT.seq) }), 201).json() as { id: string }).id;
  designationId = (ok(await call(t, INV, 'POST', '/designations', { householdId: erasedId, year: 2026, proposedCard: 'yellow', opinion: '入户核实' }), 201).json() as { id: string }).id;
});
afterAll(async () => t.close());

describe('personal data sealed in the store (crypto-shredding)', () => {
  it('reads back in the clear for those who may see it, but the database file never holds a name or an ID', async () => {
    const before = await surfaces();
    expect(before.household).toContain(ERASED.head);
    expect(before.household).toContain(ERASED.id); // a county office sees IDs in full
    expect(before.form).toContain(ERASED.head);
    const bytes = fileBytes(t.path);
    for (const text of [ERASED.head, ERASED.spouse, ERASED.id, KEPT.head, KEPT.id]) expect(holds(bytes, text), text).toBe(false);
    // nor an unkeyed hash of an ID, which a county's few million possible IDs would give back (resident claims)
    expect(holds(bytes, createHash('sha256').update(`resident:${ERASED.id}`).digest('hex'))).toBe(false);
  });
});

describe('the feed by purpose', () => {
  const INTEGRATOR = { id: 'batch', roles: ['integrator' as const], jurisdiction: COUNTY };
  const feed = async (scope?: string) => {
    const token = tokenFor(INTEGRATOR, t.clock, scope === undefined ? {} : { scope });
    const res = ok(await t.app.inject({ method: 'GET', url: '/feed?limit=1000', headers: { authorization: `Bearer ${token}` } }));
    return { body: res.body, events: (res.json() as { events: { type: string; personal?: { fields: { pointer: string; value: string | null }[] } }[] }).events };
  };

  it('without the personal-data scope an integrator gets no name or ID, only tokens that join one person\'s records', async () => {
    const { body, events } = await feed();
    for (const text of [ERASED.head, ERASED.spouse, ERASED.id, KEPT.head, KEPT.id]) expect(body.includes(text), text).toBe(false);
    const valueAt = (type: string, pointer: string) => events.find((e) => e.type === type)?.personal?.fields.find((f) => f.pointer === pointer)?.value;
    const registered = valueAt('HouseholdRegistered', '/household/residentId');
    expect(registered).toMatch(/^tok_/);
    // the same resident ID in the designation's facts: the same token
    expect(valueAt('InitialCheckDeclared', '/facts/residentId')).toBe(registered);
  });

  it('with the scope it gets them in the clear', async () => {
    const { body } = await feed('feed personal-data');
    expect(body).toContain(ERASED.head);
    expect(body).toContain(ERASED.id);
  });
});

describe('POST /households/:id/erasure (PIPL art. 47)', () => {
  it('is the county office\'s: an investigator is refused', async () => {
    const res = await call(t, INV, 'POST', `/households/${erasedId}/erasure`, { reason: '申请删除', basis: 'consent-withdrawn' });
    expect(res.statusCode).toBe(403);
  });

  it('erases: every read shows the person erased, the trail still verifies, the other household is untouched', async () => {
    t.clock.set('2026-05-06T02:00:00Z');
    const res = ok(await call(t, OFFICE, 'POST', `/households/${erasedId}/erasure`, { reason: '当事人撤回同意并申请删除', basis: 'consent-withdrawn' }));
    const answer = res.json() as { headName: string; household: { head: string; residentId: string | null; members: { name: string; residentId?: string }[] } };
    expect(answer.headName).toBe('（已删除）');
    expect(answer.household.residentId).toBeNull();
    expect(answer.household.members.map((m) => m.name)).toEqual(['（已删除）', '（已删除）']);

    const after = await surfaces();
    for (const [surface, body] of Object.entries(after)) {
      for (const text of [ERASED.head, ERASED.spouse, ERASED.id]) expect(body.includes(text), `${surface} holds ${text}`).toBe(false);
      expect(body, surface).toContain('已删除');
    }
    // the erasure itself is on the trail, with who and why
    expect(after.feed).toContain('HouseholdPersonalDataErased');
    expect(after.feed).toContain('当事人撤回同意并申请删除');
    // the other household reads as before
    expect(ok(await call(t, OFFICE, 'GET', `/households/${keptId}`)).body).toContain(KEPT.id);

    const verified = ok(await call(t, { id: 'sup', role: 'supervisor', region: COUNTY }, 'GET', '/audit/verify')).json() as { ok: boolean; eventsChecked: number };
    expect(verified.ok).toBe(true);
    expect(verified.eventsChecked).toBeGreaterThan(4);
    const stream = ok(await call(t, { id: 'sup', role: 'supervisor', region: COUNTY }, 'GET', `/audit/verify/streams/household-${erasedId}`)).json() as { ok: boolean };
    expect(stream.ok).toBe(true);
  });

  it('refuses anything more about an erased household, a second erasure included', async () => {
    const change = await call(t, INV, 'POST', `/households/${erasedId}/changes`, { changes: { group: '4组' }, reason: '更正' });
    expect(change.statusCode).not.toBe(200);
    const again = await call(t, OFFICE, 'POST', `/households/${erasedId}/erasure`, { reason: '重复', basis: 'other' });
    expect(again.statusCode).toBe(409);
  });

  it('stays erased after a restart, and the sealed data of everyone else still reads (their keys are in the file)', async () => {
    t = await t.restart();
    expect(ok(await call(t, OFFICE, 'GET', `/households/${erasedId}`)).body).not.toContain(ERASED.head);
    expect(ok(await call(t, OFFICE, 'GET', `/households/${keptId}`)).body).toContain(KEPT.head);
    const db = (t.store as unknown as { db: { prepare(sql: string): { get(...a: unknown[]): unknown } } }).db;
    expect(db.prepare('SELECT wrapped FROM personal_data_keys WHERE subject = ?').get(erasedId)).toEqual({ wrapped: null });
  });
});
