import { Type } from 'typebox';
import { defineEvent } from '../define.ts';
import { Instant, MachineVersion, OneOf } from './common.ts';

/** Webhook subscriptions (workflows/webhooks, src/feeds): `webhook-<id>`, and its delivery cursor `webhook-cursor-<id>`. */
const event = defineEvent('webhooks');
const Position = Type.Integer({ minimum: 0, description: 'a global feed position' });

const Filter = Type.Object({
  types: Type.Union([Type.Array(Type.String()), Type.Null()]),
  chains: Type.Union([Type.Array(Type.String()), Type.Null()]),
  region: Type.String({ pattern: '^\\d{0,12}$' }),
});

export const webhookEvents = [
  event('WebhookSubscribed', 1, '订阅 Webhook / Webhook subscribed', 'An administrator subscribes a URL to the feed, filtered by types, chains and region.', Type.Object({
    machineVersion: MachineVersion,
    url: Type.String({ format: 'uri' }),
    filter: Type.Object({
      types: Type.Union([Type.Array(Type.String()), Type.Null()]),
      chains: Type.Union([Type.Array(Type.String()), Type.Null()]),
      region: Type.String({ pattern: '^\\d{0,12}$' }),
    }),
    secret: Type.String({ description: 'signs deliveries; never returned by the API' }),
    maxFailures: Type.Integer({ minimum: 1 }),
    active: Type.Boolean(),
    after: Position,
  }), ({ secret, ...rest }) => ({ ...rest, secretRef: null, legacySecret: secret ?? '' })),
  event('WebhookSubscribed', 2, '订阅 Webhook / Webhook subscribed', 'An administrator subscribes a URL to the feed, filtered by types, chains and region. The signing secret is sealed in the secret store (src/secrets), outside the event log: the event names it by reference only.', Type.Object({
    machineVersion: MachineVersion,
    url: Type.String({ format: 'uri' }),
    filter: Filter,
    secretRef: Type.Union([Type.String({ minLength: 1, maxLength: 200 }), Type.Null()], { description: 'the signing secret in the secret store; null only for subscriptions recorded before (v1)' }),
    legacySecret: Type.Optional(Type.String({ description: 'only in a v1 event upcast: the secret it carried in plain text; never written' })),
    maxFailures: Type.Integer({ minimum: 1 }),
    active: Type.Boolean(),
    after: Position,
    personalData: Type.Optional(Type.Union([Type.Object({ purpose: Type.String({ minLength: 1 }) }), Type.Null()], { description: "names and IDs in the clear for this receiver, for the purpose recorded (PIPL); absent or null: as tokens" })),
  })),
  event('WebhookPaused', 1, '暂停 Webhook / Webhook paused', 'By an administrator, or by the worker after too many failures (the failed delivery kept).', Type.Object({
    reason: OneOf(['admin', 'failures']),
    checkpoint: Position,
    failed: Type.Optional(Type.Object({
      fromPosition: Position,
      throughPosition: Position,
      events: Type.Integer({ minimum: 0 }),
      attempts: Type.Integer({ minimum: 0 }),
      httpStatus: Type.Union([Type.Integer(), Type.Null()]),
      error: Type.String(),
      at: Instant,
    })),
  })),
  event('WebhookResumed', 1, '恢复 Webhook / Webhook resumed', 'Deliveries resume from the first unacknowledged position.', Type.Object({ from: Position })),
  event('WebhookSecretRotated', 1, '更换 Webhook 签名密钥 / Webhook secret rotated', 'A new signing secret (by reference); the previous one still signs, as a second signature, until previousValidUntil.', Type.Object({
    secretRef: Type.String({ minLength: 1, maxLength: 200 }),
    previousValidUntil: Instant,
  })),
  event('WebhookDeleted', 1, '删除 Webhook / Webhook deleted', 'The subscription ends; its history stays.', Type.Object({})),
  event('WebhookCheckpointed', 1, 'Webhook 投递进度 / Webhook checkpointed', 'Delivery acknowledged through a position (cursor stream, never replayed by a machine).', Type.Object({ through: Position })),
];
