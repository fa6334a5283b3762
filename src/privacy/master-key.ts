import { createHash } from 'node:crypto';

/**
 * The master key that wraps every household's data key (PERSONAL_DATA_KEY: 32 bytes as base64 or 64 hex digits).
 * It never sits in the database next to what it protects: a copy of the database file alone reveals no name.
 * Outside production a fixed development key is used so `npm start` works; config refuses it in production.
 */
export const DEV_PERSONAL_DATA_KEY = 'development-only-personal-data-key-do-not-use-in-production';

export const parseMasterKey = (text: string | undefined): Buffer => {
  if (text === undefined || text === '' || text === DEV_PERSONAL_DATA_KEY) return createHash('sha256').update(DEV_PERSONAL_DATA_KEY).digest();
  if (/^[0-9a-fA-F]{64}$/.test(text)) return Buffer.from(text, 'hex');
  const bytes = Buffer.from(text, 'base64');
  if (bytes.length !== 32) throw new Error('PERSONAL_DATA_KEY must be 32 bytes, as base64 or 64 hex digits');
  return bytes;
};
