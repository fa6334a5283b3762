import { SYSTEM_IDENTITY } from '../auth/identity.ts';
import { designationChain } from '../designations/chain.ts';
import { noticesOverAt } from '../../workflows/four-card/context.ts';
import type { ChainDefinition } from '../engine/chain.ts';
import type { Decision } from '../engine/engine.ts';
import type { Services } from '../services.ts';
import { ConcurrencyError } from '../store/errors.ts';
import type { Actor } from '../store/types.ts';
import { laterInstant } from '../shared/instants.ts';
import { ProblemError } from '../shared/problem.ts';

/** notices ended at once; each is its own stream, so they do not contend */
const CONCURRENCY = 64;

const SYSTEM_ACTOR: Actor = { id: SYSTEM_IDENTITY.id, name: SYSTEM_IDENTITY.name, organisation: 'system', capacity: 'system', jurisdiction: '' };

/** a notice whose end has come: the stream, the instant the ending takes effect, and the events that end it */
export interface DueNotice {
  chain: ChainDefinition;
  id: string;
  at: string;
  decisions: Decision[];
}

/** where due notices are found: a read model of one chain, asked at `now` */
export type DueSource = (services: Services, now: string) => DueNotice[];

/** at the notice's end, or when its last objection was resolved if that was later (as instants: offsets differ) */
export const effectiveEnd = (endsAt: string, lastResolvedAt: string | null): string => laterInstant(lastResolvedAt, endsAt);

/** four-card notices: a designation with no open objection completes and is reported to the county */
export const designationNoticesDue: DueSource = ({ designations }, now) =>
  designations.due(now).flatMap((row) => {
    if (!row.context.card) return []; // cannot happen after a declaration; never invent a card
    // a field time may carry any offset ('2026-04-10T23:30:00+08:00' is before '2026-04-10T16:00:00.000Z')
    const at = effectiveEnd(noticesOverAt(row.context) ?? now, row.lastResolvedAt);
    return [{ chain: designationChain, id: row.id, at, decisions: [{ type: 'DesignationCompleted', data: { card: row.context.card, at, reportedTo: row.context.villageCode.slice(0, 6) } }] }];
  });

/**
 * Ends public notices with nobody pressing a button. Deadlines are data (`endsAt` in the NoticePosted event), due
 * ones are found in the read model, which is rebuilt from the feed at start-up: a deadline that passed while the
 * service was down fires on the first run. Several instances may race; the expected revision lets one win and the
 * machine refuses the others, so each notice ends exactly once. Each chain with notices is a due source (four-card
 * designations by default; the app adds monitoring cases).
 */
/** an ending the chain refused (not a lost race): the notice stays open, someone must look at it */
export interface RefusedEnding {
  chain: string;
  id: string;
  code: string;
}

export class NoticeTimer {
  #timer: NodeJS.Timeout | undefined;
  #refused = 0;
  #running: Promise<number> | undefined;
  #lastFailed = false;

  constructor(
    private readonly services: Services,
    private readonly intervalMs: number,
    private readonly sources: readonly DueSource[] = [designationNoticesDue],
    /** told of every refused ending (the app logs it: stream and code, no personal data) */
    private readonly onRefused: (refusal: RefusedEnding) => void = () => undefined,
  ) {}

  /** endings the chains refused since start (a metric): each is also reported to onRefused */
  get refusedEndings(): number {
    return this.#refused;
  }

  start(): void {
    if (this.intervalMs <= 0 || this.#timer) return;
    this.#timer = setInterval(() => this.runDue().catch(() => undefined), this.intervalMs);
    this.runDue().catch(() => undefined);
  }

  async stop(): Promise<void> {
    clearInterval(this.#timer);
    this.#timer = undefined;
    await this.#running;
  }

  /** false when the last run failed (store unreachable …); /ready reports it */
  get healthy(): boolean {
    return !this.#lastFailed;
  }

  /** ends every due notice of every source; returns how many this instance ended */
  runDue(): Promise<number> {
    this.#running ??= this.#run().then(
      (n) => { this.#lastFailed = false; return n; },
      (error: unknown) => { this.#lastFailed = true; throw error; },
    ).finally(() => {
      this.#running = undefined;
    });
    return this.#running;
  }

  async #run(): Promise<number> {
    const { clock, projector } = this.services;
    const now = clock.now().toISOString();
    const due = this.sources.flatMap((source) => source(this.services, now));
    let completed = 0;
    let last = 0;
    // a batch of notices at a time, concurrently: their appends share group commits instead of one sync each
    for (let i = 0; i < due.length; i += CONCURRENCY) {
      const positions = await Promise.all(due.slice(i, i + CONCURRENCY).map((d) => this.#end(d)));
      for (const p of positions) if (p !== null) { completed += 1; last = Math.max(last, p); }
    }
    await projector.waitFor(last);
    return completed;
  }

  /** the position of the ending event, or null when there was nothing left to end */
  async #end(due: DueNotice): Promise<number | null> {
    const ctx = { actor: SYSTEM_ACTOR, occurredAt: due.at, correlationId: `notice-timer:${due.id}` };
    try {
      return (await this.services.engine.execute(due.chain, due.id, ctx, () => due.decisions)).position;
    } catch (error) {
      // another instance ended it first: nothing to do
      if (error instanceof ConcurrencyError) return null;
      if (error instanceof ProblemError) {
        // an objection arrived meanwhile (STEP_NOT_ALLOWED: the next run sees it), or a rule refused the ending:
        // either way the notice stays open, and a refusal that repeats on every run must be seen, not swallowed
        this.#refused += 1;
        this.onRefused({ chain: due.chain.name, id: due.id, code: error.code });
        return null;
      }
      throw error;
    }
  }
}
