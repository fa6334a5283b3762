import { defineChain } from '../../engine/chain.ts';
import { ACTION_TEAM_MACHINE_VERSION, actionTeamMachines } from '../../../workflows/registry.ts';
import { actionTeamInvariants } from './invariants.ts';

/** 专项行动工作队: one stream per county and campaign, its rosters appended village by village */
export const actionTeamChain = defineChain('action-team', ACTION_TEAM_MACHINE_VERSION, actionTeamMachines, { invariants: actionTeamInvariants });
