import { excludeSystemEvents } from '@kurrent/kurrentdb-client';
import type { AllStreamResolvedEvent, AllStreamSubscription, KurrentDBClient } from '@kurrent/kurrentdb-client';
import type { RecordedEvent, SubscribeOptions, Subscription } from '../types.ts';
import { ourEvent, readPositionAfter } from './mapping.ts';

/**
 * Our Subscription over KurrentDB's catch-up subscription to $all: the server reads from the checkpoint, then
 * switches to live delivery by itself, in commit order and without repeats. Its start position is exclusive, as
 * our `after` is. System events are filtered out on the server (event types starting with '$'); events in
 * system streams and events not written by this store are skipped here. The checkpoint also guards against a
 * repeat, as in the SQL adapters. `pageSize` bounds the events buffered ahead of a slow consumer.
 *
 * The gRPC subscription is opened on the first pull, so that an error is never raised before there is a
 * consumer to receive it. A broken connection ends the iteration with the client's error; resubscribe from the
 * last position seen.
 */
export const kurrentSubscription = (client: KurrentDBClient, options: SubscribeOptions = {}, onEnd: () => void = () => undefined): Subscription => {
  let checkpoint = options.after ?? 0;
  const fromPosition = readPositionAfter(checkpoint);
  let closed = false;
  let source: AllStreamSubscription | undefined;
  let stopping: Promise<void> | undefined;

  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      const s = source;
      if (!s) return;
      await s.unsubscribe().catch(() => undefined);
      s.destroy();
    })();
    return stopping;
  };

  async function* events(): AsyncGenerator<RecordedEvent> {
    if (closed) return;
    source = client.subscribeToAll(
      { fromPosition, filter: excludeSystemEvents() },
      { highWaterMark: Math.max(1, options.pageSize ?? 500) },
    );
    try {
      for await (const resolved of source as AsyncIterable<AllStreamResolvedEvent>) {
        if (closed) return;
        const event = ourEvent(resolved.event);
        if (!event || event.position <= checkpoint) continue;
        checkpoint = event.position;
        yield event;
      }
      if (!closed) throw new Error('KurrentDB ended the $all subscription');
    } catch (err) {
      // closing destroys the source stream under the pending read: that ends the iteration, it is no failure
      if (!closed) throw err;
    } finally {
      await stop();
      onEnd();
    }
  }

  const iterator = events();
  return {
    [Symbol.asyncIterator]: () => iterator,
    async close() {
      closed = true;
      await stop();
      await iterator.return(undefined);
      onEnd();
    },
  };
};
