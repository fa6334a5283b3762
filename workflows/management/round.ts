import { assign, setup } from 'xstate';
import type { Signer } from '../signatures.ts';

export const ADJUSTMENT_ROUND_MACHINE_VERSION = 'adjustmentRound@1';

interface Signed {
  actor: Signer;
  occurredAt: string;
}

/**
 * The facts of a county's half-yearly adjustment round (动态调整, 每半年一次: seeds 000/003 五). Each household's
 * outcome is the county confirmation (县扶贫办核定) on its own management stream, which names the round; the round's
 * stream holds its opening and its close.
 */
export type AdjustmentRoundEvent = Signed &
  (
    | { type: 'AdjustmentRoundOpened'; countyCode: string; round: string; machineVersion: string } // 县扶贫办启动半年动态调整
    | {
        type: 'AdjustmentRoundClosed'; // 县扶贫办结束本轮动态调整
        /** carded households the round listed at its close, and how many had a confirmed outcome */
        total: number;
        withOutcome: number;
        /** the households (ids) still without an outcome at the close, as the read model had them */
        withoutOutcome: string[];
        /** the households the county names as closed without an outcome: must list every one of them */
        acknowledged: string[];
        reason: string | null;
      }
  );

export type AdjustmentRoundEventOf<T extends AdjustmentRoundEvent['type']> = Extract<AdjustmentRoundEvent, { type: T }>;

export interface AdjustmentRoundContext {
  countyCode: string;
  /** e.g. 2026H2 */
  round: string;
  openedBy: string | null;
  openedAt: string | null;
  closure: { by: string; at: string; total: number; withOutcome: number; withoutOutcome: string[]; reason: string | null } | null;
}

export const emptyAdjustmentRound: AdjustmentRoundContext = { countyCode: '', round: '', openedBy: null, openedAt: null, closure: null };

const ev = <T extends AdjustmentRoundEvent['type']>(event: AdjustmentRoundEvent, _type: T) => event as AdjustmentRoundEventOf<T>;

/**
 * A half-yearly adjustment round of a county: opened by the county office for a half year → open while villages,
 * townships and the county record each carded household's outcome (kept, changed, removed) → closed. Whether a close
 * may leave households without an outcome is the chain's invariant (src/management/round-invariants.ts), which names
 * the rule broken; the machine only orders the steps.
 */
export const adjustmentRoundMachine = setup({
  types: { context: {} as AdjustmentRoundContext, events: {} as AdjustmentRoundEvent },
  actions: {
    recordOpening: assign(({ event }) => {
      const e = ev(event, 'AdjustmentRoundOpened');
      return { countyCode: e.countyCode, round: e.round, openedBy: e.actor.id, openedAt: e.occurredAt };
    }),
    recordClosure: assign(({ event }) => {
      const e = ev(event, 'AdjustmentRoundClosed');
      return { closure: { by: e.actor.id, at: e.occurredAt, total: e.total, withOutcome: e.withOutcome, withoutOutcome: e.withoutOutcome, reason: e.reason } };
    }),
  },
}).createMachine({
  id: 'adjustmentRound',
  context: emptyAdjustmentRound,
  initial: 'new',
  states: {
    new: { on: { AdjustmentRoundOpened: { target: 'open', actions: 'recordOpening' } } },
    /** 动态调整进行中: households' outcomes are confirmed on their own records */
    open: { on: { AdjustmentRoundClosed: { target: 'closed', actions: 'recordClosure' } } },
    closed: { type: 'final' },
  },
});
