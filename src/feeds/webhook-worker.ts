import { performance } from 'node:perf_hooks';
import type { Services } from '../services.ts';
import { ProblemError } from '../shared/problem.ts';
import type { EventStore, RecordedEvent } from '../store/types.ts';
import { backoffMs } from './backoff.ts';
import { matcherFor } from './filter.ts';
import type { ResolvedWebhookOptions } from './options.ts';
import { readFiltered } from './page.ts';
import type { RegionIndex } from './region-index.ts';
import { webhookChain } from './webhook-chain.ts';
import { persistCheckpoint, workerMetadata } from './webhook-cursor.ts';
import { signedHeaders } from './webhook-signature.ts';
import { feedView } from '../privacy/feed-view.ts';
import type { FailedDelivery, WebhookRow } from './webhook-view.ts';

/** one POST of one batch, as the delivery log shows it */
export interface DeliveryAttempt {
  at: string;
  fromPosition: number;
  throughPosition: number;
  events: number;
  /** 1 for the first try of this batch, n for the n-th consecutive try */
  attempt: number;
  status: 'delivered' | 'failed';
  httpStatus: number | null;
  latencyMs: number;
  error: string | null;
  /** when the next try is due (failed, not yet paused) */
  nextAttemptAt: string | null;
}

export interface RunSummary {
  attempted: number;
  delivered: number;
  failed: number;
  paused: number;
}

type Outcome = 'idle' | 'delivered' | 'failed' | 'paused' | 'error';

/** What the worker knows of a subscription beyond its persisted state; rebuilt from it after a restart. */
interface Runtime {
  /** the view's epoch this was built from: a pause or resume resets failures and the schedule */
  epoch: number;
  /** every matching event up to here was acknowledged (or did not match) */
  checkpoint: number;
  persisted: number;
  persistedAt: number;
  /** events delivered since the last persisted checkpoint: a crash now would redeliver them */
  unpersisted: number;
  /** feed events looked at (none matching) since the last persisted checkpoint */
  skipped: number;
  failures: number;
  nextAttemptAt: number;
  /** the worker paused it and the view has not caught up yet */
  paused: boolean;
  log: DeliveryAttempt[];
}

/** a subscription whose filter matches nothing for this long still moves its persisted checkpoint on */
const SKIP_PERSIST_EVERY = 10_000;

/**
 * Delivers the feed to webhook subscriptions: at least once, in order per subscription, one batch in flight per
 * subscription. A batch is the next `batchSize` matching events after the checkpoint; it is retried (the same
 * events first, so never out of order) with exponential backoff and jitter until a 2xx, and after maxFailures
 * consecutive failures the subscription is paused with the failed batch recorded; resume replays from it.
 *
 * The checkpoint moves in memory on every acknowledged batch and is persisted (a cursor event) at most every
 * `checkpointEveryMs` per subscription, on pause, and on shutdown: after a crash at most that window is
 * redelivered, which at-least-once allows; receivers deduplicate by event id or position.
 *
 * Driven by a timer (`intervalMs`) in production and by `runOnce()` in tests: nothing in here sleeps, retries are
 * due at a time read from the injected clock, jitter comes from the injected random source.
 */
export class WebhookWorker {
  readonly #runtimes = new Map<string, Runtime>();
  readonly #inFlight = new Map<string, Promise<Outcome>>();
  readonly #stop = new AbortController();
  #timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly services: Pick<Services, 'engine' | 'webhooks' | 'clock' | 'store' | 'personalKeys'>,
    private readonly feed: { stored: EventStore; regions: RegionIndex },
    private readonly options: ResolvedWebhookOptions,
    private readonly onError: (error: unknown, webhookId: string) => void = () => {},
  ) {}

  /**
   * Starts the timer (when intervalMs > 0) once `ready` resolves: the subscriptions' read model must have caught up
   * with the feed first, or a checkpoint persisted before a restart could be missed and a range delivered again.
   */
  start(ready: () => Promise<void> = async () => {}): void {
    if (this.options.intervalMs <= 0 || this.#timer) return;
    void ready().then(() => {
      if (this.#stop.signal.aborted || this.#timer) return;
      this.#timer = setInterval(() => void this.runOnce().catch((error: unknown) => this.onError(error, '*')), this.options.intervalMs);
    }, (error: unknown) => this.onError(error, '*'));
  }

  /** stops the timer, aborts requests in flight (their batches are redelivered later) and persists checkpoints */
  async stop(): Promise<void> {
    clearInterval(this.#timer);
    this.#stop.abort();
    await Promise.allSettled([...this.#inFlight.values()]);
    for (const row of this.services.webhooks.all()) {
      const rt = this.#runtimes.get(row.id);
      if (rt && rt.unpersisted > 0 && row.state !== 'deleted') await this.#persist(row.id, rt).catch((error: unknown) => this.onError(error, row.id));
    }
  }

  /** one round: every due subscription delivers (or retries) one batch; resolves when those are answered */
  async runOnce(): Promise<RunSummary> {
    if (this.#stop.signal.aborted) return { attempted: 0, delivered: 0, failed: 0, paused: 0 };
    const now = this.services.clock.now().getTime();
    const started: Array<Promise<Outcome>> = [];
    for (const row of this.services.webhooks.all()) {
      if (row.state === 'deleted') {
        this.#runtimes.delete(row.id);
        continue;
      }
      if (this.#inFlight.has(row.id)) continue;
      const rt = this.#runtimeOf(row);
      const work = row.state !== 'active' || rt.paused
        ? (rt.unpersisted > 0 ? this.#persist(row.id, rt).then(() => 'idle' as const) : undefined)
        : rt.nextAttemptAt <= now ? this.#deliver(row, rt) : undefined;
      if (!work) continue;
      const guarded = work.catch((error: unknown) => {
        this.onError(error, row.id);
        return 'error' as const;
      }).finally(() => this.#inFlight.delete(row.id));
      this.#inFlight.set(row.id, guarded);
      started.push(guarded);
    }
    const outcomes = await Promise.all(started);
    const count = (o: Outcome) => outcomes.filter((x) => x === o).length;
    return { attempted: count('delivered') + count('failed') + count('paused'), delivered: count('delivered'), failed: count('failed'), paused: count('paused') };
  }

  /** newest first */
  deliveries(id: string): DeliveryAttempt[] {
    return [...(this.#runtimes.get(id)?.log ?? [])].reverse();
  }

  status(id: string): { checkpoint: number; consecutiveFailures: number; nextAttemptAt: string | null; unpersisted: number } | null {
    const rt = this.#runtimes.get(id);
    if (!rt) return null;
    return { checkpoint: rt.checkpoint, consecutiveFailures: rt.failures, nextAttemptAt: rt.nextAttemptAt > 0 ? new Date(rt.nextAttemptAt).toISOString() : null, unpersisted: rt.unpersisted };
  }

  #runtimeOf(row: WebhookRow): Runtime {
    const old = this.#runtimes.get(row.id);
    if (old && old.epoch === row.epoch) return old;
    // first sight (start-up, new subscription) or paused/resumed since: back to the persisted state, keeping any
    // acknowledged progress this process made that the view has not seen yet
    const rt: Runtime = {
      epoch: row.epoch,
      checkpoint: Math.max(row.checkpoint, old?.checkpoint ?? 0),
      persisted: Math.max(row.checkpoint, old?.persisted ?? 0),
      persistedAt: old?.persistedAt ?? Number.NEGATIVE_INFINITY,
      unpersisted: old?.unpersisted ?? 0,
      skipped: 0,
      failures: 0,
      nextAttemptAt: 0,
      paused: false,
      log: old?.log ?? [],
    };
    this.#runtimes.set(row.id, rt);
    return rt;
  }

  async #deliver(row: WebhookRow, rt: Runtime): Promise<Outcome> {
    const matches = matcherFor({ types: row.filter.types ?? undefined, chains: row.filter.chains ?? undefined, region: row.filter.region }, this.feed.regions);
    // a receiver gets names and IDs as tokens (src/privacy/feed-view.ts) unless its subscription records the purpose
    // it needs them for (PIPL): then in the clear
    const purpose = row.personalData ? 'clear' : 'tokenised';
    const page = await readFiltered(feedView(this.feed.stored, this.services.personalKeys, purpose), matches, { after: rt.checkpoint, limit: this.options.batchSize });
    const first = page.events[0];
    const last = page.events.at(-1);
    if (!first || !last) {
      rt.checkpoint = Math.max(rt.checkpoint, page.nextAfter);
      rt.skipped += page.scanned;
      if (rt.skipped >= SKIP_PERSIST_EVERY || this.#flushDue(rt)) await this.#persist(row.id, rt);
      return 'idle';
    }
    const sent = await this.#post(row, page.events);
    if (sent.aborted) return 'idle'; // shutting down: not the receiver's failure
    const now = this.services.clock.now();
    const entry: DeliveryAttempt = {
      at: now.toISOString(), fromPosition: first.position, throughPosition: last.position, events: page.events.length,
      attempt: rt.failures + 1, status: sent.ok ? 'delivered' : 'failed', httpStatus: sent.httpStatus, latencyMs: sent.latencyMs, error: sent.error, nextAttemptAt: null,
    };
    this.#record(rt, entry);
    if (sent.ok) {
      rt.checkpoint = page.nextAfter;
      rt.failures = 0;
      rt.nextAttemptAt = 0;
      rt.unpersisted += page.events.length;
      if (this.#flushDue(rt)) await this.#persist(row.id, rt);
      return 'delivered';
    }
    rt.failures += 1;
    if (rt.failures >= row.maxFailures) {
      const failed: FailedDelivery = { fromPosition: first.position, throughPosition: last.position, events: page.events.length, attempts: rt.failures, httpStatus: sent.httpStatus, error: sent.error ?? 'failed', at: entry.at };
      await this.#pause(row, rt, failed);
      return 'paused';
    }
    rt.nextAttemptAt = now.getTime() + backoffMs(rt.failures, this.options);
    entry.nextAttemptAt = new Date(rt.nextAttemptAt).toISOString();
    return 'failed';
  }

  /** the secrets that sign now: the current one, and the one rotated out while its grace period lasts */
  #secretsOf(row: WebhookRow): string[] {
    const open = (ref: string | null, legacy: string | null) => (ref ? this.options.secrets.get(ref) : legacy ?? undefined);
    const current = open(row.secretRef, row.legacySecret);
    const graceful = row.previousValidUntil !== null && this.services.clock.now().toISOString() < row.previousValidUntil;
    const previous = graceful ? open(row.previousSecretRef, row.previousLegacySecret) : undefined;
    return [current, previous].filter((s): s is string => s !== undefined);
  }

  async #post(row: WebhookRow, events: RecordedEvent[]): Promise<{ ok: boolean; aborted: boolean; httpStatus: number | null; latencyMs: number; error: string | null }> {
    const body = JSON.stringify({ webhookId: row.id, events });
    const t = Math.floor(this.services.clock.now().getTime() / 1000);
    const started = performance.now(); // a duration, not a date: the monotonic clock
    const latency = () => Math.round(performance.now() - started);
    const secrets = this.#secretsOf(row);
    if (secrets.length === 0) return { ok: false, aborted: false, httpStatus: null, latencyMs: 0, error: 'signing secret unavailable (secret store or SECRETS_MASTER_KEY)' };
    const positions = `${events[0]?.position}-${events.at(-1)?.position}`;
    try {
      const res = await this.options.post(row.url, {
        headers: {
          'content-type': 'application/json',
          'user-agent': 'fupin-workflow-webhooks/1',
          'x-webhook-id': row.id,
          'x-delivery-positions': positions,
          // the message id is the same on every retry of this batch: receivers deduplicate by it
          ...signedHeaders(secrets, `msg_${row.id}_${positions}`, t, body),
        },
        body,
        signal: AbortSignal.any([AbortSignal.timeout(this.options.timeoutMs), this.#stop.signal]),
      });
      const ok = res.status >= 200 && res.status < 300; // a redirect is an answer we do not follow: a failure
      return { ok, aborted: false, httpStatus: res.status, latencyMs: latency(), error: ok ? null : `HTTP ${res.status}` };
    } catch (error) {
      if (this.#stop.signal.aborted) return { ok: false, aborted: true, httpStatus: null, latencyMs: latency(), error: 'aborted' };
      return { ok: false, aborted: false, httpStatus: null, latencyMs: latency(), error: this.#describe(error) };
    }
  }

  #describe(error: unknown): string {
    const timedOut = (e: unknown): boolean => e instanceof Error && (e.name === 'TimeoutError' || timedOut(e.cause));
    if (timedOut(error) || (error instanceof DOMException && error.name === 'TimeoutError')) return `timeout after ${this.options.timeoutMs} ms`;
    if (error instanceof Error && error.name === 'TargetRefused') return `refused: ${error.message}`;
    if (error instanceof Error) {
      const cause = error.cause as { code?: string; message?: string } | undefined;
      return cause ? `${error.message}: ${cause.code ?? cause.message ?? ''}` : error.message;
    }
    return String(error);
  }

  #flushDue(rt: Runtime): boolean {
    return rt.unpersisted > 0 && this.services.clock.now().getTime() - rt.persistedAt >= this.options.checkpointEveryMs;
  }

  async #persist(id: string, rt: Runtime): Promise<void> {
    if (rt.checkpoint <= rt.persisted && rt.unpersisted === 0) {
      rt.skipped = 0;
      return;
    }
    const through = rt.checkpoint;
    const now = this.services.clock.now();
    await persistCheckpoint(this.services.store, id, through, now.toISOString());
    rt.persisted = Math.max(rt.persisted, through);
    rt.persistedAt = now.getTime();
    rt.unpersisted = 0;
    rt.skipped = 0;
  }

  async #pause(row: WebhookRow, rt: Runtime, failed: FailedDelivery): Promise<void> {
    const occurredAt = this.services.clock.now().toISOString();
    const meta = workerMetadata(occurredAt, row.id);
    try {
      await this.services.engine.execute(webhookChain, row.id, { actor: meta.actor, occurredAt, correlationId: meta.correlationId ?? row.id }, () => [{
        type: 'WebhookPaused',
        data: { reason: 'failures', checkpoint: rt.checkpoint, failed: { ...failed } },
      }], { mustExist: true });
    } catch (error) {
      // paused or deleted by an administrator meanwhile: nothing left to pause
      if (!(error instanceof ProblemError && error.code === 'STEP_NOT_ALLOWED')) throw error;
    }
    rt.paused = true;
    rt.persisted = Math.max(rt.persisted, rt.checkpoint);
    rt.unpersisted = 0;
  }

  #record(rt: Runtime, entry: DeliveryAttempt): void {
    rt.log.push(entry);
    if (rt.log.length > this.options.logSize) rt.log.shift();
  }
}
