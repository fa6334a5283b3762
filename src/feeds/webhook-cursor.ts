import type { EventStore, NewEventMetadata } from '../store/types.ts';
import { CHECKPOINTED, cursorStream } from './webhook-chain.ts';

/** the delivery worker acts as the system */
export const workerMetadata = (occurredAt: string, webhookId: string): NewEventMetadata => ({
  actor: { id: 'system', name: '系统', organisation: 'system', capacity: 'system', jurisdiction: '' },
  occurredAt,
  correlationId: `webhook:${webhookId}`,
  causationId: null,
  commandId: null,
});

/**
 * Persists a delivery checkpoint: one small event on the subscription's cursor stream. Only the one delivery
 * worker writes it, and a later checkpoint always supersedes an earlier one (readers keep the maximum), so it is
 * appended without a revision check and never replayed through a machine.
 */
export const persistCheckpoint = async (store: Pick<EventStore, 'append'>, webhookId: string, through: number, occurredAt: string): Promise<void> => {
  await store.append(cursorStream(webhookId), [{ type: CHECKPOINTED, data: { through }, metadata: workerMetadata(occurredAt, webhookId) }], { expectedRevision: 'any' });
};
