import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { ManagementContext } from '../../workflows/management/context.ts';
import { when } from '../http/command-context.ts';
import type { Services } from '../services.ts';
import { ProblemError } from '../shared/problem.ts';
import { CadreSchema, CardSchema, evidenceList, NamedPersonSchema } from './bodies.ts';
import { roundOf } from './periods.ts';
import { asJson, managementStep } from './records.ts';

const opinion = z.string().min(1).max(4000);
const year = z.number().int().min(2000).max(2100);

const separation = () => new ProblemError(403, 'SEPARATION_OF_DUTIES', '申报人不能核查或核定本人申报的调整', 'Whoever declared a re-classification may not check or confirm it');

/** who is paired with the household, its helper or blue-card care, its plan; re-classification; the assistance ledger */
export const registerSteps = (app: FastifyInstance, services: Services): void => {
  managementStep(app, services, {
    path: '/management-records/:id/cadre', id: 'pairManagementCadre', zh: '确定结对帮扶干部（更换须说明原因）',
    summary: 'Pair the cadre (结对帮扶干部) with their unit level; a replacement needs a reason',
    permission: 'management.assign',
    example: { cadre: { id: 'cadre-002', name: '王五', unitLevel: 'city', organisation: '市财政局' }, reason: '原结对干部调离', occurredAt: '2026-05-10T10:00:00+08:00' },
    body: z.strictObject({ cadre: CadreSchema, reason: z.string().min(1).max(2000).optional(), ...when }),
    decide: (b, row, _actor, loaded) => {
      const current = (loaded.snapshot.context as ManagementContext).cadre;
      return [{ type: 'CadrePaired', data: asJson({ cadre: { ...b.cadre, organisation: b.cadre.organisation ?? null }, replaces: current?.id ?? null, reason: b.reason ?? null }) }];
    },
  });

  managementStep(app, services, {
    path: '/management-records/:id/helper', id: 'nameResponsibleHelper', zh: '明确“户帮户亲帮亲”主体帮扶责任人（红卡户）',
    summary: 'Name the responsible helper (户帮户亲帮亲) of a red-card household with daily difficulties',
    permission: 'management.assign',
    example: { helper: { name: '赵六' }, reason: '户主年老体弱，日常生活有困难', occurredAt: '2026-05-10T10:00:00+08:00' },
    body: z.strictObject({ helper: NamedPersonSchema, reason: z.string().min(1).max(2000), ...when }),
    decide: (b) => [{ type: 'ResponsibleHelperNamed', data: asJson({ helper: { id: b.helper.id ?? null, name: b.helper.name }, reason: b.reason }) }],
  });

  managementStep(app, services, {
    path: '/management-records/:id/blue-care', id: 'assignBlueCare', zh: '蓝卡户：乡镇扶贫办负责、村级扶贫专干配合联络监测',
    summary: "A blue-card household: the township office with the village poverty specialist watch it",
    permission: 'management.assign',
    example: { townshipOffice: '团洲乡扶贫办', specialist: { id: 'vps-01', name: '钱七' }, occurredAt: '2026-05-10T10:00:00+08:00' },
    body: z.strictObject({ townshipOffice: z.string().min(1).max(200), specialist: NamedPersonSchema, ...when }),
    decide: (b) => [{ type: 'BlueCareAssigned', data: asJson({ townshipOffice: b.townshipOffice, specialist: { id: b.specialist.id ?? null, name: b.specialist.name } }) }],
  });

  managementStep(app, services, {
    path: '/management-records/:id/plan', id: 'recordHouseholdPlan', zh: '一户一策（新计划替代旧计划）',
    summary: "The household's assistance plan (一户一策); a new plan replaces the last",
    permission: 'management.assign',
    example: { measures: ['落实产业分红', '推荐公益岗位'], occurredAt: '2026-05-10T10:00:00+08:00' },
    body: z.strictObject({ measures: z.array(z.string().min(1).max(2000)).min(1).max(50), evidence: evidenceList, ...when }),
    decide: (b) => [{ type: 'HouseholdPlanRecorded', data: asJson({ planId: services.newId(), measures: b.measures, evidence: b.evidence ?? [] }) }],
  });

  // 动态调整: 村级申报 → 乡镇核查 → 县扶贫办核定, judged by the card rules (the chain's invariants)
  managementStep(app, services, {
    path: '/management-records/:id/reclassification', id: 'declareReclassification', zh: '复核、动态调整：村级申报',
    summary: 'Review or re-classification, village declaration: the card found (the same: kept; null: removed)',
    permission: 'management.declare', problems: ['CARD_RULE_REFUSED', 'HOUSEHOLD_FACTS_MISSING'],
    example: { year: 2026, proposedCard: 'green', reason: '务工收入稳定，已稳定脱贫', occurredAt: '2026-06-20T10:00:00+08:00' },
    body: z.strictObject({ year, proposedCard: CardSchema.nullable(), reason: opinion, evidence: evidenceList, ...when }),
    decide: (b) => [{ type: 'ReclassificationDeclared', data: asJson({ reclassificationId: services.newId(), year: b.year, proposedCard: b.proposedCard, reason: b.reason, evidence: b.evidence ?? [], warnings: [] }) }],
  });

  managementStep(app, services, {
    path: '/management-records/:id/reclassification/check', id: 'checkReclassification', zh: '动态调整：乡镇核查',
    summary: 'Re-classification, township check: agreed with the card (null: removal), or sent back',
    permission: 'management.check', problems: ['CARD_RULE_REFUSED', 'HOUSEHOLD_FACTS_MISSING', 'SEPARATION_OF_DUTIES'],
    example: { outcome: 'agreed', card: 'green', opinion: '逐户核实属实', occurredAt: '2026-06-24T10:00:00+08:00' },
    body: z.strictObject({ outcome: z.enum(['agreed', 'sentBack']), card: CardSchema.nullable().optional(), opinion, ...when }),
    check: (_b, row, actor) => { if (row.context.pending?.declaredBy === actor.id) throw separation(); },
    decide: (b, _row, _actor, loaded) => {
      const pending = (loaded.snapshot.context as ManagementContext).pending;
      const card = b.outcome === 'agreed' ? (b.card === undefined ? (pending?.proposedCard ?? null) : b.card) : null;
      return [{ type: 'ReclassificationChecked', data: asJson({ outcome: b.outcome, card, opinion: b.opinion, warnings: [] }) }];
    },
  });

  managementStep(app, services, {
    path: '/management-records/:id/reclassification/confirm', id: 'confirmReclassification', zh: '动态调整：县扶贫办核定',
    summary: 'Re-classification, county confirmation: the card kept, changed or removed (recorded in the half-year round)',
    permission: 'management.confirm', problems: ['CARD_RULE_REFUSED', 'HOUSEHOLD_FACTS_MISSING', 'SEPARATION_OF_DUTIES'],
    example: { card: 'green', opinion: '核定为绿卡', occurredAt: '2026-06-28T10:00:00+08:00' },
    body: z.strictObject({ card: CardSchema.nullable().optional(), opinion, ...when }),
    check: (_b, row, actor) => { if (row.context.pending?.declaredBy === actor.id || row.context.pending?.checkedBy === actor.id) throw separation(); },
    decide: (b, _row, _actor, loaded) => {
      const c = loaded.snapshot.context as ManagementContext;
      const card = b.card === undefined ? (c.pending?.checkedCard ?? null) : b.card;
      const outcome = card === null ? 'removed' : card === c.card ? 'kept' : 'changed';
      const at = b.occurredAt ?? services.clock.now().toISOString();
      return [{ type: 'ReclassificationConfirmed', data: asJson({ outcome, card, opinion: b.opinion, round: roundOf(at) }) }];
    },
  });
};
