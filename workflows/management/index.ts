export { managementMachine, MANAGEMENT_MACHINE_VERSION } from './machine.ts';
export type { ManagementContext } from './context.ts';
export type { ManagementEvent, ManagementEventType } from './events.ts';
