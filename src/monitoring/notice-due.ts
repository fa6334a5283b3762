import { effectiveEnd } from '../timers/notice-timer.ts';
import type { DueSource } from '../timers/notice-timer.ts';
import { monitoringChain } from './chain.ts';

/**
 * Monitoring notices for the notice timer: a notice (inclusion or risk elimination) with no open objection ends by
 * itself at its end — or when its last objection was resolved, if later. The machine then moves an inclusion on to
 * the report, or to waiting for the district's comparison if that is still out.
 */
export const monitoringNoticesDue: DueSource = ({ monitoring }, now) =>
  monitoring.due(now).flatMap((row) => {
    if (!row.context.notice) return [];
    const at = effectiveEnd(row.context.notice.endsAt, row.lastResolvedAt);
    return [{ chain: monitoringChain, id: row.id, at, decisions: [{ type: 'MonitoringNoticeEnded', data: { at } }] }];
  });
