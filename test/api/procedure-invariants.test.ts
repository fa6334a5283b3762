import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startApp } from '../support/app.ts';
import type { TestApp } from '../support/app.ts';
import { TOWNSHIP, VILLAGE, yellowHousehold } from '../support/fixtures.ts';
import * as fc4 from './four-card/helpers.ts';
import * as mon from './monitoring/helpers.ts';

/**
 * The reproductions of issue 12, each over HTTP: the procedure held by the chain whatever route sends a step. Each
 * of these was accepted before the invariants (a 200 or 201 and an event in the trail).
 */

let t: TestApp;
beforeEach(async () => { t = await startApp(); });
afterEach(async () => { await t.close(); });

const { DATES, P, http, ok } = fc4;
const streamOf = async (id: string) => (await t.store.readStream(`designation-${id}`)).map((e) => e.type);
const car = { exclusions: { consumerCar: true } };

describe('the order of time', () => {
  it('a notice posted today with startsAt five weeks ago is refused; the designation stays awaiting its notice', async () => {
    const { ids: [id] } = await fc4.chain(t, 'awaitingNotice');
    fc4.advanceTo(t, DATES.noticeStart);
    const fiveWeeksAgo = new Date(Date.parse(DATES.noticeStart) - 35 * 86_400_000).toISOString();
    const res = ok(await http(t).post(P.approver, '/notices', { scopeCode: VILLAGE, designationIds: [id], startsAt: fiveWeeksAgo }), 422);
    expect(res).toMatchObject({ code: 'NOTHING_TO_POST', results: [{ designationId: id, ok: false, code: 'NOTICE_STARTS_BEFORE_POSTING' }] });
    expect((await fc4.designation(t, id as string)).state).toBe('awaitingNotice');
  });

  it('an appraisal meeting dated before the declaration it decides is refused for that designation', async () => {
    const [id] = await fc4.declareMany(t, 1);
    fc4.advanceTo(t, DATES.appraisal);
    const meeting = ok(await http(t).post(P.clerk, '/appraisal-meetings', {
      villageCode: VILLAGE, occurredAt: '2026-03-17T02:00:00.000Z', lateEntryReason: '会议记录补录',
      attendance: { partyMembers: 12, groupLeaders: 6, poorHouseholdRepresentatives: 4, publicRepresentatives: 8 },
      decisions: [{ designationId: id, decision: 'approved', card: 'yellow', opinion: '同意' }],
    }), 201);
    let signed = meeting;
    for (const p of [P.firstSecretary, P.partySecretary, P.villageDirector]) signed = ok(await http(t).post(p, `/appraisal-meetings/${meeting.id}/signatures`));
    expect(signed.results).toEqual([expect.objectContaining({ designationId: id, ok: false, code: 'OCCURRED_BEFORE_PREVIOUS_STEP' })]);
    expect(await streamOf(id as string)).toEqual(['InitialCheckDeclared']);
  });

  it('a step entered more than the policy window after it happened needs a reason, which the trail then carries', async () => {
    const { ids: [id] } = await fc4.chain(t, 'awaitingTownshipReview');
    fc4.advanceTo(t, '2026-04-20T02:00:00.000Z');
    const body = { outcome: 'confirmed', opinion: '入户复核属实', occurredAt: '2026-03-27T02:00:00.000Z' };
    expect(ok(await http(t).post(P.reviewer, `/designations/${id}/township-review`, body), 422)).toMatchObject({ code: 'LATE_ENTRY_REASON_REQUIRED', judgedOn: { windowDays: 7 } });
    ok(await http(t).post(P.reviewer, `/designations/${id}/township-review`, { ...body, lateEntryReason: '村里无信号，纸质记录回乡镇后补录' }));
    const [reviewed] = (await t.store.readStream(`designation-${id}`)).filter((e) => e.type === 'TownshipReviewed');
    expect(reviewed?.metadata).toMatchObject({ occurredAt: '2026-03-27T02:00:00.000Z', lateEntryReason: '村里无信号，纸质记录回乡镇后补录' });
  });

  it('a notice may be longer than the minimum ("不少于"), never shorter', async () => {
    const { ids: [id] } = await fc4.chain(t, 'awaitingNotice');
    fc4.advanceTo(t, DATES.noticeStart);
    const longer = ok(await http(t).post(P.approver, '/notices', { scopeCode: VILLAGE, designationIds: [id], days: 10 }), 201);
    expect(longer).toMatchObject({ period: { days: 10, unit: 'calendar' }, endsAt: '2026-04-13T16:00:00.000Z' });
  });
});

describe('card rules hold at every step that sets a card', () => {
  it('declared green, a consumer car recorded later: the appraisal meeting cannot make the household yellow', async () => {
    const householdId = await fc4.registerHousehold(t, { ...yellowHousehold(fc4.nextSeq(t)), povertyStatus: 'escaped' });
    const declared = ok(await http(t).post(P.investigator, '/designations', { householdId, year: 2026, proposedCard: 'green', opinion: '稳定脱贫' }), 201);
    await fc4.changeFacts(t, householdId, car);
    const meeting = await fc4.appraise(t, [{ designationId: declared.id, card: 'yellow' }]);
    expect(meeting.results).toEqual([expect.objectContaining({ designationId: declared.id, ok: false, code: 'CARD_RULE_REFUSED' })]);
    expect(await streamOf(declared.id)).toEqual(['InitialCheckDeclared']);
  });

  it("the township's adjusted card keeps the rules: a registered household is never blue, one with a car never yellow", async () => {
    const { ids: [id] } = await fc4.chain(t, 'awaitingTownshipReview');
    const blue = ok(await fc4.review(t, id as string, { outcome: 'adjusted', card: 'blue', opinion: '协商调整' }), 422);
    expect(blue).toMatchObject({ code: 'CARD_RULE_REFUSED', judgedOn: { step: 'TownshipReviewed', card: 'blue' } });
    await fc4.changeFacts(t, (await fc4.designation(t, id as string)).householdId, car);
    const confirmed = ok(await fc4.review(t, id as string), 422);
    expect(confirmed.rules.map((r: { code: string }) => r.code)).toContain('NEVER_YELLOW_BLUE_CONSUMER_CAR');
    expect(await streamOf(id as string)).toEqual(['InitialCheckDeclared', 'AppraisalDecided']);
  });

  it("the spot check's adjusted card is checked too", async () => {
    const { ids: [id] } = await fc4.chain(t, 'awaitingSpotCheck');
    const round = await fc4.openRound(t);
    expect(round.sample).toEqual([id]);
    const res = ok(await fc4.signSpotCheck(t, round.id, id as string, P.inspector1, { outcome: 'adjusted', card: 'blue' }), 422);
    expect(res).toMatchObject({ code: 'CARD_RULE_REFUSED' });
  });

  it('the appraisal meeting needs its attendees, as the monitoring meeting does', async () => {
    const [id] = await fc4.declareMany(t, 1);
    fc4.advanceTo(t, DATES.appraisal);
    const res = ok(await http(t).post(P.clerk, '/appraisal-meetings', {
      villageCode: VILLAGE, occurredAt: DATES.appraisal,
      attendance: { partyMembers: 0, groupLeaders: 0, poorHouseholdRepresentatives: 0, publicRepresentatives: 0 },
      decisions: [{ designationId: id, decision: 'approved', card: 'yellow', opinion: '同意' }],
    }), 422);
    expect(res).toMatchObject({ code: 'APPRAISAL_MEETING_ATTENDANCE' });
    expect(res.rules).toHaveLength(4);
  });
});

describe('objections raised in time are never lost', () => {
  it('four-card: entered after the completion, dated inside the notice, it pulls the designation back until resolved', async () => {
    const { ids: [id] } = await fc4.chain(t, 'inNotice');
    fc4.advanceTo(t, '2026-04-11T02:00:00.000Z');
    expect(await t.app.noticeTimer.runDue()).toBe(1);
    expect((await fc4.designation(t, id as string)).state).toBe('designated');
    const raised = ok(await http(t).post(P.clerk, `/designations/${id}/objections`, { summary: '群众反映该户有务工收入未计入', occurredAt: '2026-04-08T02:00:00.000Z' }));
    expect(raised).toMatchObject({ state: 'objectionAfterCompletion' });
    const objectionId = raised.openObjections[0] as string;
    const upheld = ok(await http(t).post(P.reviewer, `/designations/${id}/objection-resolutions`, { objectionId, outcome: 'upheld', opinion: '经核实属实，重新复核' }));
    expect(upheld).toMatchObject({ state: 'awaitingTownshipReview', completedAt: null, reportedTo: null });
  });

  it('four-card: an objection dated after the notice is still refused', async () => {
    const { ids: [id] } = await fc4.chain(t, 'inNotice');
    fc4.advanceTo(t, '2026-04-11T02:00:00.000Z');
    await t.app.noticeTimer.runDue();
    ok(await http(t).post(P.clerk, `/designations/${id}/objections`, { summary: '公示期后反映', occurredAt: '2026-04-11T01:00:00.000Z' }), 409);
  });

  it('monitoring: entered after the notice ended, before filing, it pulls the case back; dismissed, the village reports again', async () => {
    const c = await mon.drive(t, 'awaitingTownshipReview', 71);
    const raised = mon.ok(await mon.http(t).post(mon.P.clerk, `/monitoring-cases/${c.id}/objections`, { summary: '邻居反映家中有经营收入', occurredAt: '2026-06-12T02:00:00.000Z' }));
    expect(raised.state).toBe('objectionAfterNotice');
    const [objection] = (await t.store.readStream(`monitoring-${c.id}`)).filter((e) => e.type === 'MonitoringObjectionRaised');
    const dismissed = mon.ok(await mon.http(t).post(mon.P.reviewer, `/monitoring-cases/${c.id}/objection-resolutions`, { objectionId: String(objection?.data.objectionId), outcome: 'dismissed', opinion: '经核实不属实' }));
    expect(dismissed.state).toBe('awaitingReport');
  });
});

describe('monitoring: the exclusions hold up to filing', () => {
  it('a member paid from public funds recorded after the village appraisal stops the filing (不得确定为监测对象)', async () => {
    const c = await mon.drive(t, 'awaitingDistrictFiling', 72);
    await mon.changeHousehold(t, c.householdId, { exclusions: { publicFundsMember: true } });
    const res = mon.refused(await mon.http(t).post(mon.P.district, `/monitoring-cases/${c.id}/district-filing`, { outcome: 'filed', announcementRef: '区乡振备〔2026〕13号', opinion: '同意备案' }));
    expect(res).toMatchObject({ code: 'MONITORING_RULE_REFUSED', rule: 'MONITORING_RULE_REFUSED' });
    expect(res.rules?.map((r) => r.code)).toContain('MONITORING_EXCLUDED_PUBLIC_FUNDS_MEMBER');
    expect((await mon.caseOf(t, c.id)).state).toBe('awaitingDistrictFiling');
  });
});

describe('no silent success', () => {
  it('an unknown state filter is a 400, not an empty list', async () => {
    const res = await http(t).get(P.investigator, `/designations?state=bogus&regionCode=${TOWNSHIP}`);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ in: 'query', pointer: '/state', code: 'NOT_IN_ENUM' }] });
  });

  it('a misspelt field is an error, not a step recorded as happening now', async () => {
    const { ids: [id] } = await fc4.chain(t, 'awaitingTownshipReview');
    const res = await fc4.review(t, id as string, { outcome: 'confirmed', opinion: '属实', occuredAt: '2026-03-25T02:00:00.000Z' });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([expect.objectContaining({ pointer: '/occuredAt', code: 'UNKNOWN_FIELD' })]);
    expect(await streamOf(id as string)).toEqual(['InitialCheckDeclared', 'AppraisalDecided']);
  });

  it('the same Idempotency-Key with a different body is 422 IDEMPOTENCY_KEY_REUSED; the same request gets its first answer', async () => {
    const householdA = await fc4.registerHousehold(t, yellowHousehold(fc4.nextSeq(t)));
    const key = { 'idempotency-key': 'declare-2026-0001' };
    const first = await http(t).post(P.investigator, '/designations', { householdId: householdA, year: 2026, proposedCard: 'yellow', opinion: '入户核实' }, key);
    expect(first.statusCode).toBe(201);
    const retry = await http(t).post(P.investigator, '/designations', { householdId: householdA, year: 2026, proposedCard: 'yellow', opinion: '入户核实' }, key);
    expect([retry.statusCode, retry.json()]).toEqual([201, first.json()]);
    const other = await http(t).post(P.investigator, '/designations', { householdId: householdA, year: 2026, proposedCard: 'yellow', opinion: '另一份意见' }, key);
    expect([other.statusCode, other.json().code]).toEqual([422, 'IDEMPOTENCY_KEY_REUSED']);
  });
});
