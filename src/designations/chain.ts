import type { ChainDefinition } from '../engine/chain.ts';
import { FOUR_CARD_MACHINE_VERSION, fourCardMachines } from '../../workflows/registry.ts';

/** 红黄绿蓝卡认定: one stream per designation of a household. */
export const designationChain: ChainDefinition = {
  name: 'designation',
  streamPrefix: 'designation-',
  currentVersion: FOUR_CARD_MACHINE_VERSION,
  machines: fourCardMachines,
  versionOf: (first) => String(first.data.machineVersion ?? FOUR_CARD_MACHINE_VERSION),
};
