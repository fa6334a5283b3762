import type { ServerResponse } from 'node:http';
import type { RecordedEvent, Subscription } from '../store/types.ts';
import type { EventMatcher } from './filter.ts';
import type { OpenStream } from './stream-registry.ts';

/** `id:` the global position (what EventSource sends back as Last-Event-ID), `event:` the type, `data:` the event as stored */
export const frameOf = (event: RecordedEvent): string =>
  `id: ${event.position}\nevent: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`;

export const HEARTBEAT = ': heartbeat\n\n';

/**
 * One SSE client: pumps a store subscription (catch-up, then live) through a filter into the response.
 *
 * Memory is bounded per client, however slow it reads: the store subscription reads the feed one page at a time
 * (`pageSize` events) and is only asked for the next event once the previous frame was handed to the socket; when
 * `write` reports the socket buffer full (above its highWaterMark) the pump stops pulling until 'drain'. So one
 * client holds at most one page of events + one socket buffer (+ one frame over the mark) — never the backlog.
 * A slow client therefore costs commands nothing: appends never wait on a reader, and a reader that does not read
 * simply stops reading the store. The number of clients is bounded by the per-token cap (StreamRegistry).
 */
export class SseStream implements OpenStream {
  /** frames written, and the position of the last one: observable by tests and operators */
  sent = 0;
  lastPosition: number;
  readonly done: Promise<void>;
  #ended = false;
  readonly #heartbeat: NodeJS.Timeout;
  readonly #onEnd: () => void;
  readonly #onError: (error: unknown) => void;

  constructor(
    private readonly res: ServerResponse,
    private readonly subscription: Subscription,
    private readonly matches: EventMatcher,
    options: { after: number; heartbeatMs: number; onEnd: () => void; onError: (error: unknown) => void },
  ) {
    this.lastPosition = options.after;
    this.#onEnd = options.onEnd;
    this.#onError = options.onError;
    res.on('close', () => void this.end()); // the client went away: close the subscription
    res.on('error', () => void this.end()); // a write to a socket that just died: same
    this.#heartbeat = setInterval(() => {
      // a comment line; skipped while the socket is backed up (the client is alive but slow, and bytes would pile up)
      if (!this.#ended && !res.writableNeedDrain) res.write(HEARTBEAT);
    }, options.heartbeatMs);
    this.#heartbeat.unref();
    this.done = this.#pump();
  }

  async end(): Promise<void> {
    if (this.#ended) return;
    this.#ended = true;
    clearInterval(this.#heartbeat);
    this.#onEnd();
    await this.subscription.close();
    if (!this.res.writableEnded) this.res.end();
  }

  async #pump(): Promise<void> {
    try {
      for await (const event of this.subscription) {
        if (this.#ended) break;
        if (!(await this.matches(event))) continue;
        if (this.#ended) break;
        this.sent += 1;
        this.lastPosition = event.position;
        if (!this.res.write(frameOf(event))) await this.#drained(); // backpressure: pull nothing more until drained
      }
    } catch (error) {
      this.#onError(error);
    } finally {
      await this.end();
    }
  }

  #drained(): Promise<void> {
    if (this.#ended) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        this.res.off('drain', done);
        this.res.off('close', done);
        resolve();
      };
      this.res.on('drain', done);
      this.res.on('close', done);
    });
  }
}
