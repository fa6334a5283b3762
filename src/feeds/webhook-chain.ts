import { defineChain } from '../engine/chain.ts';
import { WEBHOOK_MACHINE_VERSION, webhookMachines } from '../../workflows/webhooks/machine.ts';

/** a webhook subscription's lifecycle: one stream 'webhook-<id>', decided by workflows/webhooks/machine.ts */
export const webhookChain = defineChain('webhook', WEBHOOK_MACHINE_VERSION, webhookMachines);

/** delivery progress of a subscription: 'webhook-cursor-<id>', append-only, never replayed by the engine */
export const CURSOR_PREFIX = 'webhook-cursor-';
export const cursorStream = (id: string) => `${CURSOR_PREFIX}${id}`;
export const CHECKPOINTED = 'WebhookCheckpointed';
