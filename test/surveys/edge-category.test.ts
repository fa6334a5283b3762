import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HouseholdSchema, type HouseholdInput } from '../../src/domain/household.ts';
import type { CommandContext } from '../../src/engine/engine.ts';
import { edgeChain } from '../../src/edge/chain.ts';
import { householdChain } from '../../src/households/chain.ts';
import { changeHousehold, registerHousehold } from '../../src/households/commands.ts';
import { HEADERS, HEALTH, LABOUR, REGISTRATION, RELATIONS, STUDENT, WORK_PLACE, labelOf } from '../../src/office/household-columns.ts';
import { toCsv } from '../../src/office/sheet.ts';
import { createServices } from '../../src/services.ts';
import { ManualClock } from '../../src/shared/clock.ts';
import { ProblemError } from '../../src/shared/problem.ts';
import { sequentialIds } from '../../src/shared/ids.ts';
import { MemoryEventStore } from '../../src/store/memory.ts';
import { EDGE_MACHINE_VERSION } from '../../workflows/registry.ts';
import { startApp, tokenFor } from '../support/app.ts';
import type { Person, TestApp } from '../support/app.ts';
import { COUNTY, VILLAGE, yellowHousehold } from '../support/fixtures.ts';

/**
 * 边缘户 is set only by the county's approved list (002 三(三)): the household chain refuses `registration: edge` from a
 * registration, an investigator's change, an import of many, and any command that does not name the approved
 * identification of this very household; the edge chain's approval still sets it.
 */

const ordinary = (seq: number): HouseholdInput => ({ ...yellowHousehold(seq), registration: 'ordinary', povertyStatus: null, mainCauseOfPoverty: null, risks: [] });
const P = {
  investigator: { id: 'ec-inv', roles: ['investigator'], jurisdiction: VILLAGE } satisfies Person,
  clerk: { id: 'ec-clerk', roles: ['villageClerk'], jurisdiction: VILLAGE } satisfies Person,
  county: { id: 'ec-county', roles: ['countyOffice'], jurisdiction: COUNTY } satisfies Person,
};

describe('边缘户 only by the approved list, over HTTP', () => {
  let t: TestApp;
  beforeAll(async () => { t = await startApp(); t.clock.set('2026-05-10T02:00:00.000Z'); });
  afterAll(async () => { await t.close(); });
  const post = (p: Person, url: string, payload: object, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url, payload: payload as Record<string, unknown>, headers: { authorization: `Bearer ${tokenFor(p, t.clock)}`, ...headers } });
  const get = (url: string) => t.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${tokenFor(P.clerk, t.clock)}` } });
  const registered = async (seq: number) => {
    const res = await post(P.investigator, '/households', { household: ordinary(seq) });
    expect(res.statusCode, res.body).toBe(201);
    return res.json<{ id: string }>().id;
  };

  it('an investigator cannot make a household edge by changing its facts; the county approval does', async () => {
    const id = await registered(61);
    const refused = await post(P.investigator, `/households/${id}/changes`, { changes: { registration: 'edge' }, reason: '入户了解，收入不稳' });
    expect(refused.statusCode, refused.body).toBe(422);
    expect(refused.json()).toMatchObject({ code: 'HOUSEHOLD_EDGE_BY_APPROVAL_ONLY' });
    expect((await t.store.readStream(`household-${id}`)).map((e) => e.type)).toEqual(['HouseholdRegistered']);
    expect((await get(`/households/${id}`)).json()).toMatchObject({ household: { registration: 'ordinary' } });

    const screened = await post(P.investigator, '/edge-cases', { householdId: id, campaign: 2026, basis: ['threeNon'] });
    expect(screened.statusCode, screened.body).toBe(201);
    const approved = await post(P.county, `/edge-cases/${screened.json<{ id: string }>().id}/county-approval`, { decision: 'approved', departments: ['县民政局'], opinion: '审定为边缘户' });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({ state: 'approved', registration: 'edge' });
    const stored = await t.store.readStream(`household-${id}`);
    expect(stored.at(-1)?.data).toMatchObject({ patch: { registration: 'edge' }, edgeCaseId: screened.json<{ id: string }>().id });
  });

  it('a household cannot be registered as edge, one at a time or by an import of many', async () => {
    const before = (await get(`/households?regionCode=${VILLAGE}`)).json<{ total: number }>().total;
    const single = await post(P.investigator, '/households', { household: { ...ordinary(62), registration: 'edge' } });
    expect(single.statusCode, single.body).toBe(422);
    expect(single.json()).toMatchObject({ code: 'HOUSEHOLD_EDGE_BY_APPROVAL_ONLY' });

    // the import's rows: one edge household (rows 2–3), one ordinary (rows 4–5)
    const rowsOf = (h: HouseholdInput): string[][] => h.members.map((m, i) => {
      const cells: Record<string, string> = {
        户主身份证号: h.residentId, 成员姓名: m.name, 与户主关系: labelOf(RELATIONS, m.relation), 成员身份证号: m.residentId ?? '', 出生日期: m.birthDate ?? '',
        在校生状况: labelOf(STUDENT, m.studentStatus), 健康状况: labelOf(HEALTH, m.health.status), 劳动技能: labelOf(LABOUR, m.labour), 务工地点: labelOf(WORK_PLACE, m.employment.place),
        ...(i === 0 ? { 村代码: h.villageCode, 组: h.group, 户类型: labelOf(REGISTRATION, h.registration) } : {}),
      };
      return HEADERS.map((header) => cells[header] ?? '');
    });
    const csv = toCsv({ headers: HEADERS, rows: [...rowsOf({ ...ordinary(63), registration: 'edge' }), ...rowsOf(ordinary(64))] });
    const dry = await post(P.clerk, '/imports/households?dryRun=true', csv as unknown as object, { 'content-type': 'text/csv' });
    expect(dry.statusCode, dry.body).toBe(200);
    const report = dry.json<{ valid: number; refused: number; errors: { row: number; column: string | null; code: string }[] }>();
    expect(report).toMatchObject({ valid: 1, refused: 1 });
    expect(report.errors.map((e) => [e.row, e.column, e.code])).toEqual([[2, '户类型', 'HOUSEHOLD_EDGE_BY_APPROVAL_ONLY']]);
    expect((await get(`/households?regionCode=${VILLAGE}`)).json<{ total: number }>().total).toBe(before);
  });
});

describe('边缘户 only by the approved list, in the engine (whatever sends the step)', () => {
  const setup = async () => {
    const clock = new ManualClock();
    clock.set('2026-05-10T02:00:00.000Z');
    const store = new MemoryEventStore({ clock, newId: sequentialIds() });
    const services = createServices({ store, clock, newId: sequentialIds(7), newSeed: () => 'seed', personalData: { seal: false } });
    await services.projector.start();
    const ctx = (commandId?: string): CommandContext => ({ actor: { id: 'list-op', capacity: 'countyOffice', jurisdiction: COUNTY }, occurredAt: clock.now().toISOString(), correlationId: 'c', ...(commandId ? { commandId } : {}) });
    const register = async (seq: number) => {
      const id = `00000000-0000-4000-8000-0000000000${String(seq).padStart(2, '0')}`;
      const outcome = await services.engine.execute(householdChain, id, ctx(), () => registerHousehold(HouseholdSchema.parse(ordinary(seq))));
      await services.projector.waitFor(outcome.position);
      return id;
    };
    const screen = async (householdId: string, caseId: string, approve: boolean) => {
      let outcome = await services.engine.execute(edgeChain, caseId, ctx(), () => [{ type: 'EdgeCandidateScreened', data: { machineVersion: EDGE_MACHINE_VERSION, householdId, villageCode: VILLAGE, campaign: 2026, basis: ['threeNon'] } }]);
      if (approve) outcome = await services.engine.execute(edgeChain, caseId, ctx(), () => [{ type: 'EdgeCountyApproved', data: { decision: 'approved', departments: ['县民政局'], opinion: '审定' } }]);
      await services.projector.waitFor(outcome.position);
    };
    const toEdge = (householdId: string, edgeCaseId?: string, commandId?: string) => services.engine.execute(householdChain, householdId, ctx(commandId), () => {
      const row = services.households.get(householdId);
      if (!row) throw new Error('no household');
      return changeHousehold(row.household, { registration: 'edge' }, '名单', edgeCaseId ? { edgeCaseId } : undefined);
    }, { mustExist: true });
    const codeOf = async (p: Promise<unknown>) => p.then(() => 'accepted', (e: unknown) => (e instanceof ProblemError ? e.code : String(e)));
    return { services, register, screen, toEdge, codeOf };
  };

  it('a list of changes (one command id per household, as a list operation sends them) sets none of them', async () => {
    const { register, toEdge, codeOf } = await setup();
    const ids = [await register(71), await register(72), await register(73)];
    const codes = await Promise.all(ids.map((id, i) => codeOf(toEdge(id, undefined, `batch-1:${i}`))));
    expect(codes).toEqual(['HOUSEHOLD_EDGE_BY_APPROVAL_ONLY', 'HOUSEHOLD_EDGE_BY_APPROVAL_ONLY', 'HOUSEHOLD_EDGE_BY_APPROVAL_ONLY']);
  });

  it('only an approved identification of this household counts: not one merely screened, nor another household\'s', async () => {
    const { register, screen, toEdge, codeOf, services } = await setup();
    const a = await register(74);
    const b = await register(75);
    await screen(a, '00000000-0000-4000-8000-0000000000a1', false);
    await screen(b, '00000000-0000-4000-8000-0000000000b1', true);
    expect(await codeOf(toEdge(a, '00000000-0000-4000-8000-0000000000a1'))).toBe('HOUSEHOLD_EDGE_BY_APPROVAL_ONLY');
    expect(await codeOf(toEdge(a, '00000000-0000-4000-8000-0000000000b1'))).toBe('HOUSEHOLD_EDGE_BY_APPROVAL_ONLY');
    expect(await codeOf(toEdge(b, '00000000-0000-4000-8000-0000000000b1'))).toBe('accepted');
    expect((await services.store.readStream(`household-${b}`)).at(-1)?.data).toMatchObject({ patch: { registration: 'edge' }, edgeCaseId: '00000000-0000-4000-8000-0000000000b1' });
    expect((await services.store.readStream(`household-${a}`)).map((e) => e.type)).toEqual(['HouseholdRegistered']);
  });
});
