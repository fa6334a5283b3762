import type { Role } from '../auth/roles.ts';
import type { MonitoringCaseRow } from './projection.ts';
import { MONITORED_STATES, NOTICE_STATES, LATE_OBJECTION_STATES } from './projection.ts';

/** one kind of waiting item: what it is, and which cases are in it */
export interface Waiting {
  item: string;
  zh: string;
  has(row: MonitoringCaseRow): boolean;
}

const inState = (...states: string[]) => (r: MonitoringCaseRow) => states.includes(r.state);
const BEFORE_NOTICE = ['awaitingGroupAppraisal', 'awaitingVillageAppraisal', 'awaitingNotice'];

const W = {
  alertVerification: { item: 'alertVerification', zh: '部门预警待核实', has: inState('awaitingAlertVerification') },
  commitmentLetter: { item: 'commitmentLetter', zh: '待补承诺和授权查询书', has: (r) => BEFORE_NOTICE.includes(r.state) && r.context.commitment === null },
  groupAppraisal: { item: 'groupAppraisal', zh: '待村民小组评议', has: inState('awaitingGroupAppraisal') },
  villageAppraisal: { item: 'villageAppraisal', zh: '待村两委核实评议', has: inState('awaitingVillageAppraisal') },
  notice: { item: 'notice', zh: '待公示', has: inState('awaitingNotice', 'eliminationAwaitingNotice') },
  report: { item: 'report', zh: '待上报乡镇', has: inState('awaitingReport', 'eliminationAwaitingReport') },
  objection: { item: 'objection', zh: '公示异议待处理', has: (r) => (NOTICE_STATES.includes(r.state) || LATE_OBJECTION_STATES.includes(r.state)) && r.context.openObjections.length > 0 },
  townshipReview: { item: 'townshipReview', zh: '待乡镇审核', has: inState('awaitingTownshipReview', 'eliminationAwaitingTownshipReview') },
  dataComparison: { item: 'dataComparison', zh: '待数据比对', has: (r) => ['inNotice', 'awaitingComparison'].includes(r.state) && r.context.comparison?.status === 'pending' },
  districtFiling: { item: 'districtFiling', zh: '待区级备案公告', has: inState('awaitingDistrictFiling', 'eliminationAwaitingFiling') },
  contact: { item: 'contact', zh: '待安排帮扶联系人', has: (r) => MONITORED_STATES.includes(r.state) && r.context.contact === null },
  plan: { item: 'plan', zh: '待制定帮扶方案', has: (r) => MONITORED_STATES.includes(r.state) && r.context.plan === null },
  eliminationAppraisal: { item: 'eliminationAppraisal', zh: '风险消除待评议', has: inState('eliminationAppraisal') },
} as const satisfies Record<string, Waiting>;

/** What waits for which role: a worklist is the cases in those items, in the role's jurisdiction. */
export const MONITORING_WAITING_FOR: Readonly<Partial<Record<Role, readonly Waiting[]>>> = {
  investigator: [W.alertVerification, W.commitmentLetter, W.groupAppraisal],
  villageClerk: [W.alertVerification, W.commitmentLetter, W.groupAppraisal, W.villageAppraisal, W.notice, W.report, W.eliminationAppraisal, W.contact, W.plan],
  firstSecretary: [W.alertVerification, W.villageAppraisal, W.eliminationAppraisal, W.contact, W.plan],
  partySecretary: [W.villageAppraisal, W.notice, W.report, W.objection, W.eliminationAppraisal],
  villageDirector: [W.villageAppraisal, W.notice, W.report, W.objection, W.eliminationAppraisal],
  townshipReviewer: [W.townshipReview, W.objection, W.contact],
  townshipApprover: [W.townshipReview, W.objection, W.contact],
  countyOffice: [W.dataComparison, W.districtFiling],
  departmentScreener: [W.alertVerification],
};

/** the items of a role a case is in (empty: not waiting for that role) */
export const waitingItems = (role: Role, row: MonitoringCaseRow): Waiting[] => (MONITORING_WAITING_FOR[role] ?? []).filter((w) => w.has(row));
