import type { FastifyInstance } from 'fastify';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { calendarStatus } from '../calendar/status.ts';
import type { Services } from '../services.ts';
import type { EventStore } from '../store/types.ts';

export interface Metrics {
  registry: Registry;
  appendSeconds: Histogram<'store' | 'outcome'>;
}

/** One registry per app (tests build many apps in one process). */
export const createMetrics = (): Metrics => {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  return {
    registry,
    appendSeconds: new Histogram({ name: 'store_append_seconds', help: 'Event store append latency (group commit included)', labelNames: ['store', 'outcome'], buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1], registers: [registry] }),
  };
};

/** the store, with every append timed; everything else passes through untouched */
export const instrumentStore = (store: EventStore, metrics: Metrics): EventStore => {
  const append: EventStore['append'] = async (stream, events, options) => {
    const end = metrics.appendSeconds.startTimer({ store: store.kind });
    try {
      const result = await store.append(stream, events, options);
      end({ outcome: 'ok' });
      return result;
    } catch (error) {
      end({ outcome: error instanceof Error ? error.name : 'error' });
      throw error;
    }
  };
  return {
    kind: store.kind,
    append,
    readStream: (stream, options) => store.readStream(stream, options),
    readAll: (options) => store.readAll(options),
    headPosition: () => store.headPosition(),
    subscribe: (options) => store.subscribe(options),
    verify: (stream) => store.verify(stream),
    close: () => store.close(),
  };
};

/** GET /metrics (Prometheus text): requests by route and outcome, latency, subscription lag, timer backlog, calendar horizon. */
export const registerMetrics = (app: FastifyInstance, metrics: Metrics, services: Services, clock: () => Date, options: { route: boolean } = { route: true }): void => {
  const { registry } = metrics;
  const requests = new Counter({ name: 'http_requests_total', help: 'Requests by route, method and status (commands are POST routes)', labelNames: ['route', 'method', 'status'], registers: [registry] });
  const seconds = new Histogram({ name: 'http_request_seconds', help: 'Request latency', labelNames: ['route', 'method'], buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5], registers: [registry] });
  new Gauge({ name: 'projection_lag_events', help: 'Events in the store not yet in the read models', registers: [registry],
    async collect() { this.set(Math.max(0, (await services.store.headPosition()) - services.projector.position)); } });
  new Gauge({ name: 'notice_timer_backlog', help: 'Designations whose notice has ended and that are not completed yet', registers: [registry],
    collect() { this.set(services.designations.due(clock().toISOString()).length); } });
  new Gauge({ name: 'notice_timer_refused_endings', help: 'Notice endings the chains refused since start (each is logged with its stream and code)', registers: [registry],
    collect() { this.set(app.noticeTimer.refusedEndings); } });
  new Gauge({ name: 'calendar_days_ahead', help: 'Days from today (China date) to the last day the working-day calendar knows; negative once it has ended', registers: [registry],
    collect() { this.set(calendarStatus(services).daysAhead); } });
  // prom-client hashes the label values on every call: the few combinations there are are looked up once
  const series = new Map<string, { count: Counter.Internal; time: Histogram.Internal<'route' | 'method'> }>();
  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    const key = `${request.method} ${reply.statusCode} ${route}`;
    let s = series.get(key);
    if (!s) {
      s = { count: requests.labels({ route, method: request.method, status: String(reply.statusCode) }), time: seconds.labels({ route, method: request.method }) };
      series.set(key, s);
    }
    s.count.inc();
    s.time.observe(reply.elapsedTime / 1000);
  });
  if (options.route) serveMetrics(app, metrics);
};

/** GET /metrics on the API (public or token: metrics-access.ts) or on a server of its own (METRICS_PORT) */
export const serveMetrics = (app: FastifyInstance, { registry }: Metrics): void => {
  app.get('/metrics', { schema: { tags: ['operations'], summary: 'Prometheus metrics', hide: true } }, async (_request, reply) =>
    reply.type(registry.contentType).send(await registry.metrics()));
};
