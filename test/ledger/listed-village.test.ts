import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startApp } from '../support/app.ts';
import type { TestApp } from '../support/app.ts';
import { L, VILLAGE, at, http, ok, refused } from './helpers.ts';

let t: TestApp;
beforeEach(async () => { t = await startApp(); });
afterEach(async () => { await t.close(); });

interface Duties { total: number; items: { key: string; kind: string; dueDay: string; overdueDays: number; detail: Record<string, unknown> }[] }
const duties = async (query: string) => ok<Duties>(await http(t).get(L.countyLeader, `/duties?kind=monthlyReport&${query}`));
const listing = { villageCode: VILLAGE, selection: { baseYear: 2019, notEscapedPeople: 34 }, residentUnit: '县财政局', leader: { personId: 'p-leader-1', name: '王督战' }, fromMonth: '2026-06', untilMonth: '2026-08' };

describe('挂牌督战: listed villages and their monthly reports', () => {
  it('lists a village on the policy\'s figure; a month\'s report missed is overdue, then filed', async () => {
    at(t, '2026-06-01T02:00:00.000Z');
    refused(await http(t).post(L.countyLeader, '/listed-villages', { ...listing, selection: { baseYear: 2019, notEscapedPeople: 25 } }), 422, 'NOT_A_LISTED_VILLAGE');
    const listed = ok<{ id: string; selection: { threshold: number }; reported: string[] }>(await http(t).post(L.countyLeader, '/listed-villages', listing), 201);
    expect(listed.selection).toEqual({ baseYear: 2019, notEscapedPeople: 34, threshold: 30 });
    refused(await http(t).post(L.countyLeader, '/listed-villages', listing), 409, 'VILLAGE_ALREADY_LISTED');

    // a report a month, due in its last third
    expect((await duties('state=open')).items.map((d) => d.dueDay)).toEqual(['2026-06-30', '2026-07-31', '2026-08-31']);
    at(t, '2026-06-15T02:00:00.000Z');
    expect((await duties('state=dueSoon')).total).toBe(0);
    refused(await http(t).post(L.firstSecretary, `/listed-villages/${listed.id}/reports`, { month: '2026-06', summary: '本月进展' }), 422, 'REPORT_TOO_EARLY');
    at(t, '2026-06-21T01:00:00.000Z');
    expect((await duties('state=dueSoon')).items.map((d) => d.detail.month)).toEqual(['2026-06']);

    // missed: overdue on the county's worklist
    at(t, '2026-07-02T02:00:00.000Z');
    const overdue = await duties('state=overdue');
    expect(overdue.items).toEqual([expect.objectContaining({ key: `monthlyReport:${listed.id}:2026-06`, overdueDays: 1 })]);

    // then filed, late: off the worklist, on the record
    const filed = ok<{ reported: string[] }>(await http(t).post(L.firstSecretary, `/listed-villages/${listed.id}/reports`, { month: '2026-06', summary: '完成危房改造 2 户，新增就业 5 人' }));
    expect(filed.reported).toEqual(['2026-06']);
    expect((await duties('state=overdue')).total).toBe(0);
    refused(await http(t).post(L.firstSecretary, `/listed-villages/${listed.id}/reports`, { month: '2026-06', summary: '重复' }), 409, 'STEP_NOT_ALLOWED');

    // the month's supervision: its findings enter the same ledger
    const finding = ok<{ id: string; listedVillageId: string }>(await http(t).post(L.countyInspector, '/problems', {
      level: 'village', regionCode: VILLAGE, typeCode: 'assistance', itemCode: 'assistance.4', description: '驻村工作队本月在岗天数不足', listedVillageId: listed.id,
    }), 201);
    expect(finding.listedVillageId).toBe(listed.id);
    const supervised = ok<{ supervised: string[] }>(await http(t).post(L.countyInspector, `/listed-villages/${listed.id}/supervisions`, { month: '2026-07', areas: [1, 8], findings: [finding.id], notes: '与县月督查同步' }));
    expect(supervised.supervised).toEqual(['2026-07']);
    expect(ok<{ total: number }>(await http(t).get(L.countyLeader, '/listed-villages')).total).toBe(1);
  });
});
