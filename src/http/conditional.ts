import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify';

const ENTITY_TAG = /(?:W\/)?"[^"]*"/g;

/** If-None-Match (RFC 9110 §13.1.2): `*` or a list of entity tags, compared weakly (W/ ignored) */
export const ifNoneMatchHits = (header: string, etag: string): boolean => {
  if (header.trim() === '*') return true;
  const opaque = etag.replace(/^W\//, '');
  for (const tag of header.match(ENTITY_TAG) ?? []) if (tag.replace(/^W\//, '') === opaque) return true;
  return false;
};

/** adds a field name to Vary, once */
export const addVary = (reply: FastifyReply, field: string): void => {
  const current = reply.getHeader('vary');
  const names = typeof current === 'string' ? current.split(',').map((v) => v.trim()).filter((v) => v.length > 0) : [];
  if (names.includes('*') || names.some((v) => v.toLowerCase() === field.toLowerCase())) return;
  reply.header('vary', [...names, field].join(', '));
};

type OnSend = (request: FastifyRequest, reply: FastifyReply, payload: unknown) => Promise<unknown>;

const notModified: OnSend = async (request, reply, payload) => {
  if (reply.statusCode !== 200) return payload;
  const etag = reply.getHeader('etag');
  if (typeof etag !== 'string') return payload;
  addVary(reply, 'authorization');
  if (!reply.hasHeader('cache-control')) void reply.header('cache-control', 'private, no-cache');
  const asked = request.headers['if-none-match'];
  if (asked === undefined || !ifNoneMatchHits(asked, etag)) return payload;
  void reply.code(304);
  reply.removeHeader('content-type');
  // a HEAD's content-length (set by Fastify's HEAD handler, just before) is the 200's length: a 304 may keep it
  if (request.method !== 'HEAD') reply.removeHeader('content-length');
  return null;
};

/**
 * Conditional reads: a GET (or HEAD) answered 200 with an ETag — a household, a designation, a monitoring case, a
 * webhook: the ETag is the record's revision — is answered 304 with no body when If-None-Match names that tag.
 * What a record shows depends on who asks (resident IDs are masked for most roles), so such answers vary by
 * Authorization and a cache must ask again before reusing one (private, no-cache).
 *
 * A route hook, added before compression's: on a HEAD route it runs after Fastify's HEAD handler (which cannot
 * take the null payload of a 304), on both before the payload is compressed.
 */
export const registerConditionalReads = (app: FastifyInstance): void => {
  app.addHook('onRoute', (route: RouteOptions) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    if (!methods.includes('GET') && !methods.includes('HEAD')) return;
    const existing = route.onSend;
    route.onSend = [...(existing === undefined ? [] : Array.isArray(existing) ? existing : [existing]), notModified] as RouteOptions['onSend'];
  });
};
