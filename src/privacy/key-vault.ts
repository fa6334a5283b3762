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

/** the slot of a destroyed key */
const DESTROYED = -1;
const KEY_BYTES = 32;
const KEYS_PER_CHUNK = 4096;

/**
 * The unwrapped keys in chunks of 32-byte slots: a county's 200,000 keys as Buffers of their own would be 200,000
 * objects with backing stores (some 600 bytes each); as slots they are 32 bytes and a map entry. A destroyed key's
 * slot is overwritten with zeros.
 */
class KeySlots {
  readonly #chunks: Buffer[] = [];
  #next = 0;

  put(key: Buffer): number {
    const slot = this.#next++;
    const chunk = Math.floor(slot / KEYS_PER_CHUNK);
    if (chunk === this.#chunks.length) this.#chunks.push(Buffer.alloc(KEY_BYTES * KEYS_PER_CHUNK));
    key.copy(this.#chunk(slot), (slot % KEYS_PER_CHUNK) * KEY_BYTES);
    return slot;
  }

  get(slot: number): Buffer {
    const at = (slot % KEYS_PER_CHUNK) * KEY_BYTES;
    return this.#chunk(slot).subarray(at, at + KEY_BYTES);
  }

  wipe(slot: number): void {
    this.get(slot).fill(0);
  }

  #chunk(slot: number): Buffer {
    const chunk = this.#chunks[Math.floor(slot / KEYS_PER_CHUNK)];
    if (!chunk) throw new Error(`no key slot ${slot}`);
    return chunk;
  }
}

export class KeyVault {
  /** a subject's key slot, or DESTROYED */
  readonly #keys = new Map<string, number>();
  readonly #slots = new KeySlots();
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
    const slot = this.#keys.get(subject);
    if (slot !== undefined && slot !== DESTROYED) this.#slots.wipe(slot);
    this.#keys.set(subject, DESTROYED);
    this.#destroyed.add(subject);
  }

  #unwrap(subject: string, wrapped: Buffer | null): Buffer | 'destroyed' {
    if (wrapped === null) return 'destroyed';
    return open(this.#wrapKey, wrapped, `data-key:${subject}`);
  }

  #keep(subject: string, key: Buffer): Buffer {
    if (key.byteLength !== KEY_BYTES) throw new Error('a data key is 32 bytes');
    const slot = this.#slots.put(key);
    key.fill(0);
    this.#keys.set(subject, slot);
    return this.#slots.get(slot);
  }

  /** the cached state: a key (a view of its slot: use it at once), destroyed, or not loaded (call load) */
  peek(subject: string): Buffer | 'destroyed' | undefined {
    const slot = this.#keys.get(subject);
    if (slot === undefined) return undefined;
    return slot === DESTROYED ? 'destroyed' : this.#slots.get(slot);
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
      // another load may have brought it in while this one waited
      if (this.#keys.has(s)) continue;
      const state = this.#unwrap(s, wrapped);
      if (state === 'destroyed') this.#forget(s);
      else this.#keep(s, state);
    }
  }

  /** the subject's key, made (and stored before any event uses it) when it has none; null once destroyed */
  async obtain(subject: string, at: string): Promise<Buffer | null> {
    await this.load([subject]);
    const known = this.peek(subject);
    if (known === 'destroyed') return null;
    if (known) return known;
    const key = newDataKey();
    const row = await this.rows.insert(subject, seal(this.#wrapKey, key, `data-key:${subject}`), at);
    key.fill(0);
    const state = this.#unwrap(subject, row);
    if (state === 'destroyed') {
      this.#forget(subject);
      return null;
    }
    // another obtain of the same subject may have kept it while this one waited: the table's row is the key
    const kept = this.peek(subject);
    if (kept !== undefined) return kept === 'destroyed' ? null : kept;
    return this.#keep(subject, state);
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
