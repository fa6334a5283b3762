import type { FastifyRequest } from 'fastify';

/**
 * Which bucket of the rate limit a request counts against. Probes, the API documentation and the metrics scrape
 * each have their own per address, so a busy Prometheus or a stuck health checker cannot make the API (or the
 * documentation) answer 429, and a client hammering the API cannot make the probes fail.
 */
export const rateBucketOf = (request: FastifyRequest): string => {
  const path = request.url.split('?')[0] ?? '';
  if (path === '/health' || path === '/ready') return `probe:${request.ip}`;
  if (path === '/metrics') return `metrics:${request.ip}`;
  if (path === '/docs' || path.startsWith('/docs/')) return `docs:${request.ip}`;
  return request.identity ? `token:${request.identity.id}` : `address:${request.ip}`;
};
