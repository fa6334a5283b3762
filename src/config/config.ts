import { z } from 'zod';

const port = z.coerce.number().int().min(0).max(65535);

/** Everything the service reads from the environment; a wrong value stops start-up naming the variable. */
export const ConfigSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: port.default(3000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  EVENT_STORE: z.enum(['sqlite', 'postgres', 'kurrentdb', 'memory']).default('sqlite'),
  SQLITE_PATH: z.string().min(1).default('./data/events.db'),
  SQLITE_SYNCHRONOUS: z.enum(['FULL', 'NORMAL']).default('FULL'),
  PG_URL: z.string().url().default('postgres://postgres@127.0.0.1:5432/postgres'),
  PG_SCHEMA: z.string().regex(/^[a-z_][a-z0-9_]{0,62}$/, 'a lower-case SQL identifier').default('eventstore'),
  KURRENTDB_URL: z.string().regex(/^(kurrentdb|esdb|kdb)(\+discover)?:\/\//, 'a kurrentdb:// connection string').optional(),
});

export type Config = z.infer<typeof ConfigSchema>;

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

export const loadConfig = (env: Record<string, string | undefined> = process.env): Config => {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`invalid configuration (环境变量配置错误):\n${lines.join('\n')}`);
  }
  if (parsed.data.EVENT_STORE === 'kurrentdb' && !parsed.data.KURRENTDB_URL) {
    throw new ConfigError('invalid configuration (环境变量配置错误):\n  KURRENTDB_URL: required when EVENT_STORE=kurrentdb');
  }
  return parsed.data;
};
