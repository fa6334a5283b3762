import type { Household } from '../domain/household.ts';

/** 农户登记 */
export interface HouseholdRegistered {
  machineVersion: string;
  household: Household;
}

/** members, incomes of a year, exclusion facts … change over time: the new values, and why */
export interface HouseholdFactsChanged {
  changes: Partial<Household>;
  reason: string;
}
