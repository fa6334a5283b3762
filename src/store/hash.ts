import { createHash } from 'node:crypto';
import type { JsonValue } from '../shared/json.ts';
import type { RecordedEvent } from './types.ts';

export const GENESIS_HASH = '0'.repeat(64);

/**
 * Canonical JSON: object keys sorted by code unit, no whitespace, numbers as ECMAScript prints them
 * (the same rules as RFC 8785 for the values we store). Equal facts give equal bytes on every adapter,
 * whatever key order a database hands back (PostgreSQL's jsonb reorders keys).
 */
export const canonicalJson = (value: JsonValue): string => {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const keys = Object.keys(value).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k] as JsonValue)}`).join(',')}}`;
};

type Hashed = Pick<RecordedEvent, 'id' | 'stream' | 'revision' | 'type' | 'data' | 'metadata' | 'prevHash'>;

/**
 * The global position is not hashed: KurrentDB assigns it only at commit. verify() checks instead that
 * positions rise with revisions, and the SQL stores keep positions gapless.
 */
export const eventHash = (event: Hashed): string => {
  const body: JsonValue = {
    id: event.id,
    stream: event.stream,
    revision: event.revision,
    type: event.type,
    data: event.data,
    metadata: event.metadata as unknown as JsonValue,
    prevHash: event.prevHash,
  };
  return createHash('sha256').update(canonicalJson(body)).digest('hex');
};
