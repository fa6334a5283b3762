import type { JsonObject } from '../shared/json.ts';
import type { RecordedEvent } from './types.ts';

/**
 * An event's `data` as the store holds it — UTF-8 JSON — for events an adapter decodes only when `data` is first
 * read (the sqlite adapter, for large data). A read model that indexes a few fields of a large event can keep these
 * bytes rather than the decoded object and decode on first use: rebuilding a county's households then parses no
 * registration that nobody asks for, and the bytes take less memory than the objects.
 */
const STORED_JSON = Symbol('the stored JSON of data');

export const storedDataJson = (event: RecordedEvent): Uint8Array | undefined => (event as { [STORED_JSON]?: Uint8Array })[STORED_JSON];

const utf8 = new TextDecoder();
export const decodeJson = (json: Uint8Array): JsonObject => JSON.parse(utf8.decode(json)) as JsonObject;

/**
 * The event with `data` decoded from `json` on first read: an own, enumerable property, in the same place as in
 * every other event, so that spreads, JSON and integrators see the same event.
 */
export const withLazyData = (e: Omit<RecordedEvent, 'data'>, json: Uint8Array): RecordedEvent => {
  let data: JsonObject | undefined;
  const lazy: RecordedEvent = {
    id: e.id, stream: e.stream, revision: e.revision, position: e.position, type: e.type,
    get data() {
      data ??= decodeJson(json);
      return data;
    },
    metadata: e.metadata, prevHash: e.prevHash, hash: e.hash,
  };
  // not enumerable: spreads, JSON and equality checks see the event as it is; a WeakMap cost four times as much
  Object.defineProperty(lazy, STORED_JSON, { value: json });
  return lazy;
};
