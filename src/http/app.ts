import Fastify from 'fastify';
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import rateLimit from '@fastify/rate-limit';
import compress from '@fastify/compress';
import { registerAuthentication } from '../auth/authenticate.ts';
import { StreamTickets } from '../auth/stream-tickets.ts';
import type { KeyResolver } from '../auth/jwt.ts';
import { auditRoutes } from '../audit/routes.ts';
import { calendarRoutes } from '../calendar/routes.ts';
import { loadDemoDirectory, regionRoutes } from '../regions/routes.ts';
import { designationRoutes } from '../designations/routes.ts';
import type { WorkingCalendar } from '../domain/calendar.ts';
import type { PolicyBook } from '../domain/policy.ts';
import { STREAM_PATH, feedRoutes } from '../feeds/routes.ts';
import type { FeedOptions } from '../feeds/options.ts';
import { webhookRoutes } from '../feeds/webhook-routes.ts';
import { householdRoutes } from '../households/routes.ts';
import { officeRoutes } from '../office/routes.ts';
import { PRINT_PREFIX, PrintLinks } from '../office/print/links.ts';
import { parseMasterKey } from '../privacy/master-key.ts';
import { dueRoutes } from '../due/routes.ts';
import { ledgerRoutes } from '../ledger/routes.ts';
import { surveyRoutes } from '../surveys/routes.ts';
import { monitoringRoutes } from '../monitoring/routes.ts';
import { managementRoutes } from '../management/routes.ts';
import { monitoringNoticesDue } from '../monitoring/notice-due.ts';
import { schemaRoutes } from '../schemas/routes.ts';
import { createServices } from '../services.ts';
import { keyVaultFor } from '../privacy/vault-for.ts';
import { erasureRoutes } from '../privacy/erasure-routes.ts';
import { accessLogRoutes, registerAccessLog } from '../privacy/access-log.ts';
import type { Services } from '../services.ts';
import type { Clock } from '../shared/clock.ts';
import type { IdGenerator } from '../shared/ids.ts';
import type { EventStore } from '../store/types.ts';
import { NoticeTimer, designationNoticesDue } from '../timers/notice-timer.ts';
import { clientErrorHandler, frameworkErrors, rateLimited, registerErrors } from './errors-plugin.ts';
import { registerSecurityHeaders } from './security-headers.ts';
import { registerConditionalReads } from './conditional.ts';
import { registerCors } from './cors.ts';
import { registerPagingLinks } from './paging-links.ts';
import { registerNumericGuard } from './query-params.ts';
import { healthRoutes } from './health.ts';
import { createMetrics, instrumentStore, registerMetrics } from './metrics.ts';
import type { Metrics } from './metrics.ts';
import { guardMetrics } from './metrics-access.ts';
import type { MetricsAccess } from './metrics-access.ts';
import { rateBucketOf } from './rate-buckets.ts';
import { openApiInfo } from './openapi-info.ts';
import { registerAnswerCheck } from './contract/answer-check.ts';
import type { AnswerViolation } from './contract/answer-check.ts';
import { API_DESCRIPTION, API_SERVERS } from './contract/document.ts';
import { TAGS, registerContract } from './contract/operation.ts';
import { SHARED_SCHEMAS } from './contract/shared.ts';
import { registerSharedSerializers } from './serializers.ts';

export interface AppDeps {
  store: EventStore;
  clock: Clock;
  newId: IdGenerator;
  newSeed: () => string;
  auth: { resolveKey: KeyResolver; audience: string; issuer?: string; clockToleranceS?: number; failuresPerMinute?: number };
  /** reverse proxies (addresses or CIDR ranges) whose X-Forwarded-For names the client: per-address limits need it */
  trustProxy?: readonly string[];
  /** how GET /metrics is reached (src/http/metrics-access.ts); public by default */
  metricsAccess?: MetricsAccess;
  /** requests per minute per token (per address when unauthenticated) */
  rateLimitPerMinute?: number;
  policies?: PolicyBook;
  /** roles that see resident ID numbers in full (FULL_ID_ROLES); by default src/households/present.ts's list */
  fullIdRoles?: Services['fullIdRoles'];
  /** the working-day calendar known at start-up (packaged data, CALENDAR_FILE); years published through the API come from the store */
  calendar?: WorkingCalendar;
  /** warn from this many days before the calendar ends (default 60) */
  calendarWarningDays?: number;
  /** load the demonstration region directory at start-up when the store holds none (main: yes; tests: when asked) */
  regionDemo?: boolean;
  /** how often the notice timer looks for due notices; 0 leaves it to the caller (tests call runDue) */
  timerIntervalMs?: number;
  /** event feed and webhook delivery tuning (src/feeds/options.ts); webhook delivery is manual unless webhooks.intervalMs > 0 */
  feeds?: FeedOptions;
  /** a pino logger; none in tests */
  logger?: FastifyBaseLogger;
  /** origins whose pages may call the API (CORS_ORIGINS); none by default */
  corsOrigins?: readonly string[];
  /** the secret of a stream ticket (POST /feed/stream-tickets): crypto-random in production; the id source if not given */
  newTicket?: () => string;
  /**
   * false: answers are serialized with JSON.stringify instead of their response schemas. Only the benchmark that
   * measures what the schemas cost sets it (bench/suite/http-read.ts); the document and validation are unchanged.
   */
  responseSchemas?: boolean;
  /** office work (issue 17): the PDF font (PDF_FONT), how long a print link lives */
  office?: { pdfFont?: string; printLinkTtlMs?: number };
  /** tests: every answer is checked against its route's declared contract, each mismatch reported here */
  checkAnswers?: (violation: AnswerViolation) => void;
  /** the master key of personal data (PERSONAL_DATA_KEY, src/privacy/master-key.ts); a development key if not given */
  personalDataKey?: Buffer;
  /** false: names and IDs stored in the clear, as before src/privacy (the benchmark's baseline only) */
  sealPersonalData?: boolean;
}

declare module 'fastify' {
  interface FastifyInstance {
    services: Services;
    noticeTimer: NoticeTimer;
    /** the registry GET /metrics answers from; main.ts serves it on METRICS_PORT when asked */
    metrics: Metrics;
  }
}

/** The whole HTTP surface, built from injected parts so tests run it in-process with a manual clock. */
export const buildApp = async (deps: AppDeps): Promise<FastifyInstance> => {
  const app = Fastify({
    ...(deps.logger ? { loggerInstance: deps.logger } : { logger: false }),
    bodyLimit: 1024 * 1024,
    // a field the schema does not name is an error (UNKNOWN_FIELD), never silently dropped: a misspelt
    // `occuredAt` must not record the step as happening now
    ajv: { customOptions: { removeAdditional: false } },
    frameworkErrors,
    exposeHeadRoutes: true, // every GET answers HEAD too
    ...(deps.trustProxy && deps.trustProxy.length > 0 ? { trustProxy: [...deps.trustProxy] } : {}),
    clientErrorHandler,
    genReqId: (() => {
      let n = 0;
      return () => `req-${(++n).toString(36)}`;
    })(),
  }).withTypeProvider<TypeBoxTypeProvider>();
  const metrics = createMetrics();
  // the data keys sit beside the store's own events (src/privacy), so the vault is picked by the store, not its metrics
  const seal = deps.sealPersonalData !== false;
  const personalData = { seal, vault: seal ? keyVaultFor(deps.store, deps.personalDataKey) : null };
  const services = createServices({ ...deps, store: instrumentStore(deps.store, metrics), personalData });
  app.addHook('onClose', async () => services.personalKeys?.close());
  const timer = new NoticeTimer(services, deps.timerIntervalMs ?? 0, [designationNoticesDue, monitoringNoticesDue],
    (refusal) => app.log.warn({ refusal }, 'the notice timer could not end a notice: the chain refused it'));
  app.decorate('services', services);
  app.decorate('noticeTimer', timer);
  app.decorate('metrics', metrics);
  registerErrors(app);
  const corsOrigins = deps.corsOrigins ?? [];
  registerSecurityHeaders(app, { crossOrigin: corsOrigins.length > 0 }); // first: a refused request gets them too
  await registerCors(app, corsOrigins); // before authentication: a preflight carries no token
  const tickets = new StreamTickets({ clock: deps.clock, newTicket: deps.newTicket ?? deps.newId, ttlMs: deps.feeds?.ticketTtlMs });
  // print links (issue 17): a sealed ticket in the URL stands for the token under /print/, so a browser can open the
  // page; its key is derived from the personal-data master key, so every instance opens every instance's links
  const printLinks = new PrintLinks({ personalDataKey: deps.personalDataKey ?? parseMasterKey(undefined), clock: deps.clock, ttlMs: deps.office?.printLinkTtlMs });
  registerAuthentication(app, { ...deps.auth, clock: deps.clock, tickets: { store: tickets, path: STREAM_PATH, purpose: 'feed.stream' }, printLinks: { verify: (url) => printLinks.verify(url), prefix: PRINT_PREFIX } });
  await app.register(rateLimit, {
    max: deps.rateLimitPerMinute ?? 600,
    timeWindow: 60_000,
    keyGenerator: rateBucketOf, // probes, docs and metrics apart from the API (src/http/rate-buckets.ts)
    errorResponseBuilder: (_request, context) => rateLimited(context.ttl, context.max),
  });
  // for every route registered from here on: its contract (operationId, answers, problems, headers: src/http/contract),
  // numeric query parameters, Link headers, conditional reads, compression
  registerContract(app);
  if (deps.responseSchemas === false) {
    app.addHook('onRoute', (route) => {
      if (route.schema) delete (route.schema as { response?: unknown }).response;
    });
  }
  registerNumericGuard(app);
  registerPagingLinks(app);
  registerConditionalReads(app);
  if (deps.checkAnswers) registerAnswerCheck(app, deps.checkAnswers);
  // answers under 1 KB are sent as they are; the SSE stream is written to the socket directly and never compressed
  await app.register(compress, { threshold: 1024, encodings: ['br', 'gzip', 'deflate'], globalDecompression: false });
  for (const schema of SHARED_SCHEMAS) app.addSchema(schema);
  registerSharedSerializers(app);
  // shared schemas keep their $id as their name in the OpenAPI document
  const document = { ...openApiInfo, info: { ...(openApiInfo.info as { title: string; version: string }), description: API_DESCRIPTION }, servers: API_SERVERS, tags: [...TAGS] };
  await app.register(swagger, { openapi: document, refResolver: { buildLocalReference: (json, _base, _fragment, i) => (typeof json.$id === 'string' ? json.$id : `def-${i}`) } });
  await app.register(swaggerUi, { routePrefix: '/docs' });
  await app.register(healthRoutes, { services, timer });
  const metricsAccess = deps.metricsAccess ?? { kind: 'public' };
  if (metricsAccess.kind === 'token') guardMetrics(app, metricsAccess.token);
  registerMetrics(app, metrics, services, () => deps.clock.now(), { route: metricsAccess.kind !== 'elsewhere' });
  registerAccessLog(app, services); // before the routes whose reads it records
  await app.register(householdRoutes, { services });
  await app.register(erasureRoutes, { services });
  await app.register(accessLogRoutes, { services });
  await app.register(designationRoutes, { services });
  await app.register(monitoringRoutes, { services });
  await app.register(auditRoutes, { services });
  await app.register(schemaRoutes);
  await app.register(feedRoutes, { services, options: deps.feeds, tickets });
  await app.register(webhookRoutes, { services, options: deps.feeds });
  await app.register(calendarRoutes, { services, intervalMs: deps.timerIntervalMs ?? 0 });
  await app.register(officeRoutes, { services, pdfFont: deps.office?.pdfFont, printLinks }); // import, export, tables, search, printed forms, jobs (issue 17)
  await app.register(regionRoutes, { services });
  await app.register(managementRoutes, { services }); // after the card: 分类帮扶、动态管理 (issue 14)
  await app.register(dueRoutes, { due: services.due, clock: deps.clock, regions: services.regions }); // duties coming due (issues 14, 15)
  await app.register(ledgerRoutes, { services }); // the problem rectification ledger, campaigns, listed villages (issue 15)
  await app.register(surveyRoutes, { services, pdfFont: deps.office?.pdfFont }); // questionnaires, field surveys, data quality (issue 16)
  // read models (and so due notices) are rebuilt from the feed before the first request is served
  app.addHook('onReady', async () => {
    await services.projector.start();
    // a store without a region directory gets the demonstration one (src/regions/demo.ts), so forms print names
    if (deps.regionDemo) await loadDemoDirectory(services);
    timer.start();
  });
  app.addHook('onClose', async () => {
    await timer.stop();
    await services.projector.stop();
  });
  return app;
};
