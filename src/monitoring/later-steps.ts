import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { when } from '../http/command-context.ts';
import { RiskSchema } from '../domain/household-facts.ts';
import type { Services } from '../services.ts';
import { asJson, contextOf, householdOf, monitoringStep, refuseOn } from './cases.ts';
import { checkContactChange, checkElimination, checkPlan, checkVillageDecision, checkVillageMeeting } from './eligibility.ts';
import { closed, evidenceList, MeasureKindSchema, MonitoringTypeSchema } from './evidence.ts';

const opinion = z.string().min(1).max(4000);
const headcount = z.number().int().min(0).max(1000);
const year = z.number().int().min(2000).max(2100);

/** While monitored: 帮扶联系人, 一户一方案、一人一措施, visits; then 风险消除 and, when the risk returns, 风险再标注. */
export const registerLaterSteps = (app: FastifyInstance, services: Services): void => {
  monitoringStep(app, services, {
    path: '/monitoring-cases/:id/contact',
    id: 'assignMonitoringContact',
    zh: '确定帮扶联系人（更换须说明原因）',
    problems: ['MONITORING_RULE_REFUSED'],
    example: { contact: { name: '赵六', organisation: '团洲乡农业综合服务中心' }, occurredAt: '2026-05-28T10:00:00+08:00' },
    summary: 'Assign the contact person (帮扶联系人); a replacement needs a reason',
    permission: 'monitoring.assist',
    body: z.object({
      contact: closed({ id: z.string().min(1).max(100).optional(), name: z.string().min(1).max(100), organisation: z.string().min(1).max(200).optional() }),
      reason: z.string().min(1).max(2000).optional(),
      ...when,
    }),
    decide: (b, _row, _actor, loaded) => {
      const current = contextOf(loaded).contact;
      refuseOn(checkContactChange(current !== null, b.reason));
      return [{
        type: 'MonitoringContactAssigned',
        data: asJson({ contact: { id: b.contact.id ?? null, name: b.contact.name, organisation: b.contact.organisation ?? null }, replaces: current?.name ?? null, reason: b.reason ?? null }),
      }];
    },
  });

  monitoringStep(app, services, {
    path: '/monitoring-cases/:id/plan',
    id: 'recordMonitoringPlan',
    zh: '一户一方案、一人一措施',
    problems: ['MONITORING_RULE_REFUSED', 'HOUSEHOLD_NOT_FOUND'],
    example: { measures: [{ member: 0, kind: 'health', description: '落实大病保险和医疗救助' }, { member: 1, kind: 'employment', description: '推荐县内就业' }, { member: 2, kind: 'education', description: '落实义务教育阶段资助' }], occurredAt: '2026-06-02T10:00:00+08:00' },
    summary: '一户一方案、一人一措施: the household plan, a measure for every member (a new plan replaces the last)',
    permission: 'monitoring.assist',
    body: z.object({
      measures: z.array(closed({ member: z.number().int().min(0).max(50), kind: MeasureKindSchema, description: z.string().min(1).max(2000) })).min(1).max(200),
      householdMeasures: z.array(z.string().min(1).max(2000)).max(50).default([]),
      evidence: evidenceList,
      ...when,
    }),
    decide: (b, row) => {
      const household = householdOf(services, row.context.householdId);
      const findings = checkPlan(household.household, b.measures);
      refuseOn(findings);
      return [{
        type: 'MonitoringPlanRecorded',
        data: asJson({ planId: services.newId(), householdRevision: household.revision, measures: b.measures, householdMeasures: b.householdMeasures, warnings: findings.warnings, evidence: b.evidence ?? [] }),
      }];
    },
  });

  monitoringStep(app, services, {
    path: '/monitoring-cases/:id/visits',
    id: 'recordMonitoringVisit',
    zh: '登记走访',
    example: { notes: '走访户主，病情稳定，已领取医疗救助', occurredAt: '2026-06-15T10:00:00+08:00' },
    summary: 'Record a visit (走访) to the household by its contact person or a cadre',
    permission: 'monitoring.visit',
    body: z.object({ notes: z.string().min(1).max(4000), evidence: evidenceList, ...when }),
    decide: (b) => [{ type: 'MonitoringVisitRecorded', data: asJson({ visitId: services.newId(), notes: b.notes, evidence: b.evidence ?? [] }) }],
  });

  monitoringStep(app, services, {
    path: '/monitoring-cases/:id/elimination-proposal',
    id: 'proposeRiskElimination',
    zh: '提出风险消除',
    example: { year: 2026, opinion: '务工收入稳定，“两不愁三保障”及饮水安全有保障，提出风险消除', occurredAt: '2026-11-03T10:00:00+08:00' },
    problems: ['MONITORING_RULE_REFUSED', 'HOUSEHOLD_NOT_FOUND'],
    summary: '风险消除: the village committees propose it for a household whose income is stable and basic needs and water secure (never without labour capacity)',
    permission: 'monitoring.proposeElimination',
    body: z.object({ year, opinion, evidence: evidenceList, ...when }),
    decide: (b, row) => {
      const household = householdOf(services, row.context.householdId);
      const findings = checkElimination(household.household, b.year, services.policies.resolve(row.context.villageCode, b.year));
      refuseOn(findings);
      return [{
        type: 'RiskEliminationProposed',
        data: asJson({ year: b.year, householdRevision: household.revision, perCapitaIncome: findings.perCapitaIncome, opinion: b.opinion, warnings: findings.warnings, evidence: b.evidence ?? [] }),
      }];
    },
  });

  monitoringStep(app, services, {
    path: '/monitoring-cases/:id/elimination-appraisal',
    id: 'appraiseRiskElimination',
    zh: '风险消除评议',
    example: { outcome: 'agreed', opinion: '村级评议同意风险消除', attendance: { committeeMembers: 5, workTeamMembers: 2, supervisoryCommitteeMembers: 3, villagerRepresentatives: 9 }, occurredAt: '2026-11-05T19:00:00+08:00' },
    problems: ['MONITORING_RULE_REFUSED'],
    summary: '风险消除评议: agreed goes to the notice; not agreed keeps the household monitored',
    permission: 'monitoring.appraiseElimination',
    body: z.object({
      outcome: z.enum(['agreed', 'notAgreed']),
      opinion,
      attendance: closed({ committeeMembers: headcount, workTeamMembers: headcount, supervisoryCommitteeMembers: headcount, villagerRepresentatives: headcount }),
      evidence: evidenceList,
      ...when,
    }),
    decide: (b) => {
      refuseOn(checkVillageMeeting(b.attendance));
      return [{ type: 'RiskEliminationAppraised', data: asJson({ outcome: b.outcome, opinion: b.opinion, attendance: b.attendance, evidence: b.evidence ?? [] }) }];
    },
  });

  monitoringStep(app, services, {
    path: '/monitoring-cases/:id/reflag',
    id: 'reflagMonitoringCase',
    zh: '风险再标注',
    example: { year: 2027, monitoringType: 'suddenHardship', reason: '户主旧病复发，再次住院', risks: [{ kind: 'illness' }], occurredAt: '2027-03-02T10:00:00+08:00' },
    problems: ['MONITORING_RULE_REFUSED', 'HOUSEHOLD_NOT_FOUND', 'HOUSEHOLD_FACTS_MISSING'],
    summary: '风险再标注: a household marked risk-eliminated whose risk returned is monitored again (same case, history kept)',
    permission: 'monitoring.reflag',
    body: z.object({ year, monitoringType: MonitoringTypeSchema, reason: z.string().min(1).max(4000), risks: z.array(RiskSchema).min(1).max(20), evidence: evidenceList, ...when }),
    decide: (b, row) => {
      const household = householdOf(services, row.context.householdId);
      // the inclusion criteria apply again: never an excluded household, never one the criteria leave out
      const eligibility = checkVillageDecision(household.household, b.year, services.policies.resolve(row.context.villageCode, b.year), 'included', b.monitoringType);
      refuseOn(eligibility);
      return [{
        type: 'RiskReflagged',
        data: asJson({ year: b.year, householdRevision: household.revision, monitoringType: b.monitoringType, reason: b.reason, risks: b.risks, warnings: eligibility.warnings, evidence: b.evidence ?? [] }),
      }];
    },
  });
};
