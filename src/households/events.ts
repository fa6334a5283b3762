import type { Household } from '../domain/household.ts';
import type { Rule } from '../domain/rule.ts';
import type { JsonObject } from '../shared/json.ts';

/** 农户登记 */
export interface HouseholdRegistered {
  machineVersion: string;
  household: Household;
}

/**
 * Members, incomes of a year, exclusion facts … change over time: what changed, and why (v2; every reader gets
 * v1 events upcast to it, schemas/events/household.ts).
 */
export interface HouseholdFactsChanged {
  /** a JSON Merge Patch (RFC 7396) of the facts, normalised: only what changed (src/domain/household-patch.ts) */
  patch: JsonObject;
  /** v1 events (recorded before merge patches): each field of `patch` replaced the recorded one whole */
  shallow?: true;
  reason: string;
  warnings?: readonly Rule[];
  /** the approved edge identification (src/edge) a change to `registration: edge` comes from: only such a change sets it */
  edgeCaseId?: string;
}
