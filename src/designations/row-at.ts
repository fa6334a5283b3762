import type { FourCardContext } from '../../workflows/four-card/context.ts';
import type { Outcome } from '../engine/engine.ts';
import { stateName } from '../engine/fold.ts';
import type { DesignationRow } from './projection.ts';

/** the designation as the command left it: for a retried command, as its first answer said */
export const rowAt = (row: DesignationRow, outcome: Pick<Outcome, 'snapshot' | 'revision'>): DesignationRow => ({
  ...row,
  state: stateName(outcome.snapshot),
  context: outcome.snapshot.context as FourCardContext,
  revision: outcome.revision,
});
