import { calendarOfYears, daysOfYear } from '../domain/calendar.ts';
import type { CalendarOrigin, WorkingCalendar } from '../domain/calendar.ts';
import type { CalendarYearChanges, CalendarYearDays } from '../domain/calendar-year.ts';
import type { IsoDate } from '../domain/dates.ts';
import type { Projection } from '../projections/projector.ts';
import type { Actor, RecordedEvent } from '../store/types.ts';
import { CORRECTED, PUBLISHED, calendarChain } from './chain.ts';
import { CalendarYearCorrectedDataSchema, CalendarYearPublishedDataSchema } from './events.ts';
import type { CalendarSource, Superseded } from './events.ts';

/** one event of a year's stream: its complete lists, where they come from, who entered them */
export interface CalendarYearVersion extends CalendarYearDays {
  readonly type: typeof PUBLISHED | typeof CORRECTED;
  readonly revision: number;
  readonly position: number;
  readonly source: CalendarSource;
  readonly reason: string | null;
  readonly supersedes: Superseded | null;
  readonly changes: CalendarYearChanges | null;
  readonly actor: Actor;
  readonly occurredAt: string;
  readonly recordedAt: string;
}

/** where a year's days come from now: the packaged data, CALENDAR_FILE, or the events of its stream */
export type YearOrigin = CalendarOrigin | 'published';

export interface CalendarYearEntry extends CalendarYearDays {
  readonly origin: YearOrigin;
  /** the events of the year's stream, oldest first; the last one is in force when origin is 'published' */
  readonly versions: readonly CalendarYearVersion[];
}

const versionOf = (event: RecordedEvent): CalendarYearVersion | null => {
  const base = { revision: event.revision, position: event.position, actor: event.metadata.actor, occurredAt: event.metadata.occurredAt, recordedAt: event.metadata.recordedAt };
  if (event.type === PUBLISHED) {
    const d = CalendarYearPublishedDataSchema.parse(event.data);
    return { ...base, type: PUBLISHED, year: d.year, holidays: d.holidays, workdays: d.workdays, source: d.source, reason: d.reason, supersedes: null, changes: null };
  }
  if (event.type === CORRECTED) {
    const d = CalendarYearCorrectedDataSchema.parse(event.data);
    return { ...base, type: CORRECTED, year: d.year, holidays: d.holidays, workdays: d.workdays, source: d.source, reason: d.reason, supersedes: d.supersedes, changes: d.changes };
  }
  return null;
};

/**
 * The working-day calendar every notice end is computed on: the start-up calendar (packaged data, CALENDAR_FILE)
 * with the years published or corrected through the API over it, a year's latest event in force. Fed by the
 * projector from the global feed, so every instance of the service holds the same years without a restart, and a
 * command that first catches up with the store (every case step does) computes on what was published last.
 */
export class CalendarView implements Projection, WorkingCalendar {
  readonly name = 'calendar';
  readonly streamPrefixes = [calendarChain.streamPrefix];
  readonly #published = new Map<number, CalendarYearVersion[]>();
  #merged: Omit<WorkingCalendar, 'origins'>;

  /** @param base the calendar known at start-up: the packaged data and CALENDAR_FILE */
  constructor(readonly base: WorkingCalendar) {
    this.#merged = base;
  }

  get coveredYears(): ReadonlySet<number> {
    return this.#merged.coveredYears;
  }

  get holidays(): ReadonlySet<IsoDate> {
    return this.#merged.holidays;
  }

  get workdays(): ReadonlySet<IsoDate> {
    return this.#merged.workdays;
  }

  /** where a covered year's days come from */
  originOf(year: number): YearOrigin | null {
    if (this.#published.has(year)) return 'published';
    if (!this.base.coveredYears.has(year)) return null;
    return this.base.origins?.get(year) ?? 'configuration';
  }

  /** a year with its days, origin and events; undefined for a year the calendar does not know */
  year(year: number): CalendarYearEntry | undefined {
    const origin = this.originOf(year);
    if (origin === null) return undefined;
    const versions = this.#published.get(year) ?? [];
    const current = versions.at(-1) ?? daysOfYear(this.base, year);
    if (!current) return undefined;
    return { year, holidays: current.holidays, workdays: current.workdays, origin, versions };
  }

  /** every known year, in order */
  years(): CalendarYearEntry[] {
    return [...this.coveredYears].sort((a, b) => a - b).flatMap((y) => this.year(y) ?? []);
  }

  /** the revision of a year's stream as this view holds it (-1: no event yet) */
  revisionOf(year: number): number {
    return this.#published.get(year)?.at(-1)?.revision ?? -1;
  }

  /** CALENDAR_FILE's years that events of the store supersede (an operator should know their file no longer counts) */
  supersededConfiguration(): number[] {
    return [...this.#published.keys()].filter((y) => this.base.origins?.get(y) === 'configuration').sort((a, b) => a - b);
  }

  apply(event: RecordedEvent): void {
    if (!event.stream.startsWith(calendarChain.streamPrefix)) return;
    const version = versionOf(event);
    if (!version) return;
    this.#published.set(version.year, [...(this.#published.get(version.year) ?? []), version]);
    this.#merged = this.#merge();
  }

  /** the start-up years nobody published over, and each published year's latest lists (a handful of events a year) */
  #merge(): Omit<WorkingCalendar, 'origins'> {
    const years: CalendarYearDays[] = [];
    for (const year of this.base.coveredYears) {
      const days = this.#published.has(year) ? null : daysOfYear(this.base, year);
      if (days) years.push(days);
    }
    for (const versions of this.#published.values()) {
      const latest = versions.at(-1);
      if (latest) years.push(latest);
    }
    return calendarOfYears(years);
  }
}
