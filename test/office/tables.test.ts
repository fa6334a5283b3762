import { firstSheet, renderedPages, rowValues } from '../support/files.ts';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/auth/roles.ts';
import { XLSX_TYPE, parseCsv } from '../../src/office/sheet.ts';
import { startApp, tokenFor } from '../support/app.ts';
import type { TestApp } from '../support/app.ts';
import { driveThroughLists } from '../support/drive.ts';
import { COUNTY, OTHER_VILLAGE, TOWNSHIP, VILLAGE, yellowHousehold } from '../support/fixtures.ts';
import { drive } from '../api/monitoring/helpers.ts';

interface Who { id: string; role: Role; region: string; name?: string }
const county: Who = { id: 'co-1', role: 'countyOffice', region: COUNTY, name: '县扶贫办王主任' };
const clerk: Who = { id: 'clerk-1', role: 'villageClerk', region: VILLAGE };
const department: Who = { id: 'dept-yb', role: 'departmentScreener', region: COUNTY };
const auth = (t: TestApp, who: Who) => ({ authorization: `Bearer ${tokenFor({ id: who.id, name: who.name, roles: [who.role], jurisdiction: who.region }, t.clock)}` });
const get = (t: TestApp, who: Who, url: string) => t.app.inject({ method: 'GET', url, headers: auth(t, who) });

interface TableAnswer { title: string; headers: string[]; headerGroups: { title: string; from: number; span: number }[]; rows: string[][]; total: number; filledBy: { unit: string; person: string; at: string } }
const json = async (t: TestApp, who: Who, url: string): Promise<TableAnswer> => {
  const res = await get(t, who, url);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<TableAnswer>();
};
const workbook = firstSheet;
const values = rowValues;
const pages = (pdf: Buffer): number => renderedPages(pdf, 'office-pdf-');
const pdfText = (pdf: Buffer, page: number): string => {
  const dir = mkdtempSync(join(tmpdir(), 'office-pdf-'));
  writeFileSync(join(dir, 'file.pdf'), pdf);
  return execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-layout', join(dir, 'file.pdf'), '-'], { encoding: 'utf8' });
};

describe('office tables, search and printed forms', () => {
  let t: TestApp;
  let designationIds: string[];
  let noticeId: string;
  let searched: string;
  beforeAll(async () => {
    t = await startApp({ regionDemo: true });
    // three yellow-card households designated in 示范一村 (notices end, the timer completes them)
    ({ designationIds, noticeId } = await driveThroughLists(t, 3));
    t.clock.set('2026-04-11T01:00:00Z');
    expect(await t.app.noticeTimer.runDue()).toBe(3);
    // one declared in 示范二村, awaiting the appraisal
    const inv2: Who = { id: 'inv-2', role: 'investigator', region: OTHER_VILLAGE };
    const h = await t.app.inject({ method: 'POST', url: '/households', headers: auth(t, inv2), payload: { household: { ...yellowHousehold(50, OTHER_VILLAGE), head: '张三丰', members: yellowHousehold(50, OTHER_VILLAGE).members.map((m) => (m.relation === 'head' ? { ...m, name: '张三丰' } : { ...m, name: '李四娘' })) } } });
    expect(h.statusCode, h.body).toBe(201);
    searched = h.json<{ id: string }>().id;
    const d = await t.app.inject({ method: 'POST', url: '/designations', headers: auth(t, inv2), payload: { householdId: searched, year: 2026, proposedCard: 'yellow', opinion: '入户核实' } });
    expect(d.statusCode, d.body).toBe(201);
    // monitoring: one object (edge-prone), one on its way in
    await drive(t, 'monitored', 1);
    await drive(t, 'awaitingNotice', 2);
  });
  afterAll(async () => { await t.close(); });

  it('GET /tables lists the registry', async () => {
    const res = await get(t, county, '/tables');
    expect(res.statusCode).toBe(200);
    expect(res.json<{ items: { id: string }[] }>().items.map((i) => i.id)).toEqual(expect.arrayContaining(['four-card', 'monitoring-objects', 'steps', 'notice-list', 'households', 'designations', 'monitoring-cases']));
    expect((await get(t, county, '/tables/no-such')).json()).toMatchObject({ code: 'TABLE_NOT_FOUND' });
  });

  it('four-card table: per village and township with counts per card, totals as the designations read model holds them, in JSON, xlsx and CSV', async () => {
    const table = await json(t, county, '/tables/four-card');
    expect(table.title).toBe('红黄绿蓝卡分类管理名单汇总表');
    expect(table.headers).toEqual(['乡镇', '村', '红卡户', '黄卡户', '绿卡户', '蓝卡户', '合计']);
    expect(table.headerGroups).toEqual([{ title: '分类管理户数（户）', from: 2, span: 5 }]);
    expect(table.filledBy).toMatchObject({ unit: '华容县', person: '县扶贫办王主任', at: '2026年06月18日' });
    const designated = t.app.services.designations.list(COUNTY, ['designated']);
    const yellow = designated.filter((d) => d.context.card === 'yellow').length;
    expect(yellow).toBe(3);
    expect(table.rows).toEqual([
      ['治河渡镇', '示范一村（演示）', '0', String(yellow), '0', '0', String(designated.length)],
      ['治河渡镇', '小计', '0', String(yellow), '0', '0', String(designated.length)],
      ['合计', '', '0', String(yellow), '0', '0', String(designated.length)],
    ]);

    const xlsx = await get(t, county, '/tables/four-card?format=xlsx');
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toBe(XLSX_TYPE);
    const sheet = await workbook(xlsx.rawPayload);
    expect(sheet.getCell(1, 1).value).toBe('红黄绿蓝卡分类管理名单汇总表');
    expect(String(sheet.getCell(2, 1).value)).toBe('填报单位（盖章）：华容县\u3000\u3000填报人：县扶贫办王主任\u3000\u3000填报时间：2026年06月18日');
    // the group's title merged over its five columns; 乡镇 and 村 each span both header rows
    expect(values(sheet, 3).slice(0, 3)).toEqual(['乡镇', '村', '分类管理户数（户）']);
    expect(sheet.getCell(3, 7).master.address).toBe('C3');
    expect(sheet.getCell(4, 1).master.address).toBe('A3');
    expect(values(sheet, 4).slice(2)).toEqual(['红卡户', '黄卡户', '绿卡户', '蓝卡户', '合计']);
    expect(values(sheet, 7)).toEqual(['合计', '', '0', String(yellow), '0', '0', String(designated.length)]);

    const csv = await get(t, county, '/tables/four-card?format=csv');
    expect([...csv.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(csv.rawPayload.toString('utf8'));
    expect(rows[0]).toEqual(['乡镇', '村', '分类管理户数（户）-红卡户', '分类管理户数（户）-黄卡户', '分类管理户数（户）-绿卡户', '分类管理户数（户）-蓝卡户', '分类管理户数（户）-合计']);
    expect(rows.at(-1)).toEqual(table.rows.at(-1));
  });

  it('monitoring objects by type: the totals are those of GET /monitoring-counts', async () => {
    const sheet = await workbook((await get(t, county, '/tables/monitoring-objects?format=xlsx')).rawPayload);
    expect(sheet.getCell(1, 1).value).toBe('防止返贫监测对象分类统计表');
    // merged cells read back with their master's value
    expect(values(sheet, 3)).toEqual(['乡镇', '村', ...new Array<string>(5).fill('监测对象'), '拟识别监测对象', '拟识别监测对象', '已标注风险消除', '已标注风险消除']);
    expect([sheet.getCell('G3').master.address, sheet.getCell('I3').master.address, sheet.getCell('K3').master.address]).toEqual(['C3', 'H3', 'J3']);
    expect(values(sheet, 4).slice(2)).toEqual(['脱贫不稳定户', '边缘易致贫户', '突发严重困难户', '户数合计', '人数合计', '户数', '人数', '户数', '人数']);
    const counts = (await get(t, county, '/monitoring-counts?level=village')).json<{ total: { monitored: { households: number; people: number; byType: Record<string, { households: number }> }; proposed: { households: number; people: number } } }>().total;
    expect(counts.monitored.households).toBe(1);
    const total = values(sheet, sheet.rowCount);
    expect(total).toEqual(['合计', '', String(counts.monitored.byType.unstableEscaped?.households), String(counts.monitored.byType.edgeProne?.households), String(counts.monitored.byType.suddenHardship?.households),
      String(counts.monitored.households), String(counts.monitored.people), String(counts.proposed.households), String(counts.proposed.people), '0', '0']);
  });

  it('designations and cases by step, per township', async () => {
    const table = await json(t, county, '/tables/steps');
    expect(table.headers.slice(0, 4)).toEqual(['业务', '环节', '合计', '治河渡镇']);
    const row = (machine: string, step: string) => table.rows.find((r) => r[0] === machine && r[1] === step);
    expect(row('贫困户认定', '待民主评议')?.[2]).toBe('1');
    expect(row('贫困户认定', '已认定')?.[2] ?? row('贫困户认定', '已认定并上报县扶贫办')?.[2]).toBe('3');
    expect(row('防止返贫监测', '监测对象（帮扶中）')?.[2]).toBe('1');
    const sheet = await workbook((await get(t, county, '/tables/steps?format=xlsx')).rawPayload);
    expect(values(sheet, 3)[3]).toBe('其中：各乡镇（件）');
  });

  it('the 公示名单 of a notice: IDs masked as on the wall, printable as A4 HTML and PDF', async () => {
    const table = await json(t, clerk, `/tables/notice-list?noticeId=${noticeId}`);
    expect(table.rows).toHaveLength(3);
    expect(table.rows[0]?.[4]).toBe('户主1'); // the name as the village reads it
    for (const r of table.rows) expect(r[5]).toMatch(/^\d{10}\*{6}[\dX]{2}$/); // masked even for a clerk who sees full IDs
    expect(table.rows[0]?.[8]).toBe('黄卡');
    const html = await get(t, clerk, `/print/tables/notice-list?noticeId=${noticeId}`);
    expect(html.statusCode).toBe(200);
    expect(html.body).toContain('@page { size: A4');
    expect(html.body).toContain('公示时间：2026年04月03日');
    const pdf = await get(t, clerk, `/tables/notice-list?noticeId=${noticeId}&format=pdf`);
    expect(pdf.statusCode, pdf.body).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pages(pdf.rawPayload)).toBe(1);
    expect(pdfText(pdf.rawPayload, 1)).toContain('户主1');
    expect((await get(t, clerk, '/tables/notice-list?noticeId=nope')).json()).toMatchObject({ code: 'NOTICE_NOT_FOUND' });
  });

  it("the 公示名单 of the monitoring chain's notices: the cases in notice now, IDs masked, each with its notice period, A4 HTML and PDF", async () => {
    const inNotice = await drive(t, 'inNotice', 3);
    const notice = inNotice.notice;
    if (!notice) throw new Error('no notice');
    const table = await json(t, clerk, '/tables/monitoring-notice-list');
    // the monitored case (1) and the one awaiting its notice (2) are not on the board; the one in notice is
    expect(table.headers).toEqual(['序号', '乡镇', '村', '组', '户主姓名', '身份证号', '家庭人口', '监测对象类型', '公示事项', '公示时间']);
    expect(table.rows).toHaveLength(1);
    const [row] = table.rows;
    expect(row?.[2]).toBe('示范一村（演示）');
    expect(row?.[5]).toMatch(/^\d{10}\*{6}[\dX]{2}$/); // masked even for a clerk who sees full IDs
    expect(row?.[8]).toBe('拟纳入监测对象');
    const day = (iso: string) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(iso)).replace(/^(\d{4})-(\d{2})-(\d{2})$/, '$1年$2月$3日');
    expect(row?.[9]).toBe(`${day(notice.startsAt)}至${day(new Date(Date.parse(notice.endsAt) - 1).toISOString())}`);
    const html = await get(t, clerk, '/print/tables/monitoring-notice-list');
    expect(html.statusCode).toBe(200);
    expect(html.body).toContain('@page { size: A4');
    expect(html.body).toContain('防止返贫监测对象公示名单');
    const pdf = await get(t, clerk, '/tables/monitoring-notice-list?format=pdf');
    expect(pdf.statusCode, pdf.body).toBe(200);
    expect(pages(pdf.rawPayload)).toBe(1);
    expect(pdfText(pdf.rawPayload, 1)).toContain('拟纳入监测对象');
    // once the notice has ended (the timer ends it), the board no longer lists it
    t.clock.set(new Date(Date.parse(notice.endsAt) + 3_600_000).toISOString());
    expect(await t.app.noticeTimer.runDue()).toBeGreaterThanOrEqual(1);
    expect((await json(t, clerk, '/tables/monitoring-notice-list')).rows).toHaveLength(0);
  });

  it('search: by pinyin initials, name prefix (head or member), resident ID, village; masked per role; only in the jurisdiction', async () => {
    type Hits = { items: { householdId: string; headName: string; residentId: string; villageName: string | null; matched: { by: string; name: string; relation: string } }[] };
    const find = async (who: Who, q: string) => {
      const res = await get(t, who, `/households/search?q=${encodeURIComponent(q)}`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json<Hits>().items;
    };
    const hit = expect.objectContaining({ householdId: searched });
    expect(await find(county, 'zsf')).toEqual([hit]);
    expect(await find(county, 'ZS')).toEqual([hit]);
    expect(await find(county, '张三')).toEqual([hit]);
    const byMember = await find(county, '李四');
    expect(byMember).toEqual([hit]);
    expect(byMember[0]?.matched).toEqual({ by: 'name', name: '李四娘', relation: 'spouse' });
    const id = yellowHousehold(50, OTHER_VILLAGE).residentId;
    expect(await find(county, id)).toEqual([expect.objectContaining({ householdId: searched, residentId: id, headName: '张三丰' })]);
    expect((await find(county, '示范二村'))[0]).toMatchObject({ householdId: searched, matched: { by: 'village' } });
    // a first secretary sees names and IDs masked
    const [masked] = await find({ id: 'fs', role: 'firstSecretary', region: COUNTY }, 'zsf');
    expect(masked).toMatchObject({ headName: '张**', matched: { name: '张**' } });
    expect(masked?.residentId).toMatch(/^\d{10}\*{6}[\dX]{2}$/);
    // outside the jurisdiction: nothing
    expect(await find(clerk, 'zsf')).toEqual([]);
    // a change of the facts reaches the index: the spouse renamed is found by the new name, not the old
    const before = t.app.services.households.get(searched)?.household;
    if (!before) throw new Error('no household');
    const members = before.members.map((m) => (m.relation === 'spouse' ? { ...m, name: '王五妹' } : m));
    const changed = await t.app.inject({ method: 'POST', url: `/households/${searched}/changes`, headers: auth(t, { id: 'inv-2', role: 'investigator', region: OTHER_VILLAGE }), payload: { changes: { members }, reason: '入户核实，更正姓名' } });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(await find(county, 'wwm')).toEqual([hit]);
    expect(await find(county, '李四')).toEqual([]);
    // a household registered after the index was built is found too
    const later = yellowHousehold(51, OTHER_VILLAGE);
    const registered = await t.app.inject({ method: 'POST', url: '/households', headers: auth(t, { id: 'inv-2', role: 'investigator', region: OTHER_VILLAGE }), payload: { household: { ...later, head: '欧阳修', members: later.members.map((m) => (m.relation === 'head' ? { ...m, name: '欧阳修' } : m)) } } });
    expect(registered.statusCode, registered.body).toBe(201);
    expect(await find(county, 'oyx')).toEqual([expect.objectContaining({ householdId: registered.json<{ id: string }>().id, headName: '欧阳修' })]);
  });

  it('the approval form prints to one A4 page with region names and a readable number; the trail on page 2', async () => {
    const id = designationIds[0] ?? '';
    const number = t.app.services.formNumbers.numberOf(id);
    expect(number).toBe('430623-2026-000001');
    const alone = await get(t, clerk, `/print/approval-forms/${id}?format=pdf&trail=false`);
    expect(alone.statusCode, alone.body).toBe(200);
    expect(pages(alone.rawPayload)).toBe(1);
    const text = pdfText(alone.rawPayload, 1);
    for (const s of ['分类帮扶动态管理审批表', '治河渡镇', '示范一村（演示）', '430623-2026-000001', '上户调查人（签字）', '系统记录', '乡镇人民政府（盖章）']) expect(text).toContain(s);
    expect(text).not.toContain('430623101201');
    const both = await get(t, clerk, `/print/approval-forms/${id}?format=pdf`);
    expect(pages(both.rawPayload)).toBe(2);
    expect(pdfText(both.rawPayload, 2)).toContain('办理记录');
    const html = await get(t, clerk, `/print/approval-forms/${id}`);
    expect(html.body).toContain('编号：430623-2026-000001');
    expect(html.body).toContain('乡镇：治河渡镇');
    expect(html.body).toContain('<span class="hand"></span>');
  });

  it('a print link opens the page in a browser without a token on another instance too, until it expires', async () => {
    const id = designationIds[1] ?? '';
    const res = await t.app.inject({ method: 'POST', url: '/print-links', headers: auth(t, clerk), payload: { path: `/print/approval-forms/${id}?format=html` } });
    expect(res.statusCode, res.body).toBe(201);
    const { url, expiresAt } = res.json<{ url: string; expiresAt: string }>();
    expect(Date.parse(expiresAt) - t.clock.now().getTime()).toBeLessThanOrEqual(5 * 60_000);
    // a second instance of the service over the same store, which never saw the link issued
    const other = await startApp({ path: t.path, clock: t.clock, regionDemo: true, idPrefix: 900 });
    try {
      for (const app of [other.app, t.app, other.app]) { // opened again (print preview, a reload): still the page
        const page = await app.inject({ method: 'GET', url });
        expect(page.statusCode, page.body).toBe(200);
        expect(page.body).toContain('分类帮扶动态管理审批表');
      }
      // bound to its page: the same ticket on another page, or altered, opens nothing
      const ticket = url.slice(url.indexOf('ticket='));
      const elsewhere = await other.app.inject({ method: 'GET', url: `/print/approval-forms/${designationIds[0] ?? ''}?format=html&${ticket}` });
      expect(elsewhere.statusCode).toBe(401);
      expect(elsewhere.json()).toMatchObject({ code: 'PRINT_LINK_INVALID' });
      const altered = `${url.slice(0, -2)}${url.endsWith('AA') ? 'BB' : 'AA'}`;
      expect((await other.app.inject({ method: 'GET', url: altered })).statusCode).toBe(401);
      expect((await other.app.inject({ method: 'GET', url: `/print/approval-forms/${id}` })).statusCode).toBe(401);
      // the clock past its expiry: no instance opens it
      const now = t.clock.now().toISOString();
      t.clock.set(new Date(Date.parse(expiresAt) + 1).toISOString());
      for (const app of [other.app, t.app]) expect((await app.inject({ method: 'GET', url })).json()).toMatchObject({ code: 'PRINT_LINK_INVALID' });
      t.clock.set(now);
    } finally {
      await other.close();
    }
  });

  it('the commitment and authorisation letter, pre-filled for the applicant to sign and thumbprint', async () => {
    const householdId = t.app.services.designations.get(designationIds[0] ?? '')?.context.householdId ?? '';
    const html = await get(t, clerk, `/print/commitment-letters/${householdId}`);
    expect(html.statusCode).toBe(200);
    for (const s of ['农户承诺和授权查询书', '示范一村（演示）村民委员会', '户主1', '配偶1', '承诺和授权人（签字）', '按手印']) expect(html.body).toContain(s);
    const pdf = await get(t, clerk, `/print/commitment-letters/${householdId}?format=pdf`);
    expect(pages(pdf.rawPayload)).toBe(1);
    expect(pdfText(pdf.rawPayload, 1)).toContain('按手印');
  });

  it('a department screener exports the card and monitoring lists of its jurisdiction, names and IDs masked', async () => {
    const cards = await workbook((await get(t, department, '/exports/designations?format=xlsx')).rawPayload);
    expect(cards.rowCount).toBe(3 + 4);
    for (let r = 4; r <= cards.rowCount; r++) {
      expect(values(cards, r)[2]).toMatch(/^.\*+$/);
      expect(values(cards, r)[3]).toMatch(/^\d{10}\*{6}[\dX]{2}$/);
    }
    const cases = await workbook((await get(t, department, '/exports/monitoring-cases?format=xlsx')).rawPayload);
    expect(values(cases, 3)).toEqual(['序号', '户主姓名', '身份证号', '乡镇', '村', '家庭人口', '监测对象类型', '来源', '状态', '纳入监测时间', '风险消除时间']);
    expect(cases.rowCount).toBe(3 + 3); // title, filled-by, header; the three cases (the third from the monitoring 公示 test)
    expect(values(cases, 4)[1]).toMatch(/^.\*+$/);
    const elsewhere = await get(t, { id: 'dept-far', role: 'departmentScreener', region: '430624' }, '/exports/designations?format=xlsx&regionCode=430623');
    expect(elsewhere.statusCode).toBe(403);
  });

  it('a missing PDF font answers 503 PDF_FONT_MISSING', async () => {
    const { pdfFontPath } = await import('../../src/office/print/pdf.ts');
    expect(() => pdfFontPath('/no/such/font.ttc')).toThrowError(expect.objectContaining({ status: 503, code: 'PDF_FONT_MISSING' }));
  });

  it('a large export runs as a job with progress and reads back whole', async () => {
    const res = await get(t, county, '/tables/households?format=xlsx&async=true');
    expect(res.statusCode).toBe(202);
    const location = String(res.headers.location);
    for (let i = 0; i < 10_000; i++) {
      const job = (await get(t, county, location)).json<{ state: string; progress: { done: number; total: number } }>();
      if (job.state === 'succeeded') {
        expect(job.progress.done).toBe(job.progress.total);
        break;
      }
      await new Promise<void>((resolve) => { setImmediate(resolve); });
    }
    const sheet = await workbook((await get(t, county, `${location}/result`)).rawPayload);
    expect(sheet.rowCount - 3).toBe(t.app.services.households.list(COUNTY, 0, 0).total);
    expect(TOWNSHIP).toBe('430623101');
  });
});
