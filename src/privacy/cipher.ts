import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

/**
 * AES-256-GCM, the only cipher here: a fresh 96-bit nonce per message, the 128-bit tag appended, and associated
 * data that binds a ciphertext to where it belongs (a data key to its household, a sealed field set to its event's
 * stream), so a ciphertext moved elsewhere does not decrypt.
 */
const NONCE = 12;
const TAG = 16;

export const seal = (key: Buffer, plaintext: Buffer, aad: string): Buffer => {
  const nonce = randomBytes(NONCE);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([nonce, body, cipher.getAuthTag()]);
};

export const open = (key: Buffer, sealed: Buffer, aad: string): Buffer => {
  const nonce = sealed.subarray(0, NONCE);
  const tag = sealed.subarray(sealed.length - TAG);
  const decipher = createDecipheriv('aes-256-gcm', key, nonce);
  decipher.setAAD(Buffer.from(aad, 'utf8'));
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(sealed.subarray(NONCE, sealed.length - TAG)), decipher.final()]);
};

/** a key for one use derived from the master key, so the master key itself encrypts nothing but data keys */
export const deriveKey = (master: Buffer, use: string): Buffer => createHmac('sha256', master).update(`fupin:${use}`).digest();

/** fresh data key material (node:crypto's CSPRNG: a key is a secret, not a seeded draw of src/shared/random.ts) */
export const newDataKey = (): Buffer => randomBytes(32);
