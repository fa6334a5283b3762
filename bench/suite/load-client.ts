/**
 * The HTTP load generator, run as a child process (so it does not share the server's event loop; on a 2-core
 * machine it still shares the CPUs): `concurrency` clients, each on its own keep-alive connection, each sending
 * its next request when the previous answer is in (closed loop). Reads a JSON plan (argv[2]), prints one JSON line.
 */
import { Agent, request } from 'node:http';
import { readFileSync } from 'node:fs';
import { summarize } from '../lib/stats.ts';

export interface LoadPlan {
  port: number;
  /** request paths per client, used round-robin: client c sends paths[c][0], paths[c][1], …, paths[c][0], … */
  paths: string[][];
  /**
   * per client and path, the income stability the first visit records; later visits alternate, so each request
   * changes the household (change-workload.ts). Without it the body alternates with the request count.
   */
  firstStable?: boolean[][];
  token?: string;
  /** GET sends no body (reads); POST (default) sends the household change */
  method?: 'GET' | 'POST';
  /** the Accept-Encoding sent (none by default: answers come uncompressed) */
  acceptEncoding?: string;
  warmupMs: number;
  measureMs: number;
}

export interface LoadResult {
  requests: number;
  /** every request answered, warm-up included */
  allRequests: number;
  accepted: number;
  statuses: Record<string, number>;
  seconds: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  meanMs: number;
  /** mean bytes of an answer's body as sent (compressed when it was) */
  meanBytes: number;
  firstError?: string;
}

const plan = JSON.parse(readFileSync(process.argv[2] ?? '', 'utf8')) as LoadPlan;
const agent = new Agent({ keepAlive: true, maxSockets: plan.paths.length });
const bodyOf = (stable: boolean) =>
  JSON.stringify({ changes: { livelihood: { incomeStable: stable, basicNeedsAndWaterSecure: true } }, reason: '月度走访：复核收入稳定情况' });
/** the i-th request of client c: its path, visited for the floor(i / paths)-th time */
const stableAt = (c: number, i: number, paths: number): boolean => {
  const first = plan.firstStable?.[c]?.[i % paths];
  return first === undefined ? (i + c) % 2 === 0 : first === (Math.floor(i / paths) % 2 === 0);
};

const method = plan.method ?? 'POST';
let bytes = 0;
const send = (path: string, body: string): Promise<{ status: number; text: string }> =>
  new Promise((resolve, reject) => {
    const req = request({
      host: '127.0.0.1', port: plan.port, path, method, agent,
      headers: {
        ...(method === 'POST' ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } : {}),
        ...(plan.acceptEncoding ? { 'accept-encoding': plan.acceptEncoding } : {}),
        ...(plan.token ? { authorization: `Bearer ${plan.token}` } : {}),
      },
    }, (res) => {
      // bodies are kept as bytes: a compressed answer is not text, and what is counted is what travelled
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c)).on('end', () => {
        const buffer = Buffer.concat(chunks);
        bytes += buffer.length;
        resolve({ status: res.statusCode ?? 0, text: res.statusCode !== undefined && res.statusCode >= 300 ? buffer.toString('utf8') : '' });
      });
    });
    req.on('error', reject);
    req.end(method === 'POST' ? body : undefined);
  });

const samples = new Float64Array(5_000_000);
let n = 0;
const statuses: Record<string, number> = {};
let firstError: string | undefined;
let measuring = false;
const start = performance.now();
const measureFrom = start + plan.warmupMs;
const until = measureFrom + plan.measureMs;
let measuredStart = 0;
let all = 0;

await Promise.all(plan.paths.map(async (paths, c) => {
  for (let i = 0; performance.now() < until; i++) {
    const t0 = process.hrtime.bigint();
    const res = await send(paths[i % paths.length] ?? '/', bodyOf(stableAt(c, i, paths.length)));
    const ns = Number(process.hrtime.bigint() - t0);
    all += 1;
    if (!measuring && performance.now() >= measureFrom) {
      measuring = true;
      measuredStart = performance.now();
    }
    if (!measuring) continue;
    statuses[res.status] = (statuses[res.status] ?? 0) + 1;
    if (res.status >= 300) firstError ??= `${res.status} ${res.text.slice(0, 300)}`;
    else if (n < samples.length) samples[n++] = ns;
  }
}));
const seconds = (performance.now() - measuredStart) / 1000;
agent.destroy();
const latency = summarize(samples.subarray(0, n));
const requests = Object.values(statuses).reduce((a, b) => a + b, 0);
const result: LoadResult = {
  requests, allRequests: all, accepted: n, statuses, seconds, perSecond: n / seconds,
  p50Ms: latency.p50Us / 1000, p99Ms: latency.p99Us / 1000, meanMs: latency.meanUs / 1000, meanBytes: all === 0 ? 0 : bytes / all, ...(firstError ? { firstError } : {}),
};
process.stdout.write(`${JSON.stringify(result)}\n`);
