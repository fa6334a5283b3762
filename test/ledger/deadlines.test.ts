import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startApp } from '../support/app.ts';
import type { TestApp } from '../support/app.ts';
import { edgeHousehold, registerHousehold } from '../api/monitoring/helpers.ts';
import { L, TOWNSHIP, at, householdProblem, http, lists, ok, recordAndSign } from './helpers.ts';

let t: TestApp;
beforeEach(async () => { t = await startApp(); });
afterEach(async () => { await t.close(); });

interface Duties { total: number; counts: Record<string, number>; items: { key: string; kind: string; dueDay: string; warnFrom: string | null; owner: { personId: string | null; name: string | null }; overdueDays: number; supervisorRole: string | null; subject: { chain: string; id: string } }[] }
const duties = async (query: string, by = L.townshipLeader) => ok<Duties>(await http(t).get(by, `/duties?${query}`));

describe('deadlines that act (整改时限, 提醒预警)', () => {
  it('warns the responsible person before the deadline, and shows an overdue problem to them and their superior; 约谈 and 追责问责 are on its trail', async () => {
    const householdId = await registerHousehold(t, edgeHousehold(1));
    at(t, '2026-06-12T02:00:00.000Z');
    const problem = await recordAndSign(t, householdProblem(householdId));
    ok(await http(t).post(L.townshipReviewer, `/problems/${problem.id}/lists`, { lists: lists('2026-06-25') }));

    // on the worklist of things open, not yet coming due: the policy warns 7 days ahead
    expect((await duties('state=open&kind=rectification')).items.map((d) => d.subject.id)).toEqual([problem.id]);
    expect((await duties('state=dueSoon&kind=rectification')).total).toBe(0);

    at(t, '2026-06-19T01:00:00.000Z');
    const soon = await duties('state=dueSoon&personId=p-rect-1');
    expect(soon.items).toEqual([expect.objectContaining({
      key: `rectification:${problem.id}`, kind: 'rectification', dueDay: '2026-06-25', owner: expect.objectContaining({ personId: 'p-rect-1', name: '李责任' }),
      supervisorRole: 'townshipApprover', overdueDays: -7,
    })]);

    at(t, '2026-06-26T01:00:00.000Z');
    const overdue = await duties(`state=overdue&regionCode=${TOWNSHIP}`);
    expect(overdue.items).toEqual([expect.objectContaining({ subject: { chain: 'problem', id: problem.id }, overdueDays: 0 })]);
    expect(overdue.counts).toEqual({ rectification: 1 });
    // their superior sees it through the role that supervises them
    expect((await duties('state=overdue&role=townshipApprover')).total).toBe(1);
    expect(ok(await http(t).get(L.countyLeader, `/problems/${problem.id}`))).toMatchObject({ overdue: true });
    expect(ok<{ total: number }>(await http(t).get(L.countyLeader, '/problems?overdue=true')).total).toBe(1);

    ok(await http(t).post(L.countyLeader, `/problems/${problem.id}/interviews`, { person: { personId: 'p-rect-1', name: '李责任' }, reason: '超期未整改', notes: '约谈镇人社所负责人，限三日内整改' }));
    const held = ok(await http(t).post(L.countyLeader, `/problems/${problem.id}/accountability`, { person: { personId: 'p-rect-1', name: '李责任' }, finding: 'late', measure: '通报批评' }));
    expect(held).toMatchObject({ interviews: 1, accountabilities: 1, state: 'rectifying' });

    // a claim takes it off the worklists; verified and closed, it stays off
    ok(await http(t).post(L.clerk, `/problems/${problem.id}/rectification`, { result: '已发放' }));
    expect((await duties('state=overdue')).total).toBe(0);
  });
});

describe('escalation (乡镇无法解决 → 县 → 部门)', () => {
  it('an area-level problem goes up to the county, is assigned to a department, which answers in the same chain', async () => {
    at(t, '2026-06-12T02:00:00.000Z');
    const area = {
      level: 'township', regionCode: TOWNSHIP, typeCode: 'water', itemCode: 'water.4', description: '农村供水工程长效管理机制不够健全',
    };
    const problem = await recordAndSign(t, area, L.townshipReviewer);
    expect(problem).toMatchObject({ level: 'township', levelZh: '镇级层面', householdId: null, state: 'awaitingLists' });
    ok(await http(t).post(L.townshipReviewer, `/problems/${problem.id}/lists`, { lists: lists('2026-06-25', 'p-water-1', '镇水利站') }));
    expect(ok(await http(t).post(L.townshipLeader, `/problems/${problem.id}/escalation`, { reason: '需县级统筹资金，乡镇无法解决' }))).toMatchObject({ state: 'escalatedToCounty' });
    // only the county assigns, only the department answers
    expect((await http(t).post(L.townshipLeader, `/problems/${problem.id}/assignment`, { department: '县水利局', opinion: '交办' })).statusCode).toBe(403);
    expect(ok(await http(t).post(L.countyLeader, `/problems/${problem.id}/assignment`, { department: '县水利局', opinion: '请县水利局牵头整改' })))
      .toMatchObject({ state: 'assignedToDepartment', department: '县水利局' });
    const answered = ok(await http(t).post(L.waterBureau, `/problems/${problem.id}/department-answer`, {
      answer: '已纳入县级农村供水工程管护计划', lists: lists('2026-07-31', 'p-water-dept', '县水利局'),
    }));
    expect(answered).toMatchObject({ state: 'rectifying', departmentAnswer: '已纳入县级农村供水工程管护计划', lists: { responsible: { unit: '县水利局' }, deadline: '2026-07-31' } });
    const duty = ok<Duties>(await http(t).get(L.countyLeader, '/duties?state=open&kind=rectification'));
    expect(duty.items).toEqual([expect.objectContaining({ owner: expect.objectContaining({ personId: 'p-water-dept' }), supervisorRole: 'countyOffice', dueDay: '2026-07-31' })]);
  });
});
