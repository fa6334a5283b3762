import { registerMaybeEdge } from '../../support/edge-household.ts';
import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { Role } from '../../../src/auth/roles.ts';
import type { HouseholdInput } from '../../../src/domain/household.ts';
import type { HouseholdPatch } from '../../../src/domain/household-patch.ts';
import { tokenFor } from '../../support/app.ts';
import type { Person, TestApp } from '../../support/app.ts';
import { COUNTY, TOWNSHIP, VILLAGE, yellowHousehold } from '../../support/fixtures.ts';

const person = (id: string, roles: Role[], jurisdiction: string): Person => ({ id, roles, jurisdiction });

/** the cast of one campaign in 华容县 430623, township 101, village 201 */
export const P = {
  investigator: person('inv-1', ['investigator'], VILLAGE),
  investigator2: person('inv-2', ['investigator'], VILLAGE),
  clerk: person('clerk-1', ['villageClerk'], VILLAGE),
  firstSecretary: person('fs-1', ['firstSecretary'], VILLAGE),
  partySecretary: person('ps-1', ['partySecretary'], VILLAGE),
  villageDirector: person('vd-1', ['villageDirector'], VILLAGE),
  reviewer: person('tr-1', ['townshipReviewer'], TOWNSHIP),
  approver: person('ta-1', ['townshipApprover'], TOWNSHIP),
  countyOffice: person('co-1', ['countyOffice'], COUNTY),
  inspector1: person('ci-1', ['countyInspector'], COUNTY),
  inspector2: person('ci-2', ['countyInspector'], COUNTY),
  inspector3: person('ci-3', ['countyInspector'], COUNTY),
  supervisor: person('sv-1', ['supervisor'], COUNTY),
} as const;

/** the dates of seed 003's campaign (3/18–22 declaration … 4/3–4/10 notice), in 2026, as UTC instants */
export const DATES = {
  appraisal: '2026-03-23T02:00:00.000Z',
  township: '2026-03-26T02:00:00.000Z',
  spotCheck: '2026-03-30T02:00:00.000Z',
  noticeStart: '2026-04-03T01:00:00.000Z',
  /** 24:00 China time (UTC+8) of 4/10: the posting day is not counted, the 7th calendar day after it is the last */
  noticeEnd: '2026-04-10T16:00:00.000Z',
} as const;

export type Headers = Record<string, string>;

/** HTTP through app.inject, a token minted right before each request (tokens expire an hour after the clock's now) */
export const http = (t: TestApp) => {
  const auth = (p: Person) => ({ authorization: `Bearer ${tokenFor(p, t.clock)}` });
  return {
    post: (p: Person, url: string, payload: object = {}, headers: Headers = {}) =>
      t.app.inject({ method: 'POST', url, payload, headers: { ...auth(p), ...headers } }),
    get: (p: Person, url: string) => t.app.inject({ method: 'GET', url, headers: auth(p) }),
  };
};

/** asserts the status (showing the body when it differs) and returns the JSON body */
export const ok = <T = Json>(res: LightMyRequestResponse, status = 200): T => {
  expect(res.statusCode, res.body).toBe(status);
  return res.json() as T;
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- response bodies are read field by field
export type Json = any;

/** moves the clock forward to `at` (never back) */
export const advanceTo = (t: TestApp, at: string) => {
  if (t.clock.now().getTime() < Date.parse(at)) t.clock.set(at);
};

export const registerHousehold = async (t: TestApp, input: HouseholdInput, by: Person = P.investigator): Promise<string> =>
  // 边缘户 only by the county's approved list: an edge household is registered as ordinary, then approved
  registerMaybeEdge(t, input, async (h) => ok(await http(t).post(by, '/households', { household: h }), 201).id as string);

/** POST /households/:id/changes: new facts of a household (a re-check finds another income, a car …), as a merge patch */
export const changeFacts = async (t: TestApp, householdId: string, changes: HouseholdPatch, by: Person = P.investigator) =>
  ok(await http(t).post(by, `/households/${householdId}/changes`, { changes, reason: '复查家庭情况' }));

export const declare = async (t: TestApp, householdId: string, proposedCard = 'yellow', by: Person = P.investigator): Promise<Json> =>
  ok(await http(t).post(by, '/designations', { householdId, year: 2026, proposedCard, opinion: '入户核实，核算收入' }), 201);

const households = new Map<string, number>();
/** the next household number of an app's store (a resident ID is registered once), across restarts */
export const nextSeq = (t: TestApp): number => {
  const seq = (households.get(t.path) ?? 0) + 1;
  households.set(t.path, seq);
  return seq;
};

/** registers and declares n yellow-card households of the village: the designation ids */
export const declareMany = async (t: TestApp, n: number): Promise<string[]> => {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) ids.push((await declare(t, await registerHousehold(t, yellowHousehold(nextSeq(t))))).id as string);
  return ids;
};

export const designation = async (t: TestApp, id: string, by: Person = P.investigator): Promise<Json> => ok(await http(t).get(by, `/designations/${id}`));

export const history = async (t: TestApp, id: string, by: Person = P.investigator): Promise<Json[]> =>
  ok(await http(t).get(by, `/designations/${id}/history`)).steps as Json[];

export const steps = async (t: TestApp, id: string): Promise<string[]> => (await history(t, id)).map((s) => s.step as string);

export interface MeetingDecision { designationId: string; decision?: 'approved' | 'rejected'; card?: string }

/** 民主评议: one meeting over the village's list, recorded by the clerk, then signed in the three capacities */
export const appraise = async (t: TestApp, decisions: MeetingDecision[]): Promise<Json> => {
  advanceTo(t, DATES.appraisal);
  const api = http(t);
  const meeting = ok(await api.post(P.clerk, '/appraisal-meetings', {
    villageCode: VILLAGE,
    // the campaign's date, or today for a later meeting (a re-appraisal after a send-back)
    occurredAt: t.clock.now().toISOString(),
    attendance: { partyMembers: 12, groupLeaders: 6, poorHouseholdRepresentatives: 4, publicRepresentatives: 8 },
    decisions: decisions.map((d) => ({ designationId: d.designationId, decision: d.decision ?? 'approved', card: d.card ?? 'yellow', opinion: '评议同意' })),
  }), 201);
  let signed: Json = meeting;
  for (const p of [P.firstSecretary, P.partySecretary, P.villageDirector]) signed = ok(await api.post(p, `/appraisal-meetings/${meeting.id}/signatures`));
  return signed;
};

export const review = async (t: TestApp, id: string, body: object = { outcome: 'confirmed', opinion: '逐户核实属实' }, by: Person = P.reviewer) => {
  advanceTo(t, DATES.township);
  return http(t).post(by, `/designations/${id}/township-review`, body);
};

export const openRound = async (t: TestApp, seed = 'round-seed-2026'): Promise<Json> => {
  advanceTo(t, DATES.spotCheck);
  return ok(await http(t).post(P.countyOffice, '/spot-check-rounds', { townshipCode: TOWNSHIP, seed }), 201);
};

export const signSpotCheck = (t: TestApp, roundId: string, designationId: string, by: Person, body: object = { outcome: 'confirmed' }) =>
  http(t).post(by, `/spot-check-rounds/${roundId}/signatures`, { designationId, opinion: '抽查核实', ...body });

export const closeRound = async (t: TestApp, roundId: string): Promise<Json> => ok(await http(t).post(P.countyOffice, `/spot-check-rounds/${roundId}/closure`));

/** 乡、村两级张榜公示: the village's list and the township's, posted together (the seeds' default policy) */
export const postNotice = async (t: TestApp, designationIds: string[], startsAt: string = DATES.noticeStart): Promise<Json> => {
  advanceTo(t, startsAt);
  const village = ok(await http(t).post(P.approver, '/notices', { scopeCode: VILLAGE, designationIds, startsAt }), 201);
  const township = ok(await http(t).post(P.approver, '/notices', { scopeCode: TOWNSHIP, designationIds, startsAt }), 201);
  return { ...village, township };
};

export type Step = 'awaitingAppraisal' | 'awaitingTownshipReview' | 'awaitingSpotCheck' | 'awaitingNotice' | 'inNotice';
const ORDER: Step[] = ['awaitingAppraisal', 'awaitingTownshipReview', 'awaitingSpotCheck', 'awaitingNotice', 'inNotice'];

export interface Chain {
  ids: string[];
  meeting?: Json;
  round?: Json;
  notice?: Json;
}

/**
 * Drives n freshly declared yellow-card households of the village, together, to a step: one meeting approves them
 * all, the reviewer confirms each, one round samples them (two inspectors confirm each sampled one, closure passes
 * the rest) and one notice posts them. Asserts every designation reached the step.
 */
export const chain = async (t: TestApp, to: Step, n = 1): Promise<Chain> => {
  const reach = (s: Step) => ORDER.indexOf(to) >= ORDER.indexOf(s);
  const result: Chain = { ids: await declareMany(t, n) };
  const { ids } = result;
  if (reach('awaitingTownshipReview')) result.meeting = await appraise(t, ids.map((designationId) => ({ designationId })));
  if (reach('awaitingSpotCheck')) for (const id of ids) ok(await review(t, id));
  if (reach('awaitingNotice')) {
    const round = await openRound(t);
    for (const id of round.sample as string[]) for (const p of [P.inspector1, P.inspector2]) ok(await signSpotCheck(t, round.id, id, p));
    result.round = await closeRound(t, round.id);
  }
  if (reach('inNotice')) result.notice = await postNotice(t, ids);
  for (const id of ids) expect((await designation(t, id)).state).toBe(to);
  return result;
};
