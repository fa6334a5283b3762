import type { ChainDefinition } from '../engine/chain.ts';
import { MONITORING_MACHINE_VERSION, monitoringMachines } from '../../workflows/registry.ts';

/** 防止返贫监测对象: one stream per household's case, from its application (or alert) through every re-flagging. */
export const monitoringChain: ChainDefinition = {
  name: 'monitoring',
  streamPrefix: 'monitoring-',
  currentVersion: MONITORING_MACHINE_VERSION,
  machines: monitoringMachines,
  versionOf: (first) => String(first.data.machineVersion ?? MONITORING_MACHINE_VERSION),
};
