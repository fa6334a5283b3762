import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { OutgoingHttpHeaders } from 'node:http';
import { Type } from 'typebox';
import type { StreamTickets } from '../auth/stream-tickets.ts';
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
const tooManyTickets = () =>
  new ProblemError(429, 'TOO_MANY_TICKETS', '未使用的事件流票据过多，请先使用或等待其过期', 'Too many unused stream tickets; use them or let them expire first');

export const STREAM_PATH = '/feed/stream';

const SSE_HEADERS: OutgoingHttpHeaders = {
  'content-type': 'text/event-stream; charset=utf-8',
  'cache-control': 'no-cache, no-transform',
};

const TicketAnswer = Type.Object({
  ticket: Type.String(),
  purpose: Type.Literal('feed.stream'),
  expiresAt: Type.String({ format: 'date-time' }),
  url: Type.String({ description: 'the stream URL with the ticket: add after/types/chains/region as needed' }),
});

/** The event feed for integrators and oversight: a live SSE stream and a paged pull, with the same filters. */
export const feedRoutes: FastifyPluginAsyncTypebox<{ services: Services; options?: FeedOptions; tickets: StreamTickets }> = unencapsulated(async (app, { services, options, tickets }) => {
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

  app.post('/feed/stream-tickets', {
    schema: {
      tags: ['feed'],
      summary: `A single-use ticket to open GET ${STREAM_PATH}?ticket=… (an EventSource cannot send the Authorization header): valid for a short while (FEED_STREAM_TICKET_TTL_MS), for your token's identity only`,
      response: { 201: TicketAnswer },
    },
  }, async (request, reply) => {
    const { identity } = authorizeFeed(request, 'feed.read');
    const issued = tickets.issue(identity, 'feed.stream', request.credentialExpiresAt);
    if (!issued) throw tooManyTickets();
    return reply.status(201).header('cache-control', 'no-store').send({ ...issued, url: `${STREAM_PATH}?ticket=${encodeURIComponent(issued.ticket)}` });
  });

  app.get(STREAM_PATH, {
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
    // HEAD: what a GET would answer, without opening the stream
    if (request.method === 'HEAD') return reply.headers(SSE_HEADERS).send();

    // from here to streams.add nothing awaits: the room just checked cannot be taken meanwhile
    reply.hijack();
    const res = reply.raw;
    // the headers set so far (security, CORS) are not sent by a hijacked reply unless written here
    const set: OutgoingHttpHeaders = {};
    for (const [name, value] of Object.entries(reply.getHeaders())) if (value !== undefined) set[name] = value;
    res.writeHead(200, {
      ...set,
      ...SSE_HEADERS,
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
