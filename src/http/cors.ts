import cors from '@fastify/cors';
import type { FastifyInstance } from 'fastify';

/** response headers a page on another origin may read (besides the CORS-safelisted ones) */
export const EXPOSED_HEADERS = [
  'etag',
  'location',
  'link',
  'idempotent-replayed',
  'retry-after',
  'x-ratelimit-limit',
  'x-ratelimit-remaining',
  'x-ratelimit-reset',
] as const;

/** request headers such a page may send */
export const ALLOWED_HEADERS = ['authorization', 'content-type', 'idempotency-key', 'if-match', 'if-none-match', 'last-event-id'] as const;

/**
 * CORS for the configured origins only, no credentials (the API authenticates with a bearer token, never a cookie).
 * A request from any other origin, or with no Origin, gets no CORS header at all. Registered before authentication:
 * a preflight carries no token and is answered 204 here.
 */
export const registerCors = async (app: FastifyInstance, origins: readonly string[]): Promise<void> => {
  if (origins.length === 0) return;
  const allowed = new Set(origins);
  await app.register(cors, {
    origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin) ? origin : false),
    credentials: false,
    methods: ['GET', 'HEAD', 'POST', 'DELETE'],
    allowedHeaders: [...ALLOWED_HEADERS],
    exposedHeaders: [...EXPOSED_HEADERS],
    maxAge: 600,
    strictPreflight: true,
  });
};
