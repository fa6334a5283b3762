import type { ProblemContext } from '../../workflows/ledger/problem-machine.ts';
import type { ListedVillageContext } from '../../workflows/ledger/listed-village-machine.ts';
import type { Role } from '../auth/roles.ts';
import { addDays, endOfChinaDay } from '../domain/dates.ts';
import type { Duty } from '../due/due-index.ts';

/**
 * The ledger's duties in the one index of things coming due (src/due): a problem's rectification deadline while it
 * is being worked on, and a listed village's monthly progress report. Put and removed by the read models as events
 * arrive; a duty is overdue once its instant passes, with nothing scanning.
 */

/** the states in which a problem is being worked on against its deadline (claimed, verified or closed: not owed) */
export const OWED_STATES: ReadonlySet<string> = new Set(['rectifying', 'verificationFailed', 'escalatedToCounty', 'assignedToDepartment']);

export const rectificationKey = (problemId: string) => `rectification:${problemId}`;

/** who looks over the responsible person: the county for county-level and escalated problems, else the township */
const supervisorOf = (c: ProblemContext, state: string): Role =>
  c.level === 'county' || c.department !== null || state === 'escalatedToCounty' ? 'countyOffice' : 'townshipApprover';

/** 整改时限 as a duty: overdue after the deadline's day (China), coming due (提醒预警) `warnDays` before */
export const rectificationDuty = (id: string, state: string, c: ProblemContext, warnDays: number): Duty | null => {
  if (!OWED_STATES.has(state) || c.lists === null) return null;
  return {
    key: rectificationKey(id),
    kind: 'rectification',
    zh: '问题整改时限',
    subject: { chain: 'problem', id },
    regionCode: c.regionCode,
    owner: { personId: c.lists.responsible.personId, name: c.lists.responsible.name, role: null },
    supervisorRole: supervisorOf(c, state),
    dueAt: endOfChinaDay(c.lists.deadline),
    warnFrom: endOfChinaDay(addDays(c.lists.deadline, -warnDays)),
    detail: { typeCode: c.typeCode, level: c.level, state, unit: c.lists.responsible.unit, deadline: c.lists.deadline },
  };
};

/** the months from one to another, inclusive (YYYY-MM) */
export const monthsBetween = (from: string, until: string): string[] => {
  const out: string[] = [];
  let [y, m] = from.split('-').map(Number) as [number, number];
  for (let i = 0; i < 240; i++) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    if (month > until) break;
    out.push(month);
    m += 1;
    if (m === 13) { m = 1; y += 1; }
  }
  return out;
};

const lastDayOfMonth = (month: string): string => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
};

export const reportKey = (listedId: string, month: string) => `monthlyReport:${listedId}:${month}`;

/** 每月下旬: a listed village's report of the month, coming due from the policy's day, overdue after the month's end */
export const monthlyReportDuty = (id: string, c: ListedVillageContext, month: string, fromDay: number): Duty => ({
  key: reportKey(id, month),
  kind: 'monthlyReport',
  zh: '挂牌督战村月进展报告',
  subject: { chain: 'listedVillage', id },
  regionCode: c.villageCode,
  owner: { personId: null, name: c.residentUnit, role: 'firstSecretary' },
  supervisorRole: 'countyOffice',
  dueAt: endOfChinaDay(lastDayOfMonth(month)),
  warnFrom: new Date(Date.parse(`${month}-01T00:00:00+08:00`) + (fromDay - 1) * 86_400_000).toISOString(),
  detail: { month, residentUnit: c.residentUnit },
});
