import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { Agent, request as httpRequest } from 'node:http';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { signHs256 } from '../../src/auth/jwt.ts';
import type { Role } from '../../src/auth/roles.ts';
import { systemClock } from '../../src/shared/clock.ts';
import { AUDIENCE, SECRET } from '../support/app.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** a port nobody listens on right now: the OS picks it, we release it and hand it to the child */
export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });

export interface HttpAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export interface ServerProcess {
  port: number;
  /** keep-alive HTTP to this process; a request the process never answers rejects (connection reset or refused) */
  request(method: 'GET' | 'POST', path: string, options?: { token?: string; body?: unknown; headers?: Record<string, string> }): Promise<HttpAnswer>;
  /** kill -9: no shutdown hook, no drain, no flush; resolves once the process is gone */
  crash(): Promise<void>;
  /** kill -9 right now, synchronously (from inside a response handler); `crash()` then waits for the exit */
  killNow(): void;
  /** SIGTERM: the graceful shutdown of src/main.ts */
  stop(): Promise<void>;
  output(): string;
}

export type ServerEnv = Record<string, string>;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const requestVia = (agent: Agent, port: number): ServerProcess['request'] => (method, path, options = {}) =>
  new Promise((resolve, reject) => {
    const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
    const req = httpRequest({
      host: '127.0.0.1', port, method, path, agent,
      headers: {
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        ...(payload === undefined ? {} : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }),
        ...options.headers,
      },
    }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(payload);
  });

/**
 * `node --import tsx src/main.ts`, not `npx tsx`: one process, so SIGKILL hits the server itself and not a
 * wrapper whose child would live on; and no npx resolution on every start.
 */
const spawnOnce = async (env: ServerEnv, port: number, timeoutMs: number): Promise<{ child: ChildProcess; out: string[] } | 'port-taken'> => {
  const { NODE_OPTIONS: _inherited, ...parentEnv } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env: {
      ...parentEnv,
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'warn',
      AUTH_JWT_SECRET: SECRET,
      AUTH_AUDIENCE: AUDIENCE,
      RATE_LIMIT_PER_MINUTE: '10000000',
      TIMER_INTERVAL_MS: '60000',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const out: string[] = [];
  const keep = (chunk: Buffer) => {
    out.push(chunk.toString('utf8'));
    if (out.length > 200) out.shift();
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const agent = new Agent({ keepAlive: false });
  const probe = requestVia(agent, port);
  const started = performance.now();
  try {
    while (performance.now() - started < timeoutMs) {
      if (child.exitCode !== null || child.signalCode !== null) {
        if (out.join('').includes('EADDRINUSE')) return 'port-taken';
        throw new Error(`server exited (${child.exitCode ?? child.signalCode}):\n${out.join('')}`);
      }
      const health = await probe('GET', '/health').catch(() => null);
      if (health?.status === 200) return { child, out };
      await sleep(25);
    }
  } finally {
    agent.destroy();
  }
  child.kill('SIGKILL');
  throw new Error(`server did not answer /health within ${timeoutMs} ms:\n${out.join('')}`);
};

const exited = (child: ChildProcess): Promise<unknown> =>
  child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : once(child, 'exit');

const running = new Set<ChildProcess>();

/** kills whatever a failed test left running */
export const killAll = async (): Promise<void> => {
  for (const child of running) {
    child.kill('SIGKILL');
    await exited(child);
  }
  running.clear();
};

/** starts src/main.ts on a free port and waits until GET /health answers 200 */
export const startServer = async (env: ServerEnv, options: { port?: number; timeoutMs?: number } = {}): Promise<ServerProcess> => {
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = options.port ?? (await freePort());
    const started = await spawnOnce(env, port, options.timeoutMs ?? 20_000);
    if (started === 'port-taken') continue; // someone took the port between our probe and the child's listen
    const { child, out } = started;
    running.add(child);
    const agent = new Agent({ keepAlive: true, maxSockets: 256 });
    const end = async (signal: NodeJS.Signals) => {
      child.kill(signal);
      await exited(child);
      agent.destroy();
      running.delete(child);
    };
    return {
      port,
      request: requestVia(agent, port),
      crash: () => end('SIGKILL'),
      killNow: () => void child.kill('SIGKILL'),
      stop: async () => {
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await end('SIGTERM');
        clearTimeout(timer);
      },
      output: () => out.join(''),
    };
  }
  throw new Error('no free port after three attempts');
};

/** a bearer token the child accepts: signed with the test secret, valid for an hour of wall-clock time */
export const liveToken = (who: { id: string; role: Role; region: string }): string => {
  const now = Math.floor(systemClock.now().getTime() / 1000);
  return signHs256({ sub: who.id, roles: [who.role], jurisdiction: who.region, aud: AUDIENCE, iat: now, exp: now + 3600 }, SECRET);
};
