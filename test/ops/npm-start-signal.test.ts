import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { AUDIENCE, SECRET } from '../support/app.ts';
import { freePort } from '../reliability/server-process.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** resolves with the pid node logs in its `ready` line (pino's `pid`), read from the output as it comes */
const readyPid = (child: ChildProcess, output: string[]): Promise<number> =>
  new Promise((resolve, reject) => {
    let found = false;
    child.stdout?.on('data', (chunk: Buffer) => {
      output.push(chunk.toString('utf8'));
      const line = found ? undefined : output.join('').split('\n').find((l) => l.includes('"msg":"ready"'));
      if (!line) return;
      found = true;
      resolve((JSON.parse(line) as { pid: number }).pid);
    });
    child.stderr?.on('data', (c: Buffer) => output.push(c.toString('utf8')));
    child.once('exit', (code) => reject(new Error(`npm start exited (${code}) before ready:\n${output.join('')}`)));
  });

/** a guard, not a measurement: fails the test with a message instead of hanging it when node never lets go */
const within = <T>(promise: Promise<T>, ms: number, what: string): Promise<T> =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(what)), ms);
    promise.then((v) => { clearTimeout(timer); resolve(v); }, (e: unknown) => { clearTimeout(timer); reject(e instanceof Error ? e : new Error(String(e))); });
  });

describe('npm start stops when told', () => {
  let nodePid = 0;
  afterAll(() => {
    if (nodePid > 0 && alive(nodePid)) process.kill(nodePid, 'SIGKILL'); // what the bug left behind
  });

  it('SIGTERM to the npm process ends node (graceful shutdown), on the embedded store', async () => {
    const port = await freePort();
    const { NODE_OPTIONS: _inherited, ...parentEnv } = process.env;
    const npm = spawn('npm', ['start'], {
      cwd: ROOT,
      env: { ...parentEnv, NODE_ENV: 'test', HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'info', EVENT_STORE: 'sqlite', SQLITE_PATH: join(mkdtempSync(join(tmpdir(), 'fupin-npm-start-')), 'events.db'), AUTH_JWT_SECRET: SECRET, AUTH_AUDIENCE: AUDIENCE, TIMER_INTERVAL_MS: '60000', WEBHOOK_INTERVAL_MS: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const output: string[] = [];
    nodePid = await within(readyPid(npm, output), 60_000, 'npm start did not log ready');
    expect(nodePid).not.toBe(npm.pid); // node is npm's child, not npm itself
    const closed = once(npm, 'close'); // every end of node's stdout closed too: node has exited, not only npm
    npm.kill('SIGTERM');
    await within(closed, 20_000, `node ${nodePid} still runs after SIGTERM to npm (orphaned):\n${output.join('')}`);
    expect(alive(nodePid)).toBe(false);
    expect(output.join('')).toContain('"signal":"SIGTERM"'); // it shut down gracefully, not killed
  }, 90_000);
});
