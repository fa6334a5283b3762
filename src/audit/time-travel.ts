import { objectionsOf } from '../shared/objections.ts';
import { displayFor } from '../shared/display.ts';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { FourCardContext } from '../../workflows/four-card/context.ts';
import { authorizeRead, outsideJurisdiction } from '../auth/authenticate.ts';
import { within } from '../auth/identity.ts';
import { designationChain } from '../designations/chain.ts';
import { presentDesignation } from '../designations/present.ts';
import { isInstant } from '../domain/dates.ts';
import { stateName } from '../engine/fold.ts';
import { positionParam } from '../http/query-params.ts';
import type { Services } from '../services.ts';
import { ProblemError } from '../shared/problem.ts';
import { regionOfStream } from './access.ts';
import { DesignationStateAnswer } from '../designations/answer-schemas.ts';
import { operation } from '../http/contract/operation.ts';
import { READ_ONE } from '../http/contract/groups.ts';

const Params = Type.Object({ id: Type.String({ format: 'uuid' }) });
const Query = Type.Object({
  revision: Type.Optional(positionParam('the state right after this revision')),
  at: Type.Optional(Type.String({ description: 'ISO instant with an offset: the state as the system knew it then (events recorded by that instant)' })),
});

/** 时间回溯: a designation's state as of a revision or an instant, rebuilt by replaying its stored events. */
export const registerTimeTravel = (app: FastifyInstance, services: Services): void => {
  app.get<{ Params: { id: string }; Querystring: { revision?: number; at?: string } }>('/designations/:id/state', {
    schema: {
      ...operation({
        id: 'getDesignationStateAt', tag: 'audit', zh: '时间回溯：某一版本或时刻的认定状态（重放重建）', en: 'Time travel: the state of a designation as of ?revision=N or ?at=<instant>, rebuilt by replay',
        answers: { 200: DesignationStateAnswer }, problems: [...READ_ONE, 'NOT_YET_RECORDED', 'INVALID_INSTANT'],
      }),
      params: Params,
      querystring: Query,
    },
  }, async (request) => {
    const identity = authorizeRead(request);
    const { id } = request.params;
    const { revision, at } = request.query;
    if (at !== undefined && !isInstant(at)) throw new ProblemError(400, 'INVALID_INSTANT', '时间格式错误，应为带时区的 ISO 时间', 'at must be an ISO instant with an offset, e.g. 2026-03-27T08:00:00Z');
    const region = await regionOfStream(services, `${designationChain.streamPrefix}${id}`);
    if (region === null || !within(identity, region)) throw outsideJurisdiction();
    const recordedBy = at === undefined ? undefined : new Date(Date.parse(at)).toISOString();
    const replayed = await services.engine.stateAt(designationChain, id, { revision, recordedBy });
    const first = replayed?.events[0];
    const last = replayed?.events.at(-1);
    if (!replayed || !first || !last) {
      throw new ProblemError(404, 'NOT_YET_RECORDED', '该时间点尚无此认定记录', 'The designation had no recorded step by then', { revision, at });
    }
    const context = replayed.snapshot.context as FourCardContext;
    const view = presentDesignation({
      id,
      state: stateName(replayed.snapshot),
      context,
      revision: replayed.revision,
      version: designationChain.versionOf(first),
      declaredAt: first.metadata.recordedAt,
      updatedAt: last.metadata.recordedAt,
      lastResolvedAt: [...replayed.events].reverse().find((e) => e.type === 'ObjectionResolved')?.metadata.occurredAt ?? null,
      reportedTo: String([...replayed.events].reverse().find((e) => e.type === 'DesignationCompleted')?.data.reportedTo ?? '') || null,
    }, { ...displayFor(services, identity), objections: () => objectionsOf(replayed.events) });
    return {
      ...view,
      asOf: { revision: revision ?? null, at: recordedBy ?? null },
      lastStep: { revision: last.revision, step: last.type, actor: last.metadata.actor, occurredAt: last.metadata.occurredAt, recordedAt: last.metadata.recordedAt, hash: last.hash },
    };
  });
};
