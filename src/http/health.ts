import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { EventStore } from '../store/types.ts';

const Health = Type.Object({ status: Type.Literal('ok'), store: Type.String(), headPosition: Type.Integer() });

/** Liveness: 200 once the service is listening with its store open. */
export const healthRoutes: FastifyPluginAsyncTypebox<{ store: EventStore }> = async (app, { store }) => {
  app.get('/health', {
    schema: { tags: ['operations'], summary: 'Service health', response: { 200: Health } },
  }, async () => ({ status: 'ok' as const, store: store.kind, headPosition: await store.headPosition() }));
};
