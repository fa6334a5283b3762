import { describe, expect, it } from 'vitest';
import { loadConfig, metricsAccessOf } from '../../src/config/config.ts';

const KEY = Buffer.alloc(32, 1).toString('base64');
const PRODUCTION = { NODE_ENV: 'production', AUTH_JWT_SECRET: 'a-production-secret-a-production-secret', SECRETS_MASTER_KEY: KEY, PERSONAL_DATA_KEY: Buffer.alloc(32, 2).toString('base64') };

describe('security and operations settings', () => {
  it('tokens: 60 s clock tolerance, 5 s JWKS timeout and 60 failures a minute by default; each configurable', () => {
    expect(loadConfig({})).toMatchObject({ AUTH_CLOCK_TOLERANCE_S: 60, AUTH_JWKS_TIMEOUT_MS: 5000, AUTH_FAILURES_PER_MINUTE: 60 });
    expect(loadConfig({ AUTH_CLOCK_TOLERANCE_S: '30' }).AUTH_CLOCK_TOLERANCE_S).toBe(30);
    expect(() => loadConfig({ AUTH_CLOCK_TOLERANCE_S: '3600' })).toThrow(/AUTH_CLOCK_TOLERANCE_S/);
  });

  it('/metrics is public in development only: production needs METRICS_TOKEN or METRICS_PORT', () => {
    expect(metricsAccessOf(loadConfig({}))).toEqual({ kind: 'public' });
    expect(() => loadConfig(PRODUCTION)).toThrow(/METRICS_TOKEN/);
    expect(metricsAccessOf(loadConfig({ ...PRODUCTION, METRICS_TOKEN: 'scrape-token-0123456789' }))).toEqual({ kind: 'token', token: 'scrape-token-0123456789' });
    expect(metricsAccessOf(loadConfig({ ...PRODUCTION, METRICS_PORT: '9464' }))).toEqual({ kind: 'elsewhere' });
    expect(() => loadConfig({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN/);
  });

  it('webhooks: https only in production; internal targets only when listed; a master key for their secrets in production', () => {
    const ok = { ...PRODUCTION, METRICS_PORT: '9464' };
    expect(loadConfig(ok)).toMatchObject({ WEBHOOK_ALLOW_HTTP: false, WEBHOOK_ALLOWED_TARGETS: [] });
    expect(() => loadConfig({ ...ok, WEBHOOK_ALLOW_HTTP: 'true' })).toThrow(/WEBHOOK_ALLOW_HTTP/);
    expect(loadConfig({ WEBHOOK_ALLOW_HTTP: 'true' }).WEBHOOK_ALLOW_HTTP).toBe(true);
    expect(loadConfig({ WEBHOOK_ALLOWED_TARGETS: 'hooks.county.internal, 10.20.0.0/16' }).WEBHOOK_ALLOWED_TARGETS).toEqual(['hooks.county.internal', '10.20.0.0/16']);
    expect(() => loadConfig({ ...ok, SECRETS_MASTER_KEY: undefined })).toThrow(/SECRETS_MASTER_KEY/);
    expect(() => loadConfig({ SECRETS_MASTER_KEY: 'too-short' })).toThrow(/SECRETS_MASTER_KEY/);
  });

  it('one MASTER_KEY is enough in production: the personal-data and webhook-secret keys are derived from it, each its own, and a key given explicitly wins', () => {
    const master = Buffer.alloc(32, 9).toString('base64');
    const base = { NODE_ENV: 'production', AUTH_JWT_SECRET: 'a-production-secret-a-production-secret', METRICS_PORT: '9464' };
    expect(() => loadConfig(base)).toThrow(/MASTER_KEY/);
    const derived = loadConfig({ ...base, MASTER_KEY: master });
    const personal = Buffer.from(derived.PERSONAL_DATA_KEY ?? '', 'hex');
    const secrets = Buffer.from(derived.SECRETS_MASTER_KEY ?? '', 'base64');
    expect(personal).toHaveLength(32);
    expect(secrets).toHaveLength(32);
    expect(personal.equals(secrets)).toBe(false);
    expect(personal.equals(Buffer.from(master, 'base64'))).toBe(false);
    // the same master gives the same keys after a restart (data sealed yesterday opens today); another master, others
    expect(loadConfig({ ...base, MASTER_KEY: master }).PERSONAL_DATA_KEY).toBe(derived.PERSONAL_DATA_KEY);
    expect(loadConfig({ ...base, MASTER_KEY: Buffer.alloc(32, 8).toString('hex') }).PERSONAL_DATA_KEY).not.toBe(derived.PERSONAL_DATA_KEY);
    expect(loadConfig({ ...base, MASTER_KEY: master, SECRETS_MASTER_KEY: KEY }).SECRETS_MASTER_KEY).toBe(KEY);
    expect(() => loadConfig({ MASTER_KEY: 'too-short' })).toThrow(/MASTER_KEY/);
  });
});
