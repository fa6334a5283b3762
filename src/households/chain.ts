import type { ChainDefinition } from '../engine/chain.ts';
import { HOUSEHOLD_MACHINE_VERSION, householdMachines } from '../../workflows/registry.ts';

export const householdChain: ChainDefinition = {
  name: 'household',
  streamPrefix: 'household-',
  currentVersion: HOUSEHOLD_MACHINE_VERSION,
  machines: householdMachines,
  versionOf: (first) => String(first.data.machineVersion ?? HOUSEHOLD_MACHINE_VERSION),
};
