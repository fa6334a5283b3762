import { SYSTEM_IDENTITY } from '../auth/identity.ts';
import { designationChain } from '../designations/chain.ts';
import type { Services } from '../services.ts';
import { ConcurrencyError } from '../store/errors.ts';
import type { Actor } from '../store/types.ts';
import { ProblemError } from '../shared/problem.ts';

const SYSTEM_ACTOR: Actor = { id: SYSTEM_IDENTITY.id, name: SYSTEM_IDENTITY.name, organisation: 'system', capacity: 'system', jurisdiction: '' };

/**
 * Ends public notices with nobody pressing a button. Deadlines are data (`endsAt` in the NoticePosted event), due
 * ones are found in the read model, which is rebuilt from the feed at start-up: a deadline that passed while the
 * service was down fires on the first run. Several instances may race; the expected revision lets one win and the
 * machine refuses the others, so each designation completes exactly once.
 */
export class NoticeTimer {
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<number> | undefined;
  #lastFailed = false;

  constructor(
    private readonly services: Services,
    private readonly intervalMs: number,
  ) {}

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

  /** completes every due designation; returns how many this instance completed */
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
    const { designations, engine, clock, projector } = this.services;
    const now = clock.now().toISOString();
    let completed = 0;
    for (const row of designations.due(now)) {
      if (!row.context.card) continue; // cannot happen after a declaration; never invent a card
      // at the notice's end, or when its last objection was resolved if that was later: compared as instants, since
      // a field time may carry any offset ('2026-04-10T23:30:00+08:00' is before '2026-04-10T16:00:00.000Z')
      const endsAt = Date.parse(row.context.notice?.endsAt ?? now);
      const at = new Date(Math.max(endsAt, row.lastResolvedAt === null ? endsAt : Date.parse(row.lastResolvedAt))).toISOString();
      const ctx = { actor: SYSTEM_ACTOR, occurredAt: at, correlationId: `notice-timer:${row.id}` };
      try {
        const outcome = await engine.execute(designationChain, row.id, ctx, () => [{
          type: 'DesignationCompleted',
          data: { card: row.context.card, at, reportedTo: row.context.villageCode.slice(0, 6) },
        }]);
        await projector.waitFor(outcome.position);
        completed += 1;
      } catch (error) {
        // another instance completed it first, or an objection arrived meanwhile: nothing to do
        if (!(error instanceof ConcurrencyError) && !(error instanceof ProblemError)) throw error;
      }
    }
    return completed;
  }
}
