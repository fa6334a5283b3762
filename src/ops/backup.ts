import { existsSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import { verifyPages } from '../audit/chain-verifier.ts';
import type { FeedReport } from '../audit/chain-verifier.ts';
import type { EventStore } from '../store/types.ts';

/**
 * Backup of the embedded store with SQLite's online backup API: a consistent copy page by page while the service
 * keeps running and writing (WAL readers do not block writers). The copy is one self-contained file (no -wal)
 * that also holds the sealed secrets table (src/secrets): back up SECRETS_MASTER_KEY separately, never beside it.
 */
export const backupSqlite = async (sourcePath: string, destinationPath: string): Promise<{ pages: number }> => {
  if (!existsSync(sourcePath)) throw new Error(`no store at ${sourcePath}`);
  if (existsSync(destinationPath)) throw new Error(`${destinationPath} exists; choose a new file (a backup never overwrites)`);
  const source = new Database(sourcePath, { readonly: true, fileMustExist: true });
  try {
    const { totalPages } = await source.backup(destinationPath);
    return { pages: totalPages };
  } finally {
    source.close();
  }
};

/** SQLite's own check of the file (b-tree structure, indexes): 'ok' or the problems it found */
export const integrityOf = (path: string): string[] => {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return (db.pragma('integrity_check') as Array<{ integrity_check: string }>).map((r) => r.integrity_check);
  } finally {
    db.close();
  }
};

/**
 * Restore: the backup file is checked (integrity) and copied into place with the backup API, so the result is a
 * clean database file. The service must be stopped; an existing store is replaced only when asked (`force`).
 */
export const restoreSqlite = async (backupPath: string, targetPath: string, options: { force?: boolean } = {}): Promise<{ pages: number }> => {
  const problems = integrityOf(backupPath).filter((r) => r !== 'ok');
  if (problems.length > 0) throw new Error(`the backup is damaged: ${problems.slice(0, 5).join('; ')}`);
  if (existsSync(targetPath)) {
    if (!options.force) throw new Error(`${targetPath} exists; stop the service and pass --force to replace it`);
    for (const file of [targetPath, `${targetPath}-wal`, `${targetPath}-shm`]) rmSync(file, { force: true });
  }
  const source = new Database(backupPath, { readonly: true, fileMustExist: true });
  try {
    const { totalPages } = await source.backup(targetPath);
    return { pages: totalPages };
  } finally {
    source.close();
  }
};

/** every hash chain of the store, walked over the whole feed as stored (the store itself, not an upcasting view) */
export const verifyChains = (store: EventStore, pageSize = 1000): Promise<FeedReport> =>
  verifyPages((after, limit) => store.readAll({ after, limit }), { pageSize });
