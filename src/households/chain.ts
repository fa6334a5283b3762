import { defineChain } from '../engine/chain.ts';
import { HOUSEHOLD_MACHINE_VERSION, householdMachines } from '../../workflows/registry.ts';
import { householdInvariants } from './invariants.ts';

/** 农户: one stream per household, its facts changing over time. */
export const householdChain = defineChain('household', HOUSEHOLD_MACHINE_VERSION, householdMachines, { invariants: householdInvariants });
