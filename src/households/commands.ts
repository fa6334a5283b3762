import type { Household } from '../domain/household.ts';
import { patchHousehold } from '../domain/household-patch.ts';
import type { HouseholdPatch, HouseholdPatchError } from '../domain/household-patch.ts';
import { checkHouseholdData } from '../domain/rules.ts';
import type { Decision } from '../engine/engine.ts';
import type { JsonObject } from '../shared/json.ts';
import { ProblemError } from '../shared/problem.ts';
import { HOUSEHOLD_MACHINE_VERSION } from '../../workflows/registry.ts';
import type { HouseholdFactsChanged } from './events.ts';

/** seed 002's logic checks: a blocking one refuses the data, a warning travels with it */
const fieldChecks = (household: Household) => {
  const findings = checkHouseholdData(household);
  const first = findings.refusals[0];
  if (first) {
    throw new ProblemError(422, 'FIELD_RULE_REFUSED', `数据逻辑错误：${first.zh}`, `The data fails a logic check: ${first.en}`, { rules: findings.refusals });
  }
  return findings.warnings;
};

export const registerHousehold = (household: Household): Decision[] => {
  const warnings = fieldChecks(household);
  return [{ type: 'HouseholdRegistered', data: { machineVersion: HOUSEHOLD_MACHINE_VERSION, household, warnings } as unknown as JsonObject }];
};

/** JSON pointers of a change's fields, for a problem answer: relative to the request body, where `changes` sits */
const inBody = (pointer: string) => `/changes${pointer}`;

const refusal = (error: HouseholdPatchError): ProblemError => {
  switch (error.code) {
    case 'UNKNOWN_FIELD': {
      const fields = error.fields.map(inBody);
      return new ProblemError(400, 'UNKNOWN_FIELD', `农户信息中没有这些字段：${fields.join('、')}`, `No such household field: ${fields.join(', ')}`, { fields });
    }
    case 'RESIDENT_ID_IMMUTABLE':
      return new ProblemError(422, 'RESIDENT_ID_IMMUTABLE', '户主身份证号不能通过信息变更修改，请用“更正户主身份证号”', "The head's resident ID does not change with the facts: correct it with POST /households/:id/resident-id-correction");
    case 'HEAD_NAME_MISMATCH':
      return new ProblemError(400, 'HEAD_NAME_MISMATCH', '户主姓名与家庭成员中户主的姓名不一致', "`head` differs from the name of the member whose relation is head");
    case 'INVALID': {
      const errors = error.issues.map((i) => ({ path: inBody(i.path), message: i.message }));
      return new ProblemError(400, 'VALIDATION_FAILED', '修改后的农户信息不符合要求', `Invalid household after the change: ${errors.map((e) => `${e.path} ${e.message}`).join('; ')}`, { errors });
    }
    case 'NO_CHANGE':
      return new ProblemError(422, 'NO_CHANGE', '提交的内容与现有农户信息相同，没有需要记录的变更', 'The change changes nothing: the household already has these facts');
  }
};

/**
 * A change is a JSON Merge Patch of the household's facts (src/domain/household-patch.ts): the result must be a
 * valid household that passes seed 002's logic checks, and what is recorded is the patch as applied — only the
 * fields that changed. A change that changes nothing is refused rather than recorded.
 */
/**
 * 更正户主身份证号: a wrong resident ID of the head corrected as a new fact (the household's and the head member's
 * both), entered like any change — so it is reviewed and supervised again (1人录入、1人审核、1人监督).
 */
export const correctResidentId = (current: Household, residentId: string, reason: string): Decision[] => {
  const patch = { residentId, members: current.members.map((m) => (m.relation === 'head' ? { ...m, residentId } : m)) } as unknown as HouseholdPatch;
  const result = patchHousehold(current, patch, { correctsResidentId: true });
  if (!result.ok) throw refusal(result.error);
  const data: HouseholdFactsChanged = { patch: result.value.applied, reason: `更正户主身份证号：${reason}`, warnings: fieldChecks(result.value.household) };
  return [{ type: 'HouseholdFactsChanged', data: data as unknown as JsonObject }];
};

/** `basis`: the approved edge identification a change to 边缘户 comes from (src/households/invariants.ts) */
export const changeHousehold = (current: Household, patch: HouseholdPatch, reason: string, basis?: { edgeCaseId: string }): Decision[] => {
  const result = patchHousehold(current, patch);
  if (!result.ok) throw refusal(result.error);
  const warnings = fieldChecks(result.value.household);
  const data: HouseholdFactsChanged = { patch: result.value.applied, reason, warnings, ...(basis ? { edgeCaseId: basis.edgeCaseId } : {}) };
  return [{ type: 'HouseholdFactsChanged', data: data as unknown as JsonObject }];
};
