import { defineChain } from '../engine/chain.ts';
import { MONITORING_MACHINE_VERSION, monitoringMachines } from '../../workflows/registry.ts';
import { monitoringInvariants } from './invariants.ts';

/** 防止返贫监测对象: one stream per household's case, from its application (or alert) through every re-flagging. */
export const monitoringChain = defineChain('monitoring', MONITORING_MACHINE_VERSION, monitoringMachines, {
  invariants: monitoringInvariants,
  // dated in an earlier period by nature: an objection raised during the notice, entered whenever (villages work on
  // paper), and the notice's end as the timer records it (at the end, though another step may have been recorded since);
  // the machine and the notice invariants hold each to its period
  datedInEarlierPeriod: ['MonitoringObjectionRaised', 'MonitoringNoticeEnded'],
});
