import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { outsideJurisdiction } from '../auth/authenticate.ts';
import { within } from '../auth/identity.ts';
import { commandContext, withEtag } from '../http/command-context.ts';
import { caughtUpWithStore } from '../projections/caught-up.ts';
import type { Services } from '../services.ts';
import type { JsonObject } from '../shared/json.ts';
import { ProblemError } from '../shared/problem.ts';
import { WEBHOOK_MACHINE_VERSION } from '../../workflows/webhooks/machine.ts';
import { actorOf, authorizeFeed, effectiveRegion } from './access.ts';
import { feedContext, unencapsulated } from './context.ts';
import type { FeedOptions } from './options.ts';
import { webhookChain } from './webhook-chain.ts';
import { presentWebhook } from './webhook-present.ts';
import type { WebhookFilterSpec } from './webhook-view.ts';
import { WebhookWorker } from './webhook-worker.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** the webhook delivery worker: on a timer in production, `runOnce()` in tests */
    webhookWorker: WebhookWorker;
  }
}

const CreateBody = Type.Object({
  url: Type.String({ format: 'uri', maxLength: 2000, description: 'http(s) address that receives POSTed batches' }),
  filter: Type.Optional(Type.Object({
    types: Type.Optional(Type.Array(Type.String({ pattern: '^[A-Za-z0-9_.:-]+$' }), { minItems: 1, maxItems: 100 })),
    chains: Type.Optional(Type.Array(Type.String({ pattern: '^[a-z0-9-]+$' }), { minItems: 1, maxItems: 20 })),
    region: Type.Optional(Type.String({ pattern: '^\\d{2,12}$', description: 'region-code prefix; narrowed to your jurisdiction' })),
  }, { additionalProperties: false })),
  secret: Type.String({ minLength: 16, maxLength: 256, writeOnly: true, description: 'signs every delivery (X-Signature); never returned' }),
  maxFailures: Type.Integer({ minimum: 1, maximum: 100, default: 5, description: 'consecutive failed attempts before the subscription is paused' }),
  active: Type.Boolean({ default: true }),
  after: Type.Optional(Type.Integer({ minimum: 0, description: 'deliver events after this global position; default: the head when created (new events only)' })),
}, { additionalProperties: false });
const Params = Type.Object({ id: Type.String({ format: 'uuid' }) });

/** Webhook subscriptions, managed by administrators; delivery by the WebhookWorker. */
export const webhookRoutes: FastifyPluginAsyncTypebox<{ services: Services; options?: FeedOptions }> = unencapsulated(async (app, { services, options }) => {
  const feed = feedContext(services, options);
  const worker = new WebhookWorker(services, feed, feed.options.webhooks, (error, webhookId) => app.log.error({ error, webhookId }, 'webhook delivery failed'));
  app.decorate('webhookWorker', worker);
  // the projector catches up in buildApp's own onReady hook, after this one: the timer waits for it
  app.addHook('onReady', async () => worker.start(() => caughtUpWithStore(services)));
  app.addHook('onClose', async () => worker.stop());

  const admin = (request: FastifyRequest) => authorizeFeed(request, 'webhook.manage');
  const visible = (id: string, jurisdiction: string) => {
    const row = services.webhooks.get(id);
    if (!row || !within({ jurisdiction }, row.filter.region)) throw outsideJurisdiction();
    return row;
  };
  const transition = async (request: FastifyRequest, id: string, type: string, data: (checkpoint: number) => JsonObject) => {
    const access = admin(request);
    const row = visible(id, access.identity.jurisdiction);
    const outcome = await services.engine.execute(webhookChain, row.id, commandContext(request, actorOf(access), services.clock), () => [{ type, data: data(row.checkpoint) }], { mustExist: true });
    await services.projector.waitFor(outcome.position);
    return outcome;
  };

  app.post('/webhooks', { schema: { tags: ['webhooks'], summary: 'Subscribe a URL to the event feed (administrators)', body: CreateBody } }, async (request, reply) => {
    const access = admin(request);
    const body = request.body;
    const url = new URL(body.url);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw new ProblemError(400, 'INVALID_WEBHOOK_URL', 'Webhook 地址必须是 http 或 https', 'The webhook URL must be http or https');
    }
    const filter: WebhookFilterSpec = {
      types: body.filter?.types ?? null,
      chains: body.filter?.chains ?? null,
      region: effectiveRegion(access.identity.jurisdiction, body.filter?.region),
    };
    const after = body.after ?? await services.store.headPosition();
    const outcome = await services.engine.execute(webhookChain, services.newId(), commandContext(request, actorOf(access), services.clock), () => [{
      type: 'WebhookSubscribed',
      data: { machineVersion: WEBHOOK_MACHINE_VERSION, url: url.toString(), filter, secret: body.secret, maxFailures: body.maxFailures, active: body.active, after } as unknown as JsonObject,
    }]);
    await services.projector.waitFor(outcome.position);
    const row = services.webhooks.get(outcome.stream.slice(webhookChain.streamPrefix.length));
    if (!row) throw outsideJurisdiction();
    return withEtag(reply.status(201), outcome).send(presentWebhook(row));
  });

  app.get('/webhooks', { schema: { tags: ['webhooks'], summary: 'Webhook subscriptions in your jurisdiction (secrets are never shown)' } }, async (request) => {
    const { identity } = admin(request);
    const items = services.webhooks.list(identity.jurisdiction).map(presentWebhook);
    return { total: items.length, items };
  });

  app.get('/webhooks/:id', { schema: { tags: ['webhooks'], summary: 'A webhook subscription', params: Params } }, async (request, reply) => {
    const row = visible(request.params.id, admin(request).identity.jurisdiction);
    return withEtag(reply, { revision: row.revision, replayed: false }).send(presentWebhook(row));
  });

  app.delete('/webhooks/:id', { schema: { tags: ['webhooks'], summary: 'Delete a webhook subscription (its history stays in the store)', params: Params } }, async (request, reply) => {
    await transition(request, request.params.id, 'WebhookDeleted', () => ({}));
    return reply.status(204).send();
  });

  app.post('/webhooks/:id/pause', { schema: { tags: ['webhooks'], summary: 'Pause deliveries', params: Params } }, async (request, reply) => {
    const outcome = await transition(request, request.params.id, 'WebhookPaused', (checkpoint) => ({ reason: 'admin', checkpoint }));
    return withEtag(reply, outcome).send(presentWebhook(visible(request.params.id, '')));
  });

  app.post('/webhooks/:id/resume', { schema: { tags: ['webhooks'], summary: 'Resume deliveries, replaying from the failed (first unacknowledged) position', params: Params } }, async (request, reply) => {
    const outcome = await transition(request, request.params.id, 'WebhookResumed', (checkpoint) => ({ from: checkpoint }));
    return withEtag(reply, outcome).send(presentWebhook(visible(request.params.id, '')));
  });

  app.get('/webhooks/:id/deliveries', { schema: { tags: ['webhooks'], summary: 'Delivery log: recent attempts (status, latency, error), checkpoint, the failed delivery kept while paused', params: Params } }, async (request) => {
    const row = visible(request.params.id, admin(request).identity.jurisdiction);
    const status = worker.status(row.id);
    return {
      id: row.id,
      state: row.state,
      checkpoint: Math.max(row.checkpoint, status?.checkpoint ?? 0),
      persistedCheckpoint: row.checkpoint,
      consecutiveFailures: status?.consecutiveFailures ?? 0,
      nextAttemptAt: status?.nextAttemptAt ?? null,
      lastFailure: row.lastFailure,
      attempts: worker.deliveries(row.id),
    };
  });
});
