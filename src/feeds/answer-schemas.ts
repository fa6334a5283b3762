import { Type } from 'typebox';
import { Instant, Nullable, Revision, StringEnum, Uuid } from '../http/contract/types.ts';
import type { FieldsDeclared } from '../http/contract/types.ts';
import type { presentWebhook } from './webhook-present.ts';

/**
 * An event exactly as stored (not upcast): integrators check its hash chain, so nothing of it may be dropped —
 * `data` and `metadata` keep every member they have.
 */
export const StoredEventSchema = Type.Object({
  id: Uuid(),
  stream: Type.String({ description: '<chain>-<id>, e.g. designation-5b0c3c1e-…' }),
  revision: Revision('0-based position in its stream'),
  position: Type.Integer({ minimum: 0, description: 'position in the global feed: increasing in commit order' }),
  type: Type.String({ description: 'the event type; its data\'s JSON Schema is at /schemas/{type}/{version}' }),
  data: Type.Object({}, { additionalProperties: true, description: 'the event\'s facts, as stored' }),
  metadata: Type.Object({
    actor: Type.Object({ id: Type.String() }, { additionalProperties: true, description: 'who, in which capacity and jurisdiction' }),
    occurredAt: Instant('when it happened in the field'),
    recordedAt: Instant('when the store committed it'),
    correlationId: Nullable(Type.String()),
    causationId: Nullable(Type.String()),
    commandId: Nullable(Type.String()),
    lateEntryReason: Type.Optional(Type.String()),
    schemaVersion: Type.Optional(Type.Integer({ minimum: 0, description: 'the version of the data\'s shape; absent: version 1' })),
  }, { additionalProperties: true }),
  prevHash: Type.String({ description: 'hash of the stream\'s previous event (GENESIS for revision 0)' }),
  hash: Type.String({ description: 'sha256 of the canonical JSON of id, stream, revision, type, data, metadata and prevHash' }),
  personal: Type.Optional(Type.Object({
    fields: Type.Array(Type.Object({
      pointer: Type.String({ description: 'JSON Pointer into data, e.g. /household/head' }),
      value: Type.Union([Type.String(), Type.Null()], { description: 'the value (scope personal-data), its token tok_… (same value, same token), or the erased mark' }),
    })),
    purpose: StringEnum(['clear', 'tokenised']),
    redacted: Type.Optional(Type.Literal(true, { description: 'an event stored before sealing whose personal values in data were replaced by tokens: it no longer matches its hash' })),
  }, { description: "personal data (names, resident IDs, birth dates) apart from data, whose sealed ciphertext ($sealed) the hash covers (src/privacy/feed-view.ts)" })),
}, { $id: 'StoredEvent', description: 'an event as stored: hash-chained per stream' });

export const FeedPageAnswer = Type.Object({
  events: Type.Array(Type.Unsafe<unknown>({ $ref: 'StoredEvent#' })),
  nextAfter: Type.Integer({ minimum: 0, description: 'pass back as `after` (the last position looked at, matched or not)' }),
  head: Type.Integer({ minimum: 0, description: 'the store\'s head: caught up when nextAfter equals it' }),
});

export const TicketAnswer = Type.Object({
  ticket: Type.String(),
  purpose: Type.Literal('feed.stream'),
  expiresAt: Type.String({ format: 'date-time' }),
  url: Type.String({ description: 'the stream URL with the ticket: add after/types/chains/region as needed' }),
});

const FailedDelivery = Type.Object({
  fromPosition: Type.Integer({ minimum: 0 }),
  throughPosition: Type.Integer({ minimum: 0 }),
  events: Type.Integer({ minimum: 0 }),
  attempts: Type.Integer({ minimum: 0 }),
  httpStatus: Nullable(Type.Integer()),
  error: Type.String(),
  at: Instant(),
}, { description: 'the delivery that failed maxFailures times in a row: replayed on resume' });

/** a subscription as the API shows it (src/feeds/webhook-present.ts): everything but the secret */
export const WebhookAnswerSchema = Type.Object({
  id: Uuid(),
  url: Type.String(),
  filter: Type.Object({
    types: Nullable(Type.Array(Type.String())),
    chains: Nullable(Type.Array(Type.String())),
    region: Type.String({ description: 'region-code prefix within your jurisdiction' }),
  }),
  maxFailures: Type.Integer({ minimum: 1 }),
  personalData: Nullable(Type.Object({ purpose: Type.String() }, { description: 'names and resident IDs in the clear for this receiver, with the purpose it needs them for (PIPL arts. 6, 28); without it every delivery carries them as tokens' })),
  active: Type.Boolean(),
  state: StringEnum(['active', 'paused', 'deleted']),
  pausedBy: Nullable(StringEnum(['admin', 'failures'])),
  checkpoint: Type.Integer({ minimum: 0, description: 'every matching event up to this position was delivered' }),
  lastFailure: Nullable(FailedDelivery),
  createdAt: Instant(),
  createdBy: Type.Object({ id: Type.String(), name: Nullable(Type.String()) }),
  revision: Revision(),
}, { $id: 'WebhookAnswer', description: 'a webhook subscription (the secret is write-only)' });
export const WebhookAnswer = Type.Unsafe<unknown>({ $ref: 'WebhookAnswer#' });

export const WebhookListAnswer = Type.Object({ total: Type.Integer({ minimum: 0 }), items: Type.Array(WebhookAnswer) });

export const WebhookDeliveriesAnswer = Type.Object({
  id: Uuid(),
  state: StringEnum(['active', 'paused', 'deleted']),
  checkpoint: Type.Integer({ minimum: 0 }),
  persistedCheckpoint: Type.Integer({ minimum: 0 }),
  consecutiveFailures: Type.Integer({ minimum: 0 }),
  nextAttemptAt: Nullable(Instant()),
  lastFailure: Nullable(FailedDelivery),
  attempts: Type.Array(Type.Object({
    at: Instant(),
    fromPosition: Type.Integer({ minimum: 0 }),
    throughPosition: Type.Integer({ minimum: 0 }),
    events: Type.Integer({ minimum: 0 }),
    attempt: Type.Integer({ minimum: 1 }),
    status: StringEnum(['delivered', 'failed']),
    httpStatus: Nullable(Type.Integer()),
    latencyMs: Type.Number({ minimum: 0 }),
    error: Nullable(Type.String()),
    nextAttemptAt: Nullable(Instant()),
  }), { description: 'recent attempts, newest first (the last 100, in memory)' }),
});

// presentWebhook (src/feeds/webhook-present.ts) answers nothing the schema lacks: a new field fails tsc here
const webhookFieldsDeclared: FieldsDeclared<ReturnType<typeof presentWebhook>, typeof WebhookAnswerSchema.properties> = true;
void webhookFieldsDeclared;
