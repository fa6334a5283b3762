import type { FastifyInstance } from 'fastify';

/**
 * The response headers @fastify/helmet sets by default, without a Content-Security-Policy (the docs UI needs inline
 * scripts). They never vary, so they are one object set once per reply: helmet computes them on every request, which
 * cost more per command than the whole authentication.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'origin-agent-cluster': '?1',
  'referrer-policy': 'no-referrer',
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'x-dns-prefetch-control': 'off',
  'x-download-options': 'noopen',
  'x-frame-options': 'SAMEORIGIN',
  'x-permitted-cross-domain-policies': 'none',
  'x-xss-protection': '0',
});

/**
 * The same with `cross-origin-resource-policy: cross-origin`, for a service that names CORS origins: their pages
 * read its answers (what they may read is still decided by CORS, per origin).
 */
export const CROSS_ORIGIN_SECURITY_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  ...SECURITY_HEADERS,
  'cross-origin-resource-policy': 'cross-origin',
});

export const registerSecurityHeaders = (app: FastifyInstance, options: { crossOrigin?: boolean } = {}): void => {
  const headers = options.crossOrigin ? CROSS_ORIGIN_SECURITY_HEADERS : SECURITY_HEADERS;
  app.addHook('onRequest', (_request, reply, done) => {
    reply.headers(headers);
    done();
  });
};
