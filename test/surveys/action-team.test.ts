import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/auth/roles.ts';
import { parseCsv } from '../../src/office/sheet.ts';
import { startApp, tokenFor } from '../support/app.ts';
import type { Person, TestApp } from '../support/app.ts';
import { COUNTY, OTHER_VILLAGE, TOWNSHIP, VILLAGE, yellowHousehold } from '../support/fixtures.ts';
import { plainAnswers } from './support/answers.ts';

const person = (id: string, roles: Role[], jurisdiction: string): Person => ({ id, roles, jurisdiction });
/** 资源县's roster of one village (附件1's example): 黄 the team leader (the township's village-link leader), two groups */
const P = {
  county: person('at-co', ['countyOffice'], COUNTY),
  township: person('at-tr', ['townshipReviewer'], TOWNSHIP),
  leader: person('at-huang', ['townshipReviewer', 'investigator'], TOWNSHIP),
  group1Leader: person('at-zhang', ['villageClerk'], VILLAGE),
  group1Member: person('at-li', ['investigator'], VILLAGE),
  group2Leader: person('at-liu', ['firstSecretary'], VILLAGE),
  group2Member: person('at-chen', ['villageClerk'], VILLAGE),
  outsider: person('at-wang', ['investigator'], VILLAGE),
};
const EDGE = { formId: 'edge-household-002', version: '2019-002' };
const POVERTY = { formId: 'poverty-household-001', version: '2020-001' };
const EDGE_ANSWERS = { household_type: ['1'], members: [{ name: '户主', relation: '1', school: '1', health: '1', skill: '2', insured: '1', treated: '2', subsistence: '1' }], house_danger: '1', water_way: '1', water_safe: '1' };

let t: TestApp;
let campaignId: string;
let seq = 40;
const post = (p: Person, url: string, payload: object) => t.app.inject({ method: 'POST', url, payload, headers: { authorization: `Bearer ${tokenFor(p, t.clock)}` } });
const get = (p: Person, url: string) => t.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${tokenFor(p, t.clock)}` } });
const code = (res: { statusCode: number; body: string }, status: number): string => {
  expect(res.statusCode, res.body).toBe(status);
  return (JSON.parse(res.body) as { code?: string }).code ?? '';
};
const enrol = (who: Person, role: string, group: string | null, villageCode = VILLAGE) =>
  post(P.township, `/action-teams/${campaignId}/members`, { villageCode, person: { id: who.id, name: who.id.slice(3), unit: '资源县某单位' }, role, group });
const household = async (kind: 'registered' | 'ordinary'): Promise<string> => {
  const h = yellowHousehold((seq += 1));
  const body = kind === 'registered' ? h : { ...h, registration: 'ordinary', povertyStatus: null, mainCauseOfPoverty: null, risks: [] };
  const res = await post(P.outsider, '/households', { household: body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string }>().id;
};
/** a survey entered by the first of the two who visited */
const survey = async (a: Person, b: Person, kind: 'registered' | 'ordinary', form = kind === 'ordinary' ? EDGE : POVERTY) =>
  post(a, '/surveys', { householdId: await household(kind), form, answers: form === EDGE ? EDGE_ANSWERS : plainAnswers(), mode: 'doorToDoor', team: [{ id: a.id }, { id: b.id }], respondent: { kind: 'respondent', name: '户主' } });
const review = (who: Person, surveyId: string) => post(who, `/surveys/${surveyId}/review`, { opinion: '工作队审核', acknowledgedWarnings: [] });

beforeAll(async () => {
  t = await startApp();
  t.clock.set('2019-09-11T01:00:00.000Z');
  const opened = await post(P.county, '/action-teams', { countyCode: COUNTY, campaign: 2019, title: '脱贫攻坚"回头看"专项行动', from: '2019-09-10', to: '2019-09-30' });
  expect(opened.statusCode, opened.body).toBe(201);
  campaignId = opened.json<{ id: string }>().id;
});
afterAll(async () => { await t.close(); });

describe('action-team roles (seed 002 附件1 notes 2–4)', () => {
  it('the county switches them on once per campaign; the townships file each village\'s roster, one role per person', async () => {
    expect(code(await post(P.county, '/action-teams', { countyCode: COUNTY, campaign: 2019, title: '再次启用', from: '2019-09-10', to: '2019-09-30' }), 409)).toBe('ACTION_TEAM_CAMPAIGN_EXISTS');
    expect(code(await post(P.county, '/action-teams', { countyCode: COUNTY, campaign: 2020, title: '倒置', from: '2020-09-30', to: '2020-09-10' }), 422)).toBe('ACTION_TEAM_PERIOD_INVALID');
    expect(code(await post(P.township, '/action-teams', { countyCode: COUNTY, campaign: 2021, title: '乡镇不能启用', from: '2021-09-10', to: '2021-09-30' }), 403)).toBe('FORBIDDEN_ROLE');

    expect((await enrol(P.leader, 'leader', null)).statusCode).toBe(200);
    for (const [who, role, group] of [[P.group1Leader, 'groupLeader', '一组'], [P.group1Member, 'member', '一组'], [P.group2Leader, 'groupLeader', '二组'], [P.group2Member, 'member', '二组']] as const) {
      const res = await enrol(who, role, group);
      expect(res.statusCode, res.body).toBe(200);
    }
    // 一个人一个角色: the team leader is not made a group leader too, here or in another village
    expect(code(await enrol(P.leader, 'groupLeader', '三组'), 422)).toBe('ACTION_TEAM_ONE_ROLE');
    expect(code(await enrol(P.group1Member, 'member', '一组', OTHER_VILLAGE), 422)).toBe('ACTION_TEAM_ONE_ROLE');
    // 每个村必须有1个工作队长; the leader in no group; group leaders and members in one, one leader a group
    expect(code(await enrol(person('at-x1', ['investigator'], VILLAGE), 'leader', null), 422)).toBe('ACTION_TEAM_LEADER_EXISTS');
    expect(code(await enrol(person('at-x2', ['investigator'], VILLAGE), 'member', null), 422)).toBe('ACTION_TEAM_GROUP_INVALID');
    expect(code(await enrol(person('at-x3', ['investigator'], VILLAGE), 'groupLeader', '一组'), 422)).toBe('ACTION_TEAM_GROUP_INVALID');
    expect(code(await enrol(person('at-x4', ['investigator'], OTHER_VILLAGE), 'leader', '一组', OTHER_VILLAGE), 422)).toBe('ACTION_TEAM_GROUP_INVALID');
    // a village of another county is not on this county's campaign (an office over both counties tries)
    const province = person('at-prov', ['countyOffice'], COUNTY.slice(0, 2));
    expect(code(await post(province, `/action-teams/${campaignId}/members`, { villageCode: '430624101201', person: { id: 'at-x6', name: 'x6' }, role: 'leader', group: null }), 422)).toBe('ACTION_TEAM_OUTSIDE_COUNTY');
    // a village's cadre does not file the roster
    expect(code(await post(P.group1Leader, `/action-teams/${campaignId}/members`, { villageCode: VILLAGE, person: { id: 'at-x5', name: 'x5' }, role: 'member', group: '一组' }), 403)).toBe('FORBIDDEN_ROLE');

    const roster = await get(P.group1Member, `/action-teams/${campaignId}`);
    expect(roster.statusCode, roster.body).toBe(200);
    expect(roster.json<{ members: { id: string; role: string; group: string | null }[] }>().members.map((m) => `${m.id}:${m.role}:${m.group ?? '-'}`)).toEqual([
      'at-huang:leader:-', 'at-zhang:groupLeader:一组', 'at-li:member:一组', 'at-liu:groupLeader:二组', 'at-chen:member:二组',
    ]);
  });

  it('who surveys: both who visit are on the roster; a group visits together; the leader surveys registered households only and adds no edge household', async () => {
    expect(code(await survey(P.group1Member, P.outsider, 'registered'), 422)).toBe('ACTION_TEAM_NOT_ENROLLED');
    expect(code(await survey(P.group1Member, P.group2Member, 'registered'), 422)).toBe('ACTION_TEAM_GROUP_MISMATCH');
    expect((await survey(P.group1Member, P.group1Leader, 'registered')).statusCode).toBe(201);
    // the leader goes with any group, to registered households (已脱贫户、未脱贫户)
    expect((await survey(P.leader, P.group2Member, 'registered')).statusCode).toBe(201);
    expect(code(await survey(P.leader, P.group2Member, 'ordinary'), 422)).toBe('ACTION_TEAM_ROLE_REFUSED');
    expect(code(await survey(P.leader, P.group2Member, 'registered', EDGE), 422)).toBe('ACTION_TEAM_ROLE_REFUSED');
    // group leaders and members survey all three kinds
    expect((await survey(P.group2Member, P.group2Leader, 'ordinary')).statusCode).toBe(201);
  });

  it('the team leader adds no edge household: the leader\'s screening is refused, a group leader\'s taken', async () => {
    const screen = async (who: Person) => post(who, '/edge-cases', { householdId: await household('ordinary'), campaign: 2019, basis: ['subsistence'] });
    expect(code(await screen(P.leader), 422)).toBe('ACTION_TEAM_ROLE_REFUSED');
    expect((await screen(P.group1Leader)).statusCode).toBe(201);
  });

  it('who reviews: members only survey; group leaders review; an edge household submitted is reviewed by the team leader', async () => {
    const registered = (await survey(P.group1Member, P.group1Leader, 'registered')).json<{ id: string }>().id;
    expect(code(await review(P.group2Member, registered), 422)).toBe('ACTION_TEAM_ROLE_REFUSED');
    expect(code(await review(P.township, registered), 422)).toBe('ACTION_TEAM_NOT_ENROLLED');
    expect((await review(P.group2Leader, registered)).statusCode).toBe(200);

    const edge = (await survey(P.group2Member, P.group2Leader, 'ordinary')).json<{ id: string }>().id;
    expect(code(await review(P.group1Leader, edge), 422)).toBe('ACTION_TEAM_ROLE_REFUSED');
    const reviewed = await review(P.leader, edge);
    expect(reviewed.statusCode, reviewed.body).toBe(200);
    expect(reviewed.json()).toMatchObject({ state: 'reviewed', review: { by: P.leader.id } });
  });

  it('the roles hold for the campaign\'s days only', async () => {
    t.clock.set('2019-10-08T01:00:00.000Z');
    expect((await survey(P.group1Member, P.outsider, 'registered')).statusCode).toBe(201);
    t.clock.set('2019-09-11T01:00:00.000Z');
  });

  it('the roster (花名册) goes out through the one export path: xlsx and CSV with the seed\'s headers', async () => {
    const table = await get(P.county, '/tables/action-team-roster?year=2019');
    expect(table.statusCode, table.body).toBe(200);
    const a = table.json<{ title: string; headers: string[]; rows: string[][] }>();
    expect(a.title).toBe('脱贫攻坚"回头看"专项行动工作队队员花名册');
    expect(a.headers).toEqual(['序号', '乡（镇）', '行政村', '姓名', '类型（队长、组长、组员）', '入户分组类型', '账号名', '单位', '职务', '备注']);
    expect(a.rows.map((r) => [r[4], r[5], r[6]])).toEqual([['队长', '', 'at-huang'], ['组长', '一组', 'at-zhang'], ['组员', '一组', 'at-li'], ['组长', '二组', 'at-liu'], ['组员', '二组', 'at-chen']]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await get(P.county, '/tables/action-team-roster?year=2019&format=xlsx')).rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    const row = (n: number) => Array.from((sheet?.getRow(n).values as unknown[]).slice(1), (v) => (v === null || v === undefined ? '' : String(v)));
    expect(row(1)[0]).toBe(a.title);
    expect(row(3)).toEqual(a.headers);
    // the leader's row as the JSON has it (xlsx keeps no trailing empty cell: 职务, 备注)
    const leader = [...(a.rows[0] ?? [])];
    while (leader.at(-1) === '') leader.pop();
    expect(row(4)).toEqual(leader);
    const csv = parseCsv((await get(P.county, '/tables/action-team-roster?year=2019&format=csv')).rawPayload.toString('utf8'));
    expect(csv[0]).toEqual(a.headers);
    expect(csv[2]).toEqual(a.rows[1]);
  });
});
