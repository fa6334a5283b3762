import { z } from 'zod';
import { when } from '../http/command-context.ts';
import type { FastifyInstance } from 'fastify';
import { outsideJurisdiction } from '../auth/authenticate.ts';
import { CardSchema } from '../domain/card.ts';
import type { Services } from '../services.ts';
import type { JsonObject } from '../shared/json.ts';
import { assessProposal } from './assess.ts';
import { designationCommandRoute } from './command-route.ts';
import type { DesignationRow } from './projection.ts';
import type { Card } from '../domain/card.ts';

const reason = z.string().min(1).max(2000);
const opinion = z.string().min(1).max(4000);

/** The single-designation steps: withdrawal, re-check after a send-back, township review, objections. */
/** a declared designation always has a card; confirming one without would be a bug, not a default */
const cardOf = (row: DesignationRow): Card => {
  if (!row.context.card) throw new Error(`designation ${row.id} has no card`);
  return row.context.card;
};

export const registerDesignationSteps = (app: FastifyInstance, services: Services): void => {
  designationCommandRoute(app, services, {
    path: '/designations/:id/withdrawal',
    summary: 'Withdraw a declaration before the next step acts (撤回)',
    permission: 'designation.withdraw',
    declarerOnly: true,
    body: z.object({ reason, ...when }),
    decide: (b) => [{ type: 'DeclarationWithdrawn', data: { reason: b.reason } }],
  });
  designationCommandRoute(app, services, {
    path: '/designations/:id/revision',
    summary: 'Re-check a household sent back by the township and declare it again (退回后重新核查申报)',
    permission: 'designation.revise',
    body: z.object({ proposedCard: CardSchema, opinion, ...when }),
    // income and card rules are judged on the household's facts as they are now, as at the declaration
    decide: (b, row) => {
      const household = services.households.get(row.context.householdId);
      if (!household) throw outsideJurisdiction();
      const { perCapitaIncome, warnings, suggestion } = assessProposal(services, household.household, row.context.year, row.context.incomeYear ?? row.context.year, b.proposedCard);
      return [{
        type: 'InitialCheckRevised',
        data: {
          proposedCard: b.proposedCard,
          suggestedCard: suggestion.card,
          suggestion,
          perCapitaIncome,
          warnings,
          opinion: b.opinion,
          householdRevision: household.revision,
          facts: household.household,
        } as unknown as JsonObject,
      }];
    },
  });
  designationCommandRoute(app, services, {
    path: '/designations/:id/appraisal-withdrawal',
    summary: "Withdraw the village's appraisal before the township reviews it",
    permission: 'appraisal.withdraw',
    body: z.object({ reason, ...when }),
    decide: (b) => [{ type: 'AppraisalWithdrawn', data: { reason: b.reason } }],
  });
  designationCommandRoute(app, services, {
    path: '/designations/:id/township-review',
    summary: 'Township review (乡镇复核): confirm, adjust the card, send back (退回) or refuse',
    permission: 'township.review',
    separateFromDeclarer: true,
    body: z.discriminatedUnion('outcome', [
      z.object({ outcome: z.literal('confirmed'), opinion, ...when }),
      z.object({ outcome: z.literal('adjusted'), card: CardSchema, opinion, ...when }),
      z.object({ outcome: z.literal('sentBack'), reason, ...when }),
      z.object({ outcome: z.literal('refused'), reason, ...when }),
    ]),
    decide: (b, row) => {
      switch (b.outcome) {
        case 'confirmed': return [{ type: 'TownshipReviewed', data: { outcome: 'confirmed', card: cardOf(row), opinion: b.opinion } }];
        case 'adjusted': return [{ type: 'TownshipReviewed', data: { outcome: 'adjusted', card: b.card, opinion: b.opinion } }];
        case 'sentBack': return [{ type: 'TownshipSentBack', data: { reason: b.reason } }];
        case 'refused': return [{ type: 'TownshipRefused', data: { reason: b.reason } }];
      }
    },
  });
  designationCommandRoute(app, services, {
    path: '/designations/:id/township-review-withdrawal',
    summary: 'Withdraw the township review before the county draws its sample',
    permission: 'township.withdraw',
    body: z.object({ reason, ...when }),
    decide: (b) => [{ type: 'TownshipReviewWithdrawn', data: { reason: b.reason } }],
  });
  designationCommandRoute(app, services, {
    path: '/designations/:id/objections',
    summary: 'Record an objection raised during the public notice (异议)',
    permission: 'objection.raise',
    body: z.object({ summary: z.string().min(1).max(4000), ...when }),
    decide: (b) => [{ type: 'ObjectionRaised', data: { objectionId: services.newId(), summary: b.summary } }],
  });
  designationCommandRoute(app, services, {
    path: '/designations/:id/objection-resolutions',
    summary: 'Resolve an objection: upheld sends the household back to township review; dismissed lets it complete',
    permission: 'objection.resolve',
    body: z.object({ objectionId: z.uuid(), outcome: z.enum(['upheld', 'dismissed']), opinion, ...when }),
    decide: (b) => [{ type: 'ObjectionResolved', data: { objectionId: b.objectionId, outcome: b.outcome, opinion: b.opinion } }],
  });
};
