import Fastify from 'fastify';
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Clock } from '../shared/clock.ts';
import type { EventStore } from '../store/types.ts';
import { registerErrors } from './errors-plugin.ts';
import { healthRoutes } from './health.ts';
import { openApiInfo } from './openapi-info.ts';

export interface AppDeps {
  store: EventStore;
  clock: Clock;
  /** a pino logger; none in tests */
  logger?: FastifyBaseLogger;
}

/** The whole HTTP surface, built from injected parts so tests run it in-process with a manual clock. */
export const buildApp = async (deps: AppDeps): Promise<FastifyInstance> => {
  const app = Fastify({
    ...(deps.logger ? { loggerInstance: deps.logger } : { logger: false }),
    bodyLimit: 1024 * 1024,
    genReqId: (() => {
      let n = 0;
      return () => `req-${(++n).toString(36)}`;
    })(),
  }).withTypeProvider<TypeBoxTypeProvider>();
  registerErrors(app);
  await app.register(swagger, { openapi: openApiInfo });
  await app.register(swaggerUi, { routePrefix: '/docs' });
  await app.register(healthRoutes, { store: deps.store });
  return app;
};
