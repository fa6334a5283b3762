import type { Identity } from '../auth/identity.ts';
import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import { authorize, outsideJurisdiction } from '../auth/authenticate.ts';
import { within } from '../auth/identity.ts';
import type { CommandName } from '../auth/permissions.ts';
import type { ChainDefinition } from '../engine/chain.ts';
import type { Decision, Outcome } from '../engine/engine.ts';
import type { Loaded } from '../engine/snapshot-cache.ts';
import { caughtUpWithStore } from '../projections/caught-up.ts';
import type { Services } from '../services.ts';
import type { Actor } from '../store/types.ts';
import type { TSchema } from 'typebox';
import { commandContext, withEtag } from './command-context.ts';
import { jsonSchemaOf, parseWith } from './zod-schema.ts';
import { operation } from './contract/operation.ts';
import type { Tag } from './contract/operation.ts';
import { STEP } from './contract/groups.ts';
import type { ProblemRef } from './contract/problems.ts';

/** A kind of case a chain keeps one stream for (a designation, a monitoring case): how to find, place and show one. */
export interface CaseKind<Row extends { id: string }> {
  /** the OpenAPI tag of its routes */
  tag: Tag;
  /** the schema of `present`'s answer */
  answer: TSchema;
  chain: ChainDefinition;
  /** the read model's row, if any (a case outside it does not exist for the caller) */
  get(id: string): Row | undefined;
  /** the village code whose jurisdiction the case is in */
  regionOf(row: Row): string;
  /** the answer to a command: the case as the command left it (for a retried command, as its first answer said) */
  present(row: Row, outcome: Pick<Outcome, 'snapshot' | 'revision'>, identity: Identity | null): unknown;
}

export interface CaseCommand<Row, S extends z.ZodType<{ occurredAt?: string; lateEntryReason?: string }>> {
  path: string;
  /** the operationId */
  id: string;
  /** the summary in Chinese, and in English */
  zh: string;
  summary: string;
  about?: readonly [zh: string, en: string];
  /** the problem codes of the step beyond those every step has (src/http/contract/groups.ts STEP) */
  problems?: readonly ProblemRef[];
  /** an example body, for the document */
  example?: unknown;
  permission: CommandName;
  body: S;
  /** a refusal that does not depend on the stream's state (e.g. separation of duties): throw a ProblemError */
  check?: (body: z.output<S>, row: Row, actor: Actor) => void;
  /**
   * the events of the step. Runs inside the engine after the Idempotency-Key check, so a retried command is
   * answered as it first was even if the facts a rule reads have changed since; may throw a ProblemError.
   */
  decide: (body: z.output<S>, row: Row, actor: Actor, current: Loaded) => Decision[];
}

/** One step on one case: catch up → authorize in its jurisdiction → machine decides → append → answer with state and ETag. */
export const caseCommandRoute = <Row extends { id: string }, S extends z.ZodType<{ occurredAt?: string; lateEntryReason?: string }>>(
  app: FastifyInstance,
  services: Services,
  kind: CaseKind<Row>,
  command: CaseCommand<Row, S>,
): void => {
  app.post<{ Params: { id: string } }>(command.path, {
    schema: {
      ...operation({
        id: command.id, tag: kind.tag, zh: command.zh, en: command.summary, ...(command.about ? { about: command.about } : {}),
        answers: { 200: kind.answer }, etag: true, ifMatch: true, idempotent: true,
        problems: [...STEP, ...(command.problems ?? [])],
        ...(command.example === undefined ? {} : { request: command.example }),
      }),
      params: { type: 'object', properties: { id: { type: 'string', format: 'uuid' } }, required: ['id'] },
      body: jsonSchemaOf(command.body),
    },
  }, async (request, reply) => {
    const body = parseWith(command.body, request.body);
    // judged on read models that hold what was stored when the step arrived (another instance's writes included)
    await caughtUpWithStore(services);
    const row = kind.get(request.params.id);
    if (!row || !request.identity || !within(request.identity, kind.regionOf(row))) throw outsideJurisdiction();
    const actor = authorize(request, command.permission, kind.regionOf(row));
    command.check?.(body, row, actor);
    const ctx = commandContext(request, actor, services.clock, body.occurredAt, body.lateEntryReason);
    const outcome = await services.engine.execute(kind.chain, row.id, ctx, (current) => command.decide(body, row, actor, current), { mustExist: true });
    await services.projector.waitFor(outcome.position);
    return withEtag(reply, outcome).send(kind.present(kind.get(row.id) ?? row, outcome, request.identity ?? null));
  });
};
