import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { addDays, chinaDateOf } from '../../src/domain/dates.ts';
import * as fourCard from '../api/four-card/helpers.ts';
import { tokenFor } from './app.ts';
import type { Person, TestApp } from './app.ts';
import { COUNTY, TOWNSHIP, VILLAGE, yellowHousehold } from './fixtures.ts';

/**
 * The ledger's command routes for the authorization matrix and the refusals every route shares (issue 15), each with
 * a fresh subject where its step applies; merged into COMMAND_ROUTES (test/support/command-routes.ts).
 */

interface Subject { url: string; body?: object }
interface Entry { permission: string; region: string; status: 200 | 201; prepare: (t: TestApp, who: Person) => Promise<Subject> }

const post = async (t: TestApp, p: Person, url: string, body: object, status = 200) => {
  const res: LightMyRequestResponse = await t.app.inject({ method: 'POST', url, payload: body, headers: { authorization: `Bearer ${tokenFor(p, t.clock)}` } });
  expect(res.statusCode, res.body).toBe(status);
  return res.json<{ id: string }>();
};

const SURVEYOR: Person = { id: 'lx-inv', roles: ['investigator'], jurisdiction: VILLAGE };
const CLERK: Person = { id: 'lx-clerk', roles: ['villageClerk'], jurisdiction: VILLAGE };
const TOWNSHIP_LEADER: Person = { id: 'lx-ta', roles: ['townshipApprover'], jurisdiction: TOWNSHIP };
const TOWNSHIP_REVIEWER: Person = { id: 'lx-tr', roles: ['townshipReviewer'], jurisdiction: TOWNSHIP };
const COUNTY_LEADER: Person = { id: 'lx-co', roles: ['countyOffice'], jurisdiction: COUNTY };

type Stage = 'awaitingSignatures' | 'awaitingLists' | 'rectifying' | 'awaitingVerification' | 'verificationFailed' | 'verified' | 'escalatedToCounty' | 'assignedToDepartment';
const ORDER: Stage[] = ['awaitingSignatures', 'awaitingLists', 'rectifying', 'awaitingVerification', 'verificationFailed', 'verified'];

const listsFrom = (t: TestApp, days = 30, personId = 'p-rect') => ({
  measure: '落实帮扶措施', responsible: { personId, name: '责任人', unit: '镇扶贫站' }, deadline: addDays(chinaDateOf(t.clock.now().toISOString()), days),
});

/** a fresh household problem brought to a stage over HTTP */
const problemAt = async (t: TestApp, stage: Stage): Promise<string> => {
  const householdId = await fourCard.registerHousehold(t, yellowHousehold(fourCard.nextSeq(t)));
  const { id } = await post(t, SURVEYOR, '/problems', {
    level: 'household', householdId, householdType: 'escaped', typeCode: 'employment', itemCode: 'employment.2', description: '就业帮扶措施未落实',
  }, 201);
  const escalating = stage === 'escalatedToCounty' || stage === 'assignedToDepartment';
  // an escalated problem got its lists first (rectifying), then went up
  const reach = (s: Stage) => ORDER.indexOf(escalating ? 'rectifying' : stage) >= ORDER.indexOf(s);
  if (reach('awaitingLists')) {
    await post(t, TOWNSHIP_LEADER, `/problems/${id}/signatures`, { as: 'townshipWorkLeader', opinion: '属实' });
    await post(t, COUNTY_LEADER, `/problems/${id}/signatures`, { as: 'countyGuidanceLeader', opinion: '同意' });
  }
  if (reach('rectifying')) await post(t, TOWNSHIP_REVIEWER, `/problems/${id}/lists`, { lists: listsFrom(t) });
  if (escalating) {
    await post(t, TOWNSHIP_LEADER, `/problems/${id}/escalation`, { reason: '乡镇无法解决' });
    if (stage === 'assignedToDepartment') await post(t, COUNTY_LEADER, `/problems/${id}/assignment`, { department: '县水利局', opinion: '交办' });
    return id;
  }
  if (reach('awaitingVerification')) await post(t, CLERK, `/problems/${id}/rectification`, { result: '已整改' });
  if (stage === 'verificationFailed') await post(t, TOWNSHIP_REVIEWER, `/problems/${id}/verification`, { outcome: 'failed', opinion: '未到位' });
  if (stage === 'verified') await post(t, TOWNSHIP_REVIEWER, `/problems/${id}/verification`, { outcome: 'passed', opinion: '到位' });
  return id;
};

const url = (id: string, step: string) => `/problems/${id}/${step}`;
const isCounty = (who: Person) => who.jurisdiction.length <= 6;

const stages = [{ code: 'survey', zh: '实地排查', from: '2026-06-10', to: '2026-06-15' }];
const campaign = async (t: TestApp, withTeam = false): Promise<string> => {
  const { id } = await post(t, TOWNSHIP_LEADER, '/campaigns', { level: 'township', regionCode: TOWNSHIP, name: '集中排查', scope: { townships: [], villages: [], householdTypes: [] }, stages, reportDue: '2026-06-25' }, 201);
  if (withTeam) await post(t, TOWNSHIP_LEADER, `/campaigns/${id}/teams`, { teams: [{ teamId: 'T1', members: [{ personId: 'a', name: '甲' }, { personId: 'b', name: '乙' }], villages: [VILLAGE] }] });
  return id;
};

let nextVillage = 300;
/** a village of the township not listed yet */
const freshVillage = () => `${TOWNSHIP}${String((nextVillage += 1))}`;
const listed = async (t: TestApp): Promise<string> =>
  (await post(t, COUNTY_LEADER, '/listed-villages', { villageCode: freshVillage(), selection: { baseYear: 2019, notEscapedPeople: 40 }, residentUnit: '县财政局', leader: { personId: 'p-l', name: '督战领导' }, fromMonth: '2020-01', untilMonth: '2035-12' }, 201)).id;
/** the month before the clock's (always past its last third) */
const lastMonth = (t: TestApp) => {
  const [y, m] = chinaDateOf(t.clock.now().toISOString()).split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
};

export const LEDGER_ROUTES: Readonly<Record<string, Entry>> = {
  'POST /problems': {
    permission: 'ledger.record', region: VILLAGE, status: 201,
    prepare: async (t) => ({ url: '/problems', body: { level: 'household', householdId: await fourCard.registerHousehold(t, yellowHousehold(fourCard.nextSeq(t))), householdType: 'escaped', typeCode: 'education', itemCode: 'education.1', description: '适龄儿童辍学' } }),
  },
  'POST /problems/:id/signatures': {
    permission: 'ledger.sign', region: VILLAGE, status: 200,
    prepare: async (t, who) => ({ url: url(await problemAt(t, 'awaitingSignatures'), 'signatures'), body: { as: isCounty(who) ? 'countyGuidanceLeader' : 'townshipWorkLeader', opinion: '属实' } }),
  },
  'POST /problems/:id/lists': { permission: 'ledger.lists', region: VILLAGE, status: 200, prepare: async (t) => ({ url: url(await problemAt(t, 'awaitingLists'), 'lists'), body: { lists: listsFrom(t) } }) },
  'POST /problems/:id/list-changes': { permission: 'ledger.lists', region: VILLAGE, status: 200, prepare: async (t) => ({ url: url(await problemAt(t, 'rectifying'), 'list-changes'), body: { lists: listsFrom(t, 40), reason: '延期' } }) },
  'POST /problems/:id/rectification': { permission: 'ledger.rectify', region: VILLAGE, status: 200, prepare: async (t) => ({ url: url(await problemAt(t, 'rectifying'), 'rectification'), body: { result: '已整改' } }) },
  'POST /problems/:id/verification': { permission: 'ledger.verify', region: VILLAGE, status: 200, prepare: async (t) => ({ url: url(await problemAt(t, 'awaitingVerification'), 'verification'), body: { outcome: 'passed', opinion: '核验通过' } }) },
  'POST /problems/:id/reopening': { permission: 'ledger.verify', region: VILLAGE, status: 200, prepare: async (t) => ({ url: url(await problemAt(t, 'verificationFailed'), 'reopening'), body: { reason: '重新整改' } }) },
  'POST /problems/:id/closure': { permission: 'ledger.close', region: VILLAGE, status: 200, prepare: async (t) => ({ url: url(await problemAt(t, 'verified'), 'closure'), body: { opinion: '销号' } }) },
  'POST /problems/:id/escalation': { permission: 'ledger.escalate', region: VILLAGE, status: 200, prepare: async (t) => ({ url: url(await problemAt(t, 'rectifying'), 'escalation'), body: { reason: '乡镇无法解决' } }) },
  'POST /problems/:id/assignment': { permission: 'ledger.assign', region: VILLAGE, status: 200, prepare: async (t) => ({ url: url(await problemAt(t, 'escalatedToCounty'), 'assignment'), body: { department: '县水利局', opinion: '交办' } }) },
  'POST /problems/:id/department-answer': { permission: 'ledger.answer', region: VILLAGE, status: 200, prepare: async (t) => ({ url: url(await problemAt(t, 'assignedToDepartment'), 'department-answer'), body: { answer: '已纳入计划' } }) },
  'POST /problems/:id/interviews': {
    permission: 'ledger.account', region: VILLAGE, status: 200,
    prepare: async (t) => ({ url: url(await problemAt(t, 'rectifying'), 'interviews'), body: { person: { personId: 'p-rect', name: '责任人' }, reason: '超期', notes: '约谈' } }),
  },
  'POST /problems/:id/accountability': {
    permission: 'ledger.account', region: VILLAGE, status: 200,
    prepare: async (t) => ({ url: url(await problemAt(t, 'rectifying'), 'accountability'), body: { person: { personId: 'p-rect', name: '责任人' }, finding: 'late', measure: '通报' } }),
  },
  'POST /campaigns': {
    permission: 'campaign.plan', region: TOWNSHIP, status: 201,
    prepare: async () => ({ url: '/campaigns', body: { level: 'township', regionCode: TOWNSHIP, name: '集中排查', scope: { townships: [], villages: [], householdTypes: [] }, stages, reportDue: '2026-06-25' } }),
  },
  'POST /campaigns/:id/teams': {
    permission: 'campaign.plan', region: TOWNSHIP, status: 200,
    prepare: async (t) => ({ url: `/campaigns/${await campaign(t)}/teams`, body: { teams: [{ teamId: 'T9', members: [{ personId: 'c', name: '丙' }, { personId: 'd', name: '丁' }], villages: [VILLAGE] }] } }),
  },
  'POST /campaigns/:id/pairings': { permission: 'campaign.plan', region: TOWNSHIP, status: 200, prepare: async (t) => ({ url: `/campaigns/${await campaign(t)}/pairings`, body: { pairs: [{ townshipCode: TOWNSHIP, unit: '县财政局' }] } }) },
  'POST /campaigns/:id/closure': { permission: 'campaign.plan', region: TOWNSHIP, status: 200, prepare: async (t) => ({ url: `/campaigns/${await campaign(t)}/closure`, body: { summary: '排查结束' } }) },
  'POST /campaigns/:id/visits': {
    permission: 'campaign.visit', region: VILLAGE, status: 200,
    prepare: async (t) => ({ url: `/campaigns/${await campaign(t, true)}/visits`, body: { teamId: 'T1', villageCode: VILLAGE, householdIds: [await fourCard.registerHousehold(t, yellowHousehold(fourCard.nextSeq(t)))] } }),
  },
  // listed villages: each subject a village of the township not yet listed (the region is the township's)
  'POST /listed-villages': {
    permission: 'listedVillage.list', region: TOWNSHIP, status: 201,
    prepare: async () => ({ url: '/listed-villages', body: { villageCode: freshVillage(), selection: { baseYear: 2019, notEscapedPeople: 40 }, residentUnit: '县财政局', leader: { personId: 'p-l', name: '督战领导' }, fromMonth: '2020-01', untilMonth: '2035-12' } }),
  },
  'POST /listed-villages/:id/reports': {
    permission: 'listedVillage.report', region: TOWNSHIP, status: 200,
    prepare: async (t) => ({ url: `/listed-villages/${await listed(t)}/reports`, body: { month: lastMonth(t), summary: '本月进展' } }),
  },
  'POST /listed-villages/:id/supervisions': {
    permission: 'listedVillage.supervise', region: TOWNSHIP, status: 200,
    prepare: async (t) => ({ url: `/listed-villages/${await listed(t)}/supervisions`, body: { month: lastMonth(t), areas: [1], findings: [], notes: '月督战' } }),
  },
};
