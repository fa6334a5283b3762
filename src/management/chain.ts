import { defineChain } from '../engine/chain.ts';
import { MANAGEMENT_MACHINE_VERSION, managementMachines } from '../../workflows/registry.ts';
import { derivedId } from '../shared/ids.ts';
import { managementInvariants } from './invariants.ts';

/** 分类帮扶、动态管理: one stream per carded household, from its designation's completion on. */
export const managementChain = defineChain('management', MANAGEMENT_MACHINE_VERSION, managementMachines, {
  invariants: managementInvariants,
  // contacts and measures are logged from cadres' paper notebooks in whatever order they reach the office: each is
  // dated when it happened (the late-entry window still applies to it) and counts in its own month or year
  datedInEarlierPeriod: ['ContactLogged', 'AssistanceRecorded'],
});

/** a household's management record: one per household, the same id on every instance */
export const managementIdOf = (householdId: string): string => derivedId('management', householdId);
