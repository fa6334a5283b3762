import type { AnyStateMachine } from 'xstate';
import { setup } from 'xstate';

export const WEBHOOK_MACHINE_VERSION = 'webhook@1';

type WebhookEvent =
  | { type: 'WebhookSubscribed'; active: boolean }
  | { type: 'WebhookPaused' }
  | { type: 'WebhookResumed' }
  | { type: 'WebhookDeleted' }
  | { type: 'WebhookSecretRotated' };

/**
 * A webhook subscription's lifecycle: subscribed (active, or created inactive), paused (by an administrator, or by
 * the delivery worker after too many consecutive failures), resumed, its signing secret rotated, deleted. Delivery progress is not a step of
 * this machine: checkpoints go to a cursor stream of their own (src/feeds/webhook-cursor.ts), so this stream
 * stays a handful of events long however much is delivered.
 */
export const webhookMachine = setup({
  types: { events: {} as WebhookEvent },
  guards: {
    startsActive: ({ event }) => event.type === 'WebhookSubscribed' && event.active,
  },
}).createMachine({
  id: 'webhook',
  initial: 'new',
  states: {
    new: {
      on: {
        WebhookSubscribed: [{ guard: 'startsActive', target: 'active' }, { target: 'paused' }],
      },
    },
    // a new signing secret changes nothing of the lifecycle: allowed while the subscription lives
    active: { on: { WebhookPaused: 'paused', WebhookDeleted: 'deleted', WebhookSecretRotated: 'active' } },
    paused: { on: { WebhookResumed: 'active', WebhookDeleted: 'deleted', WebhookSecretRotated: 'paused' } },
    deleted: { type: 'final' },
  },
});

export const webhookMachines: Readonly<Record<string, AnyStateMachine>> = { [WEBHOOK_MACHINE_VERSION]: webhookMachine };
