import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import { authorize, outsideJurisdiction } from '../auth/authenticate.ts';
import { within } from '../auth/identity.ts';
import type { CommandName } from '../auth/permissions.ts';
import type { Decision } from '../engine/engine.ts';
import { commandContext, withEtag } from '../http/command-context.ts';
import { jsonSchemaOf, parseWith } from '../http/zod-schema.ts';
import type { Services } from '../services.ts';
import { ProblemError } from '../shared/problem.ts';
import type { Actor } from '../store/types.ts';
import { designationChain } from './chain.ts';
import { presentDesignation } from './present.ts';
import type { DesignationRow } from './projection.ts';
import { rowAt } from './row-at.ts';

export interface DesignationCommand<S extends z.ZodType<{ occurredAt?: string }>> {
  path: string;
  summary: string;
  permission: CommandName;
  body: S;
  /** 谁调查谁不复核: the one who did the initial check may not take this step */
  separateFromDeclarer?: boolean;
  decide: (body: z.output<S>, row: DesignationRow, actor: Actor) => Decision[];
}

export const separationOfDuties = () =>
  new ProblemError(403, 'SEPARATION_OF_DUTIES', '初核人不能复核或抽查本人申报的对象', 'Whoever did the initial check may not review or spot-check it');

/** One step on one designation: authorize in its jurisdiction → machine decides → append → answer with state and ETag. */
export const designationCommandRoute = <S extends z.ZodType<{ occurredAt?: string }>>(app: FastifyInstance, services: Services, command: DesignationCommand<S>): void => {
  app.post<{ Params: { id: string } }>(command.path, {
    schema: { tags: ['designations'], summary: command.summary, params: { type: 'object', properties: { id: { type: 'string', format: 'uuid' } }, required: ['id'] }, body: jsonSchemaOf(command.body) },
  }, async (request, reply) => {
    const body = parseWith(command.body, request.body);
    const row = services.designations.get(request.params.id);
    if (!row || !request.identity || !within(request.identity, row.context.villageCode)) throw outsideJurisdiction();
    const actor = authorize(request, command.permission, row.context.villageCode);
    if (command.separateFromDeclarer && actor.id === row.context.declaredBy) throw separationOfDuties();
    const ctx = commandContext(request, actor, services.clock, body.occurredAt);
    const outcome = await services.engine.execute(designationChain, row.id, ctx, () => command.decide(body, row, actor), { mustExist: true });
    await services.projector.waitFor(outcome.position);
    return withEtag(reply, outcome).send(presentDesignation(rowAt(services.designations.get(row.id) ?? row, outcome)));
  });
};
