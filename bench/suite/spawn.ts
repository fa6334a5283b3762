import { spawn } from 'node:child_process';

/** Runs a TypeScript file of this repository in a child node (through tsx); resolves with its stdout. */
export const runTs = (file: string, args: readonly string[], options: { env?: NodeJS.ProcessEnv; nodeArgs?: readonly string[]; passStderr?: boolean } = {}): Promise<string> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), '--import', 'tsx', file, ...args], {
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', options.passStderr === false ? 'pipe' : 'inherit'] as const,
    });
    let out = '';
    let err = '';
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`${file} exited with ${code}${err ? `: ${err.trim().split('\n').slice(-3).join(' / ')}` : ''}`))));
  });

/** the last line of a child's stdout, as JSON */
export const lastJson = <T>(out: string): T => JSON.parse(out.trim().split('\n').at(-1) ?? 'null') as T;
