import { chinaWorkingCalendar } from '../../src/domain/calendar.ts';
import { seedPolicyBook } from '../../src/domain/policy.ts';
import type { Judging } from '../../src/engine/engine.ts';
import type { Household } from '../../src/domain/household.ts';
import type { Clock } from '../../src/shared/clock.ts';

/** an engine's judging world for unit tests: the seeds' policy and calendar, households given by the test */
export const judgingWith = (clock: Clock, households: Readonly<Record<string, Household>> = {}): Judging => {
  const calendar = chinaWorkingCalendar();
  if (!calendar.ok) throw new Error('calendar');
  return { clock, world: { household: (id) => households[id], policies: seedPolicyBook(), calendar: calendar.value } };
};
