/**
 * The office benchmarks (issue 17), each mode in a fresh process so memory is the work's own. Prints one JSON line.
 * - `county <county.db>`: on the suite's generated county (read models rebuilt first): the four-card table of the
 *   county vs the read model's own list; the household list to xlsx (streaming) vs the same rows to CSV, with
 *   resident memory growth; a 500-household 公示名单 PDF vs the same page as HTML; search by name prefix through
 *   the index vs a scan of every household's names (what a search without an index costs).
 * - `make-xlsx <n> <file>`: writes the import file; `import <n> <file>`: its n households through POST
 *   /imports/households (a job) on a fresh store, over HTTP, with resident memory growth; `post <n>`: the same households by POST /households over HTTP (8 at a time).
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, openAsBlob, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Identity } from '../../src/auth/identity.ts';
import { signHs256 } from '../../src/auth/jwt.ts';
import { hmacKey } from '../../src/auth/keys.ts';
import { buildApp } from '../../src/http/app.ts';
import { HEADERS } from '../../src/office/household-columns.ts';
import { DEFAULT_PDF_FONT } from '../../src/office/print/pdf.ts';
import { tableHtml, tablePdf } from '../../src/office/print/table-print.ts';
import { writeTableCsv, writeTableXlsx, tableJson } from '../../src/office/tables/export.ts';
import { fourCardTable } from '../../src/office/tables/four-card.ts';
import { householdsList } from '../../src/office/tables/lists.ts';
import { noticeList } from '../../src/office/tables/notice-list.ts';
import type { TableContext, TableSpec } from '../../src/office/tables/spec.ts';
import { createServices } from '../../src/services.ts';
import { systemClock } from '../../src/shared/clock.ts';
import { randomIds } from '../../src/shared/ids.ts';
import { SqliteEventStore } from '../../src/store/sqlite/sqlite-store.ts';
import { residentId, yellowHousehold } from '../../test/support/fixtures.ts';

const mb = (bytes: number) => bytes / 2 ** 20;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const time = async (f: () => unknown) => {
  const t0 = performance.now();
  await f();
  return performance.now() - t0;
};
/** resident memory sampled every 20 ms while `f` runs (the work yields to the event loop) */
const peakDuring = async <T>(f: () => Promise<T>) => {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage.rss()); }, 20);
  const t0 = performance.now();
  const value = await f();
  const ms = performance.now() - t0;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage.rss());
  return { value, ms, peak };
};
const gc = (globalThis as { gc?: () => void }).gc;
/** the heap still in use after the work and a full GC: what the registered households keep (read models), not the work's garbage */
const retained = (heapBefore: number) => {
  gc?.();
  return mb(process.memoryUsage().heapUsed - heapBefore);
};
const [mode, arg] = [process.argv[2], process.argv[3] ?? ''];
const COUNTY = '430623';

if (mode === 'county') {
  const store = new SqliteEventStore({ path: arg }, { clock: systemClock, newId: randomIds });
  const services = createServices({ store, clock: systemClock, newId: randomIds, newSeed: randomIds });
  await services.projector.start();
  const identity: Identity = { id: 'bench', roles: ['countyOffice'], jurisdiction: COUNTY };
  const ctx: TableContext = { services, identity, prefix: COUNTY };
  const households = services.households.list(COUNTY, 0, 0).total;

  // the four-card table of the county vs the read model's own list of designated households
  const fourCard: number[] = [];
  const baseList: number[] = [];
  for (let i = 0; i < 7; i++) {
    baseList.push(await time(() => { let n = 0; for (const d of services.designations.list(COUNTY, ['designated'])) if (d.context.card) n += 1; return n; }));
    fourCard.push(await time(() => tableJson(fourCardTable, ctx, 0, 10_000)));
  }

  // search: index warmed once (its cost reported), then name prefixes of real heads vs a scan of every name
  const ids = services.households.list(COUNTY, 0, Number.MAX_SAFE_INTEGER).items;
  const indexMs = await time(() => services.householdSearch.byNamePrefix('张', COUNTY, 1));
  const prefixes = Array.from({ length: 200 }, (_, i) => [...(ids[(i * 7919) % ids.length]?.household.head ?? '张三')].slice(0, 2).join(''));
  for (const q of prefixes.slice(0, 20)) services.householdSearch.byNamePrefix(q, COUNTY, 20); // warm-up
  const searchMs = prefixes.map((q) => { const t0 = performance.now(); services.householdSearch.byNamePrefix(q, COUNTY, 20); return performance.now() - t0; });
  const scanMs = prefixes.slice(0, 20).map((q) => {
    const t0 = performance.now();
    const found: string[] = [];
    for (const r of ids) { if (found.length >= 20) break; if (r.household.members.some((m) => m.name.startsWith(q))) found.push(r.id); }
    return performance.now() - t0;
  });

  // a 500-household 公示名单: the largest notice's list, continued with the next largest notices' households until
  // 500 (a generated county's notices are per village, 150 households at most), numbered as one list
  const notices = [...services.notices.list(COUNTY)].sort((a, b) => b.designationIds.length - a.designationIds.length);
  const notice = notices[0] ? { id: notices[0].id, n: notices.reduce((sum, x) => sum + x.designationIds.length, 0) } : null;
  let pdfMs = Number.NaN;
  let htmlMs = Number.NaN;
  let noticeRows = 0;
  if (notice) {
    const noticeCtx: TableContext = { ...ctx, noticeId: notice.id };
    const first500: TableSpec = {
      ...noticeList,
      *rows(c) {
        let n = 0;
        for (const x of notices) {
          for (const r of noticeList.rows({ ...c, noticeId: x.id })) {
            if (++n > 500) return;
            yield [String(n), ...r.slice(1)];
          }
        }
      },
    };
    noticeRows = Math.min(500, notice.n);
    const pdfs: number[] = [];
    const htmls: number[] = [];
    for (let i = 0; i < 3; i++) {
      htmls.push(await time(() => tableHtml(first500, noticeCtx)));
      pdfs.push(await time(() => tablePdf(first500, noticeCtx, process.env.PDF_FONT ?? DEFAULT_PDF_FONT)));
    }
    pdfMs = median(pdfs);
    htmlMs = median(htmls);
  }

  // the household list to xlsx (streaming) vs CSV, resident memory growth of each
  gc?.();
  const csvBefore = process.memoryUsage.rss();
  const csv = await peakDuring(() => writeTableCsv(householdsList, ctx));
  const csvBytes = csv.value.length;
  gc?.();
  const xlsxBefore = process.memoryUsage.rss();
  const xlsx = await peakDuring(() => writeTableXlsx(householdsList, ctx));
  process.stdout.write(`${JSON.stringify({
    households, designated: services.designations.list(COUNTY, ['designated']).length,
    fourCardMs: median(fourCard), baseListMs: median(baseList),
    indexMs, searchP50Ms: median(searchMs), searchP99Ms: [...searchMs].sort((a, b) => a - b)[Math.floor(searchMs.length * 0.99)] ?? Number.NaN, scanP50Ms: median(scanMs),
    noticeRows, pdfMs, htmlMs,
    xlsxMs: xlsx.ms, xlsxGrowthMb: mb(xlsx.peak - xlsxBefore), xlsxBytes: xlsx.value.length, csvMs: csv.ms, csvGrowthMb: mb(csv.peak - csvBefore), csvBytes,
  })}\n`);
  await store.close();
} else {
  const n = Number(arg);
  const dir = mkdtempSync(join(tmpdir(), 'bench-office-'));
  const SECRET = 'bench-secret-bench-secret-bench-0001';
  const VILLAGE = '430623101201';
  const store = new SqliteEventStore({ path: join(dir, 'events.db') }, { clock: systemClock, newId: randomIds });
  const app = await buildApp({ store, clock: systemClock, newId: randomIds, newSeed: randomIds, auth: { resolveKey: hmacKey(SECRET), audience: 'fupin-workflow' }, rateLimitPerMinute: 1_000_000_000 });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  const now = Math.floor(systemClock.now().getTime() / 1000);
  const authorization = `Bearer ${signHs256({ sub: 'bench', roles: ['villageClerk'], jurisdiction: VILLAGE, aud: 'fupin-workflow', iat: now, exp: now + 86_400 }, SECRET)}`;
  /** a distinct valid resident ID per household: the sequence has three digits, so the birth day moves on every 1,000 */
  const idOf = (i: number) => residentId(new Date(Date.UTC(1950, 0, 1) + Math.floor(i / 1000) * 86_400_000).toISOString().slice(0, 10), i % 1000);
  const household = (i: number) => {
    const h = yellowHousehold(i);
    const id = idOf(i);
    return { ...h, residentId: id, members: h.members.map((m) => (m.relation === 'head' ? { ...m, residentId: id } : m)), policiesEnjoyed: ['health' as const] };
  };
  try {
    if (mode === 'make-xlsx') {
      // exceljs's streaming writer with shared strings, as Excel saves a sheet: 400,000 rows never held as cells
      const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: process.argv[4] ?? '', useSharedStrings: true, useStyles: false, zip: { zlib: { level: 6 } } });
      const sheet = book.addWorksheet('家庭成员');
      sheet.addRow(HEADERS).commit();
      for (let i = 1; i <= n; i++) {
        const h = household(i);
        const id = idOf(i);
        const head: Record<string, string> = { 户主身份证号: id, 村代码: VILLAGE, 组: h.group, 户类型: '建档立卡户', 脱贫属性: '已脱贫', 主要致贫原因: '因病', 返贫致贫风险: '因病', 已享受政策: '健康扶贫', 收入年度: '2025', 工资性收入: '6000', 经营性收入: '1500', 财产性收入: '0', 转移性收入: '1200', 生产经营性支出: '700', 成员姓名: h.head, 与户主关系: '户主', 成员身份证号: id, 在校生状况: '非在校生', 健康状况: '长期慢性病', 劳动技能: '弱劳动力或半劳动力', 务工地点: '无' };
        const spouse: Record<string, string> = { 户主身份证号: id, 成员姓名: `配偶${i}`, 与户主关系: '配偶', 出生日期: '1967-08-01', 在校生状况: '非在校生', 健康状况: '健康', 劳动技能: '普通劳动力', 务工地点: '县内', '务工时间（月）': '6' };
        sheet.addRow(HEADERS.map((c) => head[c] ?? '')).commit();
        sheet.addRow(HEADERS.map((c) => spouse[c] ?? '')).commit();
      }
      sheet.commit();
      await book.commit();
      process.stdout.write('{}\n');
    } else if (mode === 'post') {
      let next = 1;
      gc?.();
      const before = process.memoryUsage.rss();
      const heapBefore = process.memoryUsage().heapUsed;
      const run = await peakDuring(() => Promise.all(Array.from({ length: 8 }, async () => {
        for (let i = next++; i <= n; i = next++) {
          const res = await fetch(`${url}/households`, { method: 'POST', headers: { authorization, 'content-type': 'application/json' }, body: JSON.stringify({ household: household(i) }) });
          if (res.status !== 201) throw new Error(`POST /households ${res.status} ${await res.text()}`);
        }
      })));
      process.stdout.write(`${JSON.stringify({ n, ms: run.ms, perSecond: (n / run.ms) * 1000, growthMb: mb(run.peak - before), retainedMb: retained(heapBefore) })}\n`);
    } else {
      // the file is made by a process of its own (make-xlsx) and sent from disk as a stream, as a browser sends a
      // file: client and service share this process, so the growth measured is the service's, not a copy of the file
      const path = process.argv[4] ?? '';
      const bytes = statSync(path).size;
      gc?.();
      const before = process.memoryUsage.rss();
      const heapBefore = process.memoryUsage().heapUsed;
      const run = await peakDuring(async () => {
        const res = await fetch(`${url}/imports/households`, { method: 'POST', headers: { authorization, 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }, body: await openAsBlob(path) });
        if (res.status !== 202) throw new Error(`POST /imports/households ${res.status} ${await res.text()}`);
        const location = res.headers.get('location') ?? '';
        for (;;) {
          const job = (await (await fetch(`${url}${location}`, { headers: { authorization } })).json()) as { state: string; result: { registered: number } | null };
          if (job.state === 'succeeded' || job.state === 'failed') return job;
          await new Promise((resolve) => { setTimeout(resolve, 50); });
        }
      });
      if (run.value.result?.registered !== n) throw new Error(`the import registered ${run.value.result?.registered ?? 'nothing'} (${run.value.state})`);
      process.stdout.write(`${JSON.stringify({ n, ms: run.ms, perSecond: (n / run.ms) * 1000, growthMb: mb(run.peak - before), retainedMb: retained(heapBefore), bytes })}\n`);
    }
  } finally {
    await app.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
