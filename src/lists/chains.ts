import { defineChain } from '../engine/chain.ts';
import { LISTS_MACHINE_VERSION, meetingMachines, noticeMachines, roundMachines } from '../../workflows/registry.ts';

const list = (name: string, machines: Parameters<typeof defineChain>[2]) => defineChain(name, LISTS_MACHINE_VERSION, machines);

/** the steps that act on a village's or township's list: one stream per meeting, round and notice */
export const meetingChain = list('appraisal-meeting', meetingMachines);
export const roundChain = list('spot-check-round', roundMachines);
export const noticeChain = list('notice', noticeMachines);
