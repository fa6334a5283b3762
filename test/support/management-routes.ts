import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import * as fourCard from '../api/four-card/helpers.ts';
import { tokenFor } from './app.ts';
import type { Person, TestApp } from './app.ts';
import type { HouseholdInput } from '../../src/domain/household.ts';
import { COUNTY, TOWNSHIP, VILLAGE, yellowHousehold } from './fixtures.ts';

/**
 * The after-card management routes (issue 14) for the authorization matrix and the refusals every route shares, each
 * with a fresh record at the step that applies; merged into COMMAND_ROUTES (test/support/command-routes.ts).
 * A record starts from a completed designation: those come from a pool per app, a batch designated together (one
 * notice, the timer completing them), so the shared clock moves on by one notice per batch, not one per subject.
 */

interface Subject { url: string; body?: object }
interface Entry { permission: string; region: string; status: 200 | 201; prepare: (t: TestApp, who: Person) => Promise<Subject> }

const BATCH = 12;
const STARTER: Person = { id: 'mx-tr', roles: ['townshipReviewer'], jurisdiction: TOWNSHIP };
const DECLARER: Person = { id: 'mx-clerk', roles: ['villageClerk'], jurisdiction: VILLAGE };
const CHECKER: Person = { id: 'mx-tr-2', roles: ['townshipReviewer'], jurisdiction: TOWNSHIP };

const post = async (t: TestApp, p: Person, url: string, body: object, status = 200) => {
  const res: LightMyRequestResponse = await t.app.inject({ method: 'POST', url, payload: body, headers: { authorization: `Bearer ${tokenFor(p, t.clock)}` } });
  expect(res.statusCode, res.body).toBe(status);
  return res.json<{ id: string }>();
};

type Card = 'red' | 'yellow' | 'blue';

/** households that take each card by the seeds' rules: red has not escaped, blue is not registered and under the line */
const householdFor = (card: Card, seq: number): HouseholdInput => {
  const h = yellowHousehold(seq);
  if (card === 'red') return { ...h, povertyStatus: 'not-escaped' };
  if (card === 'blue') return { ...h, registration: 'edge', povertyStatus: null };
  return h;
};

const pools = new WeakMap<TestApp, Record<Card, string[]>>();

/**
 * a completed designation of the card nobody has taken under management yet: a batch is declared, appraised,
 * reviewed, spot-checked and put on notice together, posted now (a notice of the campaign's fixed date would start
 * before designations readied later on this clock), and the timer completes them at its end
 */
const completedDesignation = async (t: TestApp, card: Card = 'yellow'): Promise<string> => {
  const pools_ = pools.get(t) ?? { red: [], yellow: [], blue: [] };
  pools.set(t, pools_);
  const pool = pools_[card];
  if (pool.length === 0) {
    const ids: string[] = [];
    for (let i = 0; i < BATCH; i++) {
      const householdId = await fourCard.registerHousehold(t, householdFor(card, fourCard.nextSeq(t)));
      ids.push((await fourCard.declare(t, householdId, card)).id as string);
    }
    await fourCard.appraise(t, ids.map((designationId) => ({ designationId, card })));
    for (const id of ids) fourCard.ok(await fourCard.review(t, id));
    const round = await fourCard.openRound(t);
    for (const id of round.sample as string[]) for (const p of [fourCard.P.inspector1, fourCard.P.inspector2]) fourCard.ok(await fourCard.signSpotCheck(t, round.id, id, p));
    await fourCard.closeRound(t, round.id);
    const notice = await fourCard.postNotice(t, ids, t.clock.now().toISOString());
    const ends = [notice?.endsAt, notice?.township?.endsAt].filter((x): x is string => typeof x === 'string').map(Date.parse);
    fourCard.advanceTo(t, new Date(Math.max(...ends) + 3_600_000).toISOString());
    expect(await t.app.noticeTimer.runDue()).toBeGreaterThanOrEqual(ids.length);
    pool.push(...ids);
  }
  const id = pool.shift();
  if (id === undefined) throw new Error('no completed designation');
  return id;
};

type Stage = 'managed' | 'declared' | 'checked';

/** a fresh management record (a yellow card) at a stage of its re-classification */
const recordAt = async (t: TestApp, stage: Stage, card: Card = 'yellow'): Promise<string> => {
  const { id } = await post(t, STARTER, '/management-records', { designationId: await completedDesignation(t, card), cadre: { id: 'mx-cadre', name: '结对干部', unitLevel: 'township' } }, 201);
  if (stage !== 'managed') await post(t, DECLARER, `/management-records/${id}/reclassification`, { year: 2026, proposedCard: card, reason: '复核：情况未变' });
  if (stage === 'checked') await post(t, CHECKER, `/management-records/${id}/reclassification/check`, { outcome: 'agreed', opinion: '核查属实' });
  return id;
};

/** a half year not yet opened in this app, from 2001H1 on: each subject is a round of its own, all begun */
const halves = new WeakMap<TestApp, number>();
const nextHalf = (t: TestApp): string => {
  const n = halves.get(t) ?? 0;
  halves.set(t, n + 1);
  return `${2001 + Math.floor(n / 2)}H${(n % 2) + 1}`;
};
const OPENER: Person = { id: 'mx-co-open', roles: ['countyOffice'], jurisdiction: COUNTY };

/** an open adjustment round, and the close body that names every household still without an outcome in it */
const openRoundToClose = async (t: TestApp): Promise<Subject> => {
  const half = nextHalf(t);
  const { id } = await post(t, OPENER, '/adjustment-rounds', { countyCode: COUNTY, round: half }, 201);
  const res = await t.app.inject({ method: 'GET', url: `/management/adjustment-rounds/${half}?regionCode=${COUNTY}&limit=500`, headers: { authorization: `Bearer ${tokenFor(OPENER, t.clock)}` } });
  const open = res.json<{ items: { id: string; outcome: string | null }[] }>().items.filter((i) => i.outcome === null).map((i) => i.id);
  return { url: `/adjustment-rounds/${id}/closure`, body: open.length === 0 ? {} : { reason: '未完成的农户转下一轮', withoutOutcome: open } };
};

const on = (stage: Stage, step: string, body: object, card: Card = 'yellow') => async (t: TestApp): Promise<Subject> => ({ url: `/management-records/${await recordAt(t, stage, card)}/${step}`, body });

export const MANAGEMENT_ROUTES: Readonly<Record<string, Entry>> = {
  'POST /management-records': {
    permission: 'management.start', region: VILLAGE, status: 201,
    prepare: async (t) => ({ url: '/management-records', body: { designationId: await completedDesignation(t), cadre: { id: 'mx-cadre', name: '结对干部', unitLevel: 'county' } } }),
  },
  'POST /management-records/:id/cadre': { permission: 'management.assign', region: VILLAGE, status: 200, prepare: on('managed', 'cadre', { cadre: { id: 'mx-cadre-2', name: '新结对干部', unitLevel: 'city', organisation: '市财政局' }, reason: '原结对干部调离' }) },
  'POST /management-records/:id/helper': { permission: 'management.assign', region: VILLAGE, status: 200, prepare: on('managed', 'helper', { helper: { name: '赵六' }, reason: '户主年老体弱' }, 'red') },
  'POST /management-records/:id/blue-care': { permission: 'management.assign', region: VILLAGE, status: 200, prepare: on('managed', 'blue-care', { townshipOffice: '示范乡扶贫办', specialist: { name: '钱七' } }, 'blue') },
  'POST /management-records/:id/plan': { permission: 'management.assign', region: VILLAGE, status: 200, prepare: on('managed', 'plan', { measures: ['推荐公益岗位'] }) },
  'POST /management-records/:id/contacts': { permission: 'management.contact', region: VILLAGE, status: 200, prepare: on('managed', 'contacts', { mode: 'phone', findings: '电话联络，生活正常' }) },
  'POST /management-records/:id/reclassification': { permission: 'management.declare', region: VILLAGE, status: 200, prepare: on('managed', 'reclassification', { year: 2026, proposedCard: 'yellow', reason: '复核：情况未变' }) },
  'POST /management-records/:id/reclassification/check': { permission: 'management.check', region: VILLAGE, status: 200, prepare: on('declared', 'reclassification/check', { outcome: 'agreed', opinion: '核查属实' }) },
  'POST /management-records/:id/reclassification/confirm': { permission: 'management.confirm', region: VILLAGE, status: 200, prepare: on('checked', 'reclassification/confirm', { opinion: '核定保持黄卡' }) },
  'POST /management-records/:id/assistance': { permission: 'management.assist', region: VILLAGE, status: 200, prepare: on('managed', 'assistance', { kind: 'temporaryRelief', year: 2026, amount: 2000, description: '临时救助' }) },
  'POST /adjustment-rounds': {
    permission: 'management.confirm', region: COUNTY, status: 201,
    prepare: async (t) => ({ url: '/adjustment-rounds', body: { countyCode: COUNTY, round: nextHalf(t) } }),
  },
  'POST /adjustment-rounds/:id/closure': { permission: 'management.confirm', region: COUNTY, status: 200, prepare: openRoundToClose },
};
