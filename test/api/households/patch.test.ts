import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Household } from '../../../src/domain/household.ts';
import { HouseholdsView } from '../../../src/households/projection.ts';
import { startApp } from '../../support/app.ts';
import type { TestApp } from '../../support/app.ts';
import { call } from '../../support/drive.ts';
import { VILLAGE, yellowHousehold } from '../../support/fixtures.ts';

const inv = { id: 'inv-1', role: 'investigator' as const, region: VILLAGE };
const income2026 = { wage: 9000, business: 0, property: 0, transfer: 600, productionCosts: 0, schoolingExpenses: 0, medicalExpenses: 0 };

/**
 * POST /households/:id/changes takes a JSON Merge Patch (RFC 7396) of the household. Each case here failed with the
 * shallow merge it replaced: a partial object reset its siblings, a new income year dropped the others, an
 * unknown or empty change wrote an empty event.
 */
describe('a household change is a merge patch of its facts', () => {
  let t: TestApp;
  let seq = 100;
  beforeAll(async () => { t = await startApp(); });
  afterAll(async () => t.close());

  const register = async (changes: Partial<ReturnType<typeof yellowHousehold>> = {}) => {
    const created = await call(t, inv, 'POST', '/households', { household: { ...yellowHousehold(++seq), ...changes } });
    expect(created.statusCode, created.body).toBe(201);
    return created.json().id as string;
  };
  const change = (id: string, changes: unknown, headers: Record<string, string> = {}) =>
    call(t, inv, 'POST', `/households/${id}/changes`, { changes, reason: '入户核实' }, headers);
  const facts = async (id: string): Promise<Household> => (await call(t, inv, 'GET', `/households/${id}`)).json().household as Household;
  // the events as every reader gets them: names and IDs are sealed in the stored bytes (src/privacy)
  const stream = async (id: string) => t.app.services.store.readStream(`household-${id}`);

  it('sending one exclusion fact keeps the others', async () => {
    const id = await register({ exclusions: { publicFundsMember: true } });
    const res = await change(id, { exclusions: { consumerCar: true } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().household.exclusions).toMatchObject({ consumerCar: true, publicFundsMember: true, commercialHousing: false });
    expect((await facts(id)).exclusions).toMatchObject({ consumerCar: true, publicFundsMember: true });
  });

  it('sending a new income year keeps the other years; a year sent in part keeps its other amounts', async () => {
    const id = await register();
    expect((await change(id, { incomes: { '2026': income2026 } })).statusCode).toBe(200);
    expect(Object.keys((await facts(id)).incomes).sort()).toEqual(['2025', '2026']);
    expect((await change(id, { incomes: { '2025': { wage: 6500 } } })).statusCode).toBe(200);
    expect((await facts(id)).incomes).toEqual({
      '2025': { wage: 6500, business: 1500, property: 0, transfer: 1200, productionCosts: 700, schoolingExpenses: 0, medicalExpenses: 0 },
      '2026': income2026,
    });
  });

  it('records only what changed, as the patch applied', async () => {
    const id = await register({ exclusions: { publicFundsMember: true } });
    // sent: the exclusion facts as they stand plus one new one, and the group unchanged
    const res = await change(id, { group: '3组', exclusions: { consumerCar: true, publicFundsMember: true, commercialHousing: false } });
    expect(res.statusCode, res.body).toBe(200);
    const last = (await stream(id)).at(-1);
    expect(last).toMatchObject({ type: 'HouseholdFactsChanged', metadata: { schemaVersion: 2 } });
    expect(last?.data).toEqual({ patch: { exclusions: { consumerCar: true } }, reason: '入户核实', warnings: expect.any(Array) });
  });

  it('refuses unknown fields with 400 UNKNOWN_FIELD naming them, and appends nothing', async () => {
    const id = await register();
    const before = await t.store.headPosition();
    const unknownOnly = await change(id, { consumerCar: true });
    expect(unknownOnly.statusCode, unknownOnly.body).toBe(400);
    expect(unknownOnly.headers['content-type']).toContain('application/problem+json');
    expect(unknownOnly.json()).toMatchObject({ code: 'UNKNOWN_FIELD', fields: ['/changes/consumerCar'], message_zh: expect.stringContaining('/changes/consumerCar'), message_en: expect.stringContaining('/changes/consumerCar') });
    // next to known ones, nested, inside a member, a year that is not a year: all named, none dropped
    const mixed = await change(id, {
      group: '4组',
      exclusions: { consumerCar: true, car: true },
      members: (await facts(id)).members.map((m, i) => (i === 1 ? { ...m, nickname: '阿梅' } : m)),
      incomes: { '26': income2026 },
    });
    expect(mixed.statusCode, mixed.body).toBe(400);
    expect(mixed.json().fields).toEqual(['/changes/exclusions/car', '/changes/members/1/nickname', '/changes/incomes/26']);
    // the envelope too: a misspelt `changes` is not an empty change
    const typo = await call(t, inv, 'POST', `/households/${id}/changes`, { changes: { group: '4组' }, chnages: { group: '5组' }, reason: '入户核实' });
    expect(typo.statusCode, typo.body).toBe(400);
    // (the envelope is judged by the route schema, whose objects are closed: one validation error, UNKNOWN_FIELD)
    expect(typo.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ in: 'body', pointer: '/chnages', code: 'UNKNOWN_FIELD' }] });
    expect(await t.store.headPosition()).toBe(before);
    expect((await stream(id)).map((e) => e.type)).toEqual(['HouseholdRegistered']);
  });

  it('refuses a change that changes nothing with 422 NO_CHANGE, and appends nothing', async () => {
    const id = await register();
    const current = await facts(id);
    const before = await t.store.headPosition();
    for (const same of [{}, { group: current.group }, { exclusions: {} }, { incomes: { '2025': { wage: 6000 } } }, { members: current.members, head: current.head }, { livelihood: null }]) {
      const res = await change(id, same);
      expect(res.statusCode, `${JSON.stringify(same)}: ${res.body}`).toBe(422);
      expect(res.json()).toMatchObject({ code: 'NO_CHANGE', status: 422, message_zh: expect.any(String), message_en: expect.any(String) });
    }
    expect(await t.store.headPosition()).toBe(before);
  });

  it("renaming the head renames the head member, and renaming the head member renames the head", async () => {
    const id = await register();
    const renamed = await change(id, { head: '王德明' });
    expect(renamed.statusCode, renamed.body).toBe(200);
    const after = renamed.json().household as Household;
    expect(after.head).toBe('王德明');
    expect(after.members.find((m) => m.relation === 'head')?.name).toBe('王德明');
    expect(after.members[1]?.name).toBe(`配偶${seq}`);
    expect((await stream(id)).at(-1)?.data.patch).toEqual({ head: '王德明', members: after.members });

    const members = after.members.map((m) => (m.relation === 'head' ? { ...m, name: '王德民' } : m));
    const memberRenamed = await change(id, { members });
    expect(memberRenamed.statusCode, memberRenamed.body).toBe(200);
    expect(memberRenamed.json().household).toMatchObject({ head: '王德民', members: [{ name: '王德民' }, { name: `配偶${seq}` }] });

    const before = await t.store.headPosition();
    const mismatch = await change(id, { head: '王德明', members });
    expect(mismatch.statusCode, mismatch.body).toBe(400);
    expect(mismatch.json()).toMatchObject({ code: 'HEAD_NAME_MISMATCH' });
    expect(await t.store.headPosition()).toBe(before);
  });

  it('null removes an optional field, sets a nullable one to null, and cannot remove a required one', async () => {
    const id = await register({ livelihood: { incomeStable: false, basicNeedsAndWaterSecure: true }, incomes: { '2024': income2026, '2025': income2026 } });
    const removed = await change(id, { livelihood: null, incomes: { '2024': null } });
    expect(removed.statusCode, removed.body).toBe(200);
    const now = await facts(id);
    expect(now).not.toHaveProperty('livelihood');
    expect(Object.keys(now.incomes)).toEqual(['2025']);
    expect((await stream(id)).at(-1)?.data.patch).toEqual({ livelihood: null, incomes: { '2024': null } });

    const ordinary = await change(id, { registration: 'ordinary', povertyStatus: null });
    expect(ordinary.statusCode, ordinary.body).toBe(200);
    expect(ordinary.json().household).toMatchObject({ registration: 'ordinary', povertyStatus: null });

    // an exclusion fact has a default: null puts it back to false
    expect((await change(id, { exclusions: { consumerCar: true } })).statusCode).toBe(200);
    expect((await change(id, { exclusions: { consumerCar: null } })).json().household.exclusions.consumerCar).toBe(false);

    const required = await change(id, { group: null });
    expect(required.statusCode, required.body).toBe(400);
    expect(required.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [expect.objectContaining({ path: '/changes/group' })] });
  });

  it('validates the merged household as a whole, and keeps the head\'s resident ID', async () => {
    const id = await register();
    const invalid = await change(id, { incomes: { '2026': { wage: 100 } } });
    expect(invalid.statusCode, invalid.body).toBe(400);
    expect(invalid.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: expect.arrayContaining([expect.objectContaining({ path: '/changes/incomes/2026/business' })]) });
    const noHead = await change(id, { members: (await facts(id)).members.filter((m) => m.relation !== 'head') });
    expect(noHead.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ path: '/changes/members', message: 'exactly one member must be the head' }] });
    const funds = await change(id, { mainCauseOfPoverty: 'lack-of-funds' });
    expect(funds.json()).toMatchObject({ code: 'FIELD_RULE_REFUSED', rules: [{ code: 'CAUSE_LACK_OF_FUNDS' }] });
    const other = yellowHousehold(++seq).residentId;
    const moved = await change(id, { residentId: other });
    expect(moved.statusCode).toBe(422);
    expect(moved.json()).toMatchObject({ code: 'RESIDENT_ID_IMMUTABLE' });
    expect((await change(id, { residentId: null })).json()).toMatchObject({ code: 'RESIDENT_ID_IMMUTABLE' });
    expect((await stream(id)).map((e) => e.type)).toEqual(['HouseholdRegistered']);
  });

  it('accepts application/merge-patch+json as well as application/json', async () => {
    const id = await register();
    const res = await change(id, { group: '7组' }, { 'content-type': 'application/merge-patch+json' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().household.group).toBe('7组');
    const text = await change(id, { group: '8组' }, { 'content-type': 'text/csv' });
    expect(text.statusCode).toBe(415);
  });
});

describe('a replay of the stored events gives the household the read model holds', () => {
  let t: TestApp;
  afterAll(async () => t.close());

  it('for merge patches and for changes stored before them (v1, each field replaced whole)', async () => {
    t = await startApp();
    const id = (await call(t, inv, 'POST', '/households', { household: yellowHousehold(201) })).json().id as string;
    const change = async (changes: object) => {
      const res = await call(t, inv, 'POST', `/households/${id}/changes`, { changes, reason: '入户核实' });
      expect(res.statusCode, res.body).toBe(200);
    };
    await change({ incomes: { '2026': income2026 }, exclusions: { publicFundsMember: true } });
    // an event as the release before merge patches wrote it (no schemaVersion: v1): its `incomes` replaced them all
    const [head] = await t.store.readStream(`household-${id}`, { direction: 'backwards', limit: 1 });
    const metadata = { actor: { id: 'inv-9', capacity: 'investigator', jurisdiction: VILLAGE }, occurredAt: t.clock.now().toISOString(), correlationId: 'v1', causationId: null, commandId: null };
    const v1 = { incomes: { '2024': income2026 }, exclusions: { consumerCar: true, commercialHousing: false, luxuriousDecoration: false, publicFundsMember: false, enterpriseExecutive: false, parentsApartFromAbleChildren: false, childrenHouseholds: { consumerCar: false, publicFundsMember: false, enterpriseExecutive: false, wellOff: false } } };
    await t.store.append(`household-${id}`, [{ type: 'HouseholdFactsChanged', data: { changes: v1, reason: '旧版变更', warnings: [] }, metadata }], { expectedRevision: head?.revision ?? 0 });
    await change({ head: '李四', livelihood: { incomeStable: true, basicNeedsAndWaterSecure: false } });
    await change({ livelihood: { basicNeedsAndWaterSecure: true }, members: yellowHousehold(201).members.map((m) => (m.relation === 'head' ? { ...m, name: '李四' } : { ...m, labour: 'weak' as const })) });

    const live = (await call(t, inv, 'GET', `/households/${id}`)).json();
    expect(live.household).toMatchObject({
      head: '李四',
      incomes: { '2024': income2026 },
      exclusions: { consumerCar: true, publicFundsMember: false },
      livelihood: { incomeStable: true, basicNeedsAndWaterSecure: true },
      members: [{ name: '李四' }, { labour: 'weak' }],
    });
    expect(Object.keys(live.household.incomes)).toEqual(['2024']);
    // the stored event is never rewritten: v1 stays v1 and reads as a shallow patch
    const stored = await t.store.readStream(`household-${id}`);
    expect(stored.map((e) => e.metadata.schemaVersion)).toEqual([1, 2, undefined, 2, 2]);
    expect(stored[2]?.data).toHaveProperty('changes');

    // a read model fed from the store's events (upcast, as the projector reads them) from scratch
    const replayed = new HouseholdsView();
    for (const e of await t.app.services.store.readAll()) replayed.apply(e);
    expect(replayed.get(id)?.household).toEqual(live.household);
    expect(replayed.get(id)?.revision).toBe(live.revision);

    // and a new process, whose projector rebuilds everything from the store
    t = await t.restart();
    expect((await call(t, inv, 'GET', `/households/${id}`)).json()).toEqual(live);
  });
});
