import { defineChain } from '../engine/chain.ts';
import { FOUR_CARD_MACHINE_VERSION, fourCardMachines } from '../../workflows/registry.ts';
import { designationInvariants } from './invariants.ts';

/** 红黄绿蓝卡认定: one stream per designation of a household, holding the procedure's invariants. */
export const designationChain = defineChain('designation', FOUR_CARD_MACHINE_VERSION, fourCardMachines, {
  invariants: designationInvariants,
  // raised during the notice, entered whenever (villages work on paper): the machine holds it to the notice's period
  datedInEarlierPeriod: ['ObjectionRaised'],
});
