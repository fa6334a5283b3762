import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext } from 'playwright-core';

/** Debian's chromium (`apt-get install chromium`); playwright-core drives it and never downloads a browser */
export const CHROMIUM = '/usr/bin/chromium';

/**
 * The flags the machine notes give for headless chromium here: without the background-networking ones chromium
 * keeps dialling Google's hosts, which this closed network refuses. --no-sandbox: the tests run as root.
 */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

/** CI=true (as .ci/run sets it): the browser tests must run, not skip */
const inCi = (): boolean => ['true', '1'].includes((process.env.CI ?? '').toLowerCase());

/**
 * null when chromium is installed, else the reason the browser tests are skipped (printed). In CI this throws, so
 * the test file fails: a green CI means the browser tests ran (.ci/run installs chromium first).
 */
export const chromiumMissing = (): string | null => {
  if (existsSync(CHROMIUM)) return null;
  const reason = `no ${CHROMIUM}: apt-get install chromium`;
  if (inCi()) throw new Error(`CI=${process.env.CI}: the browser tests must run, not skip: ${reason}`);
  process.stdout.write(`[browser] skipped: ${reason}\n`);
  return reason;
};

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** a headless chromium with a fresh, empty profile (--user-data-dir), removed on close */
export const launchChromium = async (): Promise<Browser> => {
  const profile = mkdtempSync(join(tmpdir(), 'fupin-chromium-'));
  // playwright sets --user-data-dir itself from the first argument (it refuses the flag in args)
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_FLAGS],
    timeout: 30_000,
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
};
