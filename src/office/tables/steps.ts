import { MACHINE_LABELS } from '../../shared/labels.ts';
import { placeName } from './common.ts';
import type { TableContext, TableSpec } from './spec.ts';

/** the townships (9-digit codes) the region's designations and cases are in, in code order */
const townshipsOf = (ctx: TableContext): string[] => {
  const codes = new Set<string>();
  for (const d of ctx.services.designations.list(ctx.prefix)) codes.add(d.context.villageCode.slice(0, 9));
  for (const c of ctx.services.monitoring.list(ctx.prefix)) codes.add(c.context.villageCode.slice(0, 9));
  return [...codes].sort();
};

/** counts per (machine, state): [total, …per township] */
const tally = (ctx: TableContext, townships: string[]) => {
  const counts = new Map<string, number[]>();
  const add = (key: string, villageCode: string) => {
    const row = counts.get(key) ?? new Array<number>(townships.length + 1).fill(0);
    counts.set(key, row);
    row[0] = (row[0] ?? 0) + 1;
    const i = townships.indexOf(villageCode.slice(0, 9)) + 1;
    row[i] = (row[i] ?? 0) + 1;
  };
  for (const d of ctx.services.designations.list(ctx.prefix)) add(`fourCard:${d.state}`, d.context.villageCode);
  for (const c of ctx.services.monitoring.list(ctx.prefix)) add(`monitoring:${c.state}`, c.context.villageCode);
  return counts;
};

const MACHINES = ['fourCard', 'monitoring'] as const;

/** 认定和监测办理环节统计表: how many designations and monitoring cases stand at each step, per township */
export const stepsTable: TableSpec = {
  id: 'steps',
  title: '贫困户认定和防止返贫监测办理环节统计表',
  en: 'Designations and monitoring cases by step, per township',
  landscape: true,
  columns: (ctx) => [
    { header: '业务', width: 12 }, { header: '环节', width: 26 }, { header: '合计', width: 8 },
    ...townshipsOf(ctx).map((t) => ({ header: placeName(ctx.services, t), group: '其中：各乡镇（件）', width: 8 })),
  ],
  count: () => MACHINES.reduce((n, m) => n + Object.keys(MACHINE_LABELS[m].states).length - 1, 0),
  *rows(ctx) {
    const townships = townshipsOf(ctx);
    const counts = tally(ctx, townships);
    for (const machine of MACHINES) {
      const labels = MACHINE_LABELS[machine];
      for (const [state, label] of Object.entries(labels.states)) {
        if (state === 'new') continue;
        const row = counts.get(`${machine}:${state}`) ?? new Array<number>(townships.length + 1).fill(0);
        yield [labels.name.zh, label.zh, ...row.map(String)];
      }
    }
  },
};
