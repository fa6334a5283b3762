import { Type } from 'typebox';
import { defineEvent } from '../define.ts';
import { Instant, MachineVersion, OneOf } from './common.ts';

/** Webhook subscriptions (workflows/webhooks, src/feeds): `webhook-<id>`, and its delivery cursor `webhook-cursor-<id>`. */
const event = defineEvent('webhooks');
const Position = Type.Integer({ minimum: 0, description: 'a global feed position' });

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
  event('WebhookDeleted', 1, '删除 Webhook / Webhook deleted', 'The subscription ends; its history stays.', Type.Object({})),
  event('WebhookCheckpointed', 1, 'Webhook 投递进度 / Webhook checkpointed', 'Delivery acknowledged through a position (cursor stream, never replayed by a machine).', Type.Object({ through: Position })),
];
