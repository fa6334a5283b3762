export { monitoringMachine, MONITORING_MACHINE_VERSION } from './machine.ts';
export type { MonitoringContext } from './context.ts';
export type { Commitment, Evidence, MonitoringEvent, MonitoringEventType, MonitoringSource, MonitoringType, NoticePhase, RuleNote } from './events.ts';
