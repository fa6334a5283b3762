import type { Clock } from '../shared/clock.ts';
import type { IdGenerator } from '../shared/ids.ts';

export interface StoreDeps {
  clock: Clock;
  newId: IdGenerator;
}

export const DEFAULT_READ_LIMIT = 10_000;
