import { calendarStatus } from '../calendar/status.ts';
import type { CalendarStatus } from '../calendar/status.ts';
import type { CalendarView } from '../calendar/view.ts';
import type { IsoDate } from '../domain/dates.ts';
import type { Clock } from '../shared/clock.ts';

/** the few logger calls the watch makes (pino's and Fastify's loggers have them) */
export interface CalendarLog {
  info(object: object, message: string): void;
  warn(object: object, message: string): void;
  error(object: object, message: string): void;
}

/**
 * Says in the log how far ahead the working-day calendar is known: at start-up, and again on the first check of
 * every China day — a warning from CALENDAR_WARNING_DAYS before the calendar ends (and after it has), otherwise one
 * info line. Days are those of the injected clock; the interval (the notice timer's) only bounds how late in a new
 * day the line comes. /ready and the `calendar_days_ahead` gauge say the same on every request.
 */
export class CalendarWatch {
  #timer: NodeJS.Timeout | undefined;
  #started: Promise<void> | undefined;
  #stopped = false;
  #loggedOn: IsoDate | null = null;

  constructor(
    private readonly services: { calendar: CalendarView; clock: Clock; calendarWarningDays: number },
    private readonly intervalMs: number,
    private readonly log: CalendarLog,
  ) {}

  /**
   * Checks once the read models hold what the store held (`ready`: the projector starts after this is called), then
   * every `intervalMs` (0: no timer; tests call check()). Resolves after the start-up check.
   */
  start(ready: () => Promise<void> = async () => {}): Promise<void> {
    this.#started ??= ready().then(() => {
      if (this.#stopped) return;
      const superseded = this.services.calendar.supersededConfiguration();
      if (superseded.length > 0) {
        this.log.warn({ years: superseded }, 'CALENDAR_FILE years superseded by published calendar events (the events are in force)');
      }
      this.check();
      if (this.intervalMs > 0) this.#timer = setInterval(() => this.#checkSafely(), this.intervalMs);
    }, (error: unknown) => this.log.error({ error: String(error) }, 'calendar watch could not start'));
    return this.#started;
  }

  stop(): void {
    this.#stopped = true;
    clearInterval(this.#timer);
    this.#timer = undefined;
  }

  /** the calendar's status now; logged if nothing was logged yet on this China day */
  check(): CalendarStatus & { logged: boolean } {
    const status = calendarStatus(this.services);
    if (this.#loggedOn === status.today) return { ...status, logged: false };
    this.#loggedOn = status.today;
    const fields = { calendarKnownUntil: status.knownUntil, calendarDaysAhead: status.daysAhead, nextYear: status.nextYear, warningDays: status.warningDays };
    if (status.warning) this.log.warn({ ...fields, code: status.warning.code }, status.warning.en);
    else this.log.info(fields, `working-day calendar known until ${status.knownUntil ?? 'never'}`);
    return { ...status, logged: true };
  }

  #checkSafely(): void {
    try {
      this.check();
    } catch (error) {
      this.log.error({ error: String(error) }, 'calendar watch check failed');
    }
  }
}
