import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Services } from '../services.ts';
import type { NoticeTimer } from '../timers/notice-timer.ts';

const Health = Type.Object({ status: Type.Literal('ok'), store: Type.String(), headPosition: Type.Integer() });
const Ready = Type.Object({
  status: Type.Union([Type.Literal('ready'), Type.Literal('not-ready')]),
  store: Type.Boolean(),
  timers: Type.Boolean(),
  projectionLag: Type.Integer(),
});

/** Liveness (/health) and readiness (/ready: the store answers and the timers run). */
export const healthRoutes: FastifyPluginAsyncTypebox<{ services: Services; timer: NoticeTimer }> = async (app, { services, timer }) => {
  app.get('/health', {
    schema: { tags: ['operations'], summary: 'Liveness: 200 once the service listens with its store open', response: { 200: Health } },
  }, async () => ({ status: 'ok' as const, store: services.store.kind, headPosition: services.projector.position }));

  app.get('/ready', {
    schema: { tags: ['operations'], summary: 'Readiness: the store answers and the notice timer runs', response: { 200: Ready, 503: Ready } },
  }, async (_request, reply) => {
    const head = await services.store.headPosition().then((p) => p, () => null);
    const body = { store: head !== null, timers: timer.healthy, projectionLag: head === null ? -1 : Math.max(0, head - services.projector.position) };
    const ready = body.store && body.timers;
    return reply.status(ready ? 200 : 503).send({ status: ready ? 'ready' as const : 'not-ready' as const, ...body });
  });
};
