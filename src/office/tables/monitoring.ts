import { countCases } from '../../monitoring/counts.ts';
import { byVillageAndTownship, villageAndTownshipRows } from './common.ts';
import type { TableContext, TableSpec } from './spec.ts';

const peopleOf = (ctx: TableContext) => (householdId: string) => ctx.services.households.get(householdId)?.household.members.length ?? 0;

/** the monitoring read model's counts per village (src/monitoring/counts.ts), as table rows */
const perVillage = (ctx: TableContext): Map<string, number[]> => {
  const counts = countCases(ctx.services.monitoring.list(ctx.prefix), 'village', peopleOf(ctx), ctx.prefix);
  return new Map(counts.units.map((u) => [u.regionCode, [
    u.monitored.byType.unstableEscaped.households, u.monitored.byType.edgeProne.households, u.monitored.byType.suddenHardship.households,
    u.monitored.households, u.monitored.people, u.proposed.households, u.proposed.people, u.riskEliminated.households, u.riskEliminated.people,
  ]]));
};

/** 防止返贫监测对象统计表: monitored households by type, proposed and eliminated, by village with township subtotals */
export const monitoringTable: TableSpec = {
  id: 'monitoring-objects',
  title: '防止返贫监测对象分类统计表',
  en: 'Monitoring objects by type, by village and township',
  landscape: true,
  columns: () => [
    { header: '乡镇', width: 12 }, { header: '村', width: 12 },
    ...['脱贫不稳定户', '边缘易致贫户', '突发严重困难户', '户数合计', '人数合计'].map((header) => ({ header, group: '监测对象', width: 9 })),
    ...['户数', '人数'].map((header) => ({ header, group: '拟识别监测对象', width: 7 })),
    ...['户数', '人数'].map((header) => ({ header, group: '已标注风险消除', width: 7 })),
  ],
  count: (ctx) => villageAndTownshipRows(perVillage(ctx).keys()),
  rows: (ctx) => byVillageAndTownship(ctx.services, perVillage(ctx), 9),
};
