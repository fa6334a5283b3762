import type { EventStore, RecordedEvent } from '../store/types.ts';
import type { EventMatcher } from './filter.ts';

export interface FilteredPage {
  events: RecordedEvent[];
  /** the checkpoint to continue from: the last event looked at, matched or not (≥ after) */
  nextAfter: number;
  /** events looked at */
  scanned: number;
}

/**
 * Up to `limit` matching events after a checkpoint, in feed order. The feed is read in pages and at most
 * `scanBudget` events are looked at, so a narrow filter over a long feed answers in bounded time with fewer (or no)
 * events and a `nextAfter` past what it skipped: the caller continues from there.
 */
export const readFiltered = async (
  store: Pick<EventStore, 'readAll'>,
  matches: EventMatcher,
  options: { after: number; limit: number; scanBudget?: number; pageSize?: number },
): Promise<FilteredPage> => {
  const pageSize = options.pageSize ?? 500;
  const budget = options.scanBudget ?? 10_000;
  const events: RecordedEvent[] = [];
  let cursor = options.after;
  let scanned = 0;
  while (events.length < options.limit && scanned < budget) {
    const want = Math.min(pageSize, budget - scanned);
    const page = await store.readAll({ after: cursor, limit: want });
    for (const event of page) {
      scanned += 1;
      cursor = event.position;
      if (await matches(event)) {
        events.push(event);
        if (events.length === options.limit) break;
      }
    }
    if (page.length < want) break; // the end of the feed
  }
  return { events, nextAfter: cursor, scanned };
};
