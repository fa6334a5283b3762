import type { CommandContext } from '../engine/engine.ts';
import { asJson } from '../monitoring/cases.ts';
import { monitoringChain } from '../monitoring/chain.ts';
import { nthCaseId } from '../monitoring/open.ts';
import type { Services } from '../services.ts';
import { ProblemError } from '../shared/problem.ts';
import { MONITORING_MACHINE_VERSION } from '../../workflows/registry.ts';
import type { SurveyRow } from './projection.ts';

/** 六看 risks by item, as the monitoring alert's kinds */
const KIND: Record<string, string> = {
  'sixChecks.education': 'schooling', 'sixChecks.medical': 'medicalExpense', 'sixChecks.housing': 'housing', 'sixChecks.water': 'water',
  'sixChecks.industry': 'incomeDrop', 'sixChecks.employment': 'employment', 'sixChecks.expenditure': 'other', 'sixChecks.motivation': 'other',
  'sixChecks.policy': 'other', 'screening.monitoring': 'other',
  // 004 附件2 综合判定: a suspected risk (①), or the household put to the monitoring appraisal (②)
  'screening.overall.1': 'other', 'screening.overall.2': 'other',
};

/**
 * A survey that finds 六看 risks (002) or whose 综合判定 puts the household to the monitoring appraisal (004) opens a
 * monitoring alert for the village to verify (src/monitoring: the same step a department's screening takes), unless
 * the household already has a case. The survey stands whatever the monitoring chain says: its refusal is returned.
 */
export const alertFromSurvey = async (services: Services, survey: SurveyRow, ctx: CommandContext): Promise<{ caseId: string | null; refused: string | null }> => {
  const risks = survey.findings.filter((f) => KIND[f.problemType] !== undefined);
  const [first] = risks;
  if (!first) return { caseId: null, refused: null };
  const open = services.monitoring.openFor(survey.householdId);
  if (open) return { caseId: open.id, refused: null };
  const household = services.households.get(survey.householdId);
  if (!household) return { caseId: null, refused: 'HOUSEHOLD_FACTS_MISSING' };
  const earlier = services.monitoring.list('', (r) => r.context.householdId === household.id).length;
  const caseId = nthCaseId(household.id, earlier);
  try {
    const outcome = await services.engine.execute(monitoringChain, caseId, { ...ctx, idempotencyKey: undefined, requestDigest: undefined, ifMatch: undefined }, () => [{
      type: 'DepartmentAlertRaised',
      data: asJson({
        householdId: household.id, householdRevision: household.revision, villageCode: household.villageCode, year: Number(survey.occurredAt.slice(0, 4)),
        department: 'other',
        alert: { kind: KIND[first.problemType] ?? 'other', summary: `入户调查（${survey.form.formId}）发现风险：${risks.map((r) => r.label).join('；')}`.slice(0, 4000) },
        evidence: [], machineVersion: MONITORING_MACHINE_VERSION,
      }),
    }]);
    await services.projector.waitFor(outcome.position);
    return { caseId, refused: null };
  } catch (error) {
    if (error instanceof ProblemError) return { caseId: null, refused: error.code };
    throw error;
  }
};
