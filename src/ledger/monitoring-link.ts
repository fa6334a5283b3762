import type { FastifyRequest } from 'fastify';
import { authorize } from '../auth/authenticate.ts';
import { chinaDateOf } from '../domain/dates.ts';
import { commandContext } from '../http/command-context.ts';
import { asJson, refuseOn } from '../monitoring/cases.ts';
import { monitoringChain } from '../monitoring/chain.ts';
import { checkApplication, checkApplicationCommitment } from '../monitoring/eligibility.ts';
import { nthCaseId } from '../monitoring/open.ts';
import type { Services } from '../services.ts';
import { ProblemError } from '../shared/problem.ts';
import { MONITORING_MACHINE_VERSION } from '../../workflows/registry.ts';
import type { MonitoringType } from '../../workflows/monitoring/events.ts';

/** what became of a finding that proposes the household for the monitoring appraisal */
export type FollowUp =
  | { kind: 'monitoringCase'; opened: true; caseId: string; existing: boolean }
  | { kind: 'monitoringCase'; opened: false; code: string; zh: string; en: string };

/**
 * 004 附件2 13② "是否要纳入监测对象进行评议": the finding opens a monitoring case for the household as a cadre's
 * screening (村干部排查, 004 二(二): the monitoring form is filled in at the same visit), by whoever recorded it, with
 * the case's own rules (eligibility, one open case per household). A household with an open case is linked to it.
 * The case records the problem's id; the problem records the case's.
 */
export const openCaseForFinding = async (
  services: Services,
  request: FastifyRequest,
  finding: { problemId: string; householdId: string; year: number; proposedType: MonitoringType; risk: string; occurredAt?: string },
): Promise<FollowUp> => {
  const household = services.households.get(finding.householdId);
  if (!household) return { kind: 'monitoringCase', opened: false, code: 'NOT_FOUND', zh: '未找到该户', en: 'The household is not registered' };
  const existing = services.monitoring.openFor(household.id);
  if (existing) return { kind: 'monitoringCase', opened: true, caseId: existing.id, existing: true };
  try {
    const actor = authorize(request, 'monitoring.apply', household.household.villageCode);
    const ctx = commandContext(request, actor, services.clock, finding.occurredAt);
    const earlier = services.monitoring.list('', (r) => r.context.householdId === household.id).length;
    const caseId = nthCaseId(household.id, earlier);
    const outcome = await services.engine.execute(monitoringChain, caseId, { ...ctx, idempotencyKey: undefined, requestDigest: undefined }, () => {
      const facts = household.household;
      const policy = services.policies.resolve(facts.villageCode, finding.year);
      const eligibility = checkApplication(facts, finding.year, policy, finding.proposedType);
      const letter = checkApplicationCommitment('cadreScreening', undefined, chinaDateOf(ctx.occurredAt));
      refuseOn({ refusals: [...eligibility.refusals, ...letter.refusals], warnings: [] });
      return [{
        type: 'MonitoringApplied',
        data: asJson({
          householdId: household.id, householdRevision: household.revision, villageCode: facts.villageCode, year: finding.year,
          source: 'cadreScreening', channel: null, proposedType: finding.proposedType, risk: finding.risk,
          perCapitaIncome: eligibility.perCapitaIncome, incomeLine: eligibility.incomeLine, verdict: eligibility.verdict,
          warnings: [...eligibility.warnings, ...letter.warnings], commitment: null, evidence: [], machineVersion: MONITORING_MACHINE_VERSION,
          ledgerProblemId: finding.problemId,
        }),
      }];
    });
    await services.projector.waitFor(outcome.position);
    return { kind: 'monitoringCase', opened: true, caseId, existing: false };
  } catch (error) {
    if (error instanceof ProblemError) return { kind: 'monitoringCase', opened: false, code: error.code, zh: error.zh, en: error.en };
    throw error;
  }
};
