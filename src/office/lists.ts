import type { Identity } from '../auth/identity.ts';
import { maskResidentId } from '../domain/resident-id.ts';
import { seesFullIds } from '../households/present.ts';
import type { Services } from '../services.ts';
import { stateLabel } from '../shared/labels.ts';
import { CAUSES, POVERTY_STATUS, REGISTRATION, labelOf } from './household-columns.ts';
import type { Table } from './sheet.ts';

/**
 * The lists an office exports, with Chinese column headers. One definition per list; the export path
 * (src/office/routes.ts) turns any of them into CSV or xlsx, directly when small and as a job when large.
 */
export interface ListDefinition {
  title: string;
  headers: string[];
  /** how many rows the caller's selection holds (to decide direct or job) */
  count(services: Services, prefix: string): number;
  /** the rows, as `identity` may see them */
  rows(services: Services, prefix: string, identity: Identity): Iterable<string[]>;
}

const CARD_LABELS: Record<string, string> = { red: '红卡', yellow: '黄卡', green: '绿卡', blue: '蓝卡' };
const date = (iso: string | null) => (iso === null ? '' : iso.slice(0, 10));

const idFor = (identity: Identity, services: Services) => {
  const full = seesFullIds(identity, services.fullIdRoles);
  // an erased household's ID reads null (src/privacy): an empty cell
  return (id: string | null) => (id === null ? '' : full ? id : maskResidentId(id));
};

export const LISTS = {
  /** 农户名单: every registered household in the jurisdiction */
  households: {
    title: '农户名单',
    headers: ['序号', '户主姓名', '户主身份证号', '村代码', '组', '户类型', '脱贫属性', '家庭人口', '主要致贫原因', '登记时间'],
    count: (services, prefix) => services.households.list(prefix, 0, 0).total,
    *rows(services, prefix, identity) {
      const id = idFor(identity, services);
      const { items } = services.households.list(prefix, 0, Number.MAX_SAFE_INTEGER);
      let n = 0;
      for (const row of items) {
        const h = row.household;
        yield [String(++n), h.head, id(h.residentId), h.villageCode, h.group, labelOf(REGISTRATION, h.registration),
          h.povertyStatus === null ? '' : labelOf(POVERTY_STATUS, h.povertyStatus), String(h.members.length),
          h.mainCauseOfPoverty === null ? '' : labelOf(CAUSES, h.mainCauseOfPoverty), date(row.registeredAt)];
      }
    },
  },
  /** 红黄绿蓝卡认定名单: the four-card designations, one row each, with the card and the step reached */
  designations: {
    title: '红黄绿蓝卡认定名单',
    headers: ['序号', '认定编号', '户主姓名', '身份证号', '村代码', '组', '家庭人口', '认定年度', '卡别', '状态', '申报时间', '认定完成时间'],
    count: (services, prefix) => services.designations.list(prefix).length,
    *rows(services, prefix, identity) {
      const id = idFor(identity, services);
      let n = 0;
      for (const d of services.designations.list(prefix)) {
        const h = services.households.get(d.context.householdId)?.household;
        yield [String(++n), d.id, h?.head ?? '', h ? id(h.residentId) : '', d.context.villageCode, h?.group ?? '',
          h ? String(h.members.length) : '', String(d.context.year), d.context.card === null ? '' : CARD_LABELS[d.context.card] ?? d.context.card,
          stateLabel('fourCard', d.state).zh, date(d.declaredAt), date(d.context.completedAt)];
      }
    },
  },
} as const satisfies Record<string, ListDefinition>;

export type ListName = keyof typeof LISTS;

/** the list's rows; every 1,000 rows it reports progress and lets the event loop turn, so requests are served meanwhile */
export const tableOf = async (list: ListDefinition, services: Services, prefix: string, identity: Identity, progress?: (done: number) => void): Promise<Table> => {
  const rows: string[][] = [];
  for (const row of list.rows(services, prefix, identity)) {
    rows.push(row);
    if (rows.length % 1000 === 0) {
      progress?.(rows.length);
      await new Promise<void>((resolve) => { setImmediate(resolve); });
    }
  }
  return { headers: list.headers, rows };
};
