import { defineChain } from '../engine/chain.ts';
import type { Step } from '../engine/invariants.ts';
import {
  CAMPAIGN_MACHINE_VERSION, LISTED_VILLAGE_MACHINE_VERSION, PROBLEM_MACHINE_VERSION, campaignMachines, listedVillageMachines, problemMachines,
} from '../../workflows/registry.ts';
import { campaignInvariants, listedVillageInvariants, problemInvariants } from './invariants.ts';

const codeIn = (value: unknown): string | null => (typeof value === 'string' && /^\d{6,12}$/.test(value) ? value : null);

/** the region a step is in: the one its record names (village, township or county), else the signer's */
const regionOf = (step: Step): string | null =>
  codeIn((step.after.context as { regionCode?: unknown; villageCode?: unknown }).regionCode)
  ?? codeIn((step.after.context as { villageCode?: unknown }).villageCode) ?? codeIn(step.actor.jurisdiction);

/** 问题整改台账: one stream per problem, from its finding to 销号 */
export const problemChain = defineChain('problem', PROBLEM_MACHINE_VERSION, problemMachines, { invariants: problemInvariants, regionOf });

/** 排查/督查: one stream per campaign */
export const campaignChain = defineChain('campaign', CAMPAIGN_MACHINE_VERSION, campaignMachines, { invariants: campaignInvariants, regionOf });

/** 挂牌督战村: one stream per listed village */
export const listedVillageChain = defineChain('listedVillage', LISTED_VILLAGE_MACHINE_VERSION, listedVillageMachines, { invariants: listedVillageInvariants, regionOf });
