import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { SecretBox } from './secret-box.ts';
import type { SealedSecret } from './secret-box.ts';

/**
 * Secrets kept outside the event log (webhook signing secrets): events name a secret by reference only, the secret
 * itself is sealed with the master key (SECRETS_MASTER_KEY) and stored here. A reference is written once; rotation
 * writes a new reference. Synchronous: the embedded store's table is local, the file is read once.
 */
export interface SecretStore {
  put(ref: string, secret: string): void;
  get(ref: string): string | undefined;
  close(): void;
}

interface Backend {
  write(ref: string, sealed: SealedSecret): void;
  read(ref: string): SealedSecret | undefined;
  close(): void;
}

const over = (box: SecretBox, backend: Backend): SecretStore => ({
  put: (ref, secret) => backend.write(ref, box.seal(ref, secret)),
  get: (ref) => {
    const sealed = backend.read(ref);
    return sealed ? box.open(ref, sealed) : undefined;
  },
  close: () => backend.close(),
});

/** tests and the in-memory event store */
export const memorySecrets = (masterKey: Buffer): SecretStore => {
  const rows = new Map<string, SealedSecret>();
  return over(new SecretBox(masterKey), { write: (ref, s) => void rows.set(ref, s), read: (ref) => rows.get(ref), close: () => {} });
};

/**
 * A table of the embedded store's database file (not an event stream: never in the feed, never hashed, so a
 * secret can be replaced or removed). Its own connection: the store's writer thread owns the event tables.
 */
export const sqliteSecrets = (path: string, masterKey: Buffer): SecretStore => {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  db.exec('CREATE TABLE IF NOT EXISTS sealed_secrets (ref TEXT PRIMARY KEY, nonce BLOB NOT NULL, ciphertext BLOB NOT NULL, tag BLOB NOT NULL)');
  const write = db.prepare('INSERT OR REPLACE INTO sealed_secrets (ref, nonce, ciphertext, tag) VALUES (?, ?, ?, ?)');
  const read = db.prepare<[string], { nonce: Buffer; ciphertext: Buffer; tag: Buffer }>('SELECT nonce, ciphertext, tag FROM sealed_secrets WHERE ref = ?');
  return over(new SecretBox(masterKey), {
    write: (ref, s) => void write.run(ref, s.nonce, s.ciphertext, s.tag),
    read: (ref) => read.get(ref),
    close: () => { if (db.open) db.close(); },
  });
};

/** PostgreSQL and KurrentDB deployments: a JSON file of sealed secrets (SECRETS_FILE), rewritten atomically */
export const fileSecrets = (path: string, masterKey: Buffer): SecretStore => {
  type Row = { nonce: string; ciphertext: string; tag: string };
  const rows = new Map<string, Row>(existsSync(path) ? Object.entries(JSON.parse(readFileSync(path, 'utf8')) as Record<string, Row>) : []);
  return over(new SecretBox(masterKey), {
    write: (ref, s) => {
      rows.set(ref, { nonce: s.nonce.toString('base64'), ciphertext: s.ciphertext.toString('base64'), tag: s.tag.toString('base64') });
      writeFileSync(`${path}.tmp`, JSON.stringify(Object.fromEntries(rows)), { mode: 0o600 });
      renameSync(`${path}.tmp`, path);
    },
    read: (ref) => {
      const r = rows.get(ref);
      return r ? { nonce: Buffer.from(r.nonce, 'base64'), ciphertext: Buffer.from(r.ciphertext, 'base64'), tag: Buffer.from(r.tag, 'base64') } : undefined;
    },
    close: () => {},
  });
};
