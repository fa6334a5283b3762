import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify';

type Paging = 'offset' | 'cursor';

const propertiesOf = (querystring: unknown): Record<string, unknown> => {
  if (typeof querystring !== 'object' || querystring === null) return {};
  const properties = (querystring as { properties?: unknown }).properties;
  return typeof properties === 'object' && properties !== null ? properties as Record<string, unknown> : {};
};

/** offset paging (offset + limit, an answer with total) or cursor paging (after + limit, an answer with nextAfter and head) */
export const pagingOf = (querystring: unknown): Paging | null => {
  const p = propertiesOf(querystring);
  if (!('limit' in p)) return null;
  if ('offset' in p) return 'offset';
  if ('after' in p) return 'cursor';
  return null;
};

/** `<path?query with these parameters replaced>; rel="next"`: a path-absolute reference to the next page, every other parameter as sent */
export const nextLink = (url: string, changes: Record<string, number>): string => {
  const q = url.indexOf('?');
  const path = q < 0 ? url : url.slice(0, q);
  const params = new URLSearchParams(q < 0 ? '' : url.slice(q + 1));
  for (const [name, value] of Object.entries(changes)) params.set(name, String(value));
  return `<${path}?${params.toString()}>; rel="next"`;
};

const numberIn = (value: unknown, key: string): number | undefined => {
  const n = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  return typeof n === 'number' && Number.isFinite(n) ? n : undefined;
};

const linkFor = (paging: Paging, request: FastifyRequest, payload: unknown): string | null => {
  const query = request.query;
  const limit = numberIn(query, 'limit');
  if (limit === undefined) return null;
  if (paging === 'offset') {
    const offset = numberIn(query, 'offset') ?? 0;
    const total = numberIn(payload, 'total');
    return total !== undefined && offset + limit < total ? nextLink(request.url, { offset: offset + limit, limit }) : null;
  }
  const nextAfter = numberIn(payload, 'nextAfter');
  const head = numberIn(payload, 'head');
  return nextAfter !== undefined && head !== undefined && nextAfter < head ? nextLink(request.url, { after: nextAfter, limit }) : null;
};

type PreSerialization = (request: FastifyRequest, reply: FastifyReply, payload: unknown) => Promise<unknown>;

/**
 * A `Link: <…>; rel="next"` header (RFC 8288) on every paged list that has a next page: the same request with the
 * next offset (lists with a total) or with after = nextAfter (the feed, until it is caught up with its head).
 * Found from the route's query schema, so a new paged list gets it too.
 */
export const registerPagingLinks = (app: FastifyInstance): void => {
  app.addHook('onRoute', (route: RouteOptions) => {
    const paging = pagingOf(route.schema?.querystring);
    if (!paging) return;
    const hook: PreSerialization = async (request, reply, payload) => {
      if (reply.statusCode === 200) {
        const link = linkFor(paging, request, payload);
        if (link) void reply.header('link', link);
      }
      return payload;
    };
    const existing = route.preSerialization;
    route.preSerialization = [...(existing === undefined ? [] : Array.isArray(existing) ? existing : [existing]), hook] as RouteOptions['preSerialization'];
  });
};
