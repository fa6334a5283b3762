import { defineChain } from '../engine/chain.ts';
import { FOUR_CARD_MACHINE_VERSION, fourCardMachines } from '../../workflows/registry.ts';
import { designationInvariants } from './invariants.ts';

/** 红黄绿蓝卡认定: one stream per designation of a household, holding the procedure's invariants. */
export const designationChain = defineChain('designation', FOUR_CARD_MACHINE_VERSION, fourCardMachines, {
  invariants: designationInvariants,
  // dated in an earlier period by nature: an objection raised during the notice, entered whenever (villages work on
  // paper), and the notice's end as the timer records it (at the end, though another step may have been recorded since);
  // the machine and the notice invariants hold each to its period
  datedInEarlierPeriod: ['ObjectionRaised', 'DesignationCompleted'],
});
