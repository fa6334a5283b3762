import type { CommandContext } from '../engine/engine.ts';
import { chinaDateOf } from '../domain/dates.ts';
import { problemChain } from '../ledger/chains.ts';
import { typeOf } from '../ledger/problem-types.ts';
import { asJson } from '../monitoring/cases.ts';
import type { Services } from '../services.ts';
import { ProblemError } from '../shared/problem.ts';
import { PROBLEM_MACHINE_VERSION } from '../../workflows/registry.ts';
import type { SurveyRow } from './projection.ts';

/**
 * What a form marks as a problem of 两不愁三保障 (a school-age child out of school, no medical insurance, an unsafe
 * house, water …) enters the rectification ledger as a household problem, found by the survey's team when the
 * survey happened, one problem per finding (src/ledger: it still needs both leaders' signatures to count). A
 * finding's kind is the ledger's problem type of the same name in the preset in force; the kinds that preset lacks
 * (food, clothing, income, disability) are a suspected risk of return to poverty (综合判定 1). 六看 risks go to the
 * monitoring chain instead (alerts.ts).
 */
const SUSPECTED_RISK = { typeCode: 'overall', itemCode: 'overall.1' } as const;

/**
 * A finding that names its ledger item itself, `<preset>/<item>` (004 附件2's form, src/surveys/presets/screening.ts),
 * is a problem of that item in that preset, household-level or area-level as the preset marks the item.
 */
const namedItemOf = (kind: string): { preset: string; typeCode: string; itemCode: string; householdLevel: boolean } | null => {
  const [preset, itemCode, ...rest] = kind.split('/');
  if (preset === undefined || itemCode === undefined || rest.length > 0) return null;
  const typeCode = itemCode.split('.')[0] ?? '';
  const item = typeOf(preset, typeCode)?.items.find((i) => i.code === itemCode);
  return item ? { preset, typeCode, itemCode, householdLevel: item.householdLevel } : null;
};

const ledgerTypeOf = (preset: string, kind: string): { typeCode: string; itemCode: string } | null => {
  const own = typeOf(preset, kind);
  const item = own?.items.find((i) => i.householdLevel && i.zh === '其他') ?? own?.items.find((i) => i.householdLevel);
  if (own && item) return { typeCode: own.code, itemCode: item.code };
  const fallback = typeOf(preset, SUSPECTED_RISK.typeCode);
  return fallback?.items.some((i) => i.code === SUSPECTED_RISK.itemCode) ? SUSPECTED_RISK : null;
};

const householdTypeOf = (registration: string | undefined): 'escaped' | 'edgeProne' | 'ordinary' =>
  registration === 'registered' ? 'escaped' : registration === 'edge' ? 'edgeProne' : 'ordinary';

export interface LedgerFollowUp {
  problemIds: string[];
  /** findings the ledger refused (their codes): the survey stands whatever the ledger says */
  refused: string[];
}

export const problemsFromSurvey = async (services: Services, survey: SurveyRow, ctx: CommandContext): Promise<LedgerFollowUp> => {
  const findings = survey.findings.filter((f) => !f.problemType.startsWith('sixChecks.') && !f.problemType.startsWith('screening.'));
  const result: LedgerFollowUp = { problemIds: [], refused: [] };
  const household = services.households.get(survey.householdId);
  if (findings.length === 0 || !household) return result;
  const region = household.household.villageCode;
  const preset = services.policies.resolve(region, Number(chinaDateOf(survey.occurredAt).slice(0, 4))).ledger.problemTypes;
  const followCtx = { ...ctx, idempotencyKey: undefined, requestDigest: undefined, ifMatch: undefined, commandId: undefined };
  for (const finding of findings) {
    const named = namedItemOf(finding.problemType);
    if (named && !named.householdLevel) {
      // 面上问题: the village's, not the household's — one open problem of the item per village, however many households show it
      const open = services.problems.list(region, (p) => p.context.level === 'village' && p.context.regionCode === region && p.context.preset === named.preset && p.context.itemCode === named.itemCode && p.context.closedAt === null)[0];
      if (open) {
        result.problemIds.push(open.id);
        continue;
      }
    }
    const type = named ?? ledgerTypeOf(preset, finding.problemType);
    if (!type) {
      result.refused.push('PROBLEM_TYPE_UNKNOWN');
      continue;
    }
    const id = services.newId();
    try {
      const outcome = await services.engine.execute(problemChain, id, followCtx, () => [{
        type: 'ProblemFound',
        data: asJson({
          ...(named && !named.householdLevel
            ? { level: 'village', regionCode: region, householdId: null, householdType: null }
            : { level: 'household', regionCode: region, householdId: household.id, householdType: householdTypeOf(household.household.registration) }),
          preset: named?.preset ?? preset, typeCode: type.typeCode, itemCode: type.itemCode, description: `入户调查 ${survey.id}（${survey.form.formId} 第 ${finding.question} 题）：${finding.label}`.slice(0, 2000),
          campaignId: null, listedVillageId: null, evidence: [], machineVersion: PROBLEM_MACHINE_VERSION,
        }),
      }]);
      await services.projector.waitFor(outcome.position);
      result.problemIds.push(id);
    } catch (error) {
      if (!(error instanceof ProblemError)) throw error;
      result.refused.push(error.code);
    }
  }
  return result;
};
