import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/auth/roles.ts';
import type { HouseholdInput } from '../../src/domain/household.ts';
import {
  CAUSES, HEADERS, RISKS, HEALTH, LABOUR, POLICIES, POVERTY_STATUS, REGISTRATION, RELATIONS, STUDENT, WORK_PLACE, labelOf,
} from '../../src/office/household-columns.ts';
import { XLSX_TYPE, parseCsv, toCsv } from '../../src/office/sheet.ts';
import { startApp, tokenFor } from '../support/app.ts';
import type { TestApp } from '../support/app.ts';
import { COUNTY, OTHER_VILLAGE, VILLAGE, residentId, yellowHousehold } from '../support/fixtures.ts';

interface Who { id: string; role: Role; region: string }
const clerk: Who = { id: 'clerk-1', role: 'villageClerk', region: VILLAGE };
const auth = (t: TestApp, who: Who) => ({ authorization: `Bearer ${tokenFor({ id: who.id, roles: [who.role], jurisdiction: who.region }, t.clock)}` });

/** a household as the template's rows: one per member, the household's columns on its first row */
const rowsOf = (h: HouseholdInput): string[][] =>
  h.members.map((m, i) => {
    const cells: Record<string, string> = {
      户主身份证号: h.residentId, 成员姓名: m.name, 与户主关系: labelOf(RELATIONS, m.relation), 成员身份证号: m.residentId ?? '',
      出生日期: m.birthDate ?? '', 在校生状况: labelOf(STUDENT, m.studentStatus), 健康状况: labelOf(HEALTH, m.health.status),
      残疾等级: m.health.status === 'disabled' ? String(m.health.grade) : '', 劳动技能: labelOf(LABOUR, m.labour),
      务工地点: labelOf(WORK_PLACE, m.employment.place), '务工时间（月）': m.employment.monthsPerYear === undefined ? '' : String(m.employment.monthsPerYear),
    };
    if (i === 0) {
      const [year, income] = Object.entries(h.incomes)[0] ?? [];
      Object.assign(cells, {
        村代码: h.villageCode, 组: h.group, 户类型: labelOf(REGISTRATION, h.registration),
        脱贫属性: h.povertyStatus ? labelOf(POVERTY_STATUS, h.povertyStatus) : '',
        主要致贫原因: h.mainCauseOfPoverty ? labelOf(CAUSES, h.mainCauseOfPoverty) : '',
        其他致贫原因: (h.otherCausesOfPoverty ?? []).map((c) => labelOf(CAUSES, c)).join('、'),
        返贫致贫风险: (h.risks ?? []).map((r) => labelOf(RISKS, r.kind)).join('、'),
        已享受政策: (h.policiesEnjoyed ?? []).map((p) => labelOf(POLICIES, p)).join('、'),
        收入年度: year ?? '', 工资性收入: String(income?.wage ?? ''), 经营性收入: String(income?.business ?? ''),
        财产性收入: String(income?.property ?? ''), 转移性收入: String(income?.transfer ?? ''), 生产经营性支出: String(income?.productionCosts ?? ''),
      });
    }
    return HEADERS.map((header) => cells[header] ?? '');
  });

const household = (seq: number, village = VILLAGE): HouseholdInput => ({ ...yellowHousehold(seq, village), policiesEnjoyed: ['health'] });
const csvOf = (rows: string[][]) => toCsv({ headers: HEADERS, rows });

const upload = (t: TestApp, who: Who, body: Buffer, query: string, contentType = 'text/csv') =>
  t.app.inject({ method: 'POST', url: `/imports/households${query}`, headers: { ...auth(t, who), 'content-type': contentType }, payload: body });

/**
 * polls the job until it has finished, no sleeps: between two polls the event loop turns once (setImmediate), so
 * the store's writer thread can answer the job's appends (an inject alone resolves without reaching the poll phase)
 */
const finished = async (t: TestApp, who: Who, location: string) => {
  for (let i = 0; i < 100_000; i++) {
    if (i > 0) await new Promise<void>((resolve) => { setImmediate(resolve); });
    const res = await t.app.inject({ method: 'GET', url: location, headers: auth(t, who) });
    expect(res.statusCode, res.body).toBe(200);
    const job = res.json<{ state: string; progress: { done: number; total: number; errors: number }; result: Record<string, unknown> & { errors: unknown[] } }>();
    if (job.state === 'succeeded' || job.state === 'failed') return job;
  }
  throw new Error(`the job did not finish: ${(await t.app.inject({ method: 'GET', url: location, headers: auth(t, who) })).body}`);
};

const importFile = async (t: TestApp, who: Who, body: Buffer, query = '', contentType = 'text/csv') => {
  const res = await upload(t, who, body, query, contentType);
  expect(res.statusCode, res.body).toBe(202);
  const location = String(res.headers.location);
  expect(location).toMatch(/^\/jobs\//);
  const accepted = res.json<{ state: string; progress: { done: number } }>();
  return { location, accepted, job: await finished(t, who, location) };
};

const householdCount = async (t: TestApp) =>
  (await t.app.inject({ method: 'GET', url: `/households?villageCode=${VILLAGE}`, headers: auth(t, clerk) })).json<{ total: number }>().total;

describe('office work: import, export, jobs', () => {
  let t: TestApp;
  beforeAll(async () => { t = await startApp(); });
  afterAll(async () => { await t.close(); });

  it('the xlsx template round-trips: fill two households, dry run clean, import registers 2, re-import registers 0', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/imports/households/template.xlsx', headers: auth(t, clerk) });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(XLSX_TYPE);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    if (!sheet) throw new Error('no sheet');
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(HEADERS);
    for (const row of [...rowsOf(household(101)), ...rowsOf(household(102))]) sheet.addRow(row);
    const filled = Buffer.from(await book.xlsx.writeBuffer());

    const dry = await upload(t, clerk, filled, '?dryRun=true', XLSX_TYPE);
    expect(dry.statusCode, dry.body).toBe(200);
    expect(dry.json()).toMatchObject({ dryRun: true, households: 2, valid: 2, new: 2, registered: 0, errors: [] });
    expect(await householdCount(t)).toBe(0);

    const first = await importFile(t, clerk, filled, '', XLSX_TYPE);
    expect(first.job.state).toBe('succeeded');
    expect(first.job.result).toMatchObject({ registered: 2, existing: 0, errors: [] });
    expect(first.job.progress).toEqual({ done: 2, total: 2, errors: 0 });
    expect(await householdCount(t)).toBe(2);

    const again = await importFile(t, clerk, filled, '', XLSX_TYPE);
    expect(again.job.result).toMatchObject({ registered: 0, existing: 2 });
    expect(await householdCount(t)).toBe(2);
  });

  const badFile = () => {
    const good = rowsOf(household(201));
    const wrongId = rowsOf(household(202));
    const col = (h: string) => HEADERS.indexOf(h as (typeof HEADERS)[number]);
    // the head's ID with a wrong check digit, on both rows of the household
    const broken = residentId('1965-04-12', 202).slice(0, 17) + (residentId('1965-04-12', 202).endsWith('0') ? '1' : '0');
    for (const r of wrongId) r[col('户主身份证号')] = broken;
    const row0 = wrongId[0];
    if (row0) row0[col('成员身份证号')] = broken;
    const badLabel = rowsOf(household(203));
    if (badLabel[1]) badLabel[1][col('与户主关系')] = '表哥'; // not a relation of the form
    const logic = rowsOf({ ...household(204), mainCauseOfPoverty: 'schooling', povertyStatus: 'not-escaped' }); // 因学 with no student
    const outside = rowsOf(household(205, OTHER_VILLAGE));
    // rows: header 1; good 2–3; wrongId 4–5; badLabel 6–7; logic 8–9; outside 10–11
    return csvOf([...good, ...wrongId, ...badLabel, ...logic, ...outside]);
  };

  it('a file with bad rows: the dry run lists every error with row, column and code in both languages; the import registers nothing', async () => {
    const before = await householdCount(t);
    const dry = await upload(t, clerk, badFile(), '?dryRun=true');
    expect(dry.statusCode, dry.body).toBe(200);
    const report = dry.json<{ errors: { row: number; column: string | null; code: string; message_zh: string; message_en: string }[]; valid: number; refused: number }>();
    expect(report, JSON.stringify(report.errors)).toMatchObject({ valid: 1, refused: 4 });
    const found = report.errors.map((e) => [e.row, e.column, e.code]);
    expect(found).toContainEqual([4, '户主身份证号', 'RESIDENT_ID_CHECK_DIGIT']);
    expect(found).toContainEqual([7, '与户主关系', 'NOT_IN_ENUM']);
    expect(found).toContainEqual([8, null, 'CAUSE_SCHOOLING_WITHOUT_STUDENT']);
    expect(found).toContainEqual([10, '村代码', 'OUTSIDE_JURISDICTION']);
    for (const e of report.errors) {
      expect(e.message_zh).toMatch(/[\u4e00-\u9fff]/);
      expect(e.message_en.length).toBeGreaterThan(0);
    }
    const { job } = await importFile(t, clerk, badFile());
    expect(job.result).toMatchObject({ registered: 0 });
    expect(job.result.errors.length).toBe(report.errors.length);
    expect(await householdCount(t)).toBe(before);
  });

  it("a row apart from its household's rows is refused, naming the row, rather than read as a second household", async () => {
    const before = await householdCount(t);
    const [head, spouse] = rowsOf(household(211));
    const other = rowsOf(household(212));
    if (!head || !spouse) throw new Error('no rows');
    // rows: header 1; household 211's head 2; household 212's rows 3–4; 211's spouse, out of place, 5
    const dry = await upload(t, clerk, csvOf([head, ...other, spouse]), '?dryRun=true');
    expect(dry.statusCode, dry.body).toBe(200);
    expect(dry.json<{ errors: { row: number; code: string }[] }>().errors.map((e) => [e.row, e.code])).toEqual([[5, 'HOUSEHOLD_ROWS_APART']]);
    const { job } = await importFile(t, clerk, csvOf([head, ...other, spouse]));
    expect(job.result).toMatchObject({ registered: 0, refused: 1 });
    expect(await householdCount(t)).toBe(before);
  });

  it('a file with more errors than the report lists: the report says how many and the job file holds every one', async () => {
    const col = HEADERS.indexOf('户主身份证号');
    // 1,200 rows without the head's ID: one REQUIRED error each, more than the report lists
    const rows = Array.from({ length: 1200 }, (_, i) => rowsOf(household(2000 + i))[0] ?? []).map((r) => r.map((v, i) => (i === col ? '' : v)));
    const { location, job } = await importFile(t, clerk, csvOf(rows), '?dryRun=true');
    expect(job.result).toMatchObject({ households: 1200, refused: 1200, errorCount: 1200, truncated: true });
    expect(job.result.errors.length).toBe(1000);
    const file = await t.app.inject({ method: 'GET', url: `${location}/result`, headers: auth(t, clerk) });
    expect(file.statusCode).toBe(200);
    const lines = parseCsv(file.rawPayload.toString('utf8'));
    expect(lines[0]).toEqual(['类别', '行号', '列', '代码', '说明', 'message', '农户ID']);
    const required = lines.slice(1).filter((l) => l[0] === '错误' && l[3] === 'REQUIRED').map((l) => Number(l[1]));
    expect(required).toEqual(Array.from({ length: 1200 }, (_, i) => i + 2));
  });

  it('partial=true registers the good households only', async () => {
    const before = await householdCount(t);
    const { job } = await importFile(t, clerk, badFile(), '?partial=true');
    expect(job.result).toMatchObject({ registered: 1, valid: 1, refused: 4 });
    expect(await householdCount(t)).toBe(before + 1);
  });

  it("a job's progress is reported to whoever started it and to a supervisor of its jurisdiction, to nobody else", async () => {
    const { location, accepted, job } = await importFile(t, clerk, csvOf([...rowsOf(household(301)), ...rowsOf(household(302)), ...rowsOf(household(303))]));
    expect(accepted).toMatchObject({ state: 'queued', progress: { done: 0 } });
    expect(job).toMatchObject({ state: 'succeeded', progress: { done: 3, total: 3, errors: 0 } });
    const as = (who: Who) => t.app.inject({ method: 'GET', url: location, headers: auth(t, who) });
    expect((await as({ id: 'clerk-2', role: 'villageClerk', region: VILLAGE })).statusCode).toBe(404);
    expect((await as({ id: 'sup-far', role: 'supervisor', region: '110101' })).statusCode).toBe(404);
    expect((await as({ id: 'sup', role: 'supervisor', region: COUNTY })).statusCode).toBe(200);
    const unknown = await t.app.inject({ method: 'GET', url: '/jobs/no-such-job', headers: auth(t, clerk) });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ code: 'JOB_NOT_FOUND' });
  });

  it('exports the designations list as xlsx with Chinese headers and masked IDs for a masked role, through a job', async () => {
    const h = (await t.app.inject({ method: 'GET', url: `/households?villageCode=${VILLAGE}&limit=1`, headers: auth(t, clerk) })).json<{ items: { id: string }[] }>().items[0];
    if (!h) throw new Error('no household');
    const inv: Who = { id: 'inv-1', role: 'investigator', region: VILLAGE };
    const declared = await t.app.inject({ method: 'POST', url: '/designations', headers: auth(t, inv), payload: { householdId: h.id, year: 2026, proposedCard: 'yellow', opinion: '入户核实' } });
    expect(declared.statusCode, declared.body).toBe(201);
    const secretary: Who = { id: 'fs', role: 'firstSecretary', region: VILLAGE }; // not in FULL_ID_ROLES
    const res = await t.app.inject({ method: 'GET', url: '/exports/designations?format=xlsx&async=true', headers: auth(t, secretary) });
    expect(res.statusCode, res.body).toBe(202);
    const job = await finished(t, secretary, String(res.headers.location));
    expect(job.state).toBe('succeeded');
    const file = await t.app.inject({ method: 'GET', url: `${String(res.headers.location)}/result`, headers: auth(t, secretary) });
    expect(file.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    if (!sheet) throw new Error('no sheet');
    // the table as handed in: title (row 1), 填报单位/填报人/填报时间 (row 2), the header (row 3), the rows
    expect(sheet.getCell(1, 1).value).toBe('红黄绿蓝卡认定名单');
    expect(String(sheet.getCell(2, 1).value)).toMatch(/^填报单位（盖章）：.*填报人：fs.*填报时间：\d{4}年/);
    expect((sheet.getRow(3).values as unknown[]).slice(1)).toEqual(['序号', '认定编号', '户主姓名', '身份证号', '乡镇', '村', '组', '家庭人口', '认定年度', '卡别', '状态', '申报时间', '认定完成时间']);
    const row = (sheet.getRow(4).values as unknown[]).slice(1);
    expect(row[1]).toMatch(/^430623-2026-\d{6}$/);
    expect(row[2]).toMatch(/^.\*+$/); // the head's name masked like the ID
    expect(row[3]).toMatch(/^\d{10}\*{6}[\dX]{2}$/);
    expect(row[9]).toBe('黄卡');
    // the one who can see IDs in full gets them in full, directly (a small list)
    const full = await t.app.inject({ method: 'GET', url: '/exports/designations?format=csv', headers: auth(t, clerk) });
    expect(parseCsv(full.body)[1]?.[3]).toMatch(/^\d{17}[\dX]$/);
    // the job is the secretary's: the clerk does not see it
    expect((await t.app.inject({ method: 'GET', url: String(res.headers.location), headers: auth(t, clerk) })).statusCode).toBe(404);
  });

  it('CSV exports start with a UTF-8 BOM and carry the Chinese headers', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/exports/households?format=csv', headers: auth(t, clerk) });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect([...res.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(res.rawPayload.toString('utf8'));
    expect(rows[0]).toEqual(['序号', '户主姓名', '户主身份证号', '乡镇', '村', '组', '户类型', '脱贫属性', '家庭人口', '主要致贫原因', '登记时间']);
    expect(rows.length - 1).toBe(await householdCount(t));
    const template = await t.app.inject({ method: 'GET', url: '/imports/households/template.csv', headers: auth(t, clerk) });
    expect([...template.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('only the roles that register households may import; other readers get 403 and nothing is written', async () => {
    const before = await householdCount(t);
    const res = await upload(t, { id: 'fs', role: 'firstSecretary', region: VILLAGE }, csvOf(rowsOf(household(401))), '');
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ code: 'FORBIDDEN_ROLE' });
    const wrongColumns = await upload(t, clerk, toCsv({ headers: ['姓名', '身份证'], rows: [['张三', '1']] }), '?dryRun=true');
    expect(wrongColumns.statusCode).toBe(400);
    expect(wrongColumns.json()).toMatchObject({ code: 'IMPORT_COLUMNS_MISSING' });
    expect(await householdCount(t)).toBe(before);
  });

  it('jobs do not survive a restart: the job id answers 404 JOB_NOT_FOUND, saying so', async () => {
    const { location } = await importFile(t, clerk, csvOf(rowsOf(household(501))));
    t = await t.restart();
    const res = await t.app.inject({ method: 'GET', url: location, headers: auth(t, clerk) });
    expect(res.statusCode).toBe(404);
    expect(res.json<{ code: string; message_en: string }>()).toMatchObject({ code: 'JOB_NOT_FOUND', message_en: expect.stringContaining('restart') });
    // the household it registered is still there (the store kept it); importing the file again registers nothing
    const again = await importFile(t, clerk, csvOf(rowsOf(household(501))));
    expect(again.job.result).toMatchObject({ registered: 0, existing: 1 });
  });
});
