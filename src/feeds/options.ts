import type { Random } from '../shared/random.ts';
import { seededRandom } from '../shared/random.ts';
import { DEV_SECRETS_MASTER_KEY, masterKeyOf } from '../secrets/secret-box.ts';
import { memorySecrets } from '../secrets/secret-store.ts';
import type { SecretStore } from '../secrets/secret-store.ts';
import { guardedPost } from './webhook-post.ts';
import type { WebhookPost } from './webhook-post.ts';
import { systemResolver } from './webhook-target.ts';
import type { TargetPolicy } from './webhook-target.ts';

/** Tuning of the integrator feed (SSE, pull) and of webhook delivery; every field has a production default. */
export interface FeedOptions {
  /** an SSE comment line is written this often so proxies and clients can tell a quiet stream from a dead one */
  heartbeatMs?: number;
  /** concurrent SSE streams one token subject may hold open; the next one is answered 429 */
  maxStreamsPerToken?: number;
  /** events the store subscription of one SSE stream reads per page: the per-client memory bound (with the socket buffer) */
  streamPageSize?: number;
  /** streams whose region the region index remembers (LRU) */
  regionCacheSize?: number;
  /** how long a ticket of POST /feed/stream-tickets may be redeemed (once) at GET /feed/stream */
  ticketTtlMs?: number;
  webhooks?: WebhookOptions;
}

export interface WebhookOptions {
  /** how often the delivery worker looks for due deliveries; 0 leaves it to the caller (tests call runOnce) */
  intervalMs?: number;
  /** a request not answered within this is a failed attempt */
  timeoutMs?: number;
  /** events per request */
  batchSize?: number;
  /** first retry delay; doubles with each consecutive failure up to maxDelayMs, then "equal jitter" is applied */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** a checkpoint is persisted at most this often per subscription (and always on pause and shutdown); 0: after every batch */
  checkpointEveryMs?: number;
  /** attempts kept per subscription in the in-memory delivery log */
  logSize?: number;
  /** jitter source; seeded so tests are reproducible */
  random?: Random;
  /** where deliveries may go (https only, no internal address unless allowed); by default https to public addresses */
  target?: Partial<TargetPolicy>;
  /** the HTTP client; by default node's, connecting only to addresses the target policy allows (webhook-post.ts) */
  post?: WebhookPost;
  /** the signing secrets, sealed outside the event log (src/secrets); by default in memory (tests, development) */
  secrets?: SecretStore;
}

export type ResolvedWebhookOptions = Required<Omit<WebhookOptions, 'target'>> & { target: TargetPolicy };

const resolveTarget = (target: Partial<TargetPolicy> = {}): TargetPolicy => ({ allowHttp: target.allowHttp ?? false, allowed: target.allowed ?? [], resolve: target.resolve ?? systemResolver });

export interface ResolvedFeedOptions {
  heartbeatMs: number;
  maxStreamsPerToken: number;
  streamPageSize: number;
  regionCacheSize: number;
  ticketTtlMs: number;
  webhooks: ResolvedWebhookOptions;
}

export const resolveFeedOptions = (options: FeedOptions = {}): ResolvedFeedOptions => ({
  heartbeatMs: options.heartbeatMs ?? 15_000,
  maxStreamsPerToken: options.maxStreamsPerToken ?? 4,
  streamPageSize: options.streamPageSize ?? 100,
  regionCacheSize: options.regionCacheSize ?? 50_000,
  ticketTtlMs: options.ticketTtlMs ?? 60_000,
  webhooks: {
    intervalMs: options.webhooks?.intervalMs ?? 0,
    timeoutMs: options.webhooks?.timeoutMs ?? 10_000,
    batchSize: options.webhooks?.batchSize ?? 100,
    baseDelayMs: options.webhooks?.baseDelayMs ?? 1_000,
    maxDelayMs: options.webhooks?.maxDelayMs ?? 5 * 60_000,
    checkpointEveryMs: options.webhooks?.checkpointEveryMs ?? 10_000,
    logSize: options.webhooks?.logSize ?? 100,
    random: options.webhooks?.random ?? seededRandom('webhook-jitter'),
    target: resolveTarget(options.webhooks?.target),
    post: options.webhooks?.post ?? guardedPost(resolveTarget(options.webhooks?.target)),
    secrets: options.webhooks?.secrets ?? memorySecrets(masterKeyOf(DEV_SECRETS_MASTER_KEY)),
  },
});
