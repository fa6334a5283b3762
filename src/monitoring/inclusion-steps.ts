import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { when } from '../http/command-context.ts';
import { chinaDateOf } from '../domain/dates.ts';
import { checkRiskElimination } from '../domain/monitoring-criteria.ts';
import { countyOf } from '../domain/region.ts';
import { noticeEndsAt } from '../domain/working-days.ts';
import { stepNotAllowed } from '../engine/errors.ts';
import { calendarProblem } from '../lists/notices.ts';
import type { Services } from '../services.ts';
import { asJson, contextOf, householdOf, monitoringStep, refuseOn, separationOfDuties, stateOf } from './cases.ts';
import {
  caseRule, checkApplication, checkCommitment, checkCommitmentOnFile, checkComparison, checkType, checkVillageDecision, checkVillageMeeting,
} from './eligibility.ts';
import { closed, CommitmentSchema, DepartmentSchema, evidenceList, MonitoringTypeSchema } from './evidence.ts';
import type { MonitoringCaseRow } from './projection.ts';

const opinion = z.string().min(1).max(4000);
const reason = z.string().min(1).max(2000);
const headcount = z.number().int().min(0).max(1000);
const VillageAttendance = closed({
  committeeMembers: headcount, // 村两委成员
  workTeamMembers: headcount, // 驻村工作队成员
  supervisoryCommitteeMembers: headcount, // 村监督委员会成员
  villagerRepresentatives: headcount, // 村民代表
});

/** which notice a state is waiting for, or has running */
const phaseIn = (state: string, inclusion: string, elimination: string) =>
  state === inclusion ? 'inclusion' : state === elimination ? 'elimination' : null;

const noRefusal = { refusals: [], warnings: [] };

/**
 * The inclusion steps, and the ones both phases share (notice, objections, report, township review, district
 * filing, withdrawal): the phase is the stream's current state, so one route serves both notices.
 */
export const registerInclusionSteps = (app: FastifyInstance, services: Services): void => {
  const recordedOn = (occurredAt: string | undefined) => chinaDateOf(occurredAt ?? services.clock.now().toISOString());
  const policyOf = (row: MonitoringCaseRow, year = row.context.year) => services.policies.resolve(row.context.villageCode, year);

  monitoringStep(app, services, {
    path: '/monitoring-cases/:id/alert-verification',
    id: 'verifyMonitoringAlert',
    zh: '村核实部门预警：属实（给出拟纳入类型）或不属实',
    problems: ['MONITORING_RULE_REFUSED', 'HOUSEHOLD_NOT_FOUND'],
    example: { outcome: 'confirmed', proposedType: 'suddenHardship', opinion: '入户核实，户主住院，医疗支出大', occurredAt: '2026-05-08T10:00:00+08:00' },
    summary: "The village verifies a department's alert on the ground: confirmed (with a proposed type) or dismissed",
    permission: 'monitoring.verifyAlert',
    body: z.discriminatedUnion('outcome', [
      z.object({ outcome: z.literal('confirmed'), proposedType: MonitoringTypeSchema, opinion, evidence: evidenceList, ...when }),
      z.object({ outcome: z.literal('dismissed'), opinion, evidence: evidenceList, ...when }),
    ]),
    decide: (b, row) => {
      if (b.outcome === 'dismissed') {
        return [{ type: 'MonitoringAlertVerified', data: asJson({ outcome: 'dismissed', proposedType: null, opinion: b.opinion, perCapitaIncome: null, warnings: [], evidence: b.evidence ?? [] }) }];
      }
      const h = householdOf(services, row.context.householdId).household;
      const eligibility = checkApplication(h, row.context.year, policyOf(row), b.proposedType);
      refuseOn(eligibility);
      return [{ type: 'MonitoringAlertVerified', data: asJson({ outcome: 'confirmed', proposedType: b.proposedType, opinion: b.opinion, perCapitaIncome: eligibility.perCapitaIncome, warnings: eligibility.warnings, evidence: b.evidence ?? [] }) }];
    },
  });

  monitoringStep(app, services, {
    path: '/monitoring-cases/:id/commitment',
    id: 'recordMonitoringCommitment',
    zh: '录入农户承诺和授权查询书',
    example: { commitment: { letter: { kind: 'scan', id: 'doc-2026-0506-001', sha256: '9f2c4b1a7d3e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8', mediaType: 'application/pdf', caption: '农户承诺和授权查询书' }, signedOn: '2026-05-06', signature: { by: 'proxy', name: '张小红', relation: 'closeRelative' }, thumbprint: true, factsTrue: true, authorisesAssetQuery: true }, occurredAt: '2026-05-07T10:00:00+08:00' },
    problems: ['MONITORING_RULE_REFUSED'],
    summary: '农户承诺和授权查询书: the signed letter (or a proxy\'s with the applicant\'s thumbprint), before the notice and comparison',
    permission: 'monitoring.commitment',
    body: z.object({ commitment: CommitmentSchema, ...when }),
    decide: (b) => {
      const findings = checkCommitment(b.commitment, recordedOn(b.occurredAt));
      refuseOn(findings);
      return [{ type: 'MonitoringCommitmentRecorded', data: asJson({ commitment: b.commitment, warnings: findings.warnings }) }];
    },
  });

  monitoringStep(app, services, {
    path: '/monitoring-cases/:id/group-appraisal',
    id: 'recordMonitoringGroupAppraisal',
    zh: '村民小组评议',
    example: { outcome: 'recommended', opinion: '小组评议同意推荐', attendance: 23, occurredAt: '2026-05-09T19:00:00+08:00' },
    summary: '村民小组评议: the villager group recommends, or not; the village committees decide next',
    permission: 'monitoring.groupAppraise',
    body: z.object({ outcome: z.enum(['recommended', 'notRecommended']), opinion, attendance: z.number().int().min(1).max(1000), evidence: evidenceList, ...when }),
    decide: (b) => [{
      type: 'MonitoringGroupAppraised',
      data: asJson({ outcome: b.outcome, opinion: b.opinion, attendance: b.attendance, warnings: b.outcome === 'notRecommended' ? [caseRule('MONITORING_GROUP_NOT_RECOMMENDED')] : [], evidence: b.evidence ?? [] }),
    }],
  });

  monitoringStep(app, services, {
    path: '/monitoring-cases/:id/village-appraisal',
    id: 'recordMonitoringVillageAppraisal',
    zh: '村两委核实和评议：纳入初选名单或不纳入',
    problems: ['MONITORING_RULE_REFUSED', 'HOUSEHOLD_NOT_FOUND', 'HOUSEHOLD_FACTS_MISSING'],
    example: { decision: 'included', monitoringType: 'suddenHardship', opinion: '村两委评议同意纳入', attendance: { committeeMembers: 5, workTeamMembers: 2, supervisoryCommitteeMembers: 3, villagerRepresentatives: 9 }, occurredAt: '2026-05-11T10:00:00+08:00' },
    summary: '村两委核实和评议: include in the initial list (初选名单) with a type, or not; checked against the monitoring criteria',
    permission: 'monitoring.villageAppraise',
    body: z.discriminatedUnion('decision', [
      z.object({ decision: z.literal('included'), monitoringType: MonitoringTypeSchema, opinion, attendance: VillageAttendance, evidence: evidenceList, ...when }),
      z.object({ decision: z.literal('notIncluded'), opinion, attendance: VillageAttendance, evidence: evidenceList, ...when }),
    ]),
    decide: (b, row) => {
      const household = householdOf(services, row.context.householdId);
      const type = b.decision === 'included' ? b.monitoringType : null;
      const eligibility = checkVillageDecision(household.household, row.context.year, policyOf(row), b.decision, type);
      const meeting = checkVillageMeeting(b.attendance);
      refuseOn({ refusals: [...meeting.refusals, ...eligibility.refusals], warnings: [] });
      return [{
        type: 'MonitoringVillageAppraised',
        data: asJson({ decision: b.decision, monitoringType: type, opinion: b.opinion, attendance: b.attendance, householdRevision: household.revision, perCapitaIncome: eligibility.perCapitaIncome, warnings: eligibility.warnings, evidence: b.evidence ?? [] }),
      }];
    },
  });

  monitoringStep(app, services, {
    path: '/monitoring-cases/:id/notice',
    id: 'postMonitoringNotice',
    zh: '村内公示（同步提交数据比对）',
    problems: ['MONITORING_RULE_REFUSED', 'CALENDAR_YEAR_UNKNOWN', 'INVALID_DATE', 'NOTICE_STARTS_BEFORE_POSTING', 'NOTICE_STARTS_IN_FUTURE', 'NOTICE_TOO_SHORT'],
    example: { startsAt: '2026-05-12T09:00:00+08:00', noticeRef: '团洲乡监测对象公示〔2026〕5号', occurredAt: '2026-05-12T09:00:00+08:00' },
    summary: 'Post the village notice (公示, working days from policy and the calendar); an inclusion notice goes to the district for data comparison (数据比对) at the same time',
    permission: 'monitoring.notice',
    body: z.object({
      /** when the list went up: by default when it was posted (occurredAt) */
      startsAt: z.iso.datetime({ offset: true }).optional(),
      /** a longer notice than the policy's minimum ("不少于"); never shorter */
      days: z.number().int().min(1).max(60).optional(),
      noticeRef: z.string().min(1).max(200).optional(),
      ...when,
    }),
    decide: (b, row, _actor, current) => {
      const phase = phaseIn(stateOf(current), 'awaitingNotice', 'eliminationAwaitingNotice');
      if (phase === null) throw stepNotAllowed(stateOf(current), 'MonitoringNoticePosted');
      if (phase === 'inclusion') refuseOn(checkCommitmentOnFile(contextOf(current).commitment !== null));
      const startsAt = b.startsAt ?? b.occurredAt ?? services.clock.now().toISOString();
      const policy = services.policies.resolve(row.context.villageCode, Number(chinaDateOf(startsAt).slice(0, 4)));
      const minimum = phase === 'inclusion' ? policy.notice.monitoring : policy.notice.riskElimination;
      const period = { ...minimum, days: Math.max(minimum.days, b.days ?? 0) };
      const ends = noticeEndsAt(startsAt, period, services.calendar);
      if (!ends.ok) throw calendarProblem(ends.error);
      const posted = { type: 'MonitoringNoticePosted', data: asJson({ phase, startsAt, endsAt: ends.value, period, noticeRef: b.noticeRef ?? null }) };
      return phase === 'inclusion'
        ? [posted, { type: 'MonitoringComparisonRequested', data: { districtCode: countyOf(row.context.villageCode) ?? row.context.villageCode.slice(0, 6) } }]
        : [posted];
    },
  });

  monitoringStep(app, services, {
    path: '/monitoring-cases/:id/data-comparison',
    id: 'recordMonitoringDataComparison',
    zh: '区级数据比对结果',
    problems: ['MONITORING_RULE_REFUSED', 'HOUSEHOLD_FACTS_MISSING'],
    example: { result: 'clear', departments: ['publicSecurity', 'marketRegulation', 'civilAffairs'], opinion: '比对未发现不得纳入情形', occurredAt: '2026-05-15T10:00:00+08:00' },
    summary: "数据比对: the district's result from departments' records; an exclusion fact (car, public-funds member, executive — also in children's households) excludes",
    permission: 'monitoring.compare',
    body: z.object({
      result: z.enum(['clear', 'exclusionFound']),
      findings: closed({
        consumerCar: z.boolean().default(false),
        publicFundsMember: z.boolean().default(false),
        enterpriseExecutive: z.boolean().default(false),
        childrenHouseholds: closed({ consumerCar: z.boolean().default(false), publicFundsMember: z.boolean().default(false), enterpriseExecutive: z.boolean().default(false) })
          .default({ consumerCar: false, publicFundsMember: false, enterpriseExecutive: false }),
      }).default({ consumerCar: false, publicFundsMember: false, enterpriseExecutive: false, childrenHouseholds: { consumerCar: false, publicFundsMember: false, enterpriseExecutive: false } }),
      departments: z.array(DepartmentSchema).min(1).max(20),
      opinion,
      evidence: evidenceList,
      ...when,
    }),
    decide: (b) => {
      const checked = checkComparison(b.result, b.findings);
      refuseOn(checked);
      return [{ type: 'MonitoringComparisonCompleted', data: asJson({ result: b.result, findings: b.findings, rules: checked.rules, departments: b.departments, opinion: b.opinion, evidence: b.evidence ?? [] }) }];
    },
  });

  monitoringStep(app, services, {
    path: '/monitoring-cases/:id/objections',
    id: 'raiseMonitoringObjection',
    zh: '登记公示期间的异议',
    example: { summary: '村民反映该户有经营性收入未申报', occurredAt: '2026-05-14T10:00:00+08:00' },
    summary: 'Record an objection raised during a notice (异议); the case cannot go on until it is resolved',
    permission: 'monitoring.objection.raise',
    body: z.object({ summary: z.string().min(1).max(4000), ...when }),
    decide: (b) => [{ type: 'MonitoringObjectionRaised', data: { objectionId: services.newId(), summary: b.summary } }],
  });

  monitoringStep(app, services, {
    path: '/monitoring-cases/:id/objection-resolutions',
    id: 'resolveMonitoringObjection',
    zh: '处理异议',
    example: { objectionId: '6d5c4b3a-2910-4876-9543-210fedcba987', outcome: 'dismissed', opinion: '经核实，经营收入已计入，异议不成立', occurredAt: '2026-05-16T10:00:00+08:00' },
    summary: 'Resolve an objection: upheld sends an inclusion back to the village committees (an elimination back to monitoring); dismissed lets the notice end',
    permission: 'monitoring.objection.resolve',
    body: z.object({ objectionId: z.uuid(), outcome: z.enum(['upheld', 'dismissed']), opinion, ...when }),
    decide: (b) => [{ type: 'MonitoringObjectionResolved', data: { objectionId: b.objectionId, outcome: b.outcome, opinion: b.opinion } }],
  });

  monitoringStep(app, services, {
    path: '/monitoring-cases/:id/report',
    id: 'reportMonitoringCase',
    zh: '上报乡党委、政府',
    problems: ['REPORT_INSIDE_NOTICE'],
    example: { opinion: '公示无异议，比对无问题，上报乡镇审核', occurredAt: '2026-05-20T10:00:00+08:00' },
    summary: '上报乡党委、政府: the village reports a notice that ended without objection (and, for inclusion, a clear comparison)',
    permission: 'monitoring.report',
    body: z.object({ opinion, ...when }),
    decide: (b, _row, _actor, current) => {
      const phase = phaseIn(stateOf(current), 'awaitingReport', 'eliminationAwaitingReport');
      if (phase === null) throw stepNotAllowed(stateOf(current), 'MonitoringReportedToTownship');
      return [{ type: 'MonitoringReportedToTownship', data: { phase, opinion: b.opinion } }];
    },
  });

  monitoringStep(app, services, {
    path: '/monitoring-cases/:id/township-review',
    id: 'reviewMonitoringCaseInTownship',
    zh: '乡党委、政府审核：同意、退回或不同意',
    problems: ['SEPARATION_OF_DUTIES', 'MONITORING_RULE_REFUSED', 'HOUSEHOLD_NOT_FOUND', 'HOUSEHOLD_FACTS_MISSING'],
    example: { outcome: 'approved', opinion: '审核同意，报区级备案', occurredAt: '2026-05-22T10:00:00+08:00' },
    summary: '乡党委、政府审核: approve (to the district), send back (退回) or refuse',
    permission: 'monitoring.townshipReview',
    body: z.discriminatedUnion('outcome', [
      z.object({ outcome: z.literal('approved'), opinion, ...when }),
      z.object({ outcome: z.literal('sentBack'), reason, ...when }),
      z.object({ outcome: z.literal('refused'), reason, ...when }),
    ]),
    check: (_b, row, actor) => {
      if (actor.id === row.context.openedBy) throw separationOfDuties();
    },
    decide: (b, row, _actor, current) => {
      const phase = phaseIn(stateOf(current), 'awaitingTownshipReview', 'eliminationAwaitingTownshipReview');
      if (phase === null) throw stepNotAllowed(stateOf(current), 'MonitoringTownshipReviewed');
      if (phase === 'elimination' && b.outcome === 'approved') refuseOn(checkRiskElimination(householdOf(services, row.context.householdId).household));
      return [{ type: 'MonitoringTownshipReviewed', data: { phase, outcome: b.outcome, opinion: b.outcome === 'approved' ? b.opinion : b.reason } }];
    },
  });

  monitoringStep(app, services, {
    path: '/monitoring-cases/:id/district-filing',
    id: 'fileMonitoringCase',
    zh: '区级备案公告（或退回乡镇）',
    problems: ['MONITORING_RULE_REFUSED', 'HOUSEHOLD_NOT_FOUND', 'HOUSEHOLD_FACTS_MISSING'],
    example: { outcome: 'filed', announcementRef: '华容县乡村振兴局公告〔2026〕12号', opinion: '同意备案', occurredAt: '2026-05-26T10:00:00+08:00' },
    summary: '区级乡村振兴部门备案公告: file and announce (the household is then marked: monitored, or risk eliminated), or send back to the township',
    permission: 'monitoring.districtFile',
    body: z.discriminatedUnion('outcome', [
      z.object({ outcome: z.literal('filed'), announcementRef: z.string().min(1).max(200), monitoringType: MonitoringTypeSchema.optional(), opinion, ...when }),
      z.object({ outcome: z.literal('sentBack'), reason, ...when }),
    ]),
    decide: (b, row, _actor, current) => {
      const phase = phaseIn(stateOf(current), 'awaitingDistrictFiling', 'eliminationAwaitingFiling');
      if (phase === null) throw stepNotAllowed(stateOf(current), b.outcome === 'filed' ? 'MonitoringDistrictFiled' : 'MonitoringDistrictSentBack');
      if (b.outcome === 'sentBack') return [{ type: 'MonitoringDistrictSentBack', data: { phase, reason: b.reason } }];
      const h = householdOf(services, row.context.householdId).household;
      // a household without labour capacity stays monitored, whatever the earlier steps said
      refuseOn(phase === 'elimination' ? checkRiskElimination(h) : b.monitoringType ? checkType(h, b.monitoringType) : noRefusal);
      const monitoringType = phase === 'inclusion' ? (b.monitoringType ?? row.context.monitoringType) : null;
      return [{ type: 'MonitoringDistrictFiled', data: { phase, announcementRef: b.announcementRef, monitoringType, opinion: b.opinion } }];
    },
  });

  monitoringStep(app, services, {
    path: '/monitoring-cases/:id/withdrawal',
    id: 'withdrawMonitoringCase',
    zh: '撤回（申请或风险消除）',
    example: { reason: '农户主动撤回申请，家庭收入已恢复', occurredAt: '2026-05-09T10:00:00+08:00' },
    summary: 'Withdraw (撤回): an application before the district files it, or a risk-elimination proposal (the household stays monitored)',
    permission: 'monitoring.withdraw',
    body: z.object({ reason, ...when }),
    decide: (b, _row, _actor, current) => {
      const state = stateOf(current);
      const elimination = state.startsWith('elimination');
      return [{ type: elimination ? 'RiskEliminationWithdrawn' : 'MonitoringWithdrawn', data: { reason: b.reason } }];
    },
  });
};
