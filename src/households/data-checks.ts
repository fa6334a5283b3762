import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { authorize, outsideJurisdiction } from '../auth/authenticate.ts';
import { within } from '../auth/identity.ts';
import type { CommandName } from '../auth/permissions.ts';
import { commandContext, withEtag, when } from '../http/command-context.ts';
import { jsonSchemaOf, parseWith } from '../http/zod-schema.ts';
import type { Services } from '../services.ts';
import { ProblemError } from '../shared/problem.ts';
import { householdChain } from './chain.ts';
import { HouseholdAnswerSchema, presentHousehold } from './present.ts';
import { Type } from 'typebox';
import { operation } from '../http/contract/operation.ts';
import { Nullable } from '../http/contract/types.ts';

const threePeople = () =>
  new ProblemError(403, 'SEPARATION_OF_DUTIES', '录入、审核、监督须由三个不同的人完成', 'Entry, review and supervision must be done by three different people');

const Body = z.object({ opinion: z.string().min(1).max(4000), ...when });
const idParams = { type: 'object', properties: { id: { type: 'string', format: 'uuid' } }, required: ['id'] } as const;

/** the household with who entered, reviewed and supervised its facts */
const CheckedAnswer = Type.Object({
  ...HouseholdAnswerSchema.properties,
  dataChecks: Type.Object({
    enteredBy: Nullable(Type.String({ description: 'who entered the facts (1人录入)' })),
    reviewedBy: Nullable(Type.String({ description: 'who reviewed them (1人审核)' })),
    supervisedBy: Nullable(Type.String({ description: 'who supervised the entry (1人监督)' })),
  }),
});

interface Check {
  path: string;
  id: string;
  zh: string;
  summary: string;
  permission: CommandName;
  type: 'HouseholdDataReviewed' | 'HouseholdDataSupervised';
  /** the people of the earlier steps, who may not take this one */
  earlier: (context: { enteredBy: string | null; reviewedBy: string | null }) => (string | null)[];
}

/** seed 002: entered by one person, reviewed by a second, supervised by a third (1人录入、1人审核、1人监督) */
export const registerHouseholdDataChecks = (app: FastifyInstance, services: Services): void => {
  const checks: Check[] = [
    { path: '/households/:id/reviews', id: 'reviewHouseholdData', zh: '农户信息审核（须非录入人）', summary: 'Review the entered facts (审核): someone other than who entered them', permission: 'household.review', type: 'HouseholdDataReviewed', earlier: (c) => [c.enteredBy] },
    { path: '/households/:id/supervisions', id: 'superviseHouseholdData', zh: '农户信息监督（第三人，审核之后）', summary: 'Supervise the entry (监督): a third person, after the review', permission: 'household.supervise', type: 'HouseholdDataSupervised', earlier: (c) => [c.enteredBy, c.reviewedBy] },
  ];
  for (const check of checks) {
    app.post<{ Params: { id: string } }>(check.path, {
      schema: {
        ...operation({
          id: check.id, tag: 'households', zh: check.zh, en: check.summary, answers: { 200: CheckedAnswer }, etag: true, ifMatch: true, idempotent: true,
          problems: ['FORBIDDEN_ROLE', 'NOT_FOUND', 'SEPARATION_OF_DUTIES', 'STEP_NOT_ALLOWED', 'CONCURRENT_CHANGE', 'OCCURRED_IN_FUTURE', 'OCCURRED_BEFORE_PREVIOUS_STEP', 'LATE_ENTRY_REASON_REQUIRED'],
          request: { opinion: '已逐项核对户籍、收入与家庭成员信息，无误', occurredAt: '2026-03-17T10:00:00+08:00' },
        }),
        params: idParams,
        body: jsonSchemaOf(Body),
      },
    }, async (request, reply) => {
      const body = parseWith(Body, request.body);
      const row = services.households.get(request.params.id);
      if (!row || !request.identity || !within(request.identity, row.household.villageCode)) throw outsideJurisdiction();
      const actor = authorize(request, check.permission, row.household.villageCode);
      const current = await services.engine.load(householdChain, row.id);
      if (check.earlier(current.snapshot.context as { enteredBy: string | null; reviewedBy: string | null }).includes(actor.id)) throw threePeople();
      const ctx = commandContext(request, actor, services.clock, body.occurredAt, body.lateEntryReason);
      const outcome = await services.engine.execute(householdChain, row.id, ctx, () => [{ type: check.type, data: { opinion: body.opinion, householdRevision: current.revision } }], { mustExist: true });
      await services.projector.waitFor(outcome.position);
      return withEtag(reply, outcome).send({ ...presentHousehold(services.households.get(row.id) ?? row, request.identity, services.fullIdRoles, services.regions), dataChecks: outcome.snapshot.context });
    });
  }
};
