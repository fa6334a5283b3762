import { defineChain } from '../engine/chain.ts';
import { ADJUSTMENT_ROUND_MACHINE_VERSION, MANAGEMENT_MACHINE_VERSION, adjustmentRoundMachines, managementMachines } from '../../workflows/registry.ts';
import { derivedId } from '../shared/ids.ts';
import { managementInvariants } from './invariants.ts';
import { adjustmentRoundInvariants } from './round-invariants.ts';

/** 分类帮扶、动态管理: one stream per carded household, from its designation's completion on. */
export const managementChain = defineChain('management', MANAGEMENT_MACHINE_VERSION, managementMachines, {
  invariants: managementInvariants,
  // contacts and measures are logged from cadres' paper notebooks in whatever order they reach the office: each is
  // dated when it happened (the late-entry window still applies to it) and counts in its own month or year
  datedInEarlierPeriod: ['ContactLogged', 'AssistanceRecorded'],
});

/** a household's management record: one per household, the same id on every instance */
export const managementIdOf = (householdId: string): string => derivedId('management', householdId);

/** 半年动态调整: one stream per county and half year (opening twice is the same record) */
export const adjustmentRoundChain = defineChain('adjustmentRound', ADJUSTMENT_ROUND_MACHINE_VERSION, adjustmentRoundMachines, {
  invariants: adjustmentRoundInvariants,
  // the county whose policy (late-entry window) governs the round, else the signer's
  regionOf: (step) => {
    const code = (step.after.context as { countyCode?: unknown }).countyCode;
    return typeof code === 'string' && /^\d{6}$/.test(code) ? code : step.actor.jurisdiction ?? null;
  },
});

export const adjustmentRoundIdOf = (countyCode: string, round: string): string => derivedId('adjustmentRound', countyCode, round);
