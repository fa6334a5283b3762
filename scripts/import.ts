import { readFileSync } from 'node:fs';
import { setTimeout as wait } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { signHs256 } from '../src/auth/jwt.ts';
import { loadConfig } from '../src/config/config.ts';
import { systemClock } from '../src/shared/clock.ts';

// npm run import -- households.xlsx [--dry-run] [--partial] [--url http://127.0.0.1:3000] [--region 430623101201] [--role villageClerk]
// Uploads the file to POST /imports/households with a development token, follows the job with a progress bar and
// prints the report: every error with its row, column and code. Exit code 1 when a row was refused.
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'dry-run': { type: 'boolean', default: false },
    partial: { type: 'boolean', default: false },
    url: { type: 'string', default: process.env.API_URL ?? 'http://127.0.0.1:3000' },
    region: { type: 'string', default: '430623' },
    role: { type: 'string', default: 'villageClerk' },
    sub: { type: 'string', default: 'import-script' },
    token: { type: 'string' },
  },
});
const file = positionals[0];
if (!file) {
  process.stderr.write('usage: npm run import -- <file.xlsx|file.csv> [--dry-run] [--partial] [--url …] [--region …] [--role …] [--token …]\n');
  process.exit(2);
}

const devToken = () => {
  const config = loadConfig();
  const now = Math.floor(systemClock.now().getTime() / 1000);
  return signHs256({ sub: values.sub, roles: [values.role], jurisdiction: values.region, aud: config.AUTH_AUDIENCE, iat: now, exp: now + 3600 }, config.AUTH_JWT_SECRET);
};
const authorization = `Bearer ${values.token ?? devToken()}`;
const body = readFileSync(file);
const contentType = file.toLowerCase().endsWith('.csv') ? 'text/csv' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const query = new URLSearchParams({ ...(values['dry-run'] ? { dryRun: 'true' } : {}), ...(values.partial ? { partial: 'true' } : {}) });

interface Report { households: number; valid: number; new: number; existing: number; registered: number; refused: number; errorCount: number; truncated: boolean; errors: { row: number; column: string | null; code: string; message_zh: string }[] }
interface Job { state: string; progress: { done: number; total: number; errors: number }; result: Report | null; error?: { message_zh: string } }

const bar = (p: Job['progress']) => {
  const width = 30;
  const share = p.total === 0 ? 0 : p.done / p.total;
  const full = Math.round(share * width);
  return `[${'#'.repeat(full)}${'.'.repeat(width - full)}] ${p.done}/${p.total} 户  错误 ${p.errors}`;
};

const res = await fetch(`${values.url}/imports/households?${query.toString()}`, { method: 'POST', headers: { authorization, 'content-type': contentType }, body });
let report: Report;
let location = '';
if (res.status === 200) report = (await res.json()) as Report;
else if (res.status === 202) {
  location = res.headers.get('location') ?? '';
  let job: Job;
  for (;;) {
    const poll = await fetch(`${values.url}${location}`, { headers: { authorization } });
    job = (await poll.json()) as Job;
    if (process.stdout.isTTY) process.stdout.write(`\r${bar(job.progress)}`);
    if (job.state === 'succeeded' || job.state === 'failed') break;
    await wait(250);
  }
  process.stdout.write(`${process.stdout.isTTY ? '\r' : ''}${bar(job.progress)}\n`);
  if (job.state === 'failed' || !job.result) {
    process.stderr.write(`导入失败 / import failed: ${job.error?.message_zh ?? ''}\n`);
    process.exit(1);
  }
  report = job.result;
} else {
  process.stderr.write(`${res.status} ${await res.text()}\n`);
  process.exit(1);
}
for (const e of report.errors) process.stdout.write(`第 ${e.row} 行  ${e.column ?? '-'}  ${e.code}  ${e.message_zh}\n`);
// the report lists the first 1,000; the job's file has every error (and every registered household)
if (report.truncated) process.stdout.write(`共 ${report.errorCount} 个错误，以上为前 ${report.errors.length} 个；全部见 ${values.url}${location}/result（CSV）\n`);
process.stdout.write(`${report.households} 户：合格 ${report.valid}，新登记 ${report.registered}${values['dry-run'] ? `（试导入：将新登记 ${report.new}）` : ''}，已登记 ${report.existing}，不合格 ${report.refused}\n`);
process.exit(report.refused > 0 ? 1 : 0);
