import type { Clock } from '../shared/clock.ts';
import type { JsonObject, JsonValue } from '../shared/json.ts';
import { storedDataJson } from '../store/stored-json.ts';
import type { EventStore, NewEvent, RecordedEvent, Subscription } from '../store/types.ts';
import { open, seal } from './cipher.ts';
import type { KeyVault } from './key-vault.ts';
import { erased, householdOf, personalEntries, withValues } from './personal-fields.ts';
import type { FieldPath } from './personal-fields.ts';

/**
 * Crypto-shredding as a layer of the store: on append, an event's personal values (personal-fields.ts) are taken
 * out of `data` and put, encrypted with their household's data key, into `data.$sealed`; what the store hashes and
 * keeps is that, so the hash chain covers the ciphertext and verifies without any key. On read the values are put
 * back where they were — the engine, the invariants and every read model see the facts as entered — or, once the
 * household's key is destroyed, the erased marks (a name `（已删除）`, a resident ID null).
 *
 * Events written before this layer hold their personal values in the clear: they are read as they are, and once
 * their household is erased they read as erased too; their bytes stay in the file (events are never rewritten),
 * which `npm run migrate:personal-data` reports (docs: README, personal data).
 */
export const SEALED = '$sealed';
/** the event an erasure records in the household's stream; its append destroys the key */
export const ERASURE_EVENT = 'HouseholdPersonalDataErased';

export interface Sealed {
  /** the household (subject) whose key sealed it */
  s: string;
  /** where each value goes back: not personal, they say only which fields are sealed */
  p: FieldPath[];
  /** nonce ‖ AES-256-GCM ciphertext of the JSON array of values ‖ tag, base64 */
  c: string;
}

const MARK = Buffer.from(`"${SEALED}"`);

/** the sealed part of a stored event, if any */
export const sealedOf = (e: RecordedEvent): Sealed | undefined => {
  const bytes = storedDataJson(e);
  if (bytes && !Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(MARK)) return undefined;
  const raw = e.data[SEALED];
  return raw === undefined ? undefined : raw as unknown as Sealed;
};

/** the sealed values of a stored event with their paths, or null once the key is destroyed (load it first) */
export const openSealed = (e: RecordedEvent, sealed: Sealed, vault: KeyVault): [FieldPath, JsonValue][] | null => {
  const key = vault.peek(sealed.s);
  if (key === undefined || key === 'destroyed') return null;
  const values = JSON.parse(open(key, Buffer.from(sealed.c, 'base64'), e.stream).toString('utf8')) as JsonValue[];
  return sealed.p.map((p, i) => [p, values[i] ?? null]);
};

export interface SealedStore extends EventStore {
  /** the events as stored (ciphertext): for hash verification and audit */
  readonly stored: EventStore;
  readonly vault: KeyVault;
}

export const sealedStore = (inner: EventStore, vault: KeyVault, clock: Clock): SealedStore => {
  /** a designation's household, for events of its stream that do not repeat it (a revised declaration) */
  const householdOfStream = new Map<string, string>();
  const subjectOf = async (stream: string, data: JsonObject): Promise<string | undefined> => {
    const named = householdOf(stream, data);
    if (named !== undefined) {
      // a household's own stream names it: only the others' need remembering (not 200,000 entries for a county)
      if (!stream.startsWith('household-')) householdOfStream.set(stream, named);
      return named;
    }
    const known = householdOfStream.get(stream);
    if (known !== undefined) return known;
    const [first] = await inner.readStream(stream, { limit: 1 });
    const found = first && householdOf(stream, first.data);
    if (found !== undefined) householdOfStream.set(stream, found);
    return found;
  };

  const sealEvent = async (stream: string, e: NewEvent): Promise<NewEvent> => {
    const entries = personalEntries(e.data);
    if (entries.length === 0) return e;
    const subject = await subjectOf(stream, e.data);
    if (subject === undefined) return e;
    const key = await vault.obtain(subject, clock.now().toISOString());
    const paths = entries.map(([p]) => p);
    // an erased household's facts are never stored again, in the clear or otherwise
    if (key === null) return { ...e, data: erased(e.data, paths) };
    const values = Buffer.from(JSON.stringify(entries.map(([, v]) => v)), 'utf8');
    const sealed: Sealed = { s: subject, p: paths, c: seal(key, values, stream).toString('base64') };
    const data = withValues(e.data, paths.map((p) => [p, undefined]));
    return { ...e, data: { ...data, [SEALED]: sealed as unknown as JsonValue } };
  };

  const isSealed = (e: RecordedEvent): boolean => {
    const bytes = storedDataJson(e);
    // a sqlite event not parsed yet stays unparsed unless it holds a seal: a rebuild parses no more than before
    return bytes ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(MARK) : SEALED in e.data;
  };

  const openEvent = (e: RecordedEvent, legacySubject: string | undefined): RecordedEvent => {
    if (!isSealed(e)) {
      if (legacySubject === undefined || !vault.isDestroyed(legacySubject)) return e;
      return { ...e, data: erased(e.data, personalEntries(e.data).map(([p]) => p)) };
    }
    const { [SEALED]: raw, ...rest } = e.data;
    const sealed = raw as unknown as Sealed;
    const values = openSealed(e, sealed, vault);
    return { ...e, data: values === null ? erased(rest, sealed.p) : withValues(rest, values) };
  };

  /** legacy events (plaintext) of an erased household must read as erased: which household, when any is erased */
  const mayHoldLegacy = (e: RecordedEvent) => vault.anyDestroyed && !isSealed(e) && (e.stream.startsWith('household-') || e.stream.startsWith('designation-'));

  const openAll = async (events: RecordedEvent[]): Promise<RecordedEvent[]> => {
    await vault.load(events.filter(isSealed).map((e) => (e.data[SEALED] as unknown as Sealed).s));
    const legacy = new Map<RecordedEvent, string | undefined>();
    for (const e of events) if (mayHoldLegacy(e)) legacy.set(e, await subjectOf(e.stream, e.data));
    return events.map((e) => openEvent(e, legacy.get(e)));
  };

  return {
    kind: inner.kind,
    stored: inner,
    vault,
    append: async (stream, events, options) => {
      const sealed: NewEvent[] = [];
      for (const e of events) sealed.push(await sealEvent(stream, e));
      const result = await inner.append(stream, sealed, options);
      // the erasure is recorded first, then the key destroyed: a crash between leaves a recorded erasure whose key
      // the next erasure request (idempotent) destroys; never a destroyed key without its record
      for (const e of events) if (e.type === ERASURE_EVENT) await vault.destroy(householdOf(stream, e.data) ?? stream, clock.now().toISOString());
      return { ...result, events: await openAll(result.events) };
    },
    readStream: async (stream, options) => openAll(await inner.readStream(stream, options)),
    readAll: async (options) => openAll(await inner.readAll(options)),
    headPosition: () => inner.headPosition(),
    subscribe: (options): Subscription => {
      const sub = inner.subscribe(options);
      return {
        async *[Symbol.asyncIterator]() {
          for await (const e of sub) {
            const [opened] = await openAll([e]);
            if (opened) yield opened;
          }
        },
        close: () => sub.close(),
      };
    },
    verify: (stream) => inner.verify(stream),
    close: async () => {
      await inner.close();
      await vault.close();
    },
  };
};
