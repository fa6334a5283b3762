import { Type } from 'typebox';
import { Actor, FreeObject, Instant, IsoDay, Nullable, Revision, StringEnum } from '../http/contract/types.ts';
import { jsonSchemaOf } from '../http/zod-schema.ts';
import { CalendarSourceSchema, SupersededSchema } from './events.ts';

const Source = Type.Unsafe<unknown>(jsonSchemaOf(CalendarSourceSchema, 'output'));
const Origin = StringEnum(['package', 'configuration', 'published'], 'where the year\'s days come from: the packaged data, CALENDAR_FILE, or a publication through the API');
const Days = Type.Array(IsoDay());
const Changes = Type.Object({ holidaysAdded: Days, holidaysRemoved: Days, workdaysAdded: Days, workdaysRemoved: Days });

const yearProperties = {
  year: Type.Integer(),
  origin: Origin,
  holidays: Type.Array(IsoDay(), { description: 'every day off (放假)' }),
  workdays: Type.Array(IsoDay(), { description: 'the make-up working days (调休上班)' }),
  source: Nullable(Source),
  reason: Nullable(Type.String()),
  revision: Nullable(Revision()),
  recordedAt: Nullable(Instant()),
  versions: Type.Array(Type.Object({
    revision: Revision(),
    type: StringEnum(['CalendarYearPublished', 'CalendarYearCorrected']),
    holidays: Type.Integer({ minimum: 0, description: 'how many' }),
    workdays: Type.Integer({ minimum: 0, description: 'how many' }),
    source: Source,
    reason: Nullable(Type.String()),
    supersedes: Nullable(Type.Unsafe<unknown>(jsonSchemaOf(SupersededSchema, 'output'))),
    changes: Nullable(Changes),
    actor: Actor,
    occurredAt: Instant(),
    recordedAt: Instant(),
  }), { description: 'the events of the year\'s stream, oldest first; the last is in force when origin is published' }),
};

export const CalendarYearAnswer = Type.Object(yearProperties);

export const CalendarPublishedAnswer = Type.Object({
  ...yearProperties,
  calendar: Type.Object({ knownUntil: Nullable(IsoDay()), daysAhead: Type.Integer() }, { description: 'how far ahead the calendar is known now' }),
});

export const CalendarAnswer = Type.Object({
  today: IsoDay('today, China date'),
  knownUntil: Nullable(IsoDay('the last day of the unbroken run of known years from today')),
  daysAhead: Type.Integer(),
  nextYear: Type.Integer({ description: 'the year to publish next' }),
  warningDays: Type.Integer(),
  warning: Nullable(FreeObject('CALENDAR_ENDING or CALENDAR_ENDED, with knownUntil, daysAhead, nextYear and the messages')),
  years: Type.Array(Type.Object({
    year: Type.Integer(),
    origin: Origin,
    holidays: Type.Integer({ minimum: 0 }),
    workdays: Type.Integer({ minimum: 0 }),
    revision: Nullable(Revision()),
    source: Nullable(Source),
    recordedAt: Nullable(Instant()),
  })),
  supersededConfiguration: Type.Array(Type.Integer(), { description: 'years of CALENDAR_FILE superseded by a publication' }),
});
