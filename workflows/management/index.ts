export { managementMachine, MANAGEMENT_MACHINE_VERSION } from './machine.ts';
export type { ManagementContext } from './context.ts';
export type { ManagementEvent, ManagementEventType } from './events.ts';
export { adjustmentRoundMachine, ADJUSTMENT_ROUND_MACHINE_VERSION } from './round.ts';
export type { AdjustmentRoundContext, AdjustmentRoundEvent } from './round.ts';
