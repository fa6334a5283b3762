import { deriveKey, newDataKey, open, seal } from './cipher.ts';

/**
 * Data keys, one per household (subject), kept outside the event log and wrapped (encrypted) with a key derived from
 * the master key. Destroying one is erasure (crypto-shredding, PIPL art. 47): the ciphertext in the events stays,
 * hashed and verifiable, and nobody can read it again. A destroyed key leaves a tombstone (the subject, no key), so
 * a reader knows the person was erased rather than never sealed, and a new key is never made for them.
 *
 * Where the wrapped keys live is the adapter's (memory, a table in the sqlite file, a table in PostgreSQL); the
 * unwrapped keys are cached in the process, and the cache is what the sealed store reads synchronously.
 */
export interface KeyRows {
  /** the wrapped keys of these subjects (null: destroyed); subjects without a row are absent */
  fetch(subjects: readonly string[]): Promise<Map<string, Buffer | null>>;
  /** inserts the wrapped key unless the subject has a row already; returns the row now there (another writer's wins) */
  insert(subject: string, wrapped: Buffer, at: string): Promise<Buffer | null>;
  /** replaces the key by a tombstone; the bytes are overwritten, not just unlinked */
  destroy(subject: string, at: string): Promise<void>;
  /** every subject whose key was destroyed */
  destroyed(): Promise<string[]>;
  close(): Promise<void>;
}

export class KeyVault {
  readonly #keys = new Map<string, Buffer | 'destroyed'>();
  readonly #destroyed = new Set<string>();
  readonly #wrapKey: Buffer;

  #ready: Promise<void> | undefined;
  /** the server key of feed tokens (src/privacy/feed-view.ts): the same value, the same token, never the value */
  readonly tokenKey: Buffer;
  /** the server key of resident-ID claims (src/households/resident-claim.ts): a claim's stream name gives no ID back */
  readonly claimKey: Buffer;

  constructor(readonly rows: KeyRows, master: Buffer) {
    this.#wrapKey = deriveKey(master, 'wrap-data-keys');
    this.tokenKey = deriveKey(master, 'feed-tokens');
    this.claimKey = deriveKey(master, 'resident-claims');
  }

  /** every tombstone, read once before the first use (few: one per erased household) */
  ready(): Promise<void> {
    this.#ready ??= this.rows.destroyed().then((subjects) => {
      for (const s of subjects) this.#forget(s);
    });
    return this.#ready;
  }

  #forget(subject: string) {
    this.#keys.set(subject, 'destroyed');
    this.#destroyed.add(subject);
  }

  #unwrap(subject: string, wrapped: Buffer | null): Buffer | 'destroyed' {
    if (wrapped === null) return 'destroyed';
    return open(this.#wrapKey, wrapped, `data-key:${subject}`);
  }

  /** the cached state: a key, destroyed, or not loaded (call load) */
  peek(subject: string): Buffer | 'destroyed' | undefined {
    return this.#keys.get(subject);
  }

  isDestroyed(subject: string): boolean {
    return this.#destroyed.has(subject);
  }

  get anyDestroyed(): boolean {
    return this.#destroyed.size > 0;
  }

  /** brings the keys of these subjects into the cache (one query for what is missing) */
  async load(subjects: Iterable<string>): Promise<void> {
    await this.ready();
    const missing = [...new Set(subjects)].filter((s) => !this.#keys.has(s));
    if (missing.length === 0) return;
    for (const [s, wrapped] of await this.rows.fetch(missing)) {
      if (wrapped === null) this.#forget(s);
      else this.#keys.set(s, this.#unwrap(s, wrapped));
    }
  }

  /** the subject's key, made (and stored before any event uses it) when it has none; null once destroyed */
  async obtain(subject: string, at: string): Promise<Buffer | null> {
    await this.load([subject]);
    const known = this.#keys.get(subject);
    if (known === 'destroyed') return null;
    if (known) return known;
    const key = newDataKey();
    const row = await this.rows.insert(subject, seal(this.#wrapKey, key, `data-key:${subject}`), at);
    const state = this.#unwrap(subject, row);
    if (state === 'destroyed') {
      this.#forget(subject);
      return null;
    }
    this.#keys.set(subject, state);
    return state;
  }

  /** erasure: the key is gone for good, here and in the table */
  async destroy(subject: string, at: string): Promise<void> {
    await this.ready();
    await this.rows.destroy(subject, at);
    this.#forget(subject);
  }

  close(): Promise<void> {
    return this.rows.close();
  }
}

/** the memory store's keys: as long-lived as its events */
export class MemoryKeyRows implements KeyRows {
  readonly #rows = new Map<string, Buffer | null>();
  fetch(subjects: readonly string[]) {
    return Promise.resolve(new Map(subjects.flatMap((s) => (this.#rows.has(s) ? [[s, this.#rows.get(s) ?? null] as const] : []))));
  }
  insert(subject: string, wrapped: Buffer) {
    if (!this.#rows.has(subject)) this.#rows.set(subject, wrapped);
    return Promise.resolve(this.#rows.get(subject) ?? null);
  }
  destroy(subject: string) {
    this.#rows.get(subject)?.fill(0);
    this.#rows.set(subject, null);
    return Promise.resolve();
  }
  destroyed() {
    return Promise.resolve([...this.#rows].filter(([, w]) => w === null).map(([s]) => s));
  }
  close() {
    return Promise.resolve();
  }
}
