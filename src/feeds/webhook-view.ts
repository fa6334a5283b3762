import type { Projection } from '../projections/projector.ts';
import type { Actor, RecordedEvent } from '../store/types.ts';
import { CHECKPOINTED, CURSOR_PREFIX, webhookChain } from './webhook-chain.ts';

export interface WebhookFilterSpec {
  types: string[] | null;
  chains: string[] | null;
  /** region-code prefix, within the jurisdiction of the administrator who created it */
  region: string;
}

/** a delivery that failed maxFailures times in a row: kept, and replayed on resume */
export interface FailedDelivery {
  fromPosition: number;
  throughPosition: number;
  events: number;
  attempts: number;
  httpStatus: number | null;
  error: string;
  at: string;
}

export interface WebhookRow {
  id: string;
  url: string;
  filter: WebhookFilterSpec;
  /** the signing secret's reference in the secret store (src/secrets); the secret itself is never in an event */
  secretRef: string | null;
  /** the secret of a subscription recorded before secrets left the event log (WebhookSubscribed v1), upcast */
  legacySecret: string | null;
  /** the secret replaced by the last rotation: still signs (a second signature) until previousValidUntil */
  previousSecretRef: string | null;
  previousLegacySecret: string | null;
  previousValidUntil: string | null;
  maxFailures: number;
  /** names and IDs in the clear for this receiver, for the purpose recorded; null: as tokens (src/privacy/feed-view.ts) */
  personalData: { purpose: string } | null;
  state: 'active' | 'paused' | 'deleted';
  pausedBy: 'admin' | 'failures' | null;
  /** the highest persisted checkpoint: every matching event up to it was delivered (acknowledged 2xx) */
  checkpoint: number;
  lastFailure: FailedDelivery | null;
  createdAt: string;
  createdBy: Actor;
  /** revision of the lifecycle stream (ETag) */
  revision: number;
  /** bumped by every pause and resume: the delivery worker re-reads checkpoint and failure count when it changes */
  epoch: number;
}

interface Subscribed { url: string; filter: WebhookFilterSpec; secretRef: string | null; legacySecret?: string; maxFailures: number; active: boolean; after: number; personalData?: { purpose: string } | null }
interface SecretRotated { secretRef: string; previousValidUntil: string }
interface Paused { reason: 'admin' | 'failures'; checkpoint: number; failed?: FailedDelivery }

/** The webhook subscriptions, from their lifecycle streams and cursor streams; fed by the projector. */
export class WebhooksView implements Projection {
  readonly name = 'webhooks';
  /** subscriptions and their cursors (`webhook-cursor-…`) */
  readonly streamPrefixes = [webhookChain.streamPrefix];
  readonly #rows = new Map<string, WebhookRow>();

  get(id: string): WebhookRow | undefined {
    const row = this.#rows.get(id);
    return row && row.state !== 'deleted' ? row : undefined;
  }

  /** every subscription, deleted ones included (the worker drops their state) */
  all(): WebhookRow[] {
    return [...this.#rows.values()];
  }

  list(regionPrefix: string): WebhookRow[] {
    return this.all().filter((r) => r.state !== 'deleted' && r.filter.region.startsWith(regionPrefix));
  }

  apply(event: RecordedEvent): void {
    if (event.stream.startsWith(CURSOR_PREFIX)) {
      const row = this.#rows.get(event.stream.slice(CURSOR_PREFIX.length));
      if (row && event.type === CHECKPOINTED) row.checkpoint = Math.max(row.checkpoint, Number(event.data.through));
      return;
    }
    if (!event.stream.startsWith(webhookChain.streamPrefix)) return;
    const id = event.stream.slice(webhookChain.streamPrefix.length);
    if (event.type === 'WebhookSubscribed') {
      const d = event.data as unknown as Subscribed;
      this.#rows.set(id, {
        id, url: d.url, filter: d.filter, secretRef: d.secretRef, legacySecret: d.legacySecret ?? null,
        previousSecretRef: null, previousLegacySecret: null, previousValidUntil: null, maxFailures: d.maxFailures, personalData: d.personalData ?? null,
        state: d.active ? 'active' : 'paused', pausedBy: d.active ? null : 'admin',
        checkpoint: d.after, lastFailure: null, createdAt: event.metadata.occurredAt, createdBy: event.metadata.actor, revision: event.revision, epoch: 0,
      });
      return;
    }
    const row = this.#rows.get(id);
    if (!row) return;
    row.revision = event.revision;
    if (event.type === 'WebhookPaused') {
      const d = event.data as unknown as Paused;
      row.state = 'paused';
      row.pausedBy = d.reason;
      row.checkpoint = Math.max(row.checkpoint, d.checkpoint);
      if (d.failed) row.lastFailure = d.failed;
      row.epoch += 1;
    } else if (event.type === 'WebhookResumed') {
      row.state = 'active';
      row.pausedBy = null;
      row.epoch += 1;
    } else if (event.type === 'WebhookSecretRotated') {
      const d = event.data as unknown as SecretRotated;
      row.previousSecretRef = row.secretRef;
      row.previousLegacySecret = row.legacySecret;
      row.previousValidUntil = d.previousValidUntil;
      row.secretRef = d.secretRef;
      row.legacySecret = null;
    } else if (event.type === 'WebhookDeleted') {
      row.state = 'deleted';
      row.epoch += 1;
    }
  }
}
