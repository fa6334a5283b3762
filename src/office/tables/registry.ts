import { fourCardTable } from './four-card.ts';
import { designationsList, householdsList, monitoringList } from './lists.ts';
import { monitoringTable } from './monitoring.ts';
import { noticeList } from './notice-list.ts';
import { monitoringNoticeList } from './monitoring-notice-list.ts';
import type { TableSpec } from './spec.ts';
import { stepsTable } from './steps.ts';

/** every table the export path answers, by id; other chains add theirs with registerTable at start-up */
const TABLES = new Map<string, TableSpec>(
  [fourCardTable, monitoringTable, stepsTable, noticeList, householdsList, designationsList, monitoringList].map((t) => [t.id, t]),
);
TABLES.set(monitoringNoticeList.id, monitoringNoticeList); // the monitoring chain's 公示 (issue 17)

export const registerTable = (spec: TableSpec): void => {
  if (TABLES.has(spec.id)) throw new Error(`table ${spec.id} is registered twice`);
  TABLES.set(spec.id, spec);
};

export const tableById = (id: string): TableSpec | undefined => TABLES.get(id);
export const allTables = (): TableSpec[] => [...TABLES.values()];
