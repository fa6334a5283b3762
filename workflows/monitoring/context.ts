import type { ApplicationChannel, MonitoringSource, MonitoringType, NoticePhase, RuleNote } from './events.ts';

export interface MonitoringContext {
  householdId: string;
  villageCode: string;
  /** the income year the case was judged on (the monitoring line is the region's for that year) */
  year: number;
  source: MonitoringSource | null;
  channel: ApplicationChannel | null;
  department: string | null;
  monitoringType: MonitoringType | null;
  warnings: RuleNote[];
  /** who applied, raised the alert or proposed the elimination */
  openedBy: string | null;
  commitment: { by: 'applicant' | 'proxy'; thumbprint: boolean; signedOn: string } | null;
  groupAppraisal: 'recommended' | 'notRecommended' | null;
  notice: { phase: NoticePhase; startsAt: string; endsAt: string; endedAt: string | null } | null;
  /** 数据比对: requested with the inclusion notice, run at the same time by the district */
  comparison: { status: 'pending' | 'clear'; requestedAt: string; completedAt: string | null } | null;
  openObjections: string[];
  /** the rules data comparison found broken (the case ends excluded) */
  exclusionRules: RuleNote[];
  contact: { id: string | null; name: string; organisation: string | null; since: string } | null;
  plan: { planId: string; recordedAt: string; measures: number } | null;
  visits: { count: number; lastAt: string | null };
  /** 1 for the first inclusion, +1 for each re-flagging (风险再标注) */
  cycle: number;
  monitoredSince: string | null;
  eliminatedAt: string | null;
  reflaggedAt: string | null;
  closedAt: string | null;
}

export const emptyContext: MonitoringContext = {
  householdId: '',
  villageCode: '',
  year: 0,
  source: null,
  channel: null,
  department: null,
  monitoringType: null,
  warnings: [],
  openedBy: null,
  commitment: null,
  groupAppraisal: null,
  notice: null,
  comparison: null,
  openObjections: [],
  exclusionRules: [],
  contact: null,
  plan: null,
  visits: { count: 0, lastAt: null },
  cycle: 1,
  monitoredSince: null,
  eliminatedAt: null,
  reflaggedAt: null,
  closedAt: null,
};
