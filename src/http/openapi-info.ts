import type { FastifyDynamicSwaggerOptions } from '@fastify/swagger';

export const openApiInfo: NonNullable<FastifyDynamicSwaggerOptions['openapi']> = {
  openapi: '3.1.0',
  info: {
    title: 'Household designation and monitoring workflow API (红黄绿蓝卡 · 防止返贫监测)',
    version: '0.1.0',
    description: 'Commands and read models of an event-sourced approval backend. Errors are application/problem+json.',
  },
  tags: [{ name: 'operations', description: 'Health and readiness' }],
  components: {
    securitySchemes: {
      // /docs shows an Authorize button for it; a development token comes from `npm run token`
      bearerAuth: {
        type: 'http',
        scheme: 'bearer',
        bearerFormat: 'JWT',
        description: 'A JWT with sub, roles and jurisdiction (HS256 with AUTH_JWT_SECRET, or the identity provider\'s RS256/ES256 key); on a development machine `npm run token -- --role … --region …`',
      },
    },
  },
  // every route needs a token unless it says `security: []` (the health probes)
  security: [{ bearerAuth: [] }],
};
