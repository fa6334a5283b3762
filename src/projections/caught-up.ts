import type { Services } from '../services.ts';

/**
 * Waits until the read models hold everything the store held when asked. A command that reads facts from them — a
 * declaration or a monitoring application records the household's facts, a step judges rules on them — then sees
 * what was written, also when the last write came from another instance that this one has not heard of yet (NOTIFY,
 * or the next poll). A write landing after this is a later fact; the commands record the household revision they read.
 */
export const caughtUpWithStore = async (services: Pick<Services, 'projector' | 'store'>): Promise<void> => {
  await services.projector.waitFor(await services.store.headPosition());
};
