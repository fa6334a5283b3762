import { householdShapeIssues } from '../domain/household.ts';
import type { Household } from '../domain/household.ts';
import { checkHouseholdData } from '../domain/rules.ts';
import type { Decision } from '../engine/engine.ts';
import type { JsonObject } from '../shared/json.ts';
import { ProblemError } from '../shared/problem.ts';
import { HOUSEHOLD_MACHINE_VERSION } from '../../workflows/registry.ts';

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

/**
 * The merged facts must still be a valid household; only the changed fields are recorded. `changes` were parsed
 * field by field (HouseholdFieldsSchema.partial()) and `current` is a valid household, so what is left to check
 * is what spans fields — re-parsing the whole household on every change cost more than the rest of the command.
 */
export const changeHousehold = (current: Household, changes: Partial<Household>, reason: string): Decision[] => {
  const merged = { ...current, ...changes };
  const issues = householdShapeIssues(merged);
  if (issues.length > 0) {
    throw new ProblemError(400, 'VALIDATION_FAILED', '修改后的农户信息不符合要求', `Invalid household after the change: ${issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
  }
  if (merged.residentId !== current.residentId) {
    throw new ProblemError(422, 'RESIDENT_ID_IMMUTABLE', '户主身份证号不能修改，请登记新户', "The head's resident ID cannot change; register a new household");
  }
  const warnings = fieldChecks(merged);
  return [{ type: 'HouseholdFactsChanged', data: { changes, reason, warnings } as unknown as JsonObject }];
};
