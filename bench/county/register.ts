import type { ManualClock } from '../../src/shared/clock.ts';
import { cast } from './cast.ts';
import type { Post } from './cast.ts';
import type { GeneratedHousehold } from './households.ts';
import { forEachConcurrently } from './pool.ts';

export interface Registered {
  /** household ids by generated index */
  ids: string[];
  /** households whose 2025 income came with the monitoring survey */
  surveyed: number;
}

/**
 * 农户登记 (an edge household registered as ordinary, then listed on the county's approved edge list — the only way a
 * household becomes 边缘户: a 三非 household listed directly, approved by the county office), then the 2025 income survey of registered and edge households: POST /households and
 * POST /households/:id/changes, as the village's investigators. An Idempotency-Key per household makes its id
 * the same on every run of a seed (src/engine/creation-id.ts), whatever order concurrent requests finish in.
 */
export const registerHouseholds = async (
  post: Post,
  clock: ManualClock,
  households: Iterable<GeneratedHousehold>,
  options: { seed: string; concurrency: number; progress?: (done: number) => void },
): Promise<Registered> => {
  const ids: string[] = [];
  const surveys: { id: string; g: GeneratedHousehold }[] = [];
  clock.set('2026-01-12T02:00:00.000Z');
  let done = 0;
  await forEachConcurrently(households, options.concurrency, async (g) => {
    const village = g.household.villageCode;
    const edge = g.household.registration === 'edge';
    const household = edge ? { ...g.household, registration: 'ordinary' } : g.household;
    const answer = await post<{ id: string }>(cast.investigator(village, 1 + (g.index % 3)), '/households', { household }, `county-${options.seed}-household-${g.index}`);
    ids[g.index] = answer.id;
    if (edge) {
      const screened = await post<{ id: string }>(cast.investigator(village, 1 + (g.index % 3)), '/edge-cases', { householdId: answer.id, campaign: 2026, basis: ['threeNon'] }, `county-${options.seed}-edge-${g.index}`);
      await post(cast.countyOffice, `/edge-cases/${screened.id}/county-approval`, { decision: 'approved', departments: ['县民政局'], opinion: '审定为边缘户' }, `county-${options.seed}-edge-approval-${g.index}`);
    }
    if (g.survey2025) surveys.push({ id: answer.id, g });
    if (++done % 5000 === 0) options.progress?.(done);
  });
  clock.set('2026-02-16T02:00:00.000Z');
  surveys.sort((a, b) => a.g.index - b.g.index);
  await forEachConcurrently(surveys, options.concurrency, async ({ id, g }) => {
    const incomes = { ...g.household.incomes, '2025': g.survey2025 };
    await post(cast.investigator(g.household.villageCode, 1 + (g.index % 3)), `/households/${id}/changes`, {
      changes: { incomes },
      reason: '2025年度收入监测（动态监测户年度收入采集）',
      occurredAt: '2026-02-10T01:30:00.000Z',
    }, `county-${options.seed}-survey-${g.index}`);
  });
  return { ids, surveyed: surveys.length };
};
