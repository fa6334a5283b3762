import { firstSheet, renderedPages, rowValues } from '../support/files.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/auth/roles.ts';
import { parseCsv } from '../../src/office/sheet.ts';
import type { Answers } from '../../src/surveys/judge.ts';
import { startApp, tokenFor } from '../support/app.ts';
import type { Person, TestApp } from '../support/app.ts';
import { COUNTY, VILLAGE, yellowHousehold } from '../support/fixtures.ts';

const person = (id: string, roles: Role[], jurisdiction: string): Person => ({ id, roles, jurisdiction });
const P = {
  cadre: person('st-inv-1', ['investigator'], VILLAGE),
  secretary: person('st-fs-1', ['firstSecretary'], VILLAGE),
  meeting: person('st-ps-1', ['partySecretary'], VILLAGE),
  county: { ...person('st-co-1', ['countyOffice'], COUNTY), name: '县扶贫办黄主任' },
  supervisor: person('st-sv-1', ['supervisor'], COUNTY),
};
const team = [{ id: P.cadre.id, name: '黄队员' }, { id: P.secretary.id, name: '李书记' }];
const normal = (): Answers => ({ education: '1', medical: '1', housing: '1', water: '1', industry: '1', employment: '1', expenditure: '1', motivation: '1', policy: '1' });
const ordinary = (seq: number) => ({ ...yellowHousehold(seq), registration: 'ordinary', povertyStatus: null, mainCauseOfPoverty: null, risks: [] });

interface TableAnswer { title: string; headers: string[]; headerGroups: { title: string; from: number; span: number }[]; rows: string[][]; total: number; filledBy: { unit: string; person: string; at: string } }

let t: TestApp;
const auth = (p: Person) => ({ authorization: `Bearer ${tokenFor(p, t.clock)}` });
const post = (p: Person, url: string, payload: object) => t.app.inject({ method: 'POST', url, payload, headers: auth(p) });
const get = (p: Person, url: string) => t.app.inject({ method: 'GET', url, headers: auth(p) });
const ok = <T = Record<string, unknown>>(res: { statusCode: number; body: string }, status = 201): T => {
  expect(res.statusCode, res.body).toBe(status);
  return JSON.parse(res.body) as T;
};
const table = async (p: Person, id: string): Promise<TableAnswer> => ok<TableAnswer>(await get(p, `/tables/${id}`), 200);
/** the column under a merged header group (the seed's 「饮水安全保障 户数」) */
const column = (a: TableAnswer, group: string | null, header: string): number => a.headers.findIndex((h, i) => h === header && (a.headerGroups.find((g) => g.from <= i && i < g.from + g.span)?.title ?? null) === group);
const sheetOf = firstSheet;
const values = rowValues;
const pdfPages = (pdf: Buffer): number => renderedPages(pdf, 'survey-table-pdf-');

beforeAll(async () => {
  t = await startApp({ regionDemo: true });
  t.clock.set('2019-09-12T02:00:00.000Z');
  // 六看: one household with two risks (water, policy), one with a medical risk, one normal
  const sixChecks = async (seq: number, answers: Answers) => {
    const householdId = ok<{ id: string }>(await post(P.cadre, '/households', { household: yellowHousehold(seq) })).id;
    ok(await post(P.cadre, '/surveys', { householdId, form: { formId: 'six-checks-002', version: '2019-002' }, mode: 'doorToDoor', team, respondent: { kind: 'respondent', name: `户主${seq}` }, answers }));
  };
  await sixChecks(61, { ...normal(), water: '2', water_risk: ['2'], water_months: 3, policy: '2', policy_reason: '未落实雨露计划' });
  await sixChecks(62, { ...normal(), medical: '2', medical_names: '户主62', medical_disease: '尿毒症' });
  await sixChecks(63, normal());

  // 边缘户: one screened, surveyed (a D-grade house), appraised, listed by the meeting and approved; one 三非 listed directly; one screened only
  const approvedId = ok<{ id: string }>(await post(P.cadre, '/households', { household: ordinary(71) })).id;
  const kase = ok<{ id: string }>(await post(P.cadre, '/edge-cases', { householdId: approvedId, campaign: 2019, basis: ['subsistence', 'dangerousHouse'] }));
  const survey = ok<{ id: string }>(await post(P.cadre, '/surveys', {
    householdId: approvedId, form: { formId: 'edge-household-002', version: '2019-002' }, mode: 'doorToDoor', team, respondent: { kind: 'respondent', name: '户主71' },
    answers: { household_type: ['1', '4'], phone: '13700000071', members: [{ name: '户主71', relation: '1', school: '1', health: '1', skill: '2', insured: '2', treated: '2', subsistence: '1' }], uninsured_reason: '未缴费', house_danger: '3', water_way: '1', water_safe: '1', needs: '危房改造' },
  }));
  ok(await post(P.secretary, `/edge-cases/${kase.id}/survey`, { surveyId: survey.id }), 200);
  ok(await post(P.county, `/edge-cases/${kase.id}/housing-appraisal`, { conclusion: 'D', reference: '资住建鉴〔2019〕117号' }), 200);
  ok(await post(P.meeting, `/edge-cases/${kase.id}/meeting-review`, { decision: 'suspected', opinion: '列为疑似边缘户' }), 200);
  ok(await post(P.county, `/edge-cases/${kase.id}/county-approval`, { decision: 'approved', departments: ['县住建局'], opinion: '审定' }), 200);
  const threeNon = ok<{ id: string }>(await post(P.cadre, '/households', { household: ordinary(72) })).id;
  ok(await post(P.cadre, '/edge-cases', { householdId: threeNon, campaign: 2019, basis: ['threeNon'] }));
  const screened = ok<{ id: string }>(await post(P.cadre, '/households', { household: ordinary(73) })).id;
  ok(await post(P.cadre, '/edge-cases', { householdId: screened, campaign: 2019, basis: ['demands'] }));
});
afterAll(async () => { await t.close(); });

describe("the surveys' tables in the one export path (seed 002 附件4, 附件5, 附件8, 附件9)", () => {
  it('are listed with the seeds\' titles', async () => {
    const items = ok<{ items: { id: string; title: string }[] }>(await get(P.county, '/tables'), 200).items;
    expect(items).toEqual(expect.arrayContaining([
      expect.objectContaining({ id: 'six-checks-risk-list', title: '脱贫户"六看"风险人员名单表' }),
      expect.objectContaining({ id: 'six-checks-risks', title: '脱贫攻坚"六看"存在风险情况统计表' }),
      expect.objectContaining({ id: 'edge-suspected-list', title: '脱贫攻坚"回头看"疑似边缘户名单统计表' }),
      expect.objectContaining({ id: 'edge-survey-statistics', title: '脱贫攻坚"回头看"疑似边缘户调查统计表' }),
    ]));
  });

  it('附件5: per village the households and people at risk, in all and by indicator, under merged headers; xlsx and CSV read back the same', async () => {
    const a = await table(P.county, 'six-checks-risks');
    expect(a.filledBy).toMatchObject({ person: '县扶贫办黄主任', at: expect.stringContaining('2019') });
    const village = a.rows[0] ?? [];
    const at = (group: string, header: string) => village[column(a, group, header)];
    // households 61 (water, policy) and 62 (medical); 63 normal is not counted; each of yellowHousehold's households has its members
    expect([at('存在风险', '户数'), at('饮水安全保障', '户数'), at('扶贫政策', '户数'), at('基本医疗保障', '户数'), at('义务教育保障', '户数')]).toEqual(['2', '1', '1', '1', '0']);
    expect(Number(at('存在风险', '人数'))).toBe(Number(at('饮水安全保障', '人数')) + Number(at('基本医疗保障', '人数')));
    expect(a.rows.at(-1)?.[0]).toBe('合计');

    const sheet = await sheetOf((await get(P.county, '/tables/six-checks-risks?format=xlsx')).rawPayload);
    expect(values(sheet, 1)[0]).toBe('脱贫攻坚"六看"存在风险情况统计表');
    expect(values(sheet, 2)[0]).toMatch(/^填报单位（盖章）：.*填报人：县扶贫办黄主任.*填报时间：/);
    expect(values(sheet, 3).slice(0, 6)).toEqual(['乡镇', '行政村', '存在风险', '存在风险', '义务教育保障', '义务教育保障']);
    expect(values(sheet, 4).slice(2, 6)).toEqual(['户数', '人数', '户数', '人数']);
    const merges = (sheet.model as { merges?: string[] }).merges ?? [];
    expect(merges).toEqual(expect.arrayContaining(['C3:D3', 'A3:A4']));
    expect(values(sheet, 5)).toEqual(village.slice(0, -1)); // the empty 备注 cell is not written

    const csv = parseCsv((await get(P.county, '/tables/six-checks-risks?format=csv')).rawPayload.toString('utf8'));
    expect(csv[0]?.slice(0, 5)).toEqual(['乡镇', '行政村', '存在风险-户数', '存在风险-人数', '义务教育保障-户数']);
    expect(csv[1]).toEqual(village);
  });

  it('附件4: each household at risk with the risk as the 核查人 described it; a reader who sees data masked sees only that there is a risk', async () => {
    const a = await table(P.county, 'six-checks-risk-list');
    expect(a.headerGroups).toEqual([{ title: '存在风险隐患情况', from: 6, span: 9 }]);
    expect(a.total).toBe(2);
    const [first, second] = a.rows;
    const cell = (row: string[] | undefined, header: string) => row?.[a.headers.indexOf(header)];
    expect(cell(first, '户主姓名')).toBe('户主61');
    expect(cell(first, '饮水安全保障')).toBe('饮水风险：季节性缺水；季节性缺水（月）：3');
    expect(cell(first, '扶贫政策')).toBe('未落实的政策及原因：未落实雨露计划');
    expect(cell(first, '基本医疗保障')).toBe('正常');
    expect([cell(first, '核查人'), cell(first, '核查时间')]).toEqual(['黄队员、李书记', '2019-09-12']);
    expect(cell(second, '基本医疗保障')).toBe('家庭成员患大病或重病（患病成员姓名）：户主62；病种：尿毒症');

    const masked = await table(P.supervisor, 'six-checks-risk-list');
    expect(masked.rows[1]?.[masked.headers.indexOf('基本医疗保障')]).toBe('有风险隐患');
    expect(masked.rows[1]?.[masked.headers.indexOf('户主姓名')]).toBe('户***');

    const sheet = await sheetOf((await get(P.county, '/tables/six-checks-risk-list?format=xlsx')).rawPayload);
    expect(values(sheet, 1)[0]).toBe('脱贫户"六看"风险人员名单表');
    expect(values(sheet, 3).slice(5, 8)).toEqual(['家庭人口数', '存在风险隐患情况', '存在风险隐患情况']);
    expect(values(sheet, 4).slice(6, 8)).toEqual(['义务教育保障', '基本医疗保障']);
    expect(values(sheet, 5)).toEqual(first?.filter((_, i, row) => i < row.length - 1)); // the empty 备注 cell is not written
    const csv = parseCsv((await get(P.county, '/tables/six-checks-risk-list?format=csv')).rawPayload.toString('utf8'));
    expect(csv[0]?.[7]).toBe('存在风险隐患情况-基本医疗保障');
    expect(csv[2]).toEqual(second);
  });

  it('附件8: the suspected edge list with why each was screened, what its survey found and the county decision', async () => {
    const a = await table(P.county, 'edge-suspected-list');
    expect(a.total).toBe(2);
    const [approved, direct] = a.rows;
    const cell = (row: string[] | undefined, header: string) => row?.[a.headers.indexOf(header)];
    const found = (row: string[] | undefined) => ['义务教育', '基本医疗', '住房安全', '饮水安全'].map((h) => row?.[column(a, '"两不愁三保障"及饮水安全存在问题', h)]);
    expect(cell(approved, '户主姓名')).toBe('户主71');
    expect(cell(approved, '户类型')).toBe('低保户、危房户');
    expect(found(approved)).toEqual(['否', '是', '是', '否']);
    expect([cell(approved, '农户需求'), cell(approved, '危房鉴定意见'), cell(approved, '审定情况'), cell(approved, '责任部门')]).toEqual(['危房改造', 'D级危房', '已审定为边缘户', '县住建局']);
    expect([cell(direct, '户类型'), cell(direct, '审定情况')]).toEqual(['"三非"户', '待县扶贫开发领导小组审定']);
    expect(found(direct)).toEqual(['未调查', '未调查', '未调查', '未调查']);
    expect(cell((await table(P.supervisor, 'edge-suspected-list')).rows[0], '农户需求')).toBe('（已隐去）');

    const sheet = await sheetOf((await get(P.county, '/tables/edge-suspected-list?format=xlsx')).rawPayload);
    expect(values(sheet, 1)[0]).toBe('脱贫攻坚"回头看"疑似边缘户名单统计表');
    expect(values(sheet, 4).slice(7, 11)).toEqual(['义务教育', '基本医疗', '住房安全', '饮水安全']);
    expect(values(sheet, 5)).toEqual(approved?.slice(0, -1));
    const csv = parseCsv((await get(P.county, '/tables/edge-suspected-list?format=csv')).rawPayload.toString('utf8'));
    expect(csv[0]?.[9]).toBe('"两不愁三保障"及饮水安全存在问题-住房安全');
    expect(csv[1]).toEqual(approved);
  });

  it('附件9: per village the households screened and surveyed by group, suspected (households, people), unmet guarantees and county-approved', async () => {
    const a = await table(P.county, 'edge-survey-statistics');
    const village = a.rows[0];
    const at = (group: string, header: string) => village?.[column(a, group, header)];
    expect([at('重点排查对象', '户数'), at('重点排查对象', '已入户调查'), at('其中（可兼有）', '低保户'), at('其中（可兼有）', '"三非"户'), at('其中（可兼有）', '诉求户')]).toEqual(['3', '1', '1', '1', '1']);
    expect([at('疑似边缘户', '户数'), at('疑似边缘户存在问题（户）', '住房安全'), at('县审定边缘户', '户数')]).toEqual(['2', '1', '1']);
    expect(a.rows.map((r) => r[1])).toEqual([village?.[1], '小计', '']);
    const csv = parseCsv((await get(P.county, '/tables/edge-survey-statistics?format=csv')).rawPayload.toString('utf8'));
    expect(csv[0]?.slice(0, 4)).toEqual(['乡镇', '行政村', '重点排查对象-户数', '重点排查对象-已入户调查']);
    expect(csv.slice(1)).toEqual(a.rows);
  });

  it('print as A4 PDF (landscape) with the CJK font, like every table of the registry', async () => {
    for (const id of ['six-checks-risks', 'six-checks-risk-list', 'edge-suspected-list', 'edge-survey-statistics']) {
      const pdf = await get(P.county, `/tables/${id}?format=pdf`);
      expect(pdf.statusCode, pdf.body).toBe(200);
      expect(pdfPages(pdf.rawPayload)).toBe(1);
    }
  });
});
