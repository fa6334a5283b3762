import { withLocalDays } from '../domain/dates.ts';
import { narrowRegion } from '../http/region-filter.ts';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { authorize, authorizeRead, outsideJurisdiction } from '../auth/authenticate.ts';
import { within } from '../auth/identity.ts';
import { noticeEndsAt } from '../domain/working-days.ts';
import type { CalendarError } from '../domain/working-days.ts';
import type { NoticePeriod } from '../domain/notice-period.ts';
import { creationId } from '../engine/creation-id.ts';
import { commandContext, ifMatchHoldsFor, when } from '../http/command-context.ts';
import { chinaDateOf } from '../domain/dates.ts';
import type { JsonObject } from '../shared/json.ts';
import { jsonSchemaOf, parseWith } from '../http/zod-schema.ts';
import { caughtUpWithStore } from '../projections/caught-up.ts';
import type { Services } from '../services.ts';
import { ProblemError } from '../shared/problem.ts';
import { LISTS_MACHINE_VERSION } from '../../workflows/lists/machines.ts';
import { applyToDesignations } from './apply-to-designations.ts';
import { noticeChain } from './chains.ts';
import { NoticeAnswer, NoticeListAnswer, NoticePostedAnswer } from './answer-schemas.ts';
import { operation } from '../http/contract/operation.ts';
import { DATED, READ, READ_ONE } from '../http/contract/groups.ts';
import { EX } from '../http/contract/examples.ts';

const PostBody = z.object({
  /** the village (12 digits) or township (9 digits) whose board carries the list */
  scopeCode: z.string().regex(/^(\d{9}|\d{12})$/),
  designationIds: z.array(z.uuid()).min(1).max(2000).refine((d) => new Set(d).size === d.length, 'each designation at most once'),
  /** when the list went up on the board: by default when it was posted (occurredAt) */
  startsAt: z.iso.datetime({ offset: true }).optional(),
  /** a longer notice than the policy's minimum ("不少于"); never shorter */
  days: z.number().int().min(1).max(60).optional(),
  ...when,
});
const idParams = { type: 'object', properties: { id: { type: 'string', format: 'uuid' } }, required: ['id'] } as const;

interface NoticeData { machineVersion: string; scopeCode: string; level: 'village' | 'township'; designationIds: string[]; startsAt: string; endsAt: string; period: NoticePeriod }

/** 公示: a list posted in a village or township; its end is computed once, from policy and the calendar. */
export const registerNotices = (app: FastifyInstance, services: Services): void => {
  /** the list to post: level from the board's scope, at least the policy's period, counted from the posting day */
  const plan = (body: z.output<typeof PostBody>, occurredAt: string): NoticeData => {
    const startsAt = body.startsAt ?? occurredAt;
    const policy = services.policies.resolve(body.scopeCode, Number(chinaDateOf(startsAt).slice(0, 4)));
    const period = { ...policy.notice.fourCard, days: Math.max(policy.notice.fourCard.days, body.days ?? 0) };
    const ends = noticeEndsAt(startsAt, period, services.calendar);
    if (!ends.ok) throw calendarProblem(ends.error);
    return { machineVersion: LISTS_MACHINE_VERSION, scopeCode: body.scopeCode, level: body.scopeCode.length === 12 ? 'village' : 'township', designationIds: body.designationIds, startsAt, endsAt: ends.value, period };
  };

  /** the notice as it was posted */
  const posted = async (id: string) => {
    const [event] = await services.store.readStream(`${noticeChain.streamPrefix}${id}`, { limit: 1 });
    if (!event) throw outsideJurisdiction();
    return { data: event.data as unknown as NoticeData, postedBy: event.metadata.actor };
  };

  app.post('/notices', {
    schema: {
      ...operation({
        id: 'postNotice', tag: 'lists', zh: '张贴公示（村级或乡镇级）', en: 'Post a public notice for a list of designations (village or township board)',
        about: [
          '四卡名单须在村、乡两级张榜公示（政策 notice.fourCardLevels）。公示从实际张贴之日起算，不少于政策规定天数，截止日按工作日历计算。名单只列出接受公示的对象，被拒的在 results 中说明；全部被拒则不张贴（422 NOTHING_TO_POST）。',
          'The list is posted at both village and township level (policy notice.fourCardLevels). A notice counts from its real posting, lasts at least the policy\'s period (`days` may ask for longer), and ends on a day computed from the working-day calendar. It lists exactly the designations that accepted it; the others are reported in `results`; if none accepts, nothing is posted (422 NOTHING_TO_POST).',
        ],
        answers: { 201: NoticePostedAnswer }, idempotent: true, location: '/notices/{id}',
        problems: ['FORBIDDEN_ROLE', 'NOT_FOUND', 'NOT_IN_SCOPE', 'NOTHING_TO_POST', 'CALENDAR_YEAR_UNKNOWN', 'INVALID_DATE', 'CONCURRENT_CHANGE', ...DATED],
        request: { scopeCode: EX.village, designationIds: [EX.designationId], startsAt: EX.noticeStartsAt },
      }),
      body: jsonSchemaOf(PostBody),
    },
  }, async (request, reply) => {
    const body = parseWith(PostBody, request.body);
    await caughtUpWithStore(services); // the list is checked against the designations as stored
    const actor = authorize(request, 'notice.post', body.scopeCode);
    const foreign = body.designationIds.filter((id) => !services.designations.get(id)?.context.villageCode.startsWith(body.scopeCode));
    if (foreign.length > 0) throw new ProblemError(422, 'NOT_IN_SCOPE', '名单中有不属于该公示范围的对象', 'Some designations are outside the scope of this notice', { designationIds: foreign });
    const ctx = commandContext(request, actor, services.clock, body.occurredAt, body.lateEntryReason);
    const noticeId = creationId(noticeChain, ctx, services.newId);
    const stream = `${noticeChain.streamPrefix}${noticeId}`;
    const earlier = await services.store.readStream(stream, { limit: 1 });
    // checked before the designations are put on notice: a stale If-Match writes nothing
    if (earlier.length === 0) ifMatchHoldsFor(ctx, -1);
    // a retry answers with the list its first attempt posted; a new one computes its end once, from the posting day
    const planned = earlier[0] ? (earlier[0].data as unknown as NoticeData) : plan(body, ctx.occurredAt);
    // each designation decides for itself (its machine and the chain's invariants); the list holds those that accepted
    const results = await applyToDesignations(services, body.designationIds.map((designationId) => ({
      designationId,
      decisions: [{ type: 'NoticePosted', data: { noticeId, level: planned.level, startsAt: planned.startsAt, endsAt: planned.endsAt } }],
    })), { actor, occurredAt: ctx.occurredAt, correlationId: ctx.correlationId, lateEntryReason: ctx.lateEntryReason }, `notice:${noticeId}`);
    const listed = results.filter((r) => r.ok).map((r) => r.designationId);
    if (listed.length === 0) {
      throw new ProblemError(422, 'NOTHING_TO_POST', '名单中没有可以公示的对象，未张贴公示', 'No designation on the list could be put on notice: nothing was posted', { results });
    }
    await services.engine.execute(noticeChain, noticeId, ctx, () => [{
      type: 'NoticeListPosted',
      data: { ...planned, designationIds: listed, notListed: results.filter((r) => !r.ok).map((r) => ({ designationId: r.designationId, code: r.code ?? null })) } as unknown as JsonObject,
    }]);
    const notice = await posted(noticeId);
    const { scopeCode, level, startsAt, endsAt, period, designationIds } = notice.data;
    return reply.status(201).send({ id: noticeId, scopeCode, level, ...withLocalDays({ startsAt, endsAt }), period, designationIds, results });
  });

  app.get<{ Querystring: { regionCode?: string; running?: boolean } }>('/notices', {
    schema: {
      ...operation({ id: 'listNotices', tag: 'lists', zh: '辖区内的公示及其截止时间', en: 'Notices in your jurisdiction with their end dates', answers: { 200: NoticeListAnswer }, problems: READ }),
      querystring: { type: 'object', properties: { regionCode: { type: 'string', pattern: '^\\d{2,12}$' }, running: { type: 'boolean', description: 'only notices not yet ended' } } },
    },
  }, async (request) => {
    const { jurisdiction } = authorizeRead(request);
    const prefix = narrowRegion(request.query.regionCode, jurisdiction);
    if (prefix === null) return { total: 0, items: [] };
    const items = services.notices.list(prefix, request.query.running ? services.clock.now().toISOString() : undefined);
    return { total: items.length, items: items.map((n) => ({ ...withLocalDays(n), scopeName: services.regions.nameOf(n.scopeCode) })) };
  });

  app.get<{ Params: { id: string } }>('/notices/:id', {
    schema: {
      ...operation({ id: 'getNotice', tag: 'lists', zh: '公示详情：截止时间及名单上各户的状态', en: 'A notice, its end and the state of each designation on it', answers: { 200: NoticeAnswer }, problems: READ_ONE }),
      params: idParams,
    },
  }, async (request) => {
    const { jurisdiction } = authorizeRead(request);
    const { data, postedBy } = await posted(request.params.id);
    if (!within({ jurisdiction }, data.scopeCode)) throw outsideJurisdiction();
    return {
      id: request.params.id,
      ...withLocalDays(data),
      scopeName: services.regions.nameOf(data.scopeCode),
      postedBy,
      designations: data.designationIds.map((id) => {
        const row = services.designations.get(id);
        return { id, state: row?.state ?? null, openObjections: row?.context.openObjections.length ?? 0 };
      }),
    };
  });
};

/** a notice end we cannot compute is refused, never guessed (an unpublished year's holidays would shorten it) */
export const calendarProblem = (error: CalendarError): ProblemError =>
  error.code === 'CALENDAR_YEAR_UNKNOWN'
    ? new ProblemError(422, error.code, `${error.year} 年的节假日安排尚未配置，无法计算公示截止日`, `The holidays of ${error.year} are not configured: the notice end cannot be computed`, { year: error.year })
    : new ProblemError(400, error.code, '日期格式错误', `Invalid date: ${JSON.stringify(error)}`);
