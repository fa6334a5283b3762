import { createHash, createHmac } from 'node:crypto';
import type { EventStore, NewEvent } from '../store/types.ts';
import { ConcurrencyError } from '../store/errors.ts';

/**
 * One head of household, one registration — also when requests race or several instances share the database.
 * The first registration claims the resident ID in a stream of its own with expectedRevision 'no_stream'; the
 * store lets exactly one claim win. The stream is named by a hash so that no ID number appears in stream names,
 * logs or errors, and it is internal: never in the integrators' feed.
 */
export const RESIDENT_CLAIM_PREFIX = 'resident-claim-';

const legacyClaimStream = (residentId: string) => `${RESIDENT_CLAIM_PREFIX}${createHash('sha256').update(`resident:${residentId}`).digest('hex')}`;

/**
 * A plain sha256 of an 18-digit ID is no secret: a county's IDs (one region, some 36,500 birth dates, 1,000
 * sequence numbers) are hashed through in minutes, so a copy of the database would give every claimed ID back, an
 * erased person's too. Claims are therefore keyed with a server key derived from PERSONAL_DATA_KEY (src/privacy) —
 * an HMAC nobody can compute without it. Claims written before stay where they are and are still honoured.
 */
const keyedClaimStream = (residentId: string, key: Buffer) => `${RESIDENT_CLAIM_PREFIX}k-${createHmac('sha256', key).update(`resident:${residentId}`).digest('hex')}`;

/** the streams that may hold a resident ID's claim: the keyed one, and the unkeyed one of claims written before keys */
export const claimStreamsOf = (residentId: string, key: Buffer | null): string[] =>
  key ? [keyedClaimStream(residentId, key), legacyClaimStream(residentId)] : [legacyClaimStream(residentId)];

/** whether a registration has claimed this resident ID already */
export const residentClaimed = async (store: Pick<EventStore, 'readStream'>, residentId: string, key: Buffer | null): Promise<boolean> => {
  for (const stream of claimStreamsOf(residentId, key)) if ((await store.readStream(stream, { limit: 1 })).length > 0) return true;
  return false;
};

/** the household id that holds the claim: ours if we were first, else the earlier one's */
export const claimResident = async (store: EventStore, residentId: string, householdId: string, metadata: NewEvent['metadata'], key: Buffer | null = null): Promise<string> => {
  const [stream = legacyClaimStream(residentId), ...older] = claimStreamsOf(residentId, key);
  for (const old of older) {
    const [first] = await store.readStream(old, { limit: 1 });
    if (first) return String(first.data.householdId ?? householdId);
  }
  try {
    await store.append(stream, [{ type: 'ResidentClaimed', data: { householdId }, metadata }], { expectedRevision: 'no_stream' });
    return householdId;
  } catch (error) {
    if (!(error instanceof ConcurrencyError)) throw error;
    const [first] = await store.readStream(stream, { limit: 1 });
    return String(first?.data.householdId ?? householdId);
  }
};
