import { hkdfSync } from 'node:crypto';
import { z } from 'zod';
import { DEFAULT_CALENDAR_WARNING_DAYS } from '../domain/calendar-horizon.ts';
import { isRole, ROLES } from '../auth/roles.ts';
import type { Role } from '../auth/roles.ts';
import { DEFAULT_FULL_ID_ROLES } from '../households/present.ts';
import { DEFAULT_CLOCK_TOLERANCE_S } from '../auth/jwt.ts';
import type { MetricsAccess } from '../http/metrics-access.ts';
import { DEV_PERSONAL_DATA_KEY, parseMasterKey } from '../privacy/master-key.ts';

/** for `npm start` and `npm run token` on a development machine only */
export const DEV_JWT_SECRET = 'development-only-secret-do-not-use-in-production';

const port = z.coerce.number().int().min(0).max(65535);

/** `https://app.example.cn` or `http://localhost:5173`: a scheme, a host, a port at most; no path, no trailing slash */
const isOrigin = (value: string): boolean => {
  if (!/^https?:\/\/[^/?#\s]+$/.test(value)) return false;
  try {
    return new URL(value).origin === value;
  } catch {
    return false;
  }
};

/** comma-separated origins a browser page may call the API from; none by default */
const origins = z.string().default('').transform((list) => list.split(',').map((o) => o.trim()).filter((o) => o.length > 0))
  .pipe(z.array(z.string().refine(isOrigin, 'comma-separated origins such as https://app.example.cn (scheme://host[:port], lower case, no path)')));
/** comma-separated role names of src/auth/roles.ts (spaces around a name ignored, a repeat kept once); at least one */
const roleList = (fallback: readonly Role[]) => z.string().default(fallback.join(',')).transform((list, ctx): Role[] => {
  const names = [...new Set(list.split(',').map((r) => r.trim()).filter((r) => r !== ''))];
  const unknown = names.filter((r) => !isRole(r));
  if (unknown.length > 0 || names.length === 0) {
    const problem = unknown.length > 0 ? `unknown role ${unknown.map((r) => JSON.stringify(r)).join(', ')}` : 'no role named';
    ctx.addIssue({ code: 'custom', message: `${problem}; expected comma-separated roles of src/auth/roles.ts (${ROLES.join(', ')})` });
    return z.NEVER;
  }
  return names.filter(isRole);
});

/** Everything the service reads from the environment; a wrong value stops start-up naming the variable. */
export const ConfigSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: port.default(3000),
  /** JSON file of policy numbers per region and year over the seeds' defaults */
  POLICY_FILE: z.string().min(1).optional(),
  /** JSON file adding or correcting years of the working-day calendar */
  CALENDAR_FILE: z.string().min(1).optional(),
  /** /ready, the log and GET /calendar warn from this many days before the working-day calendar ends */
  /** the CJK font embedded in PDFs (a .ttf, .otf or .ttc); default the Debian fonts-wqy-zenhei file */
  PDF_FONT: z.string().min(1).optional(),
  CALENDAR_WARNING_DAYS: z.coerce.number().int().min(0).max(366).default(DEFAULT_CALENDAR_WARNING_DAYS),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  EVENT_STORE: z.enum(['sqlite', 'postgres', 'kurrentdb', 'memory']).default('sqlite'),
  SQLITE_PATH: z.string().min(1).default('./data/events.db'),
  SQLITE_SYNCHRONOUS: z.enum(['FULL', 'NORMAL']).default('FULL'),
  PG_URL: z.string().url().default('postgres://postgres@127.0.0.1:5432/postgres'),
  PG_SCHEMA: z.string().regex(/^[a-z_][a-z0-9_]{0,62}$/, 'a lower-case SQL identifier').default('eventstore'),
  /** HS256 secret that verifies bearer tokens; the development default is refused in production */
  AUTH_JWT_SECRET: z.string().min(32, 'at least 32 characters').default(DEV_JWT_SECRET),
  /** a PEM public key (RSA → RS256, EC → ES256) of the identity provider, instead of the secret */
  AUTH_JWT_PUBLIC_KEY: z.string().includes('BEGIN PUBLIC KEY', { message: 'a PEM public key' }).optional(),
  /** the identity provider's JWKS address, instead of the secret */
  AUTH_JWKS_URL: z.string().url().optional(),
  AUTH_AUDIENCE: z.string().min(1).default('fupin-workflow'),
  /** master key of personal data (src/privacy): 32 bytes as base64 or 64 hex digits; required in production */
  PERSONAL_DATA_KEY: z.string().refine((v) => { try { parseMasterKey(v); return true; } catch { return false; } }, '32 bytes as base64 or 64 hex digits').optional(),
  AUTH_ISSUER: z.string().min(1).optional(),
  /** roles that see resident ID numbers in full (answers, the approval form); every other role sees them masked */
  FULL_ID_ROLES: roleList(DEFAULT_FULL_ID_ROLES),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  /** how often the notice timer looks for notices that have ended */
  TIMER_INTERVAL_MS: z.coerce.number().int().min(100).max(3_600_000).default(5000),
  /** SSE heartbeat period of GET /feed/stream */
  FEED_HEARTBEAT_MS: z.coerce.number().int().min(1000).max(300_000).default(15_000),
  /** concurrent SSE streams per token subject */
  FEED_MAX_STREAMS_PER_TOKEN: z.coerce.number().int().min(1).max(1000).default(4),
  /** how long a ticket of POST /feed/stream-tickets may be used (once) to open GET /feed/stream */
  FEED_STREAM_TICKET_TTL_MS: z.coerce.number().int().min(1000).max(600_000).default(60_000),
  /** origins whose pages may call the API (CORS); empty: none, the API answers same-origin pages and non-browser clients only */
  CORS_ORIGINS: origins,
  /** how often the webhook worker looks for due deliveries; 0 turns delivery off in this instance (run it in one) */
  WEBHOOK_INTERVAL_MS: z.coerce.number().int().min(0).max(3_600_000).default(1000),
  /** a webhook request not answered within this is a failed attempt */
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  KURRENTDB_URL: z.string().regex(/^(kurrentdb|esdb|kdb)(\+discover)?:\/\//, 'a kurrentdb:// connection string').optional(),
  /** seconds the identity provider's clock and ours may disagree (a token is taken this long past exp / before nbf) */
  AUTH_CLOCK_TOLERANCE_S: z.coerce.number().int().min(0).max(300).default(DEFAULT_CLOCK_TOLERANCE_S),
  /** a JWKS request not answered within this fails the token (401) instead of holding the request */
  AUTH_JWKS_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5000),
  /** failed authentications (bad token or stream ticket) an address may have a minute before it is answered 429 */
  AUTH_FAILURES_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(60),
  /** the bearer token Prometheus sends for GET /metrics; without it (and without METRICS_PORT) /metrics is public */
  METRICS_TOKEN: z.string().min(16, 'at least 16 characters').optional(),
  /** serve GET /metrics on this port (of METRICS_HOST) instead of the API's */
  METRICS_PORT: port.optional(),
  METRICS_HOST: z.string().min(1).default('127.0.0.1'),
  /** comma-separated addresses or CIDR ranges of reverse proxies whose X-Forwarded-For names the client address */
  TRUST_PROXY: z.string().default('').transform((list) => list.split(',').map((t) => t.trim()).filter((t) => t !== '')),
  /** webhooks to plain http:// (development and tests; refused in production) */
  WEBHOOK_ALLOW_HTTP: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
  /** comma-separated host names, addresses or CIDR ranges webhooks may reach although internal (loopback, private) */
  WEBHOOK_ALLOWED_TARGETS: z.string().default('').transform((list) => list.split(',').map((t) => t.trim()).filter((t) => t !== '')),
  /** 32 bytes, base64 (openssl rand -base64 32): seals webhook secrets kept outside the event log; required in production */
  SECRETS_MASTER_KEY: z.string().refine((v) => Buffer.from(v, 'base64').length === 32, '32 bytes, base64-encoded (openssl rand -base64 32)').optional(),
  /**
   * one master key from which the two below are derived (HKDF-SHA256, a label each), so an office keeps one secret:
   * 32 bytes as base64 or 64 hex digits. PERSONAL_DATA_KEY or SECRETS_MASTER_KEY, when given, win over it (a
   * deployment that started with its own keys keeps them: data sealed under a key is opened only by that key).
   */
  MASTER_KEY: z.string().refine((v) => { try { return keyBytes(v).length === 32; } catch { return false; } }, '32 bytes as base64 or 64 hex digits').optional(),
  /** where sealed secrets are kept when the store is not the embedded one (PostgreSQL, KurrentDB) */
  SECRETS_FILE: z.string().min(1).default('./data/sealed-secrets.json'),
});

export type Config = z.infer<typeof ConfigSchema>;

/** 32 bytes from 64 hex digits or base64 */
const keyBytes = (text: string): Buffer => (/^[0-9a-fA-F]{64}$/.test(text) ? Buffer.from(text, 'hex') : Buffer.from(text, 'base64'));

/** a key of its own for each use, derived from MASTER_KEY: one leaked derived key reveals neither the master nor the other */
const derivedKey = (master: string, label: string): Buffer => Buffer.from(hkdfSync('sha256', keyBytes(master), Buffer.alloc(0), `fupin-workflow ${label} v1`, 32));

const withDerivedKeys = (config: Config): Config => {
  if (config.MASTER_KEY === undefined) return config;
  return {
    ...config,
    PERSONAL_DATA_KEY: config.PERSONAL_DATA_KEY ?? derivedKey(config.MASTER_KEY, 'personal data').toString('hex'),
    SECRETS_MASTER_KEY: config.SECRETS_MASTER_KEY ?? derivedKey(config.MASTER_KEY, 'webhook secrets').toString('base64'),
  };
};

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

export const loadConfig = (env: Record<string, string | undefined> = process.env): Config => {
  const checked = ConfigSchema.safeParse(env);
  if (!checked.success) {
    const lines = checked.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`invalid configuration (环境变量配置错误):\n${lines.join('\n')}`);
  }
  const parsed = { data: withDerivedKeys(checked.data) };
  if (parsed.data.EVENT_STORE === 'kurrentdb' && !parsed.data.KURRENTDB_URL) {
    throw new ConfigError('invalid configuration (环境变量配置错误):\n  KURRENTDB_URL: required when EVENT_STORE=kurrentdb');
  }
  const usesSecret = !parsed.data.AUTH_JWKS_URL && !parsed.data.AUTH_JWT_PUBLIC_KEY;
  if (parsed.data.NODE_ENV === 'production' && usesSecret && parsed.data.AUTH_JWT_SECRET === DEV_JWT_SECRET) {
    throw new ConfigError('invalid configuration (环境变量配置错误):\n  AUTH_JWT_SECRET: the development secret is refused in production; set a secret of your own');
  }
  if (parsed.data.NODE_ENV === 'production' && parsed.data.WEBHOOK_ALLOW_HTTP) {
    throw new ConfigError('invalid configuration (环境变量配置错误):\n  WEBHOOK_ALLOW_HTTP: webhooks are https only in production');
  }
  if (parsed.data.NODE_ENV === 'production' && !parsed.data.SECRETS_MASTER_KEY) {
    throw new ConfigError('invalid configuration (环境变量配置错误):\n  SECRETS_MASTER_KEY: required in production (seals webhook secrets); openssl rand -base64 32');
  }
  if (parsed.data.NODE_ENV === 'production' && !parsed.data.METRICS_TOKEN && parsed.data.METRICS_PORT === undefined) {
    throw new ConfigError('invalid configuration (环境变量配置错误):\n  METRICS_TOKEN: /metrics is not public in production; set METRICS_TOKEN or METRICS_PORT');
  }
  if (parsed.data.NODE_ENV === 'production' && (parsed.data.PERSONAL_DATA_KEY ?? DEV_PERSONAL_DATA_KEY) === DEV_PERSONAL_DATA_KEY) {
    throw new ConfigError('invalid configuration (环境变量配置错误):\n  PERSONAL_DATA_KEY: required in production (the master key of personal data; README: personal data)');
  }
  return parsed.data;
};

/** how GET /metrics is reached: its own port wins over its own token; public only outside production */
export const metricsAccessOf = (config: Config): MetricsAccess =>
  config.METRICS_PORT !== undefined ? { kind: 'elsewhere' } : config.METRICS_TOKEN ? { kind: 'token', token: config.METRICS_TOKEN } : { kind: 'public' };
