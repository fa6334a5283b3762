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

/** the household a claim stream holds the ID for now: its last event a claim (a released claim holds nothing) */
const holderOf = async (store: Pick<EventStore, 'readStream'>, stream: string): Promise<{ householdId: string | null; revision: number | null }> => {
  const events = await store.readStream(stream);
  const last = events.at(-1);
  if (!last) return { householdId: null, revision: null };
  return { householdId: last.type === 'ResidentClaimed' ? String(last.data.householdId ?? '') : null, revision: last.revision };
};

/** whether a registration holds this resident ID now (a claim released by a correction holds nothing) */
export const residentClaimed = async (store: Pick<EventStore, 'readStream'>, residentId: string, key: Buffer | null): Promise<boolean> => {
  for (const stream of claimStreamsOf(residentId, key)) if ((await holderOf(store, stream)).householdId !== null) return true;
  return false;
};

/**
 * the household id that holds the claim: ours if we were first, else the earlier one's. A claim released by a
 * correction (ResidentClaimReleased) is free again: the next claim is appended at the released stream's revision,
 * so racing claims still let exactly one win.
 */
export const claimResident = async (store: EventStore, residentId: string, householdId: string, metadata: NewEvent['metadata'], key: Buffer | null = null): Promise<string> => {
  const [stream = legacyClaimStream(residentId), ...older] = claimStreamsOf(residentId, key);
  for (const old of older) {
    const holder = (await holderOf(store, old)).householdId;
    if (holder !== null) return holder;
  }
  const now = await holderOf(store, stream);
  if (now.householdId !== null) return now.householdId;
  try {
    await store.append(stream, [{ type: 'ResidentClaimed', data: { householdId }, metadata }], { expectedRevision: now.revision ?? 'no_stream' });
    return householdId;
  } catch (error) {
    if (!(error instanceof ConcurrencyError)) throw error;
    return (await holderOf(store, stream)).householdId ?? householdId;
  }
};

/** releases this household's claim on a resident ID (a corrected, wrong ID): whoever it belongs to can register */
export const releaseResident = async (store: EventStore, residentId: string, householdId: string, metadata: NewEvent['metadata'], key: Buffer | null = null): Promise<void> => {
  for (const stream of claimStreamsOf(residentId, key)) {
    const holder = await holderOf(store, stream);
    if (holder.householdId !== householdId || holder.revision === null) continue;
    await store.append(stream, [{ type: 'ResidentClaimReleased', data: { householdId }, metadata }], { expectedRevision: holder.revision });
  }
};
