import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startApp } from '../../support/app.ts';
import { changeFromAnotherInstance } from '../../support/other-instance.ts';
import type { TestApp } from '../../support/app.ts';
import { TOWNSHIP, VILLAGE, yellowHousehold } from '../../support/fixtures.ts';
import { P, appraise, chain, changeFacts, declare, designation, history, http, nextSeq, ok, openRound, registerHousehold, review, steps } from './helpers.ts';

let t: TestApp;
beforeEach(async () => { t = await startApp(); });
afterEach(async () => { await t.close(); });

const withdraw = (id: string, by = P.investigator) => http(t).post(by, `/designations/${id}/withdrawal`, { reason: '户主要求撤回申报' });

describe('withdrawing a declaration (撤回)', () => {
  it('only the investigator who declared may withdraw it; the household can then be declared afresh', async () => {
    const householdId = await registerHousehold(t, yellowHousehold(nextSeq(t)));
    const { id } = await declare(t, householdId);

    const other = await withdraw(id, P.investigator2);
    expect(ok(other, 403)).toMatchObject({ code: 'NOT_THE_DECLARER' });
    expect(await steps(t, id)).toEqual(['InitialCheckDeclared']);

    expect(ok(await withdraw(id))).toMatchObject({ state: 'withdrawn', stepZh: '已撤回' });
    expect((await history(t, id)).at(-1)).toMatchObject({ step: 'DeclarationWithdrawn', opinion: '户主要求撤回申报', actor: { id: 'inv-1' } });

    // a withdrawn designation is off the village's list: a meeting cannot decide it
    const meeting = await appraise(t, [{ designationId: id }]);
    expect(meeting.results).toEqual([expect.objectContaining({ designationId: id, ok: false, code: 'STEP_NOT_ALLOWED' })]);
    expect((await designation(t, id)).state).toBe('withdrawn');

    const again = await declare(t, householdId);
    expect(again.id).not.toBe(id);
    expect(again.state).toBe('awaitingAppraisal');
  });

  it('a household with a designation in progress cannot be declared twice', async () => {
    const householdId = await registerHousehold(t, yellowHousehold(nextSeq(t)));
    const first = await declare(t, householdId);
    const res = await http(t).post(P.investigator2, '/designations', { householdId, year: 2026, proposedCard: 'yellow', opinion: '再次申报' });
    expect(ok(res, 409)).toMatchObject({ code: 'DESIGNATION_OPEN', designationId: first.id });
  });
});

describe('democratic appraisal (民主评议)', () => {
  it('a rejected household is refused, and nothing further can be done with it', async () => {
    const [kept, rejected] = (await chain(t, 'awaitingAppraisal', 2)).ids as [string, string];
    const meeting = await appraise(t, [{ designationId: kept }, { designationId: rejected, decision: 'rejected' }]);
    expect(meeting.results.map((r: { state: string }) => r.state)).toEqual(['awaitingTownshipReview', 'refused']);
    expect(await designation(t, rejected)).toMatchObject({ state: 'refused', stepZh: '不予认定' });
    expect(ok(await review(t, rejected), 409)).toMatchObject({ code: 'STEP_NOT_ALLOWED', currentState: 'refused' });
  });

  it('a withdrawn appraisal goes back to the village, and the next meeting decides it again', async () => {
    const [id] = (await chain(t, 'awaitingTownshipReview')).ids as [string];
    const res = await http(t).post(P.firstSecretary, `/designations/${id}/appraisal-withdrawal`, { reason: '评议程序不规范，重新评议' });
    expect(ok(res)).toMatchObject({ state: 'awaitingAppraisal' });
    const worklist = ok(await http(t).get(P.reviewer, `/worklists/townshipReviewer?regionCode=${TOWNSHIP}`));
    expect(worklist.total).toBe(0);
    const second = await appraise(t, [{ designationId: id, card: 'green' }]);
    expect(second.results).toEqual([expect.objectContaining({ ok: true, state: 'awaitingTownshipReview' })]);
    expect(await designation(t, id)).toMatchObject({ state: 'awaitingTownshipReview', card: 'green' });
    expect(await steps(t, id)).toEqual(['InitialCheckDeclared', 'AppraisalDecided', 'AppraisalWithdrawn', 'AppraisalDecided']);
  });
});

describe('township review (乡镇复核)', () => {
  it('a re-check after a send-back records the facts another instance changed meanwhile (its read model lagging)', async () => {
    const { ids: [id] } = await chain(t, 'awaitingTownshipReview');
    const d = await designation(t, id as string);
    ok(await review(t, id as string, { outcome: 'sentBack', reason: '收入核算有误，退回重新核查' }));
    const livelihood = { incomeStable: false, basicNeedsAndWaterSecure: true };
    const householdRevision = await changeFromAnotherInstance(t, d.householdId as string, { livelihood });
    ok(await http(t).post(P.investigator2, `/designations/${id}/revision`, { proposedCard: 'yellow', opinion: '重新核查' }));
    const [revised] = await t.store.readStream(`designation-${id as string}`, { direction: 'backwards', limit: 1 });
    expect(revised?.type).toBe('InitialCheckRevised');
    expect(revised?.data).toMatchObject({ householdRevision, facts: { livelihood } });
  });

  it('sent back (退回): the investigator re-checks with the current facts and it goes through appraisal again', async () => {
    const { ids: [id] } = await chain(t, 'awaitingTownshipReview');
    const d = await designation(t, id as string);
    const sent = ok(await review(t, id as string, { outcome: 'sentBack', reason: '收入核算有误，退回重新核查' }));
    expect(sent).toMatchObject({ state: 'returnedToVillage', stepZh: '已退回，待重新核查' });
    const investigatorWork = ok(await http(t).get(P.investigator, `/worklists/investigator?regionCode=${VILLAGE}`));
    expect(investigatorWork.items.map((i: { id: string }) => i.id)).toEqual([id]);

    // the re-check finds a higher wage: 7200 + 1500 + 1200 − 700 = 9200 for two people, 4600 a head, near the 5000 line
    await changeFacts(t, d.householdId, { incomes: { '2025': { wage: 7200, business: 1500, property: 0, transfer: 1200, productionCosts: 700 } } });
    const revised = ok(await http(t).post(P.investigator2, `/designations/${id}/revision`, { proposedCard: 'yellow', opinion: '重新核查，收入接近收入线' }));
    expect(revised).toMatchObject({ state: 'awaitingAppraisal', card: 'yellow', declaredBy: 'inv-2' });
    expect(revised.warnings.map((w: { code: string }) => w.code)).toEqual(['INCOME_NEAR_LINE']);
    const trail = await history(t, id as string);
    expect(trail.map((s) => [s.step, s.perCapitaIncome])).toEqual([
      ['InitialCheckDeclared', 4000], ['AppraisalDecided', null], ['TownshipSentBack', null], ['InitialCheckRevised', 4600],
    ]);
    expect(trail[2]).toMatchObject({ opinion: '收入核算有误，退回重新核查', actor: { id: 'tr-1', capacity: 'townshipReviewer' } });

    // the new check goes through the village meeting and the township again
    await appraise(t, [{ designationId: id as string }]);
    expect(ok(await review(t, id as string))).toMatchObject({ state: 'awaitingSpotCheck', card: 'yellow' });
  });

  it('a revision is judged like a declaration: a refused card or a missing income year appends nothing', async () => {
    const { ids: [id] } = await chain(t, 'awaitingTownshipReview');
    ok(await review(t, id as string, { outcome: 'sentBack', reason: '退回' }));
    const blue = await http(t).post(P.investigator, `/designations/${id}/revision`, { proposedCard: 'blue', opinion: '改报蓝卡' });
    expect(ok(blue, 422)).toMatchObject({ code: 'CARD_RULE_REFUSED', rules: [expect.objectContaining({ code: 'BLUE_REQUIRES_NOT_REGISTERED' })] });
    const d = await designation(t, id as string);
    await changeFacts(t, d.householdId, { incomes: { '2024': { wage: 1, business: 0, property: 0, transfer: 0, productionCosts: 0 }, '2025': null } });
    const missing = await http(t).post(P.investigator, `/designations/${id}/revision`, { proposedCard: 'yellow', opinion: '重新核查' });
    expect(ok(missing, 422)).toMatchObject({ code: 'INCOME_MISSING' });
    expect(await steps(t, id as string)).toEqual(['InitialCheckDeclared', 'AppraisalDecided', 'TownshipSentBack']);
    // a village clerk is not an investigator; and nothing needs re-checking once it is back in appraisal
    expect(ok(await http(t).post(P.clerk, `/designations/${id}/revision`, { proposedCard: 'yellow', opinion: '代为修改' }), 403).code).toBe('FORBIDDEN_ROLE');
  });

  it('a declaration sent back can still be withdrawn by whoever declared it', async () => {
    const { ids: [id] } = await chain(t, 'awaitingTownshipReview');
    ok(await review(t, id as string, { outcome: 'sentBack', reason: '退回' }));
    expect(ok(await withdraw(id as string))).toMatchObject({ state: 'withdrawn' });
  });

  it('refused by the township: final, and it never reaches a spot-check round', async () => {
    const { ids: [refused, kept] } = await chain(t, 'awaitingTownshipReview', 2);
    expect(ok(await review(t, refused as string, { outcome: 'refused', reason: '家庭有稳定务工收入，不符合条件' }))).toMatchObject({ state: 'refused' });
    ok(await review(t, kept as string));
    const round = await openRound(t);
    expect(round.population).toEqual([kept]);
    expect((await history(t, refused as string)).at(-1)).toMatchObject({ step: 'TownshipRefused', opinion: '家庭有稳定务工收入，不符合条件' });
  });

  it('a township review withdrawn before the draw goes back to township review and out of the round', async () => {
    const { ids: [withdrawn, kept] } = await chain(t, 'awaitingSpotCheck', 2);
    const res = await http(t).post(P.reviewer, `/designations/${withdrawn}/township-review-withdrawal`, { reason: '复核意见有误' });
    expect(ok(res)).toMatchObject({ state: 'awaitingTownshipReview' });
    const round = await openRound(t);
    expect(round.population).toEqual([kept]);
    // reviewed again, it waits for the next round
    expect(ok(await review(t, withdrawn as string, { outcome: 'adjusted', card: 'green', opinion: '调整为绿卡' }))).toMatchObject({ state: 'awaitingSpotCheck', card: 'green' });
  });
});
