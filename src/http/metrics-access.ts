import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { ProblemError } from '../shared/problem.ts';

/**
 * How GET /metrics is reached: `public` (development), behind a bearer token of its own (METRICS_TOKEN, what a
 * Prometheus scrape config's `authorization` sends), or `elsewhere`: not on the API port at all but on a port of its
 * own (METRICS_PORT), for a network only the monitoring system reaches.
 */
export type MetricsAccess = { kind: 'public' } | { kind: 'token'; token: string } | { kind: 'elsewhere' };

const digest = (value: string) => createHash('sha256').update(value).digest();

/** the bearer token of /metrics, compared in constant time (digests, so the lengths are equal too) */
export const guardMetrics = (app: FastifyInstance, token: string): void => {
  const expected = digest(token);
  app.addHook('onRequest', async (request) => {
    if ((request.url.split('?')[0] ?? '') !== '/metrics') return;
    const given = /^bearer +(\S+) *$/i.exec(request.headers.authorization ?? '')?.[1];
    if (given !== undefined && timingSafeEqual(digest(given), expected)) return;
    throw new ProblemError(401, 'UNAUTHENTICATED', '未登录或登录凭证无效', 'Missing or invalid metrics token (METRICS_TOKEN)');
  });
};
