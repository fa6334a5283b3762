import { createHash } from 'node:crypto';
import type { EventStore, NewEvent } from '../store/types.ts';
import { ConcurrencyError } from '../store/errors.ts';

/**
 * One head of household, one registration — also when requests race or several instances share the database.
 * The first registration claims the resident ID in a stream of its own with expectedRevision 'no_stream'; the
 * store lets exactly one claim win. The stream is named by a hash so that no ID number appears in stream names,
 * logs or errors, and it is internal: never in the integrators' feed.
 */
export const RESIDENT_CLAIM_PREFIX = 'resident-claim-';

const claimStream = (residentId: string) => `${RESIDENT_CLAIM_PREFIX}${createHash('sha256').update(`resident:${residentId}`).digest('hex')}`;

/** the household id that holds the claim: ours if we were first, else the earlier one's */
export const claimResident = async (store: EventStore, residentId: string, householdId: string, metadata: NewEvent['metadata']): Promise<string> => {
  const stream = claimStream(residentId);
  try {
    await store.append(stream, [{ type: 'ResidentClaimed', data: { householdId }, metadata }], { expectedRevision: 'no_stream' });
    return householdId;
  } catch (error) {
    if (!(error instanceof ConcurrencyError)) throw error;
    const [first] = await store.readStream(stream, { limit: 1 });
    return String(first?.data.householdId ?? householdId);
  }
};
