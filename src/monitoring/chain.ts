import { defineChain } from '../engine/chain.ts';
import { MONITORING_MACHINE_VERSION, monitoringMachines } from '../../workflows/registry.ts';
import { monitoringInvariants } from './invariants.ts';

/** 防止返贫监测对象: one stream per household's case, from its application (or alert) through every re-flagging. */
export const monitoringChain = defineChain('monitoring', MONITORING_MACHINE_VERSION, monitoringMachines, {
  invariants: monitoringInvariants,
  // raised during the notice, entered whenever (villages work on paper): the machine holds it to the notice's period
  datedInEarlierPeriod: ['MonitoringObjectionRaised'],
});
