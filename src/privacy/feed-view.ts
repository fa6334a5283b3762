import { createHmac } from 'node:crypto';
import type { JsonValue } from '../shared/json.ts';
import type { EventStore, RecordedEvent, Subscription } from '../store/types.ts';
import type { KeyVault } from './key-vault.ts';
import { erasedValue, personalEntries, withValues } from './personal-fields.ts';
import type { FieldPath } from './personal-fields.ts';
import { openSealed, sealedOf } from './sealed-store.ts';

/** the token scope that lets an integrator (or a webhook subscription) receive names and resident IDs in the clear */
export const PERSONAL_DATA_SCOPE = 'personal-data';

/** 'clear': the values themselves; 'tokenised': a keyed hash of each (joinable, not reversible) */
export type FeedPurpose = 'clear' | 'tokenised';

/**
 * The feed by purpose. An event goes out as stored — `data` holds no personal value but the sealed ciphertext, so
 * its hash still verifies — with its personal values beside it, in `personal`: in the clear for a reader whose
 * token carries the `personal-data` scope, otherwise as tokens (HMAC-SHA256 with a server key of the kind and the
 * value: the same person has the same token in every event and every feed, so records join, but the token says
 * nothing of who it is). An erased person's values read erased either way.
 *
 * Events written before sealing hold their values in `data`: for a tokenised reader they are replaced there, and
 * `personal.redacted` says the event no longer matches its hash.
 */
export interface PersonalPart {
  /** JSON pointers of the values into `data`, with the value (clear, token, or the erased mark) */
  fields: { pointer: string; value: JsonValue }[];
  purpose: FeedPurpose;
  /** a pre-sealing event whose personal values in `data` were replaced by tokens: its hash is of the original */
  redacted?: true;
}

const pointerOf = (path: FieldPath) => `/${path.map((s) => String(s).replaceAll('~', '~0').replaceAll('/', '~1')).join('/')}`;

export const tokenOf = (key: Buffer, path: FieldPath, value: JsonValue): JsonValue => {
  if (typeof value !== 'string') return value;
  const field = path.at(-1);
  const kind = field === 'head' ? 'name' : String(field);
  return `tok_${createHmac('sha256', key).update(`${kind}:${value}`).digest('base64url').slice(0, 22)}`;
};

export const feedView = (stored: EventStore, vault: KeyVault | null, purpose: FeedPurpose): EventStore => {
  if (vault === null) return stored;
  const shown = (path: FieldPath, value: JsonValue): JsonValue => (purpose === 'clear' ? value : tokenOf(vault.tokenKey, path, value));
  const present = (e: RecordedEvent): RecordedEvent => {
    const sealed = sealedOf(e);
    if (sealed) {
      const values = openSealed(e, sealed, vault);
      const fields = values === null
        ? sealed.p.flatMap((p) => { const v = erasedValue(p); return v === undefined ? [] : [{ pointer: pointerOf(p), value: v }]; })
        : values.map(([p, v]) => ({ pointer: pointerOf(p), value: shown(p, v) }));
      const personal: PersonalPart = { fields, purpose };
      return { ...e, personal } as RecordedEvent;
    }
    if (purpose === 'clear' || !(e.stream.startsWith('household-') || e.stream.startsWith('designation-'))) return e;
    const entries = personalEntries(e.data);
    if (entries.length === 0) return e;
    const replaced = entries.map(([p, v]) => [p, shown(p, v)] as const);
    const personal: PersonalPart = { fields: replaced.map(([p, v]) => ({ pointer: pointerOf(p), value: v })), purpose, redacted: true };
    return { ...e, data: withValues(e.data, replaced), personal } as RecordedEvent;
  };
  const presentAll = async (events: RecordedEvent[]) => {
    await vault.load(events.flatMap((e) => sealedOf(e)?.s ?? []));
    return events.map(present);
  };
  return {
    ...stored,
    kind: stored.kind,
    readAll: async (options) => presentAll(await stored.readAll(options)),
    readStream: async (stream, options) => presentAll(await stored.readStream(stream, options)),
    headPosition: () => stored.headPosition(),
    append: (stream, events, options) => stored.append(stream, events, options),
    verify: (stream) => stored.verify(stream),
    close: () => stored.close(),
    subscribe: (options): Subscription => {
      const sub = stored.subscribe(options);
      return {
        async *[Symbol.asyncIterator]() {
          for await (const e of sub) yield (await presentAll([e]))[0] ?? e;
        },
        close: () => sub.close(),
      };
    },
  };
};

/** names and IDs in the clear only for a token that carries the scope; every other reader gets tokens */
export const purposeOf = (identity: { scopes?: readonly string[] }): FeedPurpose => (identity.scopes?.includes(PERSONAL_DATA_SCOPE) ? 'clear' : 'tokenised');
