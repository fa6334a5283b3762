import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { authorize, authorizeRead, outsideJurisdiction } from '../auth/authenticate.ts';
import { within } from '../auth/identity.ts';
import { noticeEndsAt } from '../domain/working-days.ts';
import type { CalendarError } from '../domain/working-days.ts';
import type { NoticePeriod } from '../domain/notice-period.ts';
import { creationId } from '../engine/creation-id.ts';
import { commandContext } from '../http/command-context.ts';
import { jsonSchemaOf, parseWith } from '../http/zod-schema.ts';
import { caughtUpWithStore } from '../projections/caught-up.ts';
import type { Services } from '../services.ts';
import { ProblemError } from '../shared/problem.ts';
import { LISTS_MACHINE_VERSION } from '../../workflows/lists/machines.ts';
import { applyToDesignations } from './apply-to-designations.ts';
import { noticeChain } from './chains.ts';

const PostBody = z.object({
  /** the village (12 digits) or township (9 digits) whose board carries the list */
  scopeCode: z.string().regex(/^(\d{9}|\d{12})$/),
  designationIds: z.array(z.uuid()).min(1).max(2000).refine((d) => new Set(d).size === d.length, 'each designation at most once'),
  startsAt: z.iso.datetime({ offset: true }),
});
const idParams = { type: 'object', properties: { id: { type: 'string', format: 'uuid' } }, required: ['id'] } as const;

interface NoticeData { machineVersion: string; scopeCode: string; designationIds: string[]; startsAt: string; endsAt: string; period: NoticePeriod }

/** 公示: a list posted in a village or township; its end is computed once, from policy and the calendar. */
export const registerNotices = (app: FastifyInstance, services: Services): void => {
  /** the notice as it was posted */
  const posted = async (id: string) => {
    const [event] = await services.store.readStream(`${noticeChain.streamPrefix}${id}`, { limit: 1 });
    if (!event) throw outsideJurisdiction();
    return { data: event.data as unknown as NoticeData, postedBy: event.metadata.actor };
  };

  app.post('/notices', { schema: { tags: ['lists'], summary: 'Post a public notice (公示) for a list of designations', body: jsonSchemaOf(PostBody) } }, async (request, reply) => {
    const body = parseWith(PostBody, request.body);
    await caughtUpWithStore(services); // the list is checked against the designations as stored
    const actor = authorize(request, 'notice.post', body.scopeCode);
    const foreign = body.designationIds.filter((id) => !services.designations.get(id)?.context.villageCode.startsWith(body.scopeCode));
    if (foreign.length > 0) throw new ProblemError(422, 'NOT_IN_SCOPE', '名单中有不属于该公示范围的对象', 'Some designations are outside the scope of this notice', { designationIds: foreign });
    const ctx = commandContext(request, actor, services.clock);
    // the end is computed when the command is new; a retry finds the notice it posted, with the end recorded then
    const outcome = await services.engine.execute(noticeChain, creationId(noticeChain, ctx, services.newId), ctx, () => {
      const policy = services.policies.resolve(body.scopeCode, Number(body.startsAt.slice(0, 4)));
      const ends = noticeEndsAt(body.startsAt, policy.notice.fourCard, services.calendar);
      if (!ends.ok) throw calendarProblem(ends.error);
      return [{
        type: 'NoticeListPosted',
        data: { machineVersion: LISTS_MACHINE_VERSION, scopeCode: body.scopeCode, designationIds: body.designationIds, startsAt: body.startsAt, endsAt: ends.value, period: policy.notice.fourCard },
      }];
    });
    const noticeId = outcome.stream.slice(noticeChain.streamPrefix.length);
    const notice = await posted(noticeId);
    const results = await applyToDesignations(services, notice.data.designationIds.map((designationId) => ({
      designationId, decisions: [{ type: 'NoticePosted', data: { noticeId, startsAt: notice.data.startsAt, endsAt: notice.data.endsAt } }],
    })), { actor, occurredAt: ctx.occurredAt, correlationId: ctx.correlationId }, `notice:${noticeId}`);
    const { scopeCode, startsAt, endsAt, period } = notice.data;
    return reply.status(outcome.replayed ? 200 : 201).send({ id: noticeId, scopeCode, startsAt, endsAt, period, results });
  });

  app.get<{ Querystring: { regionCode?: string; running?: boolean } }>('/notices', {
    schema: { tags: ['lists'], summary: 'Notices in your jurisdiction with their end dates', querystring: { type: 'object', properties: { regionCode: { type: 'string', pattern: '^\\d{2,12}$' }, running: { type: 'boolean' } } } },
  }, async (request) => {
    const { jurisdiction } = authorizeRead(request);
    const prefix = request.query.regionCode ?? jurisdiction;
    if (!prefix.startsWith(jurisdiction)) return { total: 0, items: [] };
    const items = services.notices.list(prefix, request.query.running ? services.clock.now().toISOString() : undefined);
    return { total: items.length, items };
  });

  app.get<{ Params: { id: string } }>('/notices/:id', { schema: { tags: ['lists'], summary: 'A notice, its end and the state of each designation on it', params: idParams } }, async (request) => {
    const { jurisdiction } = authorizeRead(request);
    const { data, postedBy } = await posted(request.params.id);
    if (!within({ jurisdiction }, data.scopeCode)) throw outsideJurisdiction();
    return {
      id: request.params.id,
      ...data,
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
