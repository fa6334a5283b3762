import { resolve } from 'node:path';
import type { Config } from '../config/config.ts';
import { DEV_SECRETS_MASTER_KEY, masterKeyOf } from './secret-box.ts';
import { fileSecrets, memorySecrets, sqliteSecrets } from './secret-store.ts';
import type { SecretStore } from './secret-store.ts';

/**
 * Where sealed secrets live: a table of the embedded store's own file (one file to back up), a file next to an
 * external store, memory for the in-memory store. The master key comes from the environment (a KMS or HSM would
 * hand it over at start-up instead); outside production a fixed development key stands in.
 */
export const secretStoreFor = (config: Config): SecretStore => {
  const key = masterKeyOf(config.SECRETS_MASTER_KEY ?? DEV_SECRETS_MASTER_KEY);
  switch (config.EVENT_STORE) {
    case 'sqlite': return sqliteSecrets(resolve(config.SQLITE_PATH), key);
    case 'memory': return memorySecrets(key);
    default: return fileSecrets(resolve(config.SECRETS_FILE), key);
  }
};
