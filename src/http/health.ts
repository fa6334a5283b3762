import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { calendarStatus } from '../calendar/status.ts';
import type { Services } from '../services.ts';
import type { NoticeTimer } from '../timers/notice-timer.ts';
import { operation } from './contract/operation.ts';

const Health = Type.Object({ status: Type.Literal('ok'), store: Type.String(), headPosition: Type.Integer() });
const Ready = Type.Object({
  status: Type.Union([Type.Literal('ready'), Type.Literal('not-ready')]),
  store: Type.Boolean(),
  timers: Type.Boolean(),
  projectionLag: Type.Integer(),
  /** the last day of the working-day calendar's unbroken run of known years from today */
  calendarKnownUntil: Type.Union([Type.String({ format: 'date' }), Type.Null()]),
  /** days from today (China date) to calendarKnownUntil; negative once it has ended */
  calendarDaysAhead: Type.Integer(),
  /** what an operator should act on before it fails anything (readiness does not depend on them) */
  warnings: Type.Array(Type.Object({
    code: Type.String(),
    message_zh: Type.String(),
    message_en: Type.String(),
    knownUntil: Type.Optional(Type.Union([Type.String({ format: 'date' }), Type.Null()])),
    daysAhead: Type.Optional(Type.Integer()),
    nextYear: Type.Optional(Type.Integer()),
  })),
});

/**
 * Liveness (/health) and readiness (/ready: the store answers and the timers run). /ready also says how far ahead the
 * working-day calendar is known, with a warning from CALENDAR_WARNING_DAYS before it ends: an instance whose
 * calendar ends can still serve everything but working-day notices reaching the unknown year, so it stays ready.
 */
export const healthRoutes: FastifyPluginAsyncTypebox<{ services: Services; timer: NoticeTimer }> = async (app, { services, timer }) => {
  app.get('/health', {
    schema: operation({ id: 'getHealth', tag: 'operations', zh: '存活检查', en: 'Liveness: 200 once the service listens with its store open', answers: { 200: Health }, public: true }),
  }, async () => ({ status: 'ok' as const, store: services.store.kind, headPosition: services.projector.position }));

  app.get('/ready', {
    schema: operation({ id: 'getReadiness', tag: 'operations', zh: '就绪检查：事件库可用、公示计时器运行', en: 'Readiness: the store answers and the notice timer runs', answers: { 200: Ready, 503: Ready }, public: true }),
  }, async (_request, reply) => {
    const head = await services.store.headPosition().then((p) => p, () => null);
    const body = { store: head !== null, timers: timer.healthy, projectionLag: head === null ? -1 : Math.max(0, head - services.projector.position) };
    const ready = body.store && body.timers;
    const calendar = calendarStatus(services);
    const warnings = calendar.warning
      ? [{ code: calendar.warning.code, message_zh: calendar.warning.zh, message_en: calendar.warning.en, knownUntil: calendar.warning.knownUntil, daysAhead: calendar.warning.daysAhead, nextYear: calendar.warning.nextYear }]
      : [];
    return reply.status(ready ? 200 : 503).send({
      status: ready ? 'ready' as const : 'not-ready' as const, ...body, calendarKnownUntil: calendar.knownUntil, calendarDaysAhead: calendar.daysAhead, warnings,
    });
  });
};
