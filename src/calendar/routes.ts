import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { authorize, identityOf } from '../auth/authenticate.ts';
import { calendarYearChanges, calendarYearProblems, sortedYear } from '../domain/calendar-year.ts';
import type { CalendarYearProblem } from '../domain/calendar-year.ts';
import { yearUnknown } from '../domain/calendar-errors.ts';
import { IsoDateSchema } from '../domain/dates.ts';
import type { Decision } from '../engine/engine.ts';
import { unencapsulated } from '../feeds/context.ts';
import { commandContext, withEtag } from '../http/command-context.ts';
import { jsonSchemaOf, parseWith } from '../http/zod-schema.ts';
import { caughtUpWithStore } from '../projections/caught-up.ts';
import type { Services } from '../services.ts';
import type { JsonObject } from '../shared/json.ts';
import { ProblemError } from '../shared/problem.ts';
import { CalendarWatch } from '../timers/calendar-watch.ts';
import { CALENDAR_MACHINE_VERSION } from '../../workflows/calendar/machine.ts';
import { CORRECTED, PUBLISHED, calendarChain } from './chain.ts';
import { CalendarSourceSchema } from './events.ts';
import { calendarStatus } from './status.ts';
import type { CalendarYearEntry, CalendarYearVersion } from './view.ts';
import { CalendarAnswer, CalendarPublishedAnswer, CalendarYearAnswer } from './answer-schemas.ts';
import { operation } from '../http/contract/operation.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** logs how far ahead the calendar is known, at start-up and once a day; `check()` in tests */
    calendarWatch: CalendarWatch;
  }
}

/** the bounds of a plausible year: the packaged data starts in 2004 */
const FIRST_YEAR = 2000;
const LAST_YEAR = 2099;

const PublishBody = z.strictObject({
  year: z.number().int().min(FIRST_YEAR).max(LAST_YEAR).describe('the year the lists are for'),
  holidays: z.array(IsoDateSchema).min(1).max(366).describe('every day off (放假), the weekend days inside a holiday block included'),
  workdays: z.array(IsoDateSchema).max(366).describe('the make-up working days (调休上班), each a Saturday or Sunday'),
  source: CalendarSourceSchema,
  reason: z.string().trim().min(1).max(2000).optional().describe('why: required to correct a year already known'),
});
type PublishBody = z.output<typeof PublishBody>;

const YearParams = { type: 'object', properties: { year: { type: 'string', pattern: '^\\d{4}$' } }, required: ['year'] } as const;

const refused = (problems: readonly CalendarYearProblem[]): ProblemError => {
  const [first] = problems;
  if (!first) throw new Error('refused without a problem');
  return new ProblemError(422, first.code, `节假日安排有误：${first.zh}`, `The calendar year is refused: ${first.en}`, {
    problems: problems.map((p) => ({ code: p.code, field: p.field, dates: p.dates, message_zh: p.zh, message_en: p.en })),
  });
};

const presentVersion = (v: CalendarYearVersion) => ({
  revision: v.revision,
  type: v.type,
  holidays: v.holidays.length,
  workdays: v.workdays.length,
  source: v.source,
  reason: v.reason,
  supersedes: v.supersedes,
  changes: v.changes,
  actor: v.actor,
  occurredAt: v.occurredAt,
  recordedAt: v.recordedAt,
});

/** a year with its days and where they come from; `versions` are the events of its stream, the last one in force */
const presentYear = (entry: CalendarYearEntry) => {
  const current = entry.origin === 'published' ? entry.versions.at(-1) : undefined;
  return {
    year: entry.year,
    origin: entry.origin,
    holidays: entry.holidays,
    workdays: entry.workdays,
    source: current?.source ?? null,
    reason: current?.reason ?? null,
    revision: current?.revision ?? null,
    recordedAt: current?.recordedAt ?? null,
    versions: entry.versions.map(presentVersion),
  };
};

/**
 * The working-day calendar over the API. Administrators publish a year once the State Council has (`POST
 * /calendar/years`), or correct one already known: every publication and correction is an event of the year's
 * stream ('calendar-<year>'), signed by its actor, and the calendar view (src/calendar/view.ts) folds them into the
 * calendar every notice end is computed on, in every instance, without a restart. Anyone signed in may read it.
 */
export const calendarRoutes: FastifyPluginAsync<{ services: Services; intervalMs: number }> = unencapsulated(async (app, { services, intervalMs }) => {
  const watch = new CalendarWatch(services, intervalMs, app.log);
  app.decorate('calendarWatch', watch);
  // the projector catches up in buildApp's own onReady hook, after this one: the watch's first check waits for it
  app.addHook('onReady', async () => void watch.start(() => caughtUpWithStore(services)));
  app.addHook('onClose', async () => watch.stop());

  const decide = (body: PublishBody, revision: number): Decision => {
    // the stream's revision as the engine loaded it, against the view the correction is judged on: both must be current
    if (services.calendar.revisionOf(body.year) !== revision) {
      throw new ProblemError(409, 'CONCURRENT_CHANGE', '该年度节假日安排刚被他人修改，请刷新后重试', `The calendar of ${body.year} was just changed by someone else; reload and retry`);
    }
    const days = sortedYear(body);
    const lists = { machineVersion: CALENDAR_MACHINE_VERSION, year: days.year, holidays: [...days.holidays], workdays: [...days.workdays], source: body.source };
    const before = services.calendar.year(body.year);
    if (!before) return { type: PUBLISHED, data: { ...lists, reason: body.reason ?? null } as JsonObject };
    if (!body.reason) {
      throw new ProblemError(422, 'CALENDAR_CORRECTION_REASON_REQUIRED', `${body.year}年的节假日安排已有（${before.origin}），更正须说明理由（reason）`,
        `${body.year} is already known (${before.origin}): a correction needs a reason`, { year: body.year, origin: before.origin });
    }
    const supersedes = { origin: before.origin, revision: before.origin === 'published' ? revision : null };
    return { type: CORRECTED, data: { ...lists, reason: body.reason, supersedes, changes: calendarYearChanges(before, days) } as unknown as JsonObject };
  };

  app.post('/calendar/years', {
    schema: {
      ...operation({
        id: 'publishCalendarYear', tag: 'calendar', zh: '发布或更正某年的节假日安排（管理员）', en: "Publish a year of the working-day calendar from the State Council's notice, or correct a year already known (administrators)",
        about: ['每年 11 月国务院公布次年节假日安排后发布；更正已有年度须说明理由。每个实例无需重启即按新日历计算公示截止日。重试（同一 Idempotency-Key）答复 200。', "Publish next year's holidays each November, once the State Council has; correcting a year already known needs a reason. Every instance computes notice ends on it without a restart. A retry with the same Idempotency-Key is answered 200."],
        answers: { 201: CalendarPublishedAnswer, 200: CalendarPublishedAnswer }, etag: true, idempotent: true, location: '/calendar/years/{year}',
        problems: ['FORBIDDEN_ROLE', 'CONCURRENT_CHANGE', 'CALENDAR_CORRECTION_REASON_REQUIRED', 'CALENDAR_DATE_OUTSIDE_YEAR', 'CALENDAR_DATE_REPEATED', 'CALENDAR_DAY_BOTH_HOLIDAY_AND_WORKDAY', 'CALENDAR_MAKEUP_DAY_NOT_WEEKEND', 'CALENDAR_NEW_YEAR_NOT_HOLIDAY', 'STEP_NOT_ALLOWED'],
        request: {
          year: 2027,
          holidays: ['2027-01-01', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11', '2027-02-12', '2027-02-13'],
          workdays: ['2027-02-14'],
          source: { title: '国务院办公厅关于2027年部分节假日安排的通知', documentNumber: '国办发明电〔2026〕12号', publishedOn: '2026-11-10' },
        },
      }),
      body: jsonSchemaOf(PublishBody),
    },
  }, async (request, reply) => {
    const actor = authorize(request, 'calendar.publish', null); // the whole deployment's calendar: no region
    const body = parseWith(PublishBody, request.body);
    const problems = calendarYearProblems(body);
    if (problems.length > 0) throw refused(problems);
    // judged on the calendar as stored, another instance's publication included
    await caughtUpWithStore(services);
    const outcome = await services.engine.execute(calendarChain, String(body.year), commandContext(request, actor, services.clock), (current) => [decide(body, current.revision)]);
    await services.projector.waitFor(outcome.position);
    const entry = services.calendar.year(body.year);
    if (!entry) throw new Error(`calendar ${body.year} not projected`);
    const { knownUntil, daysAhead } = calendarStatus(services);
    void reply.header('location', `/calendar/years/${body.year}`);
    return withEtag(reply.status(201), outcome).send({ ...presentYear(entry), calendar: { knownUntil, daysAhead } });
  });

  app.get('/calendar', {
    schema: operation({ id: 'getCalendar', tag: 'calendar', zh: '工作日历：已知年度、已知到哪一天、即将用尽时的提示', en: 'The working-day calendar: the years it knows, until which day, and the warning when it ends soon', answers: { 200: CalendarAnswer } }),
  }, async (request) => {
    identityOf(request);
    const status = calendarStatus(services);
    return {
      today: status.today,
      knownUntil: status.knownUntil,
      daysAhead: status.daysAhead,
      nextYear: status.nextYear,
      warningDays: status.warningDays,
      warning: status.warning,
      years: services.calendar.years().map((y) => {
        const current = y.origin === 'published' ? y.versions.at(-1) : undefined;
        return { year: y.year, origin: y.origin, holidays: y.holidays.length, workdays: y.workdays.length, revision: current?.revision ?? null, source: current?.source ?? null, recordedAt: current?.recordedAt ?? null };
      }),
      supersededConfiguration: services.calendar.supersededConfiguration(),
    };
  });

  app.get<{ Params: { year: string } }>('/calendar/years/:year', {
    schema: {
      ...operation({
        id: 'getCalendarYear', tag: 'calendar', zh: '某年的节假日与调休上班日、来源及每次发布和更正', en: 'A year of the calendar: its holidays and make-up working days, where they come from, and every publication and correction',
        answers: { 200: CalendarYearAnswer }, etag: true, problems: [['CALENDAR_YEAR_UNKNOWN', 404]],
      }),
      params: YearParams,
    },
  }, async (request, reply) => {
    identityOf(request);
    const year = Number(request.params.year);
    const entry = services.calendar.year(year);
    if (!entry) {
      const unknown = yearUnknown(year);
      throw new ProblemError(404, unknown.code, unknown.zh, unknown.en, { year });
    }
    if (entry.origin === 'published') withEtag(reply, { revision: services.calendar.revisionOf(year), replayed: false });
    return presentYear(entry);
  });
});
