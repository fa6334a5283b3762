import type { FastifyInstance } from 'fastify';
import { displayFor } from '../shared/display.ts';
import { z } from 'zod';
import { authorize, outsideJurisdiction } from '../auth/authenticate.ts';
import { within } from '../auth/identity.ts';
import { CardSchema } from '../domain/card.ts';
import { nthDesignationId } from './designation-id.ts';
import { ConcurrencyError } from '../store/errors.ts';
import { commandContext, when, withEtag } from '../http/command-context.ts';
import { jsonSchemaOf, parseWith } from '../http/zod-schema.ts';
import type { Services } from '../services.ts';
import type { JsonObject } from '../shared/json.ts';
import { ProblemError } from '../shared/problem.ts';
import { caughtUpWithStore } from '../projections/caught-up.ts';
import { FOUR_CARD_MACHINE_VERSION } from '../../workflows/registry.ts';
import { assessProposal, incomeYearOf } from './assess.ts';
import { designationChain } from './chain.ts';
import { presentDesignation } from './present.ts';
import { rowAt } from './row-at.ts';
import { DECLARE_EXAMPLE, DesignationAnswer } from './answer-schemas.ts';
import { operation } from '../http/contract/operation.ts';
import { DATED } from '../http/contract/groups.ts';

const DeclareBody = z.object({
  householdId: z.uuid(),
  /** the designation year: whose policy applies */
  year: z.number().int().min(2000).max(2100),
  /** the year whose income is judged; by default the policy's (华容 2020: 2019) */
  incomeYear: z.number().int().min(2000).max(2100).optional(),
  proposedCard: CardSchema,
  opinion: z.string().min(1).max(4000),
  ...when,
});

const designationOpen = (designationId: string) =>
  new ProblemError(409, 'DESIGNATION_OPEN', '该户已有进行中的认定', 'This household already has a designation in progress', { designationId });

/** 初核申报: the investigator's visit, income computed from the household's facts, a proposed card, a signature. */
export const registerDeclare = (app: FastifyInstance, services: Services): void => {
  app.post('/designations', {
    schema: {
      ...operation({
        id: 'declareDesignation',
        tag: 'designations',
        zh: '初核申报',
        en: 'Initial check and declaration',
        about: [
          '调查人入户核实后申报：按该户登记的事实核算人均纯收入，按本地政策核对所提卡别（如"不得评为黄卡或蓝卡"的情形，422 CARD_RULE_REFUSED）；存疑情形作为 warnings 随后每个签字人可见。一户同时只能有一个进行中的认定（409 DESIGNATION_OPEN）。',
          'The investigator\'s declaration after the visit: per-capita income is computed from the household\'s recorded facts and the proposed card is checked against the region\'s policy (a "never yellow or blue" rule refuses with 422 CARD_RULE_REFUSED naming the rule); doubtful cases become warnings every later signer sees. One open designation per household (409 DESIGNATION_OPEN).',
        ],
        answers: { 201: DesignationAnswer },
        etag: true,
        idempotent: true,
        location: '/designations/{id}',
        problems: ['FORBIDDEN_ROLE', 'NOT_FOUND', 'DESIGNATION_OPEN', 'CARD_RULE_REFUSED', 'HOUSEHOLD_FACTS_MISSING', 'INCOME_MISSING', 'CONCURRENT_CHANGE', ...DATED],
        request: DECLARE_EXAMPLE,
      }),
      body: jsonSchemaOf(DeclareBody),
    },
  }, async (request, reply) => {
    const body = parseWith(DeclareBody, request.body);
    await caughtUpWithStore(services);
    const household = services.households.get(body.householdId);
    if (!household || !request.identity || !within(request.identity, household.household.villageCode)) throw outsideJurisdiction();
    const facts = household.household;
    const actor = authorize(request, 'designation.declare', facts.villageCode);
    const ctx = commandContext(request, actor, services.clock, body.occurredAt, body.lateEntryReason);
    // one open designation per household, also when requests race or instances share the database: the id of a
    // household's n-th designation is derived from (household, n), so racing declarations address one stream and
    // the store lets one of them start it; a retry of the open one's declaration is answered as the first time
    const open = services.designations.openFor(household.id);
    if (open && ctx.idempotencyKey === undefined) throw designationOpen(open.id);
    const earlier = services.designations.list(facts.villageCode).filter((r) => r.context.householdId === household.id).length;
    const id = open?.id ?? nthDesignationId(household.id, earlier);
    // judged when the command is new: a retry is answered as the first time, whatever the facts are now
    const outcome = await services.engine.execute(designationChain, id, ctx, () => {
      if (open) throw designationOpen(open.id); // the open one was not started by this command
      const incomeYear = incomeYearOf(services, facts.villageCode, body.year, body.incomeYear);
      const { perCapitaIncome, warnings, suggestion, policy } = assessProposal(services, facts, body.year, incomeYear, body.proposedCard);
      return [{
        type: 'InitialCheckDeclared',
        data: {
          householdId: household.id,
          householdRevision: household.revision,
          villageCode: facts.villageCode,
          year: body.year,
          incomeYear,
          noticeLevels: policy.notice.fourCardLevels,
          proposedCard: body.proposedCard,
          suggestedCard: suggestion.card,
          suggestion,
          perCapitaIncome,
          warnings,
          opinion: body.opinion,
          machineVersion: FOUR_CARD_MACHINE_VERSION,
          minInspectors: policy.spotCheck.minInspectors,
          facts,
        } as unknown as JsonObject,
      }];
    }).catch((error: unknown) => {
      if (error instanceof ConcurrencyError || (error instanceof ProblemError && error.code === 'STEP_NOT_ALLOWED')) throw designationOpen(id);
      throw error;
    });
    await services.projector.waitFor(outcome.position);
    const row = services.designations.get(id);
    if (!row) throw new Error('designation not projected');
    return withEtag(reply.status(201), outcome).send(presentDesignation(rowAt(row, outcome), displayFor(services, request.identity ?? null)));
  });
};
