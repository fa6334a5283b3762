import type { Decision } from '../engine/engine.ts';
import type { CommandContext } from '../engine/engine.ts';
import { designationChain } from '../designations/chain.ts';
import type { Services } from '../services.ts';
import { ProblemError } from '../shared/problem.ts';
import { ConcurrencyError } from '../store/errors.ts';

export interface ItemResult {
  designationId: string;
  ok: boolean;
  state?: string;
  revision?: number;
  code?: string;
  message_zh?: string;
  message_en?: string;
}

/**
 * One list operation, many designations: each is its own atomic append (one refusal does not undo the others),
 * each reports its own result, and a command id per list and designation makes a retry apply nothing twice.
 */
export const applyToDesignations = async (
  services: Services,
  items: readonly { designationId: string; decisions: Decision[] }[],
  ctx: Omit<CommandContext, 'commandId' | 'ifMatch' | 'idempotencyKey'>,
  commandId: string,
): Promise<ItemResult[]> => {
  const results: ItemResult[] = [];
  let last = 0;
  for (const item of items) {
    try {
      const outcome = await services.engine.execute(designationChain, item.designationId, { ...ctx, commandId }, () => item.decisions, { mustExist: true });
      last = Math.max(last, outcome.position);
      results.push({ designationId: item.designationId, ok: true, state: String(outcome.snapshot.value), revision: outcome.revision });
    } catch (error) {
      if (error instanceof ProblemError) results.push({ designationId: item.designationId, ok: false, code: error.code, message_zh: error.zh, message_en: error.en });
      else if (error instanceof ConcurrencyError) results.push({ designationId: item.designationId, ok: false, code: 'CONCURRENT_CHANGE', message_zh: '该记录已被他人修改', message_en: 'Changed concurrently; retry' });
      else throw error;
    }
  }
  await services.projector.waitFor(last);
  return results;
};
