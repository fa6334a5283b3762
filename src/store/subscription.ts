import type { AppendNotifier } from './notifier.ts';
import type { ReadAllOptions, RecordedEvent, SubscribeOptions, Subscription } from './types.ts';

export interface FeedSource {
  readAll(options: ReadAllOptions): Promise<RecordedEvent[]>;
  notifier: AppendNotifier;
  /** how long to wait without a notification before reading again (writers in other processes) */
  pollMs: number;
}

/**
 * Catch-up then live, over any store whose readAll only returns events no earlier position can still join
 * (each adapter guarantees that). The checkpoint only moves forward, so an event is never yielded twice, and
 * at most one page is held in memory, however far behind the consumer is.
 */
export const catchUpSubscription = (source: FeedSource, options: SubscribeOptions = {}): Subscription => {
  const abort = new AbortController();
  const pageSize = options.pageSize ?? 500;
  let checkpoint = options.after ?? 0;

  async function* events(): AsyncGenerator<RecordedEvent> {
    while (!abort.signal.aborted) {
      const since = source.notifier.version;
      const page = await source.readAll({ after: checkpoint, limit: pageSize });
      for (const event of page) {
        if (abort.signal.aborted) return;
        if (event.position <= checkpoint) continue;
        checkpoint = event.position;
        yield event;
      }
      if (page.length < pageSize) await source.notifier.wait(abort.signal, source.pollMs, since);
    }
  }

  const iterator = events();
  return {
    [Symbol.asyncIterator]: () => iterator,
    async close() {
      abort.abort();
      await iterator.return(undefined);
    },
  };
};
