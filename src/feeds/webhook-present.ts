import type { WebhookRow } from './webhook-view.ts';

/** a subscription as the API shows it: everything but the secret, which is write-only */
export const presentWebhook = (row: WebhookRow) => ({
  id: row.id,
  url: row.url,
  filter: row.filter,
  maxFailures: row.maxFailures,
  personalData: row.personalData,
  active: row.state === 'active',
  state: row.state,
  pausedBy: row.pausedBy,
  checkpoint: row.checkpoint,
  lastFailure: row.lastFailure,
  createdAt: row.createdAt,
  createdBy: { id: row.createdBy.id, name: row.createdBy.name ?? null },
  revision: row.revision,
});
