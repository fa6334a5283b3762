import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startApp } from '../../support/app.ts';
import type { Person, TestApp } from '../../support/app.ts';
import { TOWNSHIP, yellowHousehold } from '../../support/fixtures.ts';
import { DATES, P, advanceTo, appraise, chain, declare, http, nextSeq, ok, openRound, registerHousehold, review, signSpotCheck } from '../four-card/helpers.ts';
import { expectRefused } from './support.ts';

/** The business refusals of the single-designation routes (初核申报 … 异议): status, code, and nothing written. */

let t: TestApp;
beforeEach(async () => {
  t = await startApp();
});
afterEach(async () => t.close());

const stream = (id: string) => [`designation-${id}`];
const step = (by: Person, id: string, path: string, body: object) => http(t).post(by, `/designations/${id}/${path}`, body);
const registered = () => registerHousehold(t, yellowHousehold(nextSeq(t)));
/** year is the designation year: 华容 judges the year before's income, which the household records (2025) */
const declareBody = (householdId: string, extra: object = {}) => ({ householdId, year: 2026, proposedCard: 'yellow', opinion: '入户核实', ...extra });

describe('POST /designations (初核申报)', () => {
  it('409 DESIGNATION_OPEN for a household whose designation is in progress', async () => {
    const householdId = await registered();
    const open = await declare(t, householdId);
    const problem = await expectRefused(t, () => http(t).post(P.investigator2, '/designations', declareBody(householdId)), 409, 'DESIGNATION_OPEN', stream(open.id));
    expect(problem.designationId).toBe(open.id);
  });

  it('422 INCOME_MISSING for a year without recorded income', async () => {
    const householdId = await registered();
    // designated in 2025, the household's 2024 income is judged: none is recorded
    await expectRefused(t, () => http(t).post(P.investigator, '/designations', declareBody(householdId, { year: 2025 })), 422, 'INCOME_MISSING');
  });

  it('422 CARD_RULE_REFUSED for a card the rules never give this household (blue for a registered one)', async () => {
    const householdId = await registered();
    await expectRefused(t, () => http(t).post(P.investigator, '/designations', declareBody(householdId, { proposedCard: 'blue' })), 422, 'CARD_RULE_REFUSED');
  });

  it('404 NOT_FOUND for a household that does not exist', async () => {
    await expectRefused(t, () => http(t).post(P.investigator, '/designations', declareBody('00000000-0000-4000-8000-000000000404')), 404, 'NOT_FOUND');
  });
});

describe('POST /designations/:id/withdrawal (撤回)', () => {
  it('403 NOT_THE_DECLARER for anyone but the declarer', async () => {
    const id = (await declare(t, await registered())).id as string;
    await expectRefused(t, () => step(P.investigator2, id, 'withdrawal', { reason: '撤回' }), 403, 'NOT_THE_DECLARER', stream(id));
  });

  it('409 STEP_NOT_ALLOWED once the village has appraised it', async () => {
    const { ids: [id = ''] } = await chain(t, 'awaitingTownshipReview');
    await expectRefused(t, () => step(P.investigator, id, 'withdrawal', { reason: '撤回' }), 409, 'STEP_NOT_ALLOWED', stream(id));
  });
});

describe('POST /designations/:id/revision (退回后重新核查)', () => {
  it('409 STEP_NOT_ALLOWED for a designation that was not sent back', async () => {
    const id = (await declare(t, await registered())).id as string;
    await expectRefused(t, () => step(P.investigator, id, 'revision', { proposedCard: 'yellow', opinion: '重新核查' }), 409, 'STEP_NOT_ALLOWED', stream(id));
  });

  it('422 CARD_RULE_REFUSED and 422 INCOME_MISSING: a revision is judged like a declaration', async () => {
    const { ids: [id = ''] } = await chain(t, 'awaitingTownshipReview');
    ok(await review(t, id, { outcome: 'sentBack', reason: '退回' }));
    await expectRefused(t, () => step(P.investigator, id, 'revision', { proposedCard: 'blue', opinion: '改报蓝卡' }), 422, 'CARD_RULE_REFUSED', stream(id));
    const householdId = ok(await http(t).get(P.investigator, `/designations/${id}`)).householdId as string;
    // the judged year's income (2025) is struck from the facts, another year's recorded instead (a merge patch: null removes)
    ok(await http(t).post(P.investigator, `/households/${householdId}/changes`, { changes: { incomes: { '2024': { wage: 1, business: 0, property: 0, transfer: 0, productionCosts: 0 }, '2025': null } }, reason: '复查' }));
    await expectRefused(t, () => step(P.investigator, id, 'revision', { proposedCard: 'yellow', opinion: '重新核查' }), 422, 'INCOME_MISSING', stream(id));
  });
});

describe('POST /designations/:id/appraisal-withdrawal', () => {
  it('409 STEP_NOT_ALLOWED before the appraisal and after the township review', async () => {
    const declared = (await declare(t, await registered())).id as string;
    await expectRefused(t, () => step(P.partySecretary, declared, 'appraisal-withdrawal', { reason: '撤回' }), 409, 'STEP_NOT_ALLOWED', stream(declared));
    const { ids: [reviewed = ''] } = await chain(t, 'awaitingSpotCheck');
    await expectRefused(t, () => step(P.partySecretary, reviewed, 'appraisal-withdrawal', { reason: '撤回' }), 409, 'STEP_NOT_ALLOWED', stream(reviewed));
  });
});

describe('POST /designations/:id/township-review (乡镇复核)', () => {
  it('403 SEPARATION_OF_DUTIES for whoever did the initial check, in their reviewer capacity', async () => {
    const wang: Person = { id: 'ds-wang', roles: ['investigator', 'townshipReviewer'], jurisdiction: TOWNSHIP };
    const id = (await declare(t, await registered(), 'yellow', wang)).id as string;
    await appraise(t, [{ designationId: id }]);
    await expectRefused(t, () => review(t, id, { outcome: 'confirmed', opinion: '属实' }, wang), 403, 'SEPARATION_OF_DUTIES', stream(id));
  });

  it('409 STEP_NOT_ALLOWED before the appraisal', async () => {
    const id = (await declare(t, await registered())).id as string;
    await expectRefused(t, () => review(t, id), 409, 'STEP_NOT_ALLOWED', stream(id));
  });

  it('400 VALIDATION_FAILED for an adjusted card without the card', async () => {
    const { ids: [id = ''] } = await chain(t, 'awaitingTownshipReview');
    await expectRefused(t, () => review(t, id, { outcome: 'adjusted', opinion: '调整' }), 400, 'VALIDATION_FAILED', stream(id));
  });
});

describe('POST /designations/:id/township-review-withdrawal', () => {
  it('409 STEP_NOT_ALLOWED before the review and once the county has sampled it', async () => {
    const { ids: [appraised = ''] } = await chain(t, 'awaitingTownshipReview');
    await expectRefused(t, () => step(P.reviewer, appraised, 'township-review-withdrawal', { reason: '撤回' }), 409, 'STEP_NOT_ALLOWED', stream(appraised));
    ok(await review(t, appraised));
    const round = await openRound(t);
    expect(round.sample).toEqual([appraised]);
    await expectRefused(t, () => step(P.reviewer, appraised, 'township-review-withdrawal', { reason: '撤回' }), 409, 'STEP_NOT_ALLOWED', stream(appraised));
    ok(await signSpotCheck(t, round.id, appraised, P.inspector1));
  });
});

describe('POST /designations/:id/objections (异议)', () => {
  it('409 STEP_NOT_ALLOWED before the notice is posted', async () => {
    const { ids: [id = ''] } = await chain(t, 'awaitingNotice');
    await expectRefused(t, () => step(P.clerk, id, 'objections', { summary: '有群众反映' }), 409, 'STEP_NOT_ALLOWED', stream(id));
  });

  it('409 STEP_NOT_ALLOWED for an objection raised after the notice ended (its field time decides, not when it is entered)', async () => {
    const { ids: [id = ''] } = await chain(t, 'inNotice');
    advanceTo(t, '2026-04-11T02:00:00.000Z');
    await expectRefused(t, () => step(P.clerk, id, 'objections', { summary: '公示期满后反映' }), 409, 'STEP_NOT_ALLOWED', stream(id));
    await expectRefused(t, () => step(P.clerk, id, 'objections', { summary: '公示期满后反映', occurredAt: DATES.noticeEnd }), 409, 'STEP_NOT_ALLOWED', stream(id));
  });
});

describe('POST /designations/:id/objection-resolutions', () => {
  it('409 STEP_NOT_ALLOWED for an objection that is not open: unknown, or already resolved', async () => {
    const { ids: [id = ''] } = await chain(t, 'inNotice');
    const resolve = (objectionId: string) => step(P.approver, id, 'objection-resolutions', { objectionId, outcome: 'dismissed', opinion: '不属实' });
    await expectRefused(t, () => resolve('00000000-0000-4000-8000-0000000000aa'), 409, 'STEP_NOT_ALLOWED', stream(id));
    const raised = ok(await step(P.clerk, id, 'objections', { summary: '有群众反映' }));
    const objectionId = raised.openObjections[0] as string;
    ok(await resolve(objectionId));
    await expectRefused(t, () => resolve(objectionId), 409, 'STEP_NOT_ALLOWED', stream(id));
  });
});
