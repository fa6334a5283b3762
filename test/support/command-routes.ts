import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { FEED_ACCESS, PERMISSIONS } from '../../src/auth/permissions.ts';
import type { CommandName, FeedConcept } from '../../src/auth/permissions.ts';
import type { Role } from '../../src/auth/roles.ts';
import * as fourCard from '../api/four-card/helpers.ts';
import * as mon from '../api/monitoring/helpers.ts';
import type { MonitoringCaseView } from '../../src/monitoring/present.ts';
import { enumerateRoutes } from '../reliability/routes.ts';
import { tokenFor } from './app.ts';
import type { Person, TestApp } from './app.ts';
import { YEAR_2027 } from './calendar-2027.ts';
import { COUNTY, TOWNSHIP, VILLAGE, residentId, yellowHousehold } from './fixtures.ts';
import { LEDGER_ROUTES } from './ledger-routes.ts';
import { MANAGEMENT_ROUTES } from './management-routes.ts';
import { XLSX_TYPE } from '../../src/office/sheet.ts';
import { povertyHouseholdForm } from '../../src/surveys/presets/poverty-household.ts';
import { formToXlsx } from '../../src/surveys/xlsform.ts';
import { plainAnswers } from '../surveys/support/answers.ts';

/**
 * Every command route of the app (POST, PUT, PATCH, DELETE), each with the permission it checks and a way to make a
 * fresh subject on which its step applies. The authorization matrix (test/auth/matrix.test.ts) and the refusal
 * tests every route shares (test/api/refusals/every-route.test.ts) are built on it; both fail when the app serves a
 * command route this catalogue does not know.
 */

export const COMMAND_METHODS: readonly string[] = ['POST', 'PUT', 'PATCH', 'DELETE'];
export type Method = 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** the permission a route checks: a command of PERMISSIONS, or a concept of FEED_ACCESS (webhooks) */
export type Permission = CommandName | FeedConcept;

export const allowedRoles = (permission: Permission): readonly Role[] =>
  (permission in PERMISSIONS ? PERMISSIONS[permission as CommandName] : FEED_ACCESS[permission as FeedConcept]) as readonly Role[];

/** the request a role sends to take the step on a subject prepared for it */
export interface Subject {
  url: string;
  body?: object;
  /** a file upload instead of JSON: its bytes and content type */
  file?: { bytes: Buffer; contentType: string };
}

export interface CommandRoute {
  permission: Permission;
  /**
   * the region code the route authorizes the subjects below against: a village, the township (rounds), the county
   * (webhooks, feed tickets), or EVERYWHERE (the working-day calendar, which is no region's)
   */
  region: string;
  /** what an allowed role inside its jurisdiction gets on a subject where the step applies */
  status: 200 | 201 | 204;
  /** what the same role gets from outside its jurisdiction (404: the subject does not exist for it) */
  outsideStatus?: number;
  /**
   * false for a route whose answer is held in the process, not appended to the store (a feed stream ticket): taking
   * its step leaves the store's head where it was, and Idempotency-Key and If-Match (which name stored requests and
   * stream revisions) do not apply to it
   */
  appends?: false;
  /** a fresh subject on which `who` can take the step (for a step only its declarer may take, declared by `who`) */
  prepare: (t: TestApp, who: Person) => Promise<Subject>;
}

/** the command routes the app serves, as 'METHOD /path/:param' */
export const commandRoutesOf = (t: TestApp): string[] =>
  enumerateRoutes(t.app).filter((r) => COMMAND_METHODS.includes(r.method)).map((r) => `${r.method} ${r.url}`);

export const methodOf = (route: string): Method => route.slice(0, route.indexOf(' ')) as Method;

/** a village cadre lives in the village, a township officer in the township, everyone else at the county */
const VILLAGE_ROLES: readonly Role[] = ['investigator', 'firstSecretary', 'partySecretary', 'villageDirector', 'villageClerk'];
const TOWNSHIP_ROLES: readonly Role[] = ['townshipReviewer', 'townshipApprover'];
export const homeOf = (role: Role): string => (VILLAGE_ROLES.includes(role) ? VILLAGE : TOWNSHIP_ROLES.includes(role) ? TOWNSHIP : COUNTY);
export const OUTSIDE = '430624';
/** the jurisdiction of the whole deployment: '' is a prefix of every region code */
export const EVERYWHERE = '';

/** one person per role, never one of the people the subjects were prepared by (separation of duties stays out of the way) */
export const personOf = (role: Role, jurisdiction: string, suffix = ''): Person => ({ id: `mx-${role}${suffix}`, roles: [role], jurisdiction });

/** the request of a subject, sent as `who` */
export const send = (t: TestApp, route: string, subject: Subject, who: Person, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> =>
  t.app.inject({
    method: methodOf(route),
    url: subject.url,
    headers: { ...headers, authorization: `Bearer ${tokenFor(who, t.clock)}`, ...(subject.file ? { 'content-type': subject.file.contentType } : {}) },
    ...(subject.file ? { payload: subject.file.bytes } : subject.body ? { payload: subject.body } : {}),
  });

const okJson = <T = fourCard.Json>(res: LightMyRequestResponse, status = 200): T => {
  expect(res.statusCode, res.body).toBe(status);
  return res.json() as T;
};

/**
 * The shared app's clock moves on with every subject (each monitoring case waits out its own notice), so field times
 * are the clock's now: a fixed date would soon be a late entry (LATE_ENTRY_REASON_REQUIRED) or a notice starting
 * before its posting day (NOTICE_STARTS_BEFORE_POSTING).
 */
const now = (t: TestApp): string => t.clock.now().toISOString();
/** an hour after a notice's end: the timer has something to end */
const hourAfter = (instant: string | undefined): string => new Date(Date.parse(instant ?? '') + 3_600_000).toISOString();

// ---------------------------------------------------------------------------------------------------------------
// subjects of the four-card chain and its lists (dates of seed 003's campaign, test/api/four-card/helpers.ts, or
// the clock's now once it is past them)

const registered = (t: TestApp) => fourCard.registerHousehold(t, yellowHousehold(fourCard.nextSeq(t)));
const declared = async (t: TestApp, by: Person = fourCard.P.investigator): Promise<string> => (await fourCard.declare(t, await registered(t), 'yellow', by)).id as string;
const designationAt = async (t: TestApp, to: fourCard.Step): Promise<string> => (await fourCard.chain(t, to)).ids[0] as string;
/** a round opened over `n` designations awaiting the spot check (30 % are sampled: of 4, 2 are and 2 are not) */
const openRound = async (t: TestApp, n = 1): Promise<fourCard.Json> => {
  await fourCard.chain(t, 'awaitingSpotCheck', n);
  return fourCard.openRound(t);
};
/**
 * a designation on a notice that starts now: the step of an objection applies whatever the clock (a subject of a
 * fixed date would be past its notice once another subject has moved the app's clock on)
 */
const designationInRunningNotice = async (t: TestApp): Promise<string> => {
  const id = await designationAt(t, 'awaitingNotice');
  okJson(await fourCard.http(t).post(fourCard.P.approver, '/notices', { scopeCode: VILLAGE, designationIds: [id], startsAt: t.clock.now().toISOString() }), 201);
  return id;
};
const attendance = { partyMembers: 12, groupLeaders: 6, poorHouseholdRepresentatives: 4, publicRepresentatives: 8 };
/** a meeting held now (the campaign's appraisal day, or later once the clock is past it), recorded as it ends */
const meetingBody = (t: TestApp, designationId: string) => ({
  villageCode: VILLAGE, occurredAt: now(t), attendance, decisions: [{ designationId, decision: 'approved', card: 'yellow', opinion: '评议同意' }],
});

// ---------------------------------------------------------------------------------------------------------------
// subjects of the monitoring chain (dates of test/api/monitoring/helpers.ts, and of an elimination in the autumn)

const monitoringSeq = new Map<string, number>();
/** the next edge household of an app (1–399: the resident ID's sequence) */
export const nextMonitoringSeq = (t: TestApp): number => {
  const seq = (monitoringSeq.get(t.path) ?? 0) + 1;
  monitoringSeq.set(t.path, seq);
  return seq;
};
export const caseAt = (t: TestApp, stop: mon.Stop) => mon.drive(t, stop, nextMonitoringSeq(t));
const monitoringHousehold = (t: TestApp) => mon.registerHousehold(t, mon.edgeHousehold(nextMonitoringSeq(t)));
const caseUrl = (id: string, step: string) => `/monitoring-cases/${id}/${step}`;
/** a case on its inclusion notice, posted now (5 working days from the clock's now: see designationInRunningNotice) */
export const caseInRunningNotice = async (t: TestApp): Promise<MonitoringCaseView> => {
  const c = await caseAt(t, 'awaitingNotice');
  return mon.ok(await mon.http(t).post(mon.P.clerk, caseUrl(c.id, 'notice'), { startsAt: now(t) }));
};

export const E = {
  recovered: '2026-10-12T02:00:00.000Z',
  proposal: '2026-10-13T02:00:00.000Z',
  appraisal: '2026-10-14T02:00:00.000Z',
  noticeStart: '2026-10-15T02:00:00.000Z',
  afterNotice: '2026-10-23T01:00:00.000Z',
  report: '2026-10-23T02:00:00.000Z',
  township: '2026-10-26T02:00:00.000Z',
  district: '2026-10-27T02:00:00.000Z',
  riskReturned: '2026-11-16T02:00:00.000Z',
} as const;

const monitoringStep = async (t: TestApp, when: string, by: Person, id: string, step: string, body: object) => {
  mon.at(t, when);
  return mon.ok(await mon.http(t).post(by, caseUrl(id, step), body));
};

/** a monitored case whose household has recovered (income stable, basic needs and water secure): elimination may be proposed */
export const recoveredCase = async (t: TestApp) => {
  const c = await caseAt(t, 'monitored');
  mon.at(t, E.recovered);
  await mon.changeHousehold(t, c.householdId, mon.recovered);
  return c;
};

/** … proposed for risk elimination by the clerk: awaiting the village's appraisal */
export const eliminationProposed = async (t: TestApp) => {
  const c = await recoveredCase(t);
  await monitoringStep(t, E.proposal, mon.P.clerk, c.id, 'elimination-proposal', { year: 2026, opinion: '收入稳定，提出风险消除' });
  return c;
};

/**
 * … through appraisal, notice, report, township review and district filing: marked risk eliminated. The notice is
 * posted now (the autumn's date, or later once the clock is past it) and waited out from its own end.
 */
export const riskEliminated = async (t: TestApp) => {
  const c = await eliminationProposed(t);
  await monitoringStep(t, E.appraisal, mon.P.partySecretary, c.id, 'elimination-appraisal', { outcome: 'agreed', opinion: '评议同意', attendance: mon.villageMeeting });
  mon.at(t, E.noticeStart);
  const noticed = await monitoringStep(t, E.noticeStart, mon.P.clerk, c.id, 'notice', { startsAt: now(t) });
  mon.at(t, E.afterNotice);
  mon.at(t, hourAfter(noticed.notice?.endsAt));
  expect(await t.app.noticeTimer.runDue()).toBeGreaterThanOrEqual(1);
  await monitoringStep(t, E.report, mon.P.villageDirector, c.id, 'report', { opinion: '公示无异议，上报' });
  await monitoringStep(t, E.township, mon.P.approver, c.id, 'township-review', { outcome: 'approved', opinion: '审核同意' });
  const filed = await monitoringStep(t, E.district, mon.P.district, c.id, 'district-filing', { outcome: 'filed', announcementRef: '区乡振备〔2026〕88号', opinion: '同意' });
  expect(filed.state).toBe('riskEliminated');
  return c;
};

/** … and the risk came back: the household's facts record an accident and an unstable income (re-flagging applies) */
export const riskReturned = async (t: TestApp) => {
  const c = await riskEliminated(t);
  mon.at(t, E.riskReturned);
  await mon.changeHousehold(t, c.householdId, { risks: [{ kind: 'accident', note: '户主工伤' }], livelihood: { incomeStable: false, basicNeedsAndWaterSecure: true } });
  return c;
};

export const reflagBody = { year: 2026, monitoringType: 'suddenHardship', reason: '户主工伤，收入大幅缩减', risks: [{ kind: 'accident', note: '工伤' }] };
export const planBody = {
  measures: [
    { member: 0, kind: 'employment', description: '推荐到县内工业园务工' },
    { member: 1, kind: 'health', description: '大病保险、医疗救助' },
    { member: 2, kind: 'skillsTraining', description: '电工培训' },
  ],
};

// ---------------------------------------------------------------------------------------------------------------
// webhooks (administrators; the worker delivers nothing unless run)

export const WEBHOOK_ADMIN: Person = { id: 'wh-admin', roles: ['admin'], jurisdiction: COUNTY };
export const webhookBody = (extra: object = {}) => ({ url: 'https://integrator.example.org/hooks/fupin', secret: 'whsec_MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3', ...extra });
export const subscribed = async (t: TestApp, extra: object = {}): Promise<string> =>
  okJson(await t.app.inject({ method: 'POST', url: '/webhooks', payload: webhookBody(extra), headers: { authorization: `Bearer ${tokenFor(WEBHOOK_ADMIN, t.clock)}` } }), 201).id as string;

// ---------------------------------------------------------------------------------------------------------------

const isInvestigator = (who: Person) => who.roles.includes('investigator');

// the region directory: a fresh township code under the county each time (the county is added first, once per app)
const REGION_ADMIN: Person = { id: 'rg-admin', roles: ['admin'], jurisdiction: COUNTY };
let nextTownship = 300;
const freshTownship = async (t: TestApp, named: boolean): Promise<string> => {
  const add = (code: string, name: string) => send(t, 'POST /regions', { url: '/regions', body: { code, name } }, REGION_ADMIN);
  await add(COUNTY, '华容县（测试）');
  const code = `${COUNTY}${String((nextTownship += 1))}`;
  if (named) okJson(await add(code, `测试乡${code}`), 201);
  return code;
};

// ---------------------------------------------------------------------------------------------------------------
// field surveys and edge-household identification (issue 16)

let nextQuestionnaire = 0;
const surveyPartner = (who: Person) => ({ id: `${who.id}-partner` });
const ordinaryHousehold = async (t: TestApp) => fourCard.registerHousehold(t, { ...yellowHousehold(fourCard.nextSeq(t)), registration: 'ordinary', povertyStatus: null, mainCauseOfPoverty: null, risks: [] });
const submitSurvey = async (t: TestApp, householdId: string, form: { formId: string; version: string }, answers: object): Promise<string> => {
  const cadre = personOf('investigator', VILLAGE);
  const body = { householdId, form, answers, mode: 'doorToDoor', team: [{ id: cadre.id }, surveyPartner(cadre)], respondent: { kind: 'respondent', name: '户主' } };
  return okJson(await t.app.inject({ method: 'POST', url: '/surveys', payload: body, headers: { authorization: `Bearer ${tokenFor(cadre, t.clock)}` } }), 201).id as string;
};
const EDGE_ANSWERS = { household_type: ['1'], members: [{ name: '户主', relation: '1', school: '1', health: '1', skill: '2', insured: '1', treated: '2', subsistence: '1' }], house_danger: '1', water_way: '1', water_safe: '1' };
const edgeCase = async (t: TestApp, basis: string[]): Promise<{ id: string; householdId: string }> => {
  const householdId = await ordinaryHousehold(t);
  const cadre = personOf('firstSecretary', VILLAGE);
  const id = okJson(await t.app.inject({ method: 'POST', url: '/edge-cases', payload: { householdId, campaign: 2026, basis }, headers: { authorization: `Bearer ${tokenFor(cadre, t.clock)}` } }), 201).id as string;
  return { id, householdId };
};
const edgeSurveyed = async (t: TestApp) => {
  const c = await edgeCase(t, ['subsistence']);
  const surveyId = await submitSurvey(t, c.householdId, { formId: 'edge-household-002', version: '2019-002' }, EDGE_ANSWERS);
  const cadre = personOf('firstSecretary', VILLAGE);
  okJson(await t.app.inject({ method: 'POST', url: `/edge-cases/${c.id}/survey`, payload: { surveyId }, headers: { authorization: `Bearer ${tokenFor(cadre, t.clock)}` } }));
  return c;
};
// 专项行动工作队 (seed 002 附件1): campaigns of years far from the tests' clock, so that their roles hold for no other route's survey
let nextActionCampaign = 2040;
let nextActionMember = 0;
const actionCampaign = async (t: TestApp): Promise<string> => {
  const county = personOf('countyOffice', COUNTY);
  const campaign = (nextActionCampaign += 1);
  const payload = { countyCode: COUNTY, campaign, title: '专项行动', from: `${campaign}-09-10`, to: `${campaign}-09-30` };
  return okJson(await t.app.inject({ method: 'POST', url: '/action-teams', payload, headers: { authorization: `Bearer ${tokenFor(county, t.clock)}` } }), 201).id as string;
};

export const COMMAND_ROUTES: Readonly<Record<string, CommandRoute>> = {
  // households (农户)
  'POST /households': {
    permission: 'household.register', region: VILLAGE, status: 201,
    prepare: async (t) => ({ url: '/households', body: { household: yellowHousehold(fourCard.nextSeq(t)) } }),
  },
  'POST /households/:id/changes': {
    permission: 'household.change', region: VILLAGE, status: 200,
    prepare: async (t) => ({ url: `/households/${await registered(t)}/changes`, body: { changes: { group: '4组' }, reason: '分组调整' } }),
  },
  // the right number of another birth date than the fixtures' heads (1965-04-12), so it is never anyone's yet
  'POST /households/:id/resident-id-correction': {
    permission: 'household.correctResidentId', region: VILLAGE, status: 200,
    prepare: async (t) => {
      const id = await registered(t);
      return { url: `/households/${id}/resident-id-correction`, body: { residentId: residentId('1971-07-01', fourCard.nextSeq(t)), reason: '户口簿核对：原录入号码错误' } };
    },
  },
  'POST /households/:id/reviews': {
    permission: 'household.review', region: VILLAGE, status: 200,
    prepare: async (t) => ({ url: `/households/${await registered(t)}/reviews`, body: { opinion: '已核对' } }),
  },
  'POST /households/:id/supervisions': {
    permission: 'household.supervise', region: VILLAGE, status: 200,
    prepare: async (t) => {
      const id = await registered(t);
      okJson(await fourCard.http(t).post(fourCard.P.clerk, `/households/${id}/reviews`, { opinion: '已核对' }));
      return { url: `/households/${id}/supervisions`, body: { opinion: '已监督' } };
    },
  },

  // designations (红黄绿蓝卡认定)
  'POST /designations': {
    permission: 'designation.declare', region: VILLAGE, status: 201,
    // the designation year: 华容 judges the year before's income, which the household records (2025)
    prepare: async (t) => ({ url: '/designations', body: { householdId: await registered(t), year: 2026, proposedCard: 'yellow', opinion: '入户核实' } }),
  },
  'POST /designations/:id/withdrawal': {
    permission: 'designation.withdraw', region: VILLAGE, status: 200,
    // only the declarer withdraws (the machine's guard): the subject is declared by whoever will withdraw it
    prepare: async (t, who) => ({ url: `/designations/${await declared(t, isInvestigator(who) ? who : fourCard.P.investigator)}/withdrawal`, body: { reason: '撤回' } }),
  },
  'POST /designations/:id/revision': {
    permission: 'designation.revise', region: VILLAGE, status: 200,
    prepare: async (t) => {
      const id = await designationAt(t, 'awaitingTownshipReview');
      okJson(await fourCard.review(t, id, { outcome: 'sentBack', reason: '收入核算有误' }));
      return { url: `/designations/${id}/revision`, body: { proposedCard: 'yellow', opinion: '重新核查' } };
    },
  },
  'POST /designations/:id/appraisal-withdrawal': {
    permission: 'appraisal.withdraw', region: VILLAGE, status: 200,
    prepare: async (t) => ({ url: `/designations/${await designationAt(t, 'awaitingTownshipReview')}/appraisal-withdrawal`, body: { reason: '撤回评议' } }),
  },
  'POST /designations/:id/township-review': {
    permission: 'township.review', region: VILLAGE, status: 200,
    prepare: async (t) => ({ url: `/designations/${await designationAt(t, 'awaitingTownshipReview')}/township-review`, body: { outcome: 'confirmed', opinion: '属实' } }),
  },
  'POST /designations/:id/township-review-withdrawal': {
    permission: 'township.withdraw', region: VILLAGE, status: 200,
    prepare: async (t) => ({ url: `/designations/${await designationAt(t, 'awaitingSpotCheck')}/township-review-withdrawal`, body: { reason: '撤回复核' } }),
  },
  'POST /designations/:id/objections': {
    permission: 'objection.raise', region: VILLAGE, status: 200,
    prepare: async (t) => ({ url: `/designations/${await designationInRunningNotice(t)}/objections`, body: { summary: '有群众反映' } }),
  },
  'POST /designations/:id/objection-resolutions': {
    permission: 'objection.resolve', region: VILLAGE, status: 200,
    prepare: async (t) => {
      const id = await designationInRunningNotice(t);
      const raised = okJson(await fourCard.http(t).post(fourCard.P.clerk, `/designations/${id}/objections`, { summary: '有群众反映' }));
      return { url: `/designations/${id}/objection-resolutions`, body: { objectionId: raised.openObjections[0] as string, outcome: 'dismissed', opinion: '不属实' } };
    },
  },

  // the lists: appraisal meetings (民主评议), spot-check rounds (县级抽查), notices (公示)
  'POST /appraisal-meetings': {
    permission: 'appraisal.record', region: VILLAGE, status: 201,
    prepare: async (t) => {
      const id = await declared(t);
      fourCard.advanceTo(t, fourCard.DATES.appraisal);
      return { url: '/appraisal-meetings', body: meetingBody(t, id) };
    },
  },
  'POST /appraisal-meetings/:id/signatures': {
    permission: 'appraisal.sign', region: VILLAGE, status: 200,
    prepare: async (t) => {
      const id = await declared(t);
      fourCard.advanceTo(t, fourCard.DATES.appraisal);
      const meeting = okJson(await fourCard.http(t).post(fourCard.P.clerk, '/appraisal-meetings', meetingBody(t, id)), 201);
      return { url: `/appraisal-meetings/${meeting.id}/signatures`, body: {} };
    },
  },
  'POST /spot-check-rounds': {
    permission: 'spotCheck.round', region: TOWNSHIP, status: 201,
    prepare: async (t) => {
      await designationAt(t, 'awaitingSpotCheck');
      return { url: '/spot-check-rounds', body: { townshipCode: TOWNSHIP, seed: 'matrix-round-seed' } };
    },
  },
  'POST /spot-check-rounds/:id/signatures': {
    permission: 'spotCheck.sign', region: TOWNSHIP, status: 200,
    prepare: async (t) => {
      const round = await openRound(t);
      return { url: `/spot-check-rounds/${round.id}/signatures`, body: { designationId: round.sample[0] as string, outcome: 'confirmed', opinion: '抽查属实' } };
    },
  },
  // shares spotCheck.round with opening a round
  'POST /spot-check-rounds/:id/closure': {
    permission: 'spotCheck.round', region: TOWNSHIP, status: 200,
    prepare: async (t) => ({ url: `/spot-check-rounds/${(await openRound(t, 4)).id}/closure`, body: {} }),
  },
  'POST /notices': {
    permission: 'notice.post', region: VILLAGE, status: 201,
    // the village's list, posted now (a notice counts from its real posting)
    prepare: async (t) => {
      const id = await designationAt(t, 'awaitingNotice');
      return { url: '/notices', body: { scopeCode: VILLAGE, designationIds: [id], startsAt: now(t) } };
    },
  },

  // monitoring cases (防止返贫监测对象)
  'POST /monitoring-cases': {
    permission: 'monitoring.apply', region: VILLAGE, status: 201,
    prepare: async (t) => ({ url: '/monitoring-cases', body: { householdId: await monitoringHousehold(t), year: 2025, source: 'cadreScreening', proposedType: 'edgeProne', risk: '重病' } }),
  },
  'POST /monitoring-alerts': {
    permission: 'monitoring.alert', region: VILLAGE, status: 201,
    prepare: async (t) => ({ url: '/monitoring-alerts', body: { householdId: await monitoringHousehold(t), year: 2025, department: 'medicalInsurance', alert: { kind: 'medicalExpense', summary: '大额自付' } } }),
  },
  'POST /monitoring-cases/:id/alert-verification': {
    permission: 'monitoring.verifyAlert', region: VILLAGE, status: 200,
    prepare: async (t) => {
      const householdId = await monitoringHousehold(t);
      const c = mon.ok(await mon.http(t).post(mon.P.medicalInsurance, '/monitoring-alerts', { householdId, year: 2025, department: 'medicalInsurance', alert: { kind: 'medicalExpense', summary: '大额自付' } }), 201);
      return { url: caseUrl(c.id, 'alert-verification'), body: { outcome: 'dismissed', opinion: '核实不属实' } };
    },
  },
  'POST /monitoring-cases/:id/commitment': {
    permission: 'monitoring.commitment', region: VILLAGE, status: 200,
    prepare: async (t) => ({ url: caseUrl((await caseAt(t, 'awaitingGroupAppraisal')).id, 'commitment'), body: { commitment: mon.signedLetter('2026-06-01') } }),
  },
  'POST /monitoring-cases/:id/group-appraisal': {
    permission: 'monitoring.groupAppraise', region: VILLAGE, status: 200,
    prepare: async (t) => ({ url: caseUrl((await caseAt(t, 'awaitingGroupAppraisal')).id, 'group-appraisal'), body: { outcome: 'recommended', opinion: '同意', attendance: 9 } }),
  },
  'POST /monitoring-cases/:id/village-appraisal': {
    permission: 'monitoring.villageAppraise', region: VILLAGE, status: 200,
    prepare: async (t) => ({ url: caseUrl((await caseAt(t, 'awaitingVillageAppraisal')).id, 'village-appraisal'), body: { decision: 'included', monitoringType: 'edgeProne', opinion: '同意', attendance: mon.villageMeeting } }),
  },
  'POST /monitoring-cases/:id/notice': {
    permission: 'monitoring.notice', region: VILLAGE, status: 200,
    prepare: async (t) => {
      const c = await caseAt(t, 'awaitingNotice');
      return { url: caseUrl(c.id, 'notice'), body: { startsAt: now(t) } };
    },
  },
  'POST /monitoring-cases/:id/data-comparison': {
    permission: 'monitoring.compare', region: VILLAGE, status: 200,
    prepare: async (t) => ({ url: caseUrl((await caseAt(t, 'inNotice')).id, 'data-comparison'), body: { result: 'clear', departments: ['publicSecurity'], opinion: '无问题' } }),
  },
  'POST /monitoring-cases/:id/objections': {
    permission: 'monitoring.objection.raise', region: VILLAGE, status: 200,
    prepare: async (t) => ({ url: caseUrl((await caseInRunningNotice(t)).id, 'objections'), body: { summary: '有群众反映' } }),
  },
  'POST /monitoring-cases/:id/objection-resolutions': {
    permission: 'monitoring.objection.resolve', region: VILLAGE, status: 200,
    prepare: async (t) => {
      const c = await caseInRunningNotice(t);
      const raised = mon.ok(await mon.http(t).post(mon.P.clerk, caseUrl(c.id, 'objections'), { summary: '有群众反映' }));
      return { url: caseUrl(c.id, 'objection-resolutions'), body: { objectionId: raised.openObjections[0] as string, outcome: 'dismissed', opinion: '不属实' } };
    },
  },
  'POST /monitoring-cases/:id/report': {
    permission: 'monitoring.report', region: VILLAGE, status: 200,
    prepare: async (t) => ({ url: caseUrl((await caseAt(t, 'awaitingReport')).id, 'report'), body: { opinion: '上报' } }),
  },
  'POST /monitoring-cases/:id/township-review': {
    permission: 'monitoring.townshipReview', region: VILLAGE, status: 200,
    prepare: async (t) => ({ url: caseUrl((await caseAt(t, 'awaitingTownshipReview')).id, 'township-review'), body: { outcome: 'approved', opinion: '同意' } }),
  },
  'POST /monitoring-cases/:id/district-filing': {
    permission: 'monitoring.districtFile', region: VILLAGE, status: 200,
    prepare: async (t) => ({ url: caseUrl((await caseAt(t, 'awaitingDistrictFiling')).id, 'district-filing'), body: { outcome: 'filed', announcementRef: '区乡振备〔2026〕12号', opinion: '同意备案' } }),
  },
  'POST /monitoring-cases/:id/withdrawal': {
    permission: 'monitoring.withdraw', region: VILLAGE, status: 200,
    prepare: async (t) => ({ url: caseUrl((await caseAt(t, 'awaitingGroupAppraisal')).id, 'withdrawal'), body: { reason: '撤回' } }),
  },
  'POST /monitoring-cases/:id/contact': {
    permission: 'monitoring.assist', region: VILLAGE, status: 200,
    prepare: async (t) => ({ url: caseUrl((await caseAt(t, 'monitored')).id, 'contact'), body: { contact: { name: '李干部' } } }),
  },
  // shares monitoring.assist with the contact person
  'POST /monitoring-cases/:id/plan': {
    permission: 'monitoring.assist', region: VILLAGE, status: 200,
    prepare: async (t) => ({ url: caseUrl((await caseAt(t, 'monitored')).id, 'plan'), body: planBody }),
  },
  'POST /monitoring-cases/:id/visits': {
    permission: 'monitoring.visit', region: VILLAGE, status: 200,
    prepare: async (t) => ({ url: caseUrl((await caseAt(t, 'monitored')).id, 'visits'), body: { notes: '入户走访' } }),
  },
  'POST /monitoring-cases/:id/elimination-proposal': {
    permission: 'monitoring.proposeElimination', region: VILLAGE, status: 200,
    prepare: async (t) => ({ url: caseUrl((await recoveredCase(t)).id, 'elimination-proposal'), body: { year: 2026, opinion: '提出风险消除' } }),
  },
  'POST /monitoring-cases/:id/elimination-appraisal': {
    permission: 'monitoring.appraiseElimination', region: VILLAGE, status: 200,
    prepare: async (t) => ({ url: caseUrl((await eliminationProposed(t)).id, 'elimination-appraisal'), body: { outcome: 'agreed', opinion: '同意', attendance: mon.villageMeeting } }),
  },
  'POST /monitoring-cases/:id/reflag': {
    permission: 'monitoring.reflag', region: VILLAGE, status: 200,
    prepare: async (t) => ({ url: caseUrl((await riskReturned(t)).id, 'reflag'), body: reflagBody }),
  },

  // the region directory: the county office and administrators, in their jurisdiction
  'POST /regions': {
    permission: 'region.edit', region: COUNTY, status: 201,
    prepare: async (t) => ({ url: '/regions', body: { code: await freshTownship(t, false), name: '测试乡' } }),
  },
  'POST /regions/:code/rename': {
    permission: 'region.edit', region: COUNTY, status: 200,
    prepare: async (t) => ({ url: `/regions/${await freshTownship(t, true)}/rename`, body: { name: '测试乡（更名）', reason: '测试' } }),
  },
  'POST /regions/import': {
    // every row outside the importer's jurisdiction is an error the refusal lists (422), not a 404
    permission: 'region.edit', region: COUNTY, status: 201, outsideStatus: 422,
    prepare: async (t) => ({ url: '/regions/import', file: { contentType: 'text/csv', bytes: Buffer.from(`code,name\n${await freshTownship(t, false)},导入乡\n`) } }),
  },

  // webhooks: administrators, in their jurisdiction (the subscriptions here are the county's)
  'POST /webhooks': {
    // an administrator anywhere subscribes for its own jurisdiction: there is no outside
    permission: 'webhook.manage', region: COUNTY, status: 201, outsideStatus: 201,
    prepare: async () => ({ url: '/webhooks', body: webhookBody() }),
  },
  'DELETE /webhooks/:id': {
    permission: 'webhook.manage', region: COUNTY, status: 204,
    prepare: async (t) => ({ url: `/webhooks/${await subscribed(t)}` }),
  },
  'POST /webhooks/:id/pause': {
    permission: 'webhook.manage', region: COUNTY, status: 200,
    prepare: async (t) => ({ url: `/webhooks/${await subscribed(t)}/pause` }),
  },
  'POST /webhooks/:id/resume': {
    permission: 'webhook.manage', region: COUNTY, status: 200,
    prepare: async (t) => ({ url: `/webhooks/${await subscribed(t, { active: false })}/resume` }),
  },
  'POST /webhooks/:id/secret': {
    permission: 'webhook.manage', region: COUNTY, status: 200,
    prepare: async (t) => ({ url: `/webhooks/${await subscribed(t)}/secret`, body: { secret: 'whsec_bmV3LXNlY3JldC1uZXctc2VjcmV0LW5ldy0w' } }),
  },

  // the event feed: a single-use ticket for an EventSource, for the asker's own jurisdiction (so there is no outside),
  // held in the process's memory
  'POST /feed/stream-tickets': {
    permission: 'feed.read', region: COUNTY, status: 201, outsideStatus: 201, appends: false,
    prepare: async () => ({ url: '/feed/stream-tickets' }),
  },

  // the working-day calendar: the whole deployment's, not a region's (administrators, with no outside)
  // a dry run of the import template (nothing registered, so nothing appended): the rules of a real import are
  // test/office's
  'POST /imports/households': {
    permission: 'household.import', region: VILLAGE, status: 200, outsideStatus: 200, appends: false,
    prepare: async (t, who) => {
      const template = await t.app.inject({ method: 'GET', url: '/imports/households/template.csv', headers: { authorization: `Bearer ${tokenFor(who, t.clock)}` } });
      return { url: '/imports/households?dryRun=true', file: { bytes: template.rawPayload, contentType: 'text/csv' } };
    },
  },
  // a print link: a sealed ticket for the asker's own identity (so there is no outside)
  'POST /print-links': {
    permission: 'print.link', region: VILLAGE, status: 201, outsideStatus: 201, appends: false,
    prepare: async () => ({ url: '/print-links', body: { path: '/print/tables/four-card?format=html' } }),
  },
  // PIPL art. 47 (src/privacy): the county office erases a household's personal data
  'POST /households/:id/erasure': {
    permission: 'household.erase', region: COUNTY, status: 200,
    prepare: async (t) => ({ url: `/households/${await registered(t)}/erasure`, body: { reason: '当事人申请删除', basis: 'consent-withdrawn' } }),
  },
  'POST /calendar/years': {
    permission: 'calendar.publish', region: EVERYWHERE, status: 201, outsideStatus: 201,
    // 2027 as the State Council would publish it; once known (an earlier subject, or published for a shared app's
    // clock) it is corrected with the same lists, which needs a reason: so every subject carries one
    prepare: async () => ({ url: '/calendar/years', body: { ...YEAR_2027, reason: '核对国务院办公厅通知原文' } }),
  },
  // the problem rectification ledger, campaigns, listed villages (issue 15)
  ...(LEDGER_ROUTES as Readonly<Record<string, CommandRoute>>),
  // after-card management (issue 14)
  ...(MANAGEMENT_ROUTES as Readonly<Record<string, CommandRoute>>),
  // field surveys (入户调查) and edge-household identification (边缘户识别), issue 16
  'POST /questionnaires': {
    // a questionnaire is the county's, not a region's record: no outside
    permission: 'questionnaire.import', region: COUNTY, status: 201, outsideStatus: 201,
    prepare: async () => ({ url: '/questionnaires', file: { contentType: XLSX_TYPE, bytes: await formToXlsx({ ...povertyHouseholdForm('001'), version: `test-${(nextQuestionnaire += 1)}` }) } }),
  },
  'POST /surveys': {
    permission: 'survey.submit', region: VILLAGE, status: 201,
    prepare: async (t, who) => ({ url: '/surveys', body: { householdId: await registered(t), form: { formId: 'poverty-household-001', version: '2020-001' }, answers: plainAnswers(), mode: 'doorToDoor', team: [{ id: who.id }, surveyPartner(who)], respondent: { kind: 'respondent', name: '户主' } } }),
  },
  'POST /surveys/:id/review': {
    permission: 'survey.review', region: VILLAGE, status: 200,
    prepare: async (t) => ({ url: `/surveys/${await submitSurvey(t, await registered(t), { formId: 'poverty-household-001', version: '2020-001' }, plainAnswers())}/review`, body: { opinion: '已核', acknowledgedWarnings: [] } }),
  },
  'POST /edge-cases': {
    permission: 'edge.screen', region: VILLAGE, status: 201,
    prepare: async (t) => ({ url: '/edge-cases', body: { householdId: await ordinaryHousehold(t), campaign: 2026, basis: ['subsistence'] } }),
  },
  'POST /edge-cases/:id/housing-appraisal': {
    permission: 'edge.appraise', region: VILLAGE, status: 200,
    prepare: async (t) => ({ url: `/edge-cases/${(await edgeCase(t, ['dangerousHouse'])).id}/housing-appraisal`, body: { conclusion: 'C', reference: '鉴定〔2026〕1号' } }),
  },
  'POST /edge-cases/:id/survey': {
    permission: 'edge.survey', region: VILLAGE, status: 200,
    prepare: async (t) => {
      const c = await edgeCase(t, ['subsistence']);
      return { url: `/edge-cases/${c.id}/survey`, body: { surveyId: await submitSurvey(t, c.householdId, { formId: 'edge-household-002', version: '2019-002' }, EDGE_ANSWERS) } };
    },
  },
  'POST /edge-cases/:id/meeting-review': {
    permission: 'edge.meeting', region: VILLAGE, status: 200,
    prepare: async (t) => ({ url: `/edge-cases/${(await edgeSurveyed(t)).id}/meeting-review`, body: { decision: 'suspected', opinion: '会议审核' } }),
  },
  'POST /action-teams': {
    permission: 'actionTeam.open', region: COUNTY, status: 201,
    prepare: async () => {
      const campaign = (nextActionCampaign += 1);
      return { url: '/action-teams', body: { countyCode: COUNTY, campaign, title: '专项行动', from: `${campaign}-09-10`, to: `${campaign}-09-30` } };
    },
  },
  'POST /action-teams/:id/members': {
    permission: 'actionTeam.enrol', region: VILLAGE, status: 200,
    prepare: async (t) => ({ url: `/action-teams/${await actionCampaign(t)}/members`, body: { villageCode: VILLAGE, person: { id: `at-member-${(nextActionMember += 1)}`, name: '组员' }, role: 'member', group: '一组' } }),
  },
  'POST /edge-cases/:id/county-approval': {
    permission: 'edge.approve', region: VILLAGE, status: 200,
    prepare: async (t) => ({ url: `/edge-cases/${(await edgeCase(t, ['threeNon'])).id}/county-approval`, body: { decision: 'approved', departments: ['县民政局'], opinion: '审定' } }),
  },
};
