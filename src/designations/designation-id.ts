import { derivedId } from '../shared/ids.ts';

/** the id of a household's n-th designation: the same on every instance, so racing declarations meet in one stream */
export const nthDesignationId = (householdId: string, n: number): string => derivedId('designation', householdId, String(n));
