import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startApp } from '../../support/app.ts';
import type { TestApp } from '../../support/app.ts';
import { VILLAGE } from '../../support/fixtures.ts';
import { DATES, P, advanceTo, chain, designation, http, ok, review, steps } from './helpers.ts';

let t: TestApp;
beforeEach(async () => { t = await startApp(); });
afterEach(async () => { await t.close(); });

const confirm = { outcome: 'confirmed', opinion: '逐户核实属实' };

describe('steps out of order (409)', () => {
  it('a township review before the appraisal is refused, naming the current step as people know it, and appends nothing', async () => {
    const { ids: [id] } = await chain(t, 'awaitingAppraisal');
    const before = await http(t).get(P.reviewer, `/designations/${id}`);
    const res = await review(t, id as string);
    const refused = ok(res, 409);
    expect(refused).toMatchObject({ code: 'STEP_NOT_ALLOWED', currentState: 'awaitingAppraisal', refusedStep: 'TownshipReviewed', message_zh: '当前环节（待民主评议）不能进行“乡镇复核”' });
    expect(`${String(refused.message_zh)} ${String(refused.message_en)}`).not.toMatch(/awaitingAppraisal|TownshipReviewed/);
    const after = await http(t).get(P.reviewer, `/designations/${id}`);
    expect(after.headers.etag).toBe(before.headers.etag);
    expect(await steps(t, id as string)).toEqual(['InitialCheckDeclared']);
  });

  it('a notice over a list with a household not yet spot-checked refuses that one and posts the others', async () => {
    const { ids: [ready] } = await chain(t, 'awaitingNotice');
    const { ids: [early] } = await chain(t, 'awaitingTownshipReview');
    advanceTo(t, DATES.noticeStart);
    const res = ok(await http(t).post(P.approver, '/notices', { scopeCode: VILLAGE, designationIds: [ready, early], startsAt: DATES.noticeStart }), 201);
    // the list holds what it put on notice; the refused one is reported, not listed
    expect(res.designationIds).toEqual([ready]);
    expect(ok(await http(t).get(P.approver, `/notices/${res.id}`)).designationIds).toEqual([ready]);
    expect(res.results).toEqual([
      expect.objectContaining({ designationId: ready, ok: true, state: 'inNotice' }),
      expect.objectContaining({ designationId: early, ok: false, code: 'STEP_NOT_ALLOWED' }),
    ]);
    expect(await steps(t, early as string)).toEqual(['InitialCheckDeclared', 'AppraisalDecided']);
  });
});

describe('If-Match (412 on a stale revision)', () => {
  it('a review made on an old revision is refused and appends nothing; on the current one it passes with a new ETag', async () => {
    const { ids: [other] } = await chain(t, 'awaitingTownshipReview');
    expect((await http(t).get(P.reviewer, `/designations/${other}`)).headers.etag).toBe('"1"');
    const url = `/designations/${other}/township-review`;
    const old = await http(t).post(P.reviewer, url, confirm, { 'if-match': '"0"' });
    expect(ok(old, 412)).toMatchObject({ code: 'PRECONDITION_FAILED', currentRevision: 1 });
    expect(await steps(t, other as string)).toEqual(['InitialCheckDeclared', 'AppraisalDecided']);
    expect(ok(await http(t).post(P.reviewer, url, confirm, { 'if-match': 'not-an-etag' }), 400).code).toBe('INVALID_IF_MATCH');

    const fresh = await http(t).post(P.reviewer, url, confirm, { 'if-match': 'W/"1"' });
    expect(ok(fresh)).toMatchObject({ state: 'awaitingSpotCheck', revision: 2 });
    expect(fresh.headers.etag).toBe('"2"');
    expect((await http(t).get(P.reviewer, `/designations/${other}`)).headers.etag).toBe('"2"');
    // the ETag the reviewer held is now stale for whoever comes next
    const late = await http(t).post(P.reviewer, `/designations/${other}/township-review-withdrawal`, { reason: '撤回' }, { 'if-match': '"1"' });
    expect(ok(late, 412).currentRevision).toBe(2);
  });
});

describe('Idempotency-Key (a retried POST answers as the first time and appends nothing)', () => {
  const key = (name: string) => ({ 'idempotency-key': `retry-${name}-0001` });

  it('a township review retried, also after a restart and after later steps', async () => {
    const { ids: [id] } = await chain(t, 'awaitingTownshipReview');
    const url = `/designations/${id}/township-review`;
    const first = await http(t).post(P.reviewer, url, confirm, key('review'));
    expect(first.statusCode).toBe(200);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    const again = await http(t).post(P.reviewer, url, confirm, key('review'));
    expect(again.statusCode).toBe(200);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.headers.etag).toBe(first.headers.etag);
    expect(again.json()).toEqual(first.json());
    expect(await steps(t, id as string)).toEqual(['InitialCheckDeclared', 'AppraisalDecided', 'TownshipReviewed']);

    t = await t.restart();
    const afterRestart = await http(t).post(P.reviewer, url, confirm, key('review'));
    expect(afterRestart.headers['idempotent-replayed']).toBe('true');
    expect(afterRestart.json()).toEqual(first.json());

    // the household moves on, a day later; the retry still answers what the review did
    t.clock.advance(24 * 3600_000);
    ok(await http(t).post(P.reviewer, `/designations/${id}/township-review-withdrawal`, { reason: '复核撤回' }));
    const late = await http(t).post(P.reviewer, url, confirm, key('review'));
    expect(late.json()).toEqual(first.json());
    expect(await steps(t, id as string)).toEqual(['InitialCheckDeclared', 'AppraisalDecided', 'TownshipReviewed', 'TownshipReviewWithdrawn']);
  });

  it('a declaration retried gives the same designation, also after a restart', async () => {
    const { ids: [householdOf] } = await chain(t, 'awaitingAppraisal');
    const householdId = (await designation(t, householdOf as string)).householdId as string;
    ok(await http(t).post(P.investigator, `/designations/${householdOf}/withdrawal`, { reason: '重新申报' }));
    const body = { householdId, year: 2026, proposedCard: 'yellow', opinion: '重新申报' };
    const first = await http(t).post(P.investigator, '/designations', body, key('declare'));
    expect(first.statusCode).toBe(201);
    const again = await http(t).post(P.investigator, '/designations', body, key('declare'));
    expect(again.statusCode).toBe(201); // the first answer's status: 201 for a creation
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json()).toEqual(first.json());
    t = await t.restart();
    const afterRestart = await http(t).post(P.investigator, '/designations', body, key('declare'));
    expect(afterRestart.headers['idempotent-replayed']).toBe('true');
    expect(afterRestart.json()).toEqual(first.json());
    const list = ok(await http(t).get(P.investigator, `/designations?regionCode=${VILLAGE}`));
    expect(list.items.filter((d: { householdId: string }) => d.householdId === householdId)).toHaveLength(2); // the withdrawn one and the new one
    expect(await steps(t, first.json().id)).toEqual(['InitialCheckDeclared']);
  });

  it('a meeting record retried is one meeting, also after a restart', async () => {
    const { ids } = await chain(t, 'awaitingAppraisal', 2);
    t.clock.set(DATES.appraisal);
    const body = {
      villageCode: VILLAGE, occurredAt: DATES.appraisal,
      attendance: { partyMembers: 10, groupLeaders: 5, poorHouseholdRepresentatives: 3, publicRepresentatives: 6 },
      decisions: ids.map((designationId) => ({ designationId, decision: 'approved', card: 'yellow', opinion: '同意' })),
    };
    const first = await http(t).post(P.clerk, '/appraisal-meetings', body, key('meeting'));
    expect(first.statusCode).toBe(201);
    const again = await http(t).post(P.clerk, '/appraisal-meetings', body, key('meeting'));
    expect(again.json()).toEqual(first.json());
    t = await t.restart();
    const afterRestart = await http(t).post(P.clerk, '/appraisal-meetings', body, key('meeting'));
    expect(afterRestart.json()).toEqual(first.json());
    const meetings = (await t.store.readAll({ after: 0, limit: 1000 })).filter((e) => e.type === 'AppraisalMeetingRecorded');
    expect(meetings).toHaveLength(1);
  });

  it('a spot-check round and a notice retried are one round with one sample and one notice', async () => {
    const { ids } = await chain(t, 'awaitingSpotCheck', 4);
    t.clock.set(DATES.spotCheck);
    const round = await http(t).post(P.countyOffice, '/spot-check-rounds', { townshipCode: VILLAGE.slice(0, 9) }, key('round'));
    expect(round.statusCode).toBe(201);
    t = await t.restart();
    const retried = await http(t).post(P.countyOffice, '/spot-check-rounds', { townshipCode: VILLAGE.slice(0, 9) }, key('round'));
    expect(retried.json()).toEqual(round.json());
    for (const id of ids) expect((await designation(t, id)).state).toBe(round.json().sample.includes(id) ? 'spotCheck' : 'awaitingSpotCheck');

    for (const id of round.json().sample) for (const p of [P.inspector1, P.inspector2]) ok(await http(t).post(p, `/spot-check-rounds/${round.json().id}/signatures`, { designationId: id, outcome: 'confirmed', opinion: '属实' }));
    ok(await http(t).post(P.countyOffice, `/spot-check-rounds/${round.json().id}/closure`));
    t.clock.set(DATES.noticeStart);
    const body = { scopeCode: VILLAGE, designationIds: ids, startsAt: DATES.noticeStart };
    const notice = await http(t).post(P.approver, '/notices', body, key('notice'));
    expect(notice.statusCode).toBe(201);
    const again = await http(t).post(P.approver, '/notices', body, key('notice'));
    expect(again.json()).toEqual(notice.json());
    const posted = (await t.store.readAll({ after: 0, limit: 1000 })).filter((e) => e.type === 'NoticeListPosted' || e.type === 'SpotCheckRoundOpened');
    expect(posted.map((e) => e.type)).toEqual(['SpotCheckRoundOpened', 'NoticeListPosted']);
  });
});
