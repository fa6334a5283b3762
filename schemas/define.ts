import type { TSchema } from 'typebox';
import type { JsonObject } from '../src/shared/json.ts';

/**
 * One version of one event type: the shape of its `data`, and — for every version but the newest — the pure step
 * that turns its data into the next version's (an upcaster). Stored events are never rewritten: readers get an
 * upcast copy (src/store/upcasting.ts).
 */
export interface EventSchema {
  type: string;
  version: number;
  /** the chain whose streams carry it: 'four-card', 'household', 'lists', … */
  chain: string;
  /** 中文 / English */
  title: string;
  description: string;
  data: TSchema;
  /** data of this version → data of version + 1; pure, returns a copy */
  upcast?: (data: JsonObject) => JsonObject;
}

export const defineEvent = (chain: string) => (type: string, version: number, title: string, description: string, data: TSchema, upcast?: EventSchema['upcast']): EventSchema =>
  ({ type, version, chain, title, description, data, ...(upcast ? { upcast } : {}) });
