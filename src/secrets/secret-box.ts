import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** what is stored of a secret: AES-256-GCM under the master key, bound to its reference (AAD) */
export interface SealedSecret {
  nonce: Buffer;
  ciphertext: Buffer;
  tag: Buffer;
}

/** for development and tests only; production refuses to start without SECRETS_MASTER_KEY (src/config/config.ts) */
export const DEV_SECRETS_MASTER_KEY = Buffer.alloc(32, 7).toString('base64');

/** the master key from the environment: 32 bytes, base64 */
export const masterKeyOf = (base64: string): Buffer => {
  const key = Buffer.from(base64, 'base64');
  if (key.length !== 32) throw new Error('SECRETS_MASTER_KEY must be 32 bytes, base64-encoded (openssl rand -base64 32)');
  return key;
};

/**
 * Seals and opens secrets with the master key. The reference is authenticated data: a sealed secret copied to
 * another reference does not open. The nonce is random (96 bits): the count of secrets sealed under one key is tiny.
 */
export class SecretBox {
  readonly #key: Buffer;
  constructor(masterKey: Buffer) {
    if (masterKey.length !== 32) throw new Error('the master key must be 32 bytes');
    this.#key = masterKey;
  }

  seal(ref: string, secret: string): SealedSecret {
    const nonce = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.#key, nonce).setAAD(Buffer.from(ref, 'utf8'));
    const ciphertext = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
    return { nonce, ciphertext, tag: cipher.getAuthTag() };
  }

  /** throws when the key is wrong or the stored bytes were altered */
  open(ref: string, sealed: SealedSecret): string {
    const decipher = createDecipheriv('aes-256-gcm', this.#key, sealed.nonce).setAAD(Buffer.from(ref, 'utf8'));
    decipher.setAuthTag(sealed.tag);
    return Buffer.concat([decipher.update(sealed.ciphertext), decipher.final()]).toString('utf8');
  }
}
