import { createHash } from 'node:crypto';
import type { JsonValue } from '../shared/json.ts';
import type { RecordedEvent } from './types.ts';

export const GENESIS_HASH = '0'.repeat(64);

/**
 * Canonical JSON: object keys sorted by code unit, no whitespace, numbers as ECMAScript prints them
 * (the same rules as RFC 8785 for the values we store). Equal facts give equal bytes on every adapter,
 * whatever key order a database hands back (PostgreSQL's jsonb reorders keys).
 */
// a string JSON.stringify would write unchanged between quotes: no quote, backslash, control or surrogate code unit
// eslint-disable-next-line no-control-regex -- control characters are exactly what must be escaped
const PLAIN = /^[^"\\\u0000-\u001f\ud800-\udfff]*$/;
const quoted = (text: string): string => (PLAIN.test(text) ? `"${text}"` : JSON.stringify(text));

export const canonicalJson = (value: JsonValue): string => {
  if (typeof value === 'string') return quoted(value);
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  // loops and concatenation rather than map/join: this runs for every event appended and verified
  let out: string;
  if (Array.isArray(value)) {
    out = '[';
    for (let i = 0; i < value.length; i++) out += (i === 0 ? '' : ',') + canonicalJson(value[i] as JsonValue);
    return `${out}]`;
  }
  const keys = Object.keys(value).sort();
  out = '{';
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    const inner = value[key];
    if (inner === undefined) continue; // as JSON.stringify does: data went through JSON before it is hashed
    out += (out.length === 1 ? '' : ',') + quoted(key) + ':' + canonicalJson(inner);
  }
  return `${out}}`;
};

type Hashed = Pick<RecordedEvent, 'id' | 'stream' | 'revision' | 'type' | 'data' | 'metadata' | 'prevHash'>;

/**
 * The global position is not hashed: KurrentDB assigns it only at commit. verify() checks instead that
 * positions rise with revisions, and the SQL stores keep positions gapless.
 */
export const eventHash = (event: Hashed): string =>
  hashOfCanonical(event, canonicalJson(event.data), canonicalJson(event.metadata as unknown as JsonValue));

/** the hash, given the canonical JSON of the event's data and metadata (computed once by whoever has it) */
export const hashOfCanonical = (event: Omit<Hashed, 'data' | 'metadata'>, data: string, metadata: string): string => {
  // the canonical form of { id, stream, revision, type, data, metadata, prevHash }, its keys written in sorted order
  const body = `{"data":${data},"id":${quoted(event.id)},"metadata":${metadata},` +
    `"prevHash":${quoted(event.prevHash)},"revision":${JSON.stringify(event.revision)},"stream":${quoted(event.stream)},"type":${quoted(event.type)}}`;
  return createHash('sha256').update(body).digest('hex');
};
