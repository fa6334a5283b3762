import { defineChain } from '../engine/chain.ts';
import { FOUR_CARD_MACHINE_VERSION, fourCardMachines } from '../../workflows/registry.ts';

/** 红黄绿蓝卡认定: one stream per designation of a household. */
export const designationChain = defineChain('designation', FOUR_CARD_MACHINE_VERSION, fourCardMachines);
