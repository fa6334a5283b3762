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
import { FeedPageAnswer, TicketAnswer } from './answer-schemas.ts';
import { operation } from '../http/contract/operation.ts';
import { feedView, purposeOf } from '../privacy/feed-view.ts';
import type { ProblemRef } from '../http/contract/problems.ts';

const FEED_PROBLEMS: readonly ProblemRef[] = ['FORBIDDEN_ROLE', 'REGION_OUTSIDE_JURISDICTION'];

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

/** The event feed for integrators and oversight: a live SSE stream and a paged pull, with the same filters. */
export const feedRoutes: FastifyPluginAsyncTypebox<{ services: Services; options?: FeedOptions; tickets: StreamTickets }> = unencapsulated(async (app, { services, options, tickets }) => {
  const { options: resolved, regions, stored: store } = feedContext(services, options);
  const streams = new StreamRegistry(resolved.maxStreamsPerToken);
  app.decorate('feedStreams', streams);
  // open streams would keep the server from closing: end them (and their subscriptions) first
  app.addHook('preClose', async () => streams.endAll());

  app.get('/feed', {
    schema: {
      ...operation({
        id: 'readFeed', tag: 'feed', zh: '分页读取事件流（批量对接）', en: 'The event feed, paged: events after a position, filtered (batch integrators)',
        about: ['传回 nextAfter 作为 after 继续读取；nextAfter 等于 head 时已读完。事件按原样给出（未升级），可自行校验哈希链。', 'Pass `nextAfter` back as `after` (or follow the Link header); you are caught up when nextAfter equals head. Events are handed out exactly as stored (not upcast), so the hash chain can be checked. At most 10 000 events are scanned per request: a narrow filter may answer fewer events than `limit`, but nextAfter always moves on.'],
        answers: { 200: FeedPageAnswer }, problems: FEED_PROBLEMS,
      }),
      querystring: PullQuery,
    },
  }, async (request) => {
    const { identity } = authorizeFeed(request, 'feed.read');
    const matches = matcherFor(filterOf(request.query, identity.jurisdiction), regions);
    const page = await readFiltered(feedView(store, services.personalKeys, purposeOf(identity)), matches, { after: request.query.after ?? 0, limit: request.query.limit ?? 100 });
    // read last, so head ≥ nextAfter: "caught up" is nextAfter === head
    return { events: page.events, nextAfter: page.nextAfter, head: await store.headPosition() };
  });

  app.post('/feed/stream-tickets', {
    schema: operation({
      id: 'issueStreamTicket', tag: 'feed', zh: '申请事件流票据（供 EventSource 使用，一次性）', en: `A single-use ticket to open GET ${STREAM_PATH}?ticket=…`,
      about: ['EventSource 不能发送 Authorization 头：先用令牌申请票据，再用票据打开事件流。票据一次有效，FEED_STREAM_TICKET_TTL_MS 内使用，身份与申请时的令牌相同。', `An EventSource cannot send the Authorization header: ask for a ticket with the token, then open ${STREAM_PATH}?ticket=… with it, once, within FEED_STREAM_TICKET_TTL_MS, as the token's identity.`],
      answers: { 201: TicketAnswer }, problems: [...FEED_PROBLEMS, 'TOO_MANY_TICKETS'],
      example: { ticket: 'tkt_3q2Y9xVb7LwN', purpose: 'feed.stream', expiresAt: '2026-04-03T01:01:00.000Z', url: '/feed/stream?ticket=tkt_3q2Y9xVb7LwN' },
    }),
  }, async (request, reply) => {
    const { identity } = authorizeFeed(request, 'feed.read');
    const issued = tickets.issue(identity, 'feed.stream', request.credentialExpiresAt);
    if (!issued) throw tooManyTickets();
    return reply.status(201).header('cache-control', 'no-store').send({ ...issued, url: `${STREAM_PATH}?ticket=${encodeURIComponent(issued.ticket)}` });
  });

  app.get(STREAM_PATH, {
    schema: {
      ...operation({
        id: 'streamFeed', tag: 'feed', zh: '实时事件流（Server-Sent Events）', en: 'The event feed over Server-Sent Events: from a position (after / Last-Event-ID), then live',
        about: ['每个事件：id 为全局位置，event 为事件类型，data 为原样存储的事件 JSON；每 FEED_HEARTBEAT_MS 一行 `: heartbeat`。重连时 Last-Event-ID 优先于 after。', 'Each event is `id: <position>`, `event: <type>`, `data: <the stored event as JSON>`; a `: heartbeat` comment every FEED_HEARTBEAT_MS. On reconnection the Last-Event-ID header wins over `after`. A browser opens it with a ticket (POST /feed/stream-tickets) instead of the Authorization header; a spent ticket is 401.'],
        answers: { 200: { media: 'text/event-stream', schema: Type.String({ description: 'id: <position>\nevent: <type>\ndata: <stored event JSON>\n\n …' }), description: '事件流 · The event stream' } },
        problems: [...FEED_PROBLEMS, 'TOO_MANY_STREAMS'],
      }),
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
    const stream: SseStream = new SseStream(res, feedView(store, services.personalKeys, purposeOf(identity)).subscribe({ after, pageSize: resolved.streamPageSize }), matches, {
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
