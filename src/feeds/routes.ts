import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Services } from '../services.ts';
import { ProblemError } from '../shared/problem.ts';
import { authorizeFeed } from './access.ts';
import { feedContext, unencapsulated } from './context.ts';
import { matcherFor } from './filter.ts';
import type { FeedOptions } from './options.ts';
import { readFiltered } from './page.ts';
import { PullQuery, StreamHeaders, StreamQuery, filterOf } from './query.ts';
import { SseStream } from './sse.ts';
import { StreamRegistry } from './stream-registry.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** the open SSE streams of this process */
    feedStreams: StreamRegistry;
  }
}

const tooManyStreams = (max: number) =>
  new ProblemError(429, 'TOO_MANY_STREAMS', `同一凭证最多同时打开 ${max} 个事件流`, `At most ${max} concurrent streams per token`, { max });

/** The event feed for integrators and oversight: a live SSE stream and a paged pull, with the same filters. */
export const feedRoutes: FastifyPluginAsyncTypebox<{ services: Services; options?: FeedOptions }> = unencapsulated(async (app, { services, options }) => {
  const { options: resolved, regions, stored: store } = feedContext(services, options);
  const streams = new StreamRegistry(resolved.maxStreamsPerToken);
  app.decorate('feedStreams', streams);
  // open streams would keep the server from closing: end them (and their subscriptions) first
  app.addHook('preClose', async () => streams.endAll());

  app.get('/feed', {
    schema: { tags: ['feed'], summary: 'The event feed, paged: events after a position, filtered (batch integrators)', querystring: PullQuery },
  }, async (request) => {
    const { identity } = authorizeFeed(request, 'feed.read');
    const matches = matcherFor(filterOf(request.query, identity.jurisdiction), regions);
    const page = await readFiltered(store, matches, { after: request.query.after ?? 0, limit: request.query.limit ?? 100 });
    // read last, so head ≥ nextAfter: "caught up" is nextAfter === head
    return { events: page.events, nextAfter: page.nextAfter, head: await store.headPosition() };
  });

  app.get('/feed/stream', {
    schema: {
      tags: ['feed'],
      summary: 'The event feed over Server-Sent Events: from a position (after / Last-Event-ID), then live; id = position, event = type, data = the stored event',
      querystring: StreamQuery,
      headers: StreamHeaders,
    },
  }, async (request, reply) => {
    const { identity } = authorizeFeed(request, 'feed.read');
    const matches = matcherFor(filterOf(request.query, identity.jurisdiction), regions);
    const lastEventId = request.headers['last-event-id'];
    // a reconnecting EventSource repeats the original URL: the header it adds is the newer checkpoint
    const after = typeof lastEventId === 'string' ? Number(lastEventId) : request.query.after ?? 0;
    const token = identity.id;
    if (!streams.hasRoom(token)) throw tooManyStreams(resolved.maxStreamsPerToken);

    // from here to streams.add nothing awaits: the room just checked cannot be taken meanwhile
    reply.hijack();
    const res = reply.raw;
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no', // nginx: do not buffer the stream
    });
    res.write(': connected\n\n');
    const stream: SseStream = new SseStream(res, store.subscribe({ after, pageSize: resolved.streamPageSize }), matches, {
      after,
      heartbeatMs: resolved.heartbeatMs,
      onEnd: () => streams.release(token, stream),
      onError: (error) => request.log.error({ error }, 'feed stream failed'),
    });
    streams.add(token, stream);
    if (res.destroyed) void stream.end(); // gone before we listened for 'close'
    return reply;
  });
});
