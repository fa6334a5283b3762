export { problemMachine, PROBLEM_MACHINE_VERSION } from './problem-machine.ts';
export { campaignMachine, CAMPAIGN_MACHINE_VERSION } from './campaign-machine.ts';
export { listedVillageMachine, LISTED_VILLAGE_MACHINE_VERSION } from './listed-village-machine.ts';
export type { ProblemContext } from './problem-machine.ts';
export type { CampaignContext } from './campaign-machine.ts';
export type { ListedVillageContext } from './listed-village-machine.ts';
