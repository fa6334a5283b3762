import { registerMaybeEdge } from '../../support/edge-household.ts';
import { createHash } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { Role } from '../../../src/auth/roles.ts';
import type { HouseholdInput } from '../../../src/domain/household.ts';
import type { MonitoringCaseView } from '../../../src/monitoring/present.ts';
import { tokenFor } from '../../support/app.ts';
import type { Person, TestApp } from '../../support/app.ts';
import { COUNTY, TOWNSHIP, VILLAGE, residentId } from '../../support/fixtures.ts';

const person = (id: string, roles: Role[], jurisdiction: string): Person => ({ id, roles, jurisdiction });

/** the cast of one district (430623) township (101) village (201) */
export const P = {
  investigator: person('m-inv-1', ['investigator'], VILLAGE),
  clerk: person('m-clerk-1', ['villageClerk'], VILLAGE),
  firstSecretary: person('m-fs-1', ['firstSecretary'], VILLAGE),
  partySecretary: person('m-ps-1', ['partySecretary'], VILLAGE),
  villageDirector: person('m-vd-1', ['villageDirector'], VILLAGE),
  reviewer: person('m-tr-1', ['townshipReviewer'], TOWNSHIP),
  approver: person('m-ta-1', ['townshipApprover'], TOWNSHIP),
  district: person('m-co-1', ['countyOffice'], COUNTY),
  medicalInsurance: person('m-dept-yb', ['departmentScreener'], COUNTY),
  otherVillageClerk: person('m-clerk-9', ['villageClerk'], '430623101202'),
  otherDistrict: person('m-co-9', ['countyOffice'], '430624'),
  supervisor: person('m-sv-1', ['supervisor'], COUNTY),
} as const;

export interface Problem {
  code: string;
  rule?: string;
  rules?: { code: string; facts?: Record<string, unknown> }[];
  currentState?: string;
  caseId?: string;
}

export interface HistoryStep {
  step: string;
  cycle: number;
  actor: { id: string; capacity?: string };
  occurredAt: string;
  opinion: unknown;
  outcome: unknown;
  warnings: { code: string }[] | null;
  rules: { code: string }[] | null;
  evidence: { id: string; sha256: string; mediaType: string }[];
}

export const http = (t: TestApp) => {
  const auth = (p: Person) => ({ authorization: `Bearer ${tokenFor(p, t.clock)}` });
  return {
    post: (p: Person, url: string, payload: object = {}, headers: Record<string, string> = {}) =>
      t.app.inject({ method: 'POST', url, payload, headers: { ...auth(p), ...headers } }),
    get: (p: Person, url: string) => t.app.inject({ method: 'GET', url, headers: auth(p) }),
  };
};

/** asserts the status (showing the body when it differs) and returns the JSON body */
export const ok = <T = MonitoringCaseView>(res: LightMyRequestResponse, status = 200): T => {
  expect(res.statusCode, res.body).toBe(status);
  return res.json<T>();
};

export const refused = (res: LightMyRequestResponse, status = 422): Problem => ok<Problem>(res, status);

/** moves the clock forward to `at` (never back) */
export const at = (t: TestApp, instant: string) => {
  if (t.clock.now().getTime() < Date.parse(instant)) t.clock.set(instant);
};

/** a scan or photo reference: an id in the document store and the file's sha256 — never the file */
export const evidence = (id: string, kind: 'scan' | 'photo' = 'scan') => ({
  kind, id, sha256: createHash('sha256').update(id).digest('hex'), mediaType: kind === 'scan' ? 'application/pdf' : 'image/jpeg',
});

/** 农户承诺和授权查询书 signed by the applicant (with a thumbprint, as the form asks) */
export const signedLetter = (signedOn = '2026-06-01') => ({
  letter: evidence(`letter-${signedOn}`), signedOn, signature: { by: 'applicant' }, thumbprint: true, factsTrue: true, authorisesAssetQuery: true,
});

/** … or filled in for an applicant who cannot write, by a group leader, with the applicant's own thumbprint */
export const proxyLetter = (thumbprint = true, signedOn = '2026-06-01') => ({
  letter: evidence(`letter-proxy-${signedOn}`), signedOn, signature: { by: 'proxy', name: '王组长', relation: 'groupLeader' }, thumbprint, factsTrue: true, authorisesAssetQuery: true,
});

type Member = HouseholdInput['members'][number];
const member = (name: string, relation: Member['relation'], age: number, labour: Member['labour'], health: Member['health'] = { status: 'healthy' }): Member =>
  ({ name, relation, age, studentStatus: 'none', health, labour, employment: { place: labour === 'none' ? 'none' : 'within-county', monthsPerYear: labour === 'none' ? 0 : 6 } });

/**
 * 边缘易致贫户: not registered, three people, (9000 + 3600 + 0 + 1200 − 1800) / 3 = 4000 yuan a head in 2025, under
 * the 6000 line, with a seriously ill member: the criteria say "must include". `seq` is 1–399 (the ID's sequence).
 */
export const edgeHousehold = (seq: number, changes: Partial<HouseholdInput> = {}): HouseholdInput => {
  const id = residentId('1970-02-03', 600 + seq);
  return {
    head: `监测户主${seq}`,
    residentId: id,
    villageCode: VILLAGE,
    group: '2组',
    members: [
      { ...member(`监测户主${seq}`, 'head', 56, 'normal'), residentId: id, age: undefined },
      member(`配偶${seq}`, 'spouse', 53, 'weak', { status: 'serious-illness' }),
      member(`子女${seq}`, 'child', 24, 'normal'),
    ],
    registration: 'edge',
    povertyStatus: null,
    mainCauseOfPoverty: null,
    incomes: { '2025': { wage: 9000, business: 3600, property: 0, transfer: 1200, productionCosts: 1800, medicalExpenses: 20000 } },
    risks: [{ kind: 'illness', note: '配偶重病，医疗支出大' }],
    ...changes,
  };
};

/** two elderly people with no labour capacity at all, living on transfers: 1800 a head */
export const noLabourHousehold = (seq: number): HouseholdInput => edgeHousehold(seq, {
  members: [
    { ...member(`独居老人${seq}`, 'head', 78, 'none', { status: 'chronic-illness' }), residentId: residentId('1948-05-06', 600 + seq) },
    member(`老伴${seq}`, 'spouse', 76, 'none', { status: 'disabled', grade: 2 }),
  ],
  residentId: residentId('1948-05-06', 600 + seq),
  head: `独居老人${seq}`,
  incomes: { '2025': { wage: 0, business: 0, property: 0, transfer: 3600, productionCosts: 0 } },
});

/** the facts a household shows when its risk has stably gone: a good 2026, income stable, basic needs and water secure */
export const recovered = {
  incomes: { '2025': { wage: 9000, business: 3600, property: 0, transfer: 1200, productionCosts: 1800, medicalExpenses: 20000, schoolingExpenses: 0 }, '2026': { wage: 24000, business: 6000, property: 0, transfer: 1200, productionCosts: 2400, medicalExpenses: 3000, schoolingExpenses: 0 } },
  risks: [],
  livelihood: { incomeStable: true, basicNeedsAndWaterSecure: true },
};

export const registerHousehold = async (t: TestApp, household: HouseholdInput): Promise<string> => {
  at(t, '2026-06-01T01:00:00.000Z');
  // 边缘户 only by the county's approved list: an edge household is registered as ordinary, then approved
  return registerMaybeEdge(t, household, async (h) => ok<{ id: string }>(await http(t).post(P.investigator, '/households', { household: h }), 201).id);
};

export const changeHousehold = async (t: TestApp, householdId: string, changes: object, reason = '入户核实，更新家庭情况') =>
  ok<{ id: string }>(await http(t).post(P.investigator, `/households/${householdId}/changes`, { changes, reason }));

export const apply = (t: TestApp, householdId: string, body: object = {}, by: Person = P.clerk) => {
  at(t, '2026-06-01T02:00:00.000Z');
  return http(t).post(by, '/monitoring-cases', {
    householdId, year: 2025, source: 'householdApplication', channel: 'written', proposedType: 'edgeProne',
    risk: '配偶重病住院，医疗支出大，收入低于监测范围', commitment: signedLetter(), evidence: [evidence('application-form')], ...body,
  });
};

export const caseOf = async (t: TestApp, id: string, by: Person = P.clerk): Promise<MonitoringCaseView> => ok(await http(t).get(by, `/monitoring-cases/${id}`));

export const history = async (t: TestApp, id: string, by: Person = P.clerk): Promise<HistoryStep[]> =>
  ok<{ steps: HistoryStep[] }>(await http(t).get(by, `/monitoring-cases/${id}/history`)).steps;

export const steps = async (t: TestApp, id: string) => (await history(t, id)).map((s) => s.step);

export const villageMeeting = { committeeMembers: 5, workTeamMembers: 3, supervisoryCommitteeMembers: 2, villagerRepresentatives: 8 };

/** the inclusion dates of one round in June 2026 (Dragon Boat Festival 6/19 is after the notice) */
export const D = {
  group: '2026-06-03T02:00:00.000Z',
  village: '2026-06-05T02:00:00.000Z',
  /** posted Monday 6/8, 10:00 China time: the 5 working days are 6/9–6/12 and 6/15 */
  noticeStart: '2026-06-08T02:00:00.000Z',
  noticeEnd: '2026-06-15T16:00:00.000Z',
  comparison: '2026-06-10T02:00:00.000Z',
  afterNotice: '2026-06-16T01:00:00.000Z',
  report: '2026-06-16T02:00:00.000Z',
  township: '2026-06-17T02:00:00.000Z',
  district: '2026-06-18T02:00:00.000Z',
} as const;

const step = async (t: TestApp, when: string, by: Person, id: string, path: string, body: object, status = 200): Promise<MonitoringCaseView> => {
  at(t, when);
  return ok(await http(t).post(by, `/monitoring-cases/${id}/${path}`, body), status);
};

export const groupAppraise = (t: TestApp, id: string, outcome = 'recommended') =>
  step(t, D.group, P.clerk, id, 'group-appraisal', { outcome, opinion: '村民小组评议：情况属实', attendance: 11, evidence: [evidence('group-minutes')] });
export const villageAppraise = (t: TestApp, id: string, monitoringType = 'edgeProne') =>
  step(t, D.village, P.partySecretary, id, 'village-appraisal', { decision: 'included', monitoringType, opinion: '经核实，列入初选名单', attendance: villageMeeting, evidence: [evidence('village-minutes')] });
/** a notice counts from its real posting: the round's date, or today for a later notice (after a send-back) */
export const postNotice = (t: TestApp, id: string, startsAt?: string) => {
  const posted = startsAt ?? (t.clock.now().getTime() > Date.parse(D.noticeStart) ? t.clock.now().toISOString() : D.noticeStart);
  return step(t, posted, P.clerk, id, 'notice', { startsAt: posted, noticeRef: '村务公开栏 2026-06' });
};
export const compareClear = (t: TestApp, id: string) =>
  step(t, D.comparison, P.district, id, 'data-comparison', { result: 'clear', departments: ['publicSecurity', 'marketRegulation', 'civilAffairs'], opinion: '比对无问题' });
export const report = (t: TestApp, id: string) => step(t, D.report, P.clerk, id, 'report', { opinion: '公示无异议，上报乡党委、政府' });
export const townshipApprove = (t: TestApp, id: string) => step(t, D.township, P.approver, id, 'township-review', { outcome: 'approved', opinion: '审核同意' });
export const districtFile = (t: TestApp, id: string) =>
  step(t, D.district, P.district, id, 'district-filing', { outcome: 'filed', announcementRef: '区乡振备〔2026〕12号', opinion: '同意备案' });

export type Stop = 'awaitingGroupAppraisal' | 'awaitingVillageAppraisal' | 'awaitingNotice' | 'inNotice' | 'awaitingReport' | 'awaitingTownshipReview' | 'awaitingDistrictFiling' | 'monitored';
const ORDER: Stop[] = ['awaitingGroupAppraisal', 'awaitingVillageAppraisal', 'awaitingNotice', 'inNotice', 'awaitingReport', 'awaitingTownshipReview', 'awaitingDistrictFiling', 'monitored'];

/** a fresh edge household applied and driven, step by step over HTTP, to `to`; returns the case */
export const drive = async (t: TestApp, to: Stop, seq = 1, household: HouseholdInput = edgeHousehold(seq)): Promise<MonitoringCaseView> => {
  const reach = (s: Stop) => ORDER.indexOf(to) >= ORDER.indexOf(s);
  const householdId = await registerHousehold(t, household);
  let c = ok<MonitoringCaseView>(await apply(t, householdId), 201);
  if (reach('awaitingVillageAppraisal')) c = await groupAppraise(t, c.id);
  if (reach('awaitingNotice')) c = await villageAppraise(t, c.id);
  if (reach('inNotice')) c = await postNotice(t, c.id);
  if (reach('awaitingReport')) {
    // the round's dates, or for a case driven later (the clock is past them) an hour after its own notice ends
    const endsAt = c.notice?.endsAt;
    await compareClear(t, c.id);
    at(t, D.afterNotice);
    if (endsAt) at(t, new Date(Date.parse(endsAt) + 3_600_000).toISOString());
    expect(await t.app.noticeTimer.runDue()).toBeGreaterThanOrEqual(1);
    c = await caseOf(t, c.id);
  }
  if (reach('awaitingTownshipReview')) c = await report(t, c.id);
  if (reach('awaitingDistrictFiling')) c = await townshipApprove(t, c.id);
  if (reach('monitored')) c = await districtFile(t, c.id);
  expect(c.state).toBe(to);
  return c;
};
