import type { Services } from '../services.ts';

/**
 * Waits until the read models hold everything the store held when asked: a command that records a household's facts
 * into its own stream (a declaration, a monitoring application) records them as they were written, also when the
 * last change came from another instance and this one has not heard of it yet (NOTIFY or the next poll). A change
 * landing after this is a later fact; the command records the household revision it read, so the trail shows which.
 */
export const factsUpToDate = async (services: Pick<Services, 'projector' | 'store'>): Promise<void> => {
  await services.projector.waitFor(await services.store.headPosition());
};
