import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { outsideJurisdiction } from '../auth/authenticate.ts';
import { within } from '../auth/identity.ts';
import { commandContext, withEtag } from '../http/command-context.ts';
import { creationId } from '../engine/creation-id.ts';
import { caughtUpWithStore } from '../projections/caught-up.ts';
import type { Services } from '../services.ts';
import type { JsonObject } from '../shared/json.ts';
import { ProblemError } from '../shared/problem.ts';
import { WEBHOOK_MACHINE_VERSION } from '../../workflows/webhooks/machine.ts';
import { actorOf, authorizeFeed, effectiveRegion } from './access.ts';
import { feedContext, unencapsulated } from './context.ts';
import type { FeedOptions } from './options.ts';
import { webhookChain } from './webhook-chain.ts';
import { WHSEC } from './webhook-signature.ts';
import { judgeTarget } from './webhook-target.ts';
import { presentWebhook } from './webhook-present.ts';
import type { WebhookFilterSpec } from './webhook-view.ts';
import { WebhookWorker } from './webhook-worker.ts';
import { WebhookAnswer, WebhookDeliveriesAnswer, WebhookListAnswer } from './answer-schemas.ts';
import { operation } from '../http/contract/operation.ts';
import type { ProblemRef } from '../http/contract/problems.ts';

const ADMIN: readonly ProblemRef[] = ['FORBIDDEN_ROLE'];
const ONE: readonly ProblemRef[] = ['FORBIDDEN_ROLE', 'NOT_FOUND'];
const CHANGE: readonly ProblemRef[] = ['FORBIDDEN_ROLE', 'NOT_FOUND', 'STEP_NOT_ALLOWED', 'CONCURRENT_CHANGE'];

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
  secret: Type.String({ pattern: WHSEC.source, writeOnly: true, description: 'Standard Webhooks secret `whsec_<base64 of 24+ random bytes>`: signs every delivery (webhook-signature); sealed outside the event log, never returned' }),
  maxFailures: Type.Integer({ minimum: 1, maximum: 100, default: 5, description: 'consecutive failed attempts before the subscription is paused' }),
  active: Type.Boolean({ default: true }),
  after: Type.Optional(Type.Integer({ minimum: 0, description: 'deliver events after this global position; default: the head when created (new events only)' })),
  personalData: Type.Optional(Type.Object({ purpose: Type.String({ minLength: 2, maxLength: 500, description: 'what the receiver needs names and IDs for (recorded)' }) }, { additionalProperties: false, description: 'names and resident IDs in the clear for this receiver, with the purpose it needs them for (PIPL arts. 6, 28); without it every delivery carries them as tokens' })),
}, { additionalProperties: false });
const Params = Type.Object({ id: Type.String({ format: 'uuid' }) });
const RotateBody = Type.Object({
  secret: Type.String({ pattern: WHSEC.source, writeOnly: true, description: 'the new `whsec_…` secret' }),
  graceSeconds: Type.Integer({ minimum: 0, maximum: 7 * 86_400, default: 86_400, description: 'the old secret still signs (a second signature) this long, while receivers switch' }),
}, { additionalProperties: false });

/** Webhook subscriptions, managed by administrators; delivery by the WebhookWorker. */
export const webhookRoutes: FastifyPluginAsyncTypebox<{ services: Services; options?: FeedOptions }> = unencapsulated(async (app, { services, options }) => {
  const feed = feedContext(services, options);
  const worker = new WebhookWorker(services, feed, feed.options.webhooks, (error, webhookId) => app.log.error({ error, webhookId }, 'webhook delivery failed'));
  app.decorate('webhookWorker', worker);
  // the projector catches up in buildApp's own onReady hook, after this one: the timer waits for it
  app.addHook('onReady', async () => worker.start(() => caughtUpWithStore(services)));
  app.addHook('onClose', async () => worker.stop());

  const admin = (request: FastifyRequest) => authorizeFeed(request, 'webhook.manage');
  const { secrets, target } = feed.options.webhooks;
  /** https only (unless WEBHOOK_ALLOW_HTTP), and no internal address unless allowed; checked again at every delivery */
  const checkTarget = async (url: URL) => {
    const refusal = await judgeTarget(target, url);
    if (refusal?.reason === 'scheme') throw new ProblemError(400, 'INVALID_WEBHOOK_URL', target.allowHttp ? 'Webhook 地址必须是 http 或 https' : 'Webhook 地址必须是 https', refusal.detail);
    if (refusal) throw new ProblemError(400, 'WEBHOOK_TARGET_REFUSED', 'Webhook 地址指向内网、本机或无法解析，且不在允许名单中', refusal.detail, { reason: refusal.reason });
  };
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

  app.post('/webhooks', {
    schema: {
      ...operation({
        id: 'createWebhook', tag: 'webhooks', zh: '订阅 Webhook（管理员）', en: 'Subscribe a URL to the event feed (administrators)',
        about: ['每次投递 POST 最多 100 个事件，按 Standard Webhooks 签名（webhook-id、webhook-timestamp、webhook-signature）；至少一次、按序，失败按指数退避重试，连续失败 maxFailures 次后暂停。地址须为 https，解析到内网、本机、链路本地地址的一律拒绝（允许名单除外），投递时再查一次。', 'Each delivery POSTs up to 100 stored events signed in the Standard Webhooks format (webhook-id, webhook-timestamp, webhook-signature `v1,<base64 HMAC-SHA256 of id.timestamp.body>`); at least once and in order per subscription, retried with exponential backoff, paused after maxFailures consecutive failures. The URL must be https; a host resolving to a loopback, link-local or private address is refused unless allowed (WEBHOOK_ALLOWED_TARGETS), at subscription and again at every delivery.'],
        answers: { 201: WebhookAnswer }, etag: true, idempotent: true, location: '/webhooks/{id}', problems: [...ADMIN, 'INVALID_WEBHOOK_URL', 'WEBHOOK_TARGET_REFUSED', 'REGION_OUTSIDE_JURISDICTION', 'CONCURRENT_CHANGE'],
        request: { url: 'https://fupin-data.example.cn/hooks/designations', secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', filter: { chains: ['designation'], region: '430623101' }, maxFailures: 5, active: true },
      }),
      body: CreateBody,
    },
  }, async (request, reply) => {
    const access = admin(request);
    const body = request.body;
    const url = new URL(body.url);
    await checkTarget(url);
    const filter: WebhookFilterSpec = {
      types: body.filter?.types ?? null,
      chains: body.filter?.chains ?? null,
      region: effectiveRegion(access.identity.jurisdiction, body.filter?.region),
    };
    const after = body.after ?? await services.store.headPosition();
    const ctx = commandContext(request, actorOf(access), services.clock);
    // a retry with the same Idempotency-Key addresses the subscription its first attempt created (not a second one)
    const id = creationId(webhookChain, ctx, services.newId);
    // the secret is sealed in the secret store first; the event carries its reference only
    const secretRef = `webhook-${id}#0`; // named after the revision of the event that introduces it
    secrets.put(secretRef, body.secret);
    const outcome = await services.engine.execute(webhookChain, id, ctx, () => [{
      type: 'WebhookSubscribed',
      data: { machineVersion: WEBHOOK_MACHINE_VERSION, url: url.toString(), filter, secretRef, maxFailures: body.maxFailures, active: body.active, after, personalData: body.personalData ?? null } as unknown as JsonObject,
    }]);
    await services.projector.waitFor(outcome.position);
    const row = services.webhooks.get(outcome.stream.slice(webhookChain.streamPrefix.length));
    if (!row) throw outsideJurisdiction();
    return withEtag(reply.status(201), outcome).send(presentWebhook(row));
  });

  app.get('/webhooks', { schema: operation({ id: 'listWebhooks', tag: 'webhooks', zh: '辖区内的 Webhook 订阅', en: 'Webhook subscriptions in your jurisdiction (secrets are never shown)', answers: { 200: WebhookListAnswer }, problems: ADMIN }) }, async (request) => {
    const { identity } = admin(request);
    const items = services.webhooks.list(identity.jurisdiction).map(presentWebhook);
    return { total: items.length, items };
  });

  app.get('/webhooks/:id', { schema: { ...operation({ id: 'getWebhook', tag: 'webhooks', zh: 'Webhook 订阅详情', en: 'A webhook subscription', answers: { 200: WebhookAnswer }, etag: true, problems: ONE }), params: Params } }, async (request, reply) => {
    const row = visible(request.params.id, admin(request).identity.jurisdiction);
    return withEtag(reply, { revision: row.revision, replayed: false }).send(presentWebhook(row));
  });

  app.delete('/webhooks/:id', { schema: { ...operation({ id: 'deleteWebhook', tag: 'webhooks', zh: '删除 Webhook 订阅（历史保留在事件库中）', en: 'Delete a webhook subscription (its history stays in the store)', answers: { 204: null }, ifMatch: true, idempotent: true, problems: CHANGE }), params: Params } }, async (request, reply) => {
    await transition(request, request.params.id, 'WebhookDeleted', () => ({}));
    return reply.status(204).send();
  });

  app.post('/webhooks/:id/pause', { schema: { ...operation({ id: 'pauseWebhook', tag: 'webhooks', zh: '暂停投递', en: 'Pause deliveries', answers: { 200: WebhookAnswer }, etag: true, ifMatch: true, idempotent: true, problems: CHANGE }), params: Params } }, async (request, reply) => {
    const outcome = await transition(request, request.params.id, 'WebhookPaused', (checkpoint) => ({ reason: 'admin', checkpoint }));
    return withEtag(reply, outcome).send(presentWebhook(visible(request.params.id, '')));
  });

  app.post('/webhooks/:id/resume', { schema: { ...operation({ id: 'resumeWebhook', tag: 'webhooks', zh: '恢复投递（从失败的位置重发）', en: 'Resume deliveries, replaying from the failed (first unacknowledged) position', answers: { 200: WebhookAnswer }, etag: true, ifMatch: true, idempotent: true, problems: CHANGE }), params: Params } }, async (request, reply) => {
    const outcome = await transition(request, request.params.id, 'WebhookResumed', (checkpoint) => ({ from: checkpoint }));
    return withEtag(reply, outcome).send(presentWebhook(visible(request.params.id, '')));
  });

  app.post('/webhooks/:id/secret', {
    schema: {
      ...operation({
        id: 'rotateWebhookSecret', tag: 'webhooks', zh: '更换签名密钥（旧密钥在宽限期内仍签名）', en: 'Rotate the signing secret; the old one still signs (a second signature) for graceSeconds',
        about: ['新密钥加密保存在事件库之外，事件只记录其引用。宽限期内每次投递带两个签名（webhook-signature 以空格分隔），接收方更换密钥期间不中断。', 'The new secret is sealed outside the event log; the event records its reference only. During the grace period every delivery carries two signatures (space-separated in webhook-signature), so receivers switch without a gap.'],
        answers: { 200: WebhookAnswer }, etag: true, ifMatch: true, idempotent: true, problems: CHANGE,
        request: { secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', graceSeconds: 86400 },
      }),
      params: Params,
      body: RotateBody,
    },
  }, async (request, reply) => {
    const access = admin(request);
    const row = visible(request.params.id, access.identity.jurisdiction);
    const secretRef = `webhook-${row.id}#${services.newId()}`; // a fresh reference: a concurrent rotation cannot overwrite it
    secrets.put(secretRef, request.body.secret);
    const previousValidUntil = new Date(services.clock.now().getTime() + request.body.graceSeconds * 1000).toISOString();
    const outcome = await transition(request, row.id, 'WebhookSecretRotated', () => ({ secretRef, previousValidUntil }));
    return withEtag(reply, outcome).send(presentWebhook(visible(request.params.id, '')));
  });

  app.get('/webhooks/:id/deliveries', { schema: { ...operation({ id: 'getWebhookDeliveries', tag: 'webhooks', zh: '投递记录：最近的尝试、检查点、暂停时保留的失败投递', en: 'Delivery log: recent attempts (status, latency, error), checkpoint, the failed delivery kept while paused', answers: { 200: WebhookDeliveriesAnswer }, problems: ONE }), params: Params } }, async (request) => {
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
