/**
 * `npx tsx bench/office-import.ts [households]` (default 2,000): importing N households from one CSV through
 * POST /imports/households (a job) vs registering the same N one by one with POST /households, over real HTTP, each
 * on a fresh embedded sqlite store, in the same run. Prints a markdown table (progress on stderr).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { signHs256 } from '../src/auth/jwt.ts';
import { hmacKey } from '../src/auth/keys.ts';
import { buildApp } from '../src/http/app.ts';
import { HEADERS } from '../src/office/household-columns.ts';
import { toCsv } from '../src/office/sheet.ts';
import { systemClock } from '../src/shared/clock.ts';
import { randomIds } from '../src/shared/ids.ts';
import { SqliteEventStore } from '../src/store/sqlite/sqlite-store.ts';
import { residentId, yellowHousehold } from '../test/support/fixtures.ts';
import { fmt1, fmtInt, fmtX, markdownTable } from './lib/table.ts';

const N = Number(process.argv[2] ?? 2000);
const SECRET = 'bench-secret-bench-secret-bench-0001';
const VILLAGE = '430623101201';
const dir = mkdtempSync(join(tmpdir(), 'bench-office-'));
const log = (s: string) => process.stderr.write(`${s}\n`);

const start = async (name: string) => {
  const store = new SqliteEventStore({ path: join(dir, `${name}.db`) }, { clock: systemClock, newId: randomIds });
  const app = await buildApp({ store, clock: systemClock, newId: randomIds, newSeed: randomIds, auth: { resolveKey: hmacKey(SECRET), audience: 'fupin-workflow' }, rateLimitPerMinute: 10_000_000 });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return { url, close: async () => { await app.close(); await store.close(); } };
};
const now = Math.floor(systemClock.now().getTime() / 1000);
const authorization = `Bearer ${signHs256({ sub: 'bench', roles: ['villageClerk'], jurisdiction: VILLAGE, aud: 'fupin-workflow', iat: now, exp: now + 3600 }, SECRET)}`;

/** a distinct valid resident ID per household (the sequence has three digits: the birth year moves on) */
const idOf = (i: number) => residentId(`${1930 + Math.floor(i / 1000)}-04-12`, i % 1000);
const household = (i: number) => {
  const h = yellowHousehold(i);
  const id = idOf(i);
  return { ...h, residentId: id, members: h.members.map((m) => (m.relation === 'head' ? { ...m, residentId: id } : m)), policiesEnjoyed: ['health' as const] };
};
const csv = () => {
  const rows: string[][] = [];
  for (let i = 1; i <= N; i++) {
    const h = household(i);
    const id = idOf(i);
    const head: Record<string, string> = { 户主身份证号: id, 村代码: VILLAGE, 组: h.group, 户类型: '建档立卡户', 脱贫属性: '已脱贫', 主要致贫原因: '因病', 返贫致贫风险: '因病', 已享受政策: '健康扶贫', 收入年度: '2025', 工资性收入: '6000', 经营性收入: '1500', 财产性收入: '0', 转移性收入: '1200', 生产经营性支出: '700', 成员姓名: h.head, 与户主关系: '户主', 成员身份证号: id, 在校生状况: '非在校生', 健康状况: '长期慢性病', 劳动技能: '弱劳动力或半劳动力', 务工地点: '无' };
    const spouse: Record<string, string> = { 户主身份证号: id, 成员姓名: `配偶${i}`, 与户主关系: '配偶', 出生日期: '1967-08-01', 在校生状况: '非在校生', 健康状况: '健康', 劳动技能: '普通劳动力', 务工地点: '县内', '务工时间（月）': '6' };
    rows.push(HEADERS.map((c) => head[c] ?? ''), HEADERS.map((c) => spouse[c] ?? ''));
  }
  return toCsv({ headers: HEADERS, rows });
};

try {
  const loadAtStart = loadavg().map((l) => l.toFixed(1)).join(' ');
  // baseline: one POST /households per household, one at a time, as a script written by someone would
  const one = await start('one-by-one');
  let t0 = performance.now();
  for (let i = 1; i <= N; i++) {
    const res = await fetch(`${one.url}/households`, { method: 'POST', headers: { authorization, 'content-type': 'application/json' }, body: JSON.stringify({ household: household(i) }) });
    if (res.status !== 201) throw new Error(`POST /households ${res.status} ${await res.text()}`);
    if (i % 500 === 0) log(`one by one: ${i}/${N}`);
  }
  const oneByOneMs = performance.now() - t0;
  await one.close();

  const bulk = await start('import');
  const file = csv();
  t0 = performance.now();
  const res = await fetch(`${bulk.url}/imports/households`, { method: 'POST', headers: { authorization, 'content-type': 'text/csv' }, body: new Uint8Array(file) });
  if (res.status !== 202) throw new Error(`POST /imports/households ${res.status} ${await res.text()}`);
  const location = res.headers.get('location') ?? '';
  let job: { state: string; progress: { done: number }; result: { registered: number } | null };
  for (;;) {
    job = (await (await fetch(`${bulk.url}${location}`, { headers: { authorization } })).json()) as typeof job;
    if (job.state === 'succeeded' || job.state === 'failed') break;
    await new Promise((resolve) => { setTimeout(resolve, 20); });
  }
  const importMs = performance.now() - t0;
  if (job.result?.registered !== N) throw new Error(`import registered ${job.result?.registered ?? 'nothing'} (${job.state})`);
  await bulk.close();

  const rate = (ms: number) => (N / ms) * 1000;
  process.stdout.write(`${markdownTable(
    ['measurement', 'ours', 'baseline (same run)', 'ratio'],
    [[`import ${fmtInt(N)} households (CSV, one job) vs POST /households one by one over HTTP`, `${fmt1(rate(importMs))} households/s (${fmt1(importMs / 1000)} s)`, `${fmt1(rate(oneByOneMs))} households/s (${fmt1(oneByOneMs / 1000)} s)`, fmtX(rate(importMs) / rate(oneByOneMs))]],
    ['l', 'r', 'r', 'r'],
  )}\n\nload average at start: ${loadAtStart}; CSV ${fmtInt(file.length)} bytes; sqlite, synchronous=FULL, both on fresh stores.\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
