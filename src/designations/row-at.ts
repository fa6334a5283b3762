import type { FourCardContext } from '../../workflows/four-card/context.ts';
import type { Outcome } from '../engine/engine.ts';
import { stateName } from '../engine/fold.ts';
import type { DesignationRow } from './projection.ts';

/**
 * the designation as the command left it: for a retried command, as its first answer said — its state, card and
 * revision, and the time of the command's own last event (not of whatever step came after it)
 */
export const rowAt = (row: DesignationRow, outcome: Pick<Outcome, 'snapshot' | 'revision'> & Partial<Pick<Outcome, 'events'>>): DesignationRow => ({
  ...row,
  state: stateName(outcome.snapshot),
  context: outcome.snapshot.context as FourCardContext,
  revision: outcome.revision,
  updatedAt: outcome.events?.at(-1)?.metadata.recordedAt ?? row.updatedAt,
});
