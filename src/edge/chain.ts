import { defineChain } from '../engine/chain.ts';
import { EDGE_MACHINE_VERSION, edgeMachines } from '../../workflows/registry.ts';
import { edgeInvariants } from './invariants.ts';

/** 边缘户识别: one stream per household's identification, from screening to the county's approval */
export const edgeChain = defineChain('edge', EDGE_MACHINE_VERSION, edgeMachines, { invariants: edgeInvariants });
