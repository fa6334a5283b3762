import { registerMaybeEdge } from '../support/edge-household.ts';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseCsv, parseXlsx } from '../../src/office/sheet.ts';
import { startApp } from '../support/app.ts';
import type { TestApp } from '../support/app.ts';
import { OTHER_VILLAGE } from '../support/fixtures.ts';
import { edgeHousehold, registerHousehold } from '../api/monitoring/helpers.ts';
import { L, TOWNSHIP, VILLAGE, at, householdProblem, http, lists, ok, recordAndSign } from './helpers.ts';
import type { ProblemView } from '../../src/ledger/present.ts';

let t: TestApp;
beforeEach(async () => { t = await startApp(); });
afterEach(async () => { await t.close(); });

interface JsonTable { title: string; headers: string[]; rows: string[][]; header: Record<string, unknown> }
const table = async (name: string, query = '') => ok<JsonTable>(await http(t).get(L.countyLeader, `/tables/ledger-${name}?regionCode=${TOWNSHIP}${query}`));

/** rectified and closed: lists, claim, a passed verification by another, 销号 */
const closeOut = async (id: string) => {
  ok(await http(t).post(L.townshipReviewer, `/problems/${id}/lists`, { lists: lists('2026-06-25') }));
  ok(await http(t).post(L.townshipReviewer2, `/problems/${id}/rectification`, { result: '已整改到位' }));
  ok(await http(t).post(L.townshipReviewer, `/problems/${id}/verification`, { outcome: 'passed', opinion: '核验通过' }));
  return ok(await http(t).post(L.townshipLeader, `/problems/${id}/closure`, { opinion: '销号' }));
};

describe('the tables offices hand in (004 附件3, 附件4; 000 附件1, 附件7)', () => {
  it('counts the ledger by unit and type as a hand count does, and writes the seeds\' headers to xlsx and CSV', async () => {
    const h1 = await registerHousehold(t, edgeHousehold(1));
    const h2 = await registerHousehold(t, edgeHousehold(2));
    const other = { id: 'l-inv-9', roles: ['investigator' as const], jurisdiction: OTHER_VILLAGE };
    const h3 = await registerMaybeEdge(t, edgeHousehold(3, { villageCode: OTHER_VILLAGE }), async (household) => ok<{ id: string }>(await http(t).post(other, '/households', { household }), 201).id);
    at(t, '2026-06-12T02:00:00.000Z');
    const p1 = await recordAndSign(t, householdProblem(h1));
    await closeOut(p1.id);
    const p2 = await recordAndSign(t, householdProblem(h1, { typeCode: 'education', itemCode: 'education.2', description: '教育资助未落实到位' }));
    ok(await http(t).post(L.townshipReviewer, `/problems/${p2.id}/lists`, { lists: lists('2026-06-25') }));
    await recordAndSign(t, householdProblem(h2, { typeCode: 'overall', itemCode: 'overall.2', description: '建议纳入监测对象评议', monitoring: { year: 2025, proposedType: 'edgeProne' } }), L.clerk);
    await recordAndSign(t, { level: 'township', regionCode: TOWNSHIP, typeCode: 'water', itemCode: 'water.4', description: '农村供水工程长效管理机制不够健全' }, L.townshipReviewer);
    // found but not signed: not in the ledger, not counted
    ok(await http(t).post(L.surveyor, '/problems', householdProblem(h2, { typeCode: 'medical', itemCode: 'medical.1', description: '一人未参加居民医保' })), 201);
    const p6 = await recordAndSign(t, householdProblem(h3, { itemCode: 'employment.1', description: '有劳动能力未实现稳岗就业' }), { id: 'l-inv-9', roles: ['investigator'], jurisdiction: OTHER_VILLAGE });
    await closeOut(p6.id);

    // the hand count, from the ledger as listed
    const all = ok<{ items: ProblemView[] }>(await http(t).get(L.countyLeader, `/problems?regionCode=${TOWNSHIP}&limit=500`)).items.filter((p) => p.inLedger && p.typeCode !== 'overall');
    const byUnit = (unit: string) => all.filter((p) => (p.regionCode.length === 12 ? p.regionCode : p.regionCode) === unit);
    const summary = await table('summary');
    expect(summary.headers).toEqual(['单位', '问题类型', '共排查问题数', '已整改数', '正在整改数', '户数', '人数']);
    const totals = summary.rows.filter((r) => r[1] === '合计');
    expect(totals).toEqual([
      [TOWNSHIP, '合计', '1', '0', '1', '', ''].map((v, i) => (i >= 5 ? '0' : v)),
      [VILLAGE, '合计', '2', '1', '1', '1', '3'],
      [OTHER_VILLAGE, '合计', '1', '1', '0', '0', '0'],
    ]);
    for (const row of totals) {
      const mine = byUnit(row[0] ?? '');
      expect(Number(row[2])).toBe(mine.length);
      expect(Number(row[3])).toBe(mine.filter((p) => p.state === 'verified' || p.state === 'closed').length);
      expect(Number(row[4])).toBe(mine.filter((p) => p.state !== 'verified' && p.state !== 'closed').length);
    }
    expect(summary.rows.find((r) => r[0] === VILLAGE && r[1] === '义务教育')).toEqual([VILLAGE, '义务教育', '1', '0', '1', '', '']);
    // twelve types and the total per unit (综合判定 is on the door-to-door form only)
    expect(summary.rows.filter((r) => r[0] === VILLAGE)).toHaveLength(13);

    const households = await table('household-ledger');
    expect(households.title).toBe('集中排查问题整改台账（户内问题）');
    expect(households.rows).toHaveLength(4);
    expect(households.rows[0]).toEqual(['1', TOWNSHIP, VILLAGE, '监测户主1', '边缘易致贫户', '脱贫人口就业', '有劳动能力，就业帮扶措施未落实，一季度务工补贴未发放', '补发公益岗补助，建立按月发放台账', '李责任', '镇人社所', '2026-06-25', '已整改到位（已销号）']);
    const area = await table('area-ledger');
    expect(area.rows).toEqual([['1', '镇级层面', '安全饮水', '农村供水工程长效管理机制不够健全', '', '', '', '', '已入台账，待建立四项清单']]);
    const list = await table('problem-list');
    expect(list.headers).toEqual(['序号', '问题类别', '具体问题及案例', '所在乡镇', '所在村', '所在户']);
    expect(list.rows).toHaveLength(5);

    // xlsx through the one export path, read back by exceljs: title, the 填报 line, the merged group row, the seeds'
    // headers, then the rows
    const xlsx = await http(t).get(L.countyLeader, `/tables/ledger-household-ledger?regionCode=${TOWNSHIP}&format=xlsx`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const sheet = await parseXlsx(xlsx.rawPayload);
    expect(sheet[0]?.[0]).toBe('集中排查问题整改台账（户内问题）');
    expect(sheet[1]?.[0]).toMatch(/^填报单位/);
    expect(sheet[2]).toContain('整改责任');
    expect(sheet[3]).toEqual(['序号', '镇', '村', '户主姓名', '户类型', '问题类型', '具体内容', '整改措施', '责任人', '责任单位', '整改时限', '整改成效']);
    expect(sheet.slice(4)).toEqual(households.rows);
    const summaryXlsx = await parseXlsx((await http(t).get(L.countyLeader, `/tables/ledger-summary?regionCode=${TOWNSHIP}&format=xlsx`)).rawPayload);
    expect(summaryXlsx[3]).toEqual(summary.headers);
    const csv = await http(t).get(L.countyLeader, `/tables/ledger-area-ledger?regionCode=${TOWNSHIP}&format=csv`);
    expect(csv.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(parseCsv(csv.rawPayload.toString('utf8'))[0]).toEqual(['序号', '面上问题层级', '问题类型', '具体内容', '整改措施', '整改责任-责任人', '整改责任-责任单位', '整改时限', '整改成效']);
  });

  it('counts 回头看 results per inspection item and household group (000 附件1)', async () => {
    const h1 = await registerHousehold(t, edgeHousehold(1));
    at(t, '2026-04-02T02:00:00.000Z');
    const campaign = ok<{ id: string }>(await http(t).post(L.countyLeader, '/campaigns', {
      level: 'county', regionCode: '430623', name: '"回头看、回头查、回头帮"', preset: 'huitoucha-2020', scope: { townships: [], villages: [], householdTypes: [] },
      stages: [{ code: 'check', zh: '实地核查', from: '2026-04-01', to: '2026-04-30' }, { code: 'rectify', zh: '整改总结', from: '2026-04-01', to: '2026-06-30' }], reportDue: '2026-06-30',
    }), 201);
    const p = await recordAndSign(t, { ...householdProblem(h1, { campaignId: campaign.id, typeCode: 'education', description: '资助政策未落实' }), itemCode: undefined });
    expect(p.preset).toBe('huitoucha-2020');
    const results = await table('results', `&campaignId=${campaign.id}`);
    expect(results.headers.slice(0, 6)).toEqual(['指标', '类别', '单位', '合计·小计', '合计·已解决', '合计·正在解决']);
    const row = results.rows.find((r) => r[1] === '教育扶贫政策');
    expect(row?.slice(0, 6)).toEqual(['政策落实', '教育扶贫政策', '户', '1', '0', '1']);
    expect(row?.[results.headers.indexOf('边缘户·小计')]).toBe('1');
    expect(row?.[results.headers.indexOf('未脱贫·小计')]).toBe('0');
  });
});
