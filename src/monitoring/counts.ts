import type { MonitoringType } from '../../workflows/monitoring/events.ts';
import { INCLUSION_STATES, MONITORED_STATES } from './projection.ts';
import type { MonitoringCaseRow } from './projection.ts';

export interface Tally {
  households: number;
  people: number;
}

export interface UnitCounts {
  regionCode: string;
  /** 监测对象 now (including those on the way to risk elimination) */
  monitored: Tally & { byType: Record<MonitoringType, Tally> };
  /** 拟识别监测对象: applied or verified, not yet filed (004 附件4) */
  proposed: Tally;
  /** 已标注风险消除 */
  riskEliminated: Tally;
}

const tally = (): Tally => ({ households: 0, people: 0 });
const empty = (regionCode: string): UnitCounts => ({
  regionCode,
  monitored: { ...tally(), byType: { unstableEscaped: tally(), edgeProne: tally(), suddenHardship: tally() } },
  proposed: tally(),
  riskEliminated: tally(),
});

const add = (t: Tally, people: number) => {
  t.households += 1;
  t.people += people;
};

/**
 * Households and people per village (12 digits) or township (9), and in total: monitored by type, proposed and
 * eliminated. People are the household's members as its facts stand now.
 */
export const countCases = (rows: readonly MonitoringCaseRow[], level: 'village' | 'township', peopleOf: (householdId: string) => number, regionCode: string) => {
  const digits = level === 'village' ? 12 : 9;
  const units = new Map<string, UnitCounts>();
  const total = empty(regionCode);
  for (const row of rows) {
    const code = row.context.villageCode.slice(0, digits);
    const unit = units.get(code) ?? empty(code);
    units.set(code, unit);
    const people = peopleOf(row.context.householdId);
    for (const u of [unit, total]) {
      if (MONITORED_STATES.includes(row.state)) {
        add(u.monitored, people);
        if (row.context.monitoringType) add(u.monitored.byType[row.context.monitoringType], people);
      } else if (INCLUSION_STATES.includes(row.state)) add(u.proposed, people);
      else if (row.state === 'riskEliminated') add(u.riskEliminated, people);
    }
  }
  return { regionCode, level, total, units: [...units.values()].sort((a, b) => a.regionCode.localeCompare(b.regionCode)) };
};
