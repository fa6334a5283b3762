import { defineChain } from '../engine/chain.ts';
import { REGIONS_MACHINE_VERSION, regionMachines } from '../../workflows/regions/machine.ts';

/** a county's region directory, one stream per county: 'regions-430623', decided by workflows/regions/machine.ts */
export const regionsChain = defineChain('regions', REGIONS_MACHINE_VERSION, regionMachines, {
  regionOf: (step) => (typeof step.data.scopeCode === 'string' ? step.data.scopeCode : null),
});

export const ADDED = 'RegionAdded';
export const RENAMED = 'RegionRenamed';
export const IMPORTED = 'RegionsImported';
