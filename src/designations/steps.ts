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
    id: 'withdrawDeclaration',
    zh: '撤回申报（下一环节处理之前）',
    example: { reason: '户主外出务工，家庭情况需重新核实', occurredAt: '2026-03-19T10:00:00+08:00' },
    summary: 'Withdraw a declaration before the next step acts (撤回)',
    permission: 'designation.withdraw',
    declarerOnly: true,
    body: z.object({ reason, ...when }),
    decide: (b) => [{ type: 'DeclarationWithdrawn', data: { reason: b.reason } }],
  });
  designationCommandRoute(app, services, {
    path: '/designations/:id/revision',
    id: 'reviseDeclaration',
    zh: '退回后重新核查申报',
    problems: ['CARD_RULE_REFUSED', 'HOUSEHOLD_FACTS_MISSING', 'INCOME_MISSING'],
    example: { proposedCard: 'yellow', opinion: '重新入户核实，补充医疗支出凭证', occurredAt: '2026-03-28T10:00:00+08:00' },
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
    id: 'withdrawAppraisal',
    zh: '撤回村级评议结果（乡镇复核之前）',
    example: { reason: '评议记录有误，重新召开评议会', occurredAt: '2026-03-24T10:00:00+08:00' },
    summary: "Withdraw the village's appraisal before the township reviews it",
    permission: 'appraisal.withdraw',
    body: z.object({ reason, ...when }),
    decide: (b) => [{ type: 'AppraisalWithdrawn', data: { reason: b.reason } }],
  });
  designationCommandRoute(app, services, {
    path: '/designations/:id/township-review',
    id: 'reviewDesignationInTownship',
    zh: '乡镇复核：确认、调整卡别、退回或不予认定',
    about: ['复核人不能是初核申报人（职责分离）。调整卡别时按该户当时的事实核对卡别规则（422 CARD_RULE_REFUSED）。', 'Whoever did the initial check may not review it. An adjusted card is judged on the household\'s facts as they are now (422 CARD_RULE_REFUSED naming the rule).'],
    problems: ['CARD_RULE_REFUSED', 'HOUSEHOLD_FACTS_MISSING'],
    example: { outcome: 'confirmed', opinion: '经入户复核，情况属实，同意黄卡', occurredAt: '2026-03-26T10:00:00+08:00' },
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
    id: 'withdrawTownshipReview',
    zh: '撤回乡镇复核（县级抽样之前）',
    example: { reason: '复核意见填写错误', occurredAt: '2026-03-27T10:00:00+08:00' },
    summary: 'Withdraw the township review before the county draws its sample',
    permission: 'township.withdraw',
    body: z.object({ reason, ...when }),
    decide: (b) => [{ type: 'TownshipReviewWithdrawn', data: { reason: b.reason } }],
  });
  designationCommandRoute(app, services, {
    path: '/designations/:id/objections',
    id: 'raiseDesignationObjection',
    zh: '登记公示期间的异议',
    example: { summary: '村民反映该户家中有在外务工人员收入未申报', occurredAt: '2026-04-06T10:00:00+08:00' },
    summary: 'Record an objection raised during the public notice (异议)',
    permission: 'objection.raise',
    body: z.object({ summary: z.string().min(1).max(4000), ...when }),
    decide: (b) => [{ type: 'ObjectionRaised', data: { objectionId: services.newId(), summary: b.summary } }],
  });
  designationCommandRoute(app, services, {
    path: '/designations/:id/objection-resolutions',
    id: 'resolveDesignationObjection',
    zh: '处理异议：成立退回乡镇复核，不成立继续',
    example: { objectionId: '6d5c4b3a-2910-4876-9543-210fedcba987', outcome: 'dismissed', opinion: '经核实，务工收入已计入，异议不成立', occurredAt: '2026-04-08T10:00:00+08:00' },
    summary: 'Resolve an objection: upheld sends the household back to township review; dismissed lets it complete',
    permission: 'objection.resolve',
    body: z.object({ objectionId: z.uuid(), outcome: z.enum(['upheld', 'dismissed']), opinion, ...when }),
    decide: (b) => [{ type: 'ObjectionResolved', data: { objectionId: b.objectionId, outcome: b.outcome, opinion: b.opinion } }],
  });
};
