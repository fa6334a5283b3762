import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startApp } from '../support/app.ts';
import type { TestApp } from '../support/app.ts';
import { VILLAGE, yellowHousehold } from '../support/fixtures.ts';
import * as F from '../api/four-card/helpers.ts';
import * as M from '../api/monitoring/helpers.ts';

/**
 * Product bugs the procedure property test (procedure.property.test.ts) ran into, each cut down to the fewest
 * requests that show it, kept as regression tests now that they are fixed (B1–B6).
 */

let t: TestApp;
beforeEach(async () => {
  t = await startApp();
});
afterEach(async () => t.close());

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();

describe('B1: a monitoring notice never ends when a step is recorded after its end but before the timer ran', () => {
  // The timer ends a notice with MonitoringNoticeEnded dated at the notice's end (src/monitoring/notice-due.ts). The
  // machine accepts other steps in inNotice whatever their date (the district's data comparison, in
  // eliminationInNotice also visits and contacts), so one recorded after the end and before the timer's run is dated
  // after the ending the timer then tries to append: the engine's invariant OCCURRED_BEFORE_PREVIOUS_STEP refuses it,
  // the timer swallows the refusal (NoticeTimer.#end) and does the same on every run. The case stays in notice for
  // good: no report, no review, no filing. A comparison sent a few minutes after a notice's end with a phone a few
  // minutes fast, a service down over the end, or a timer instance stopped are enough.
  it('the comparison comes back the morning after the notice ended, before the timer ran: the notice still ends', async () => {
    const c = await M.drive(t, 'inNotice', 81); // notice 6/8 – 6/15 24:00 China time, comparison requested with it
    M.at(t, M.D.afterNotice); // 6/16 09:00 China time
    expect(M.ok(await M.http(t).post(M.P.district, `/monitoring-cases/${c.id}/data-comparison`, { result: 'clear', departments: ['publicSecurity'], opinion: '比对无问题' })).state).toBe('inNotice');
    // actually: 0, and the case stays inNotice on every later run
    expect(await t.app.noticeTimer.runDue()).toBe(1);
    expect((await M.caseOf(t, c.id)).state).toBe('awaitingReport');
  });
});

describe('B2: a late-entry reason is asked for but cannot be given', () => {
  // The engine's late-entry invariant applies to every chain, but these routes never pass a reason to it:
  // POST /monitoring-cases and /monitoring-alerts accept `lateEntryReason` in their body and drop it
  // (src/monitoring/open.ts calls commandContext without it); POST /households and /households/:id/changes have no
  // such field (it is stripped). A step entered beyond the window is refused 422 LATE_ENTRY_REASON_REQUIRED
  // ("state a lateEntryReason") whatever the request says, so it can only be recorded with a false date.
  it('an application entered ten days after the household applied, with the reason, is recorded', async () => {
    const householdId = await M.registerHousehold(t, M.edgeHousehold(82));
    M.at(t, '2026-06-12T02:00:00.000Z');
    const res = await M.apply(t, householdId, { occurredAt: '2026-06-02T02:00:00.000Z', lateEntryReason: '村里无信号，纸质申请后补录' });
    // actually: 422 LATE_ENTRY_REASON_REQUIRED
    expect(res.statusCode, res.body).toBe(201);
  });

  it('a household change found on a visit ten days ago, with the reason, is recorded', async () => {
    const householdId = await F.registerHousehold(t, yellowHousehold(83));
    t.clock.advance(12 * DAY);
    const res = await F.http(t).post(F.P.investigator, `/households/${householdId}/changes`, {
      changes: { risks: [] }, reason: '入户核实', occurredAt: iso(t.clock.now().getTime() - 10 * DAY), lateEntryReason: '纸质记录后补录',
    });
    // actually: 422 LATE_ENTRY_REASON_REQUIRED (the body's lateEntryReason is dropped)
    expect(res.statusCode, res.body).toBe(200);
  });
});

describe('B3: an appraisal meeting signed more than the late-entry window after it was held never takes effect', () => {
  // The third signature applies the meeting's decisions dated at the meeting (src/lists/meetings.ts) with the
  // meeting's own late-entry reason only. A meeting recorded on time needs none, so when its last signature comes
  // more than 7 days after the meeting, every decision is refused LATE_ENTRY_REASON_REQUIRED — even when the signer
  // gives a reason — while the signature answers 200; the meeting is then "applied" and can never be applied again.
  // The designations stay awaiting appraisal, and only a new meeting can move them.
  it('the village director signs nine days later, saying why: the households go on to the township', async () => {
    const [id] = (await F.chain(t, 'awaitingAppraisal', 1)).ids as [string];
    F.advanceTo(t, F.DATES.appraisal);
    const meeting = F.ok(await F.http(t).post(F.P.clerk, '/appraisal-meetings', {
      villageCode: VILLAGE, occurredAt: F.DATES.appraisal, attendance: { partyMembers: 12, groupLeaders: 6, poorHouseholdRepresentatives: 4, publicRepresentatives: 8 },
      decisions: [{ designationId: id, decision: 'approved', card: 'yellow', opinion: '评议同意' }],
    }), 201);
    for (const p of [F.P.firstSecretary, F.P.partySecretary]) F.ok(await F.http(t).post(p, `/appraisal-meetings/${meeting.id}/signatures`));
    t.clock.advance(9 * DAY);
    const signed = F.ok(await F.http(t).post(F.P.villageDirector, `/appraisal-meetings/${meeting.id}/signatures`, { lateEntryReason: '村主任外出务工，返村后补签' }));
    // actually: results [{ ok: false, code: 'LATE_ENTRY_REASON_REQUIRED' }], the designation stays awaitingAppraisal
    expect(signed.results).toEqual([expect.objectContaining({ designationId: id, ok: true })]);
    expect((await F.designation(t, id)).state).toBe('awaitingTownshipReview');
  });
});

describe('B4: an objection raised during a notice and entered after it ended is always refused', () => {
  // Both machines have states for it (four-card designated → objectionAfterCompletion; monitoring awaitingReport …
  // → objectionAfterNotice: "villages work on paper"), but an objection raised during the notice is dated before
  // the step that ended the notice (the completion, MonitoringNoticeEnded at the notice's end), so the engine's
  // invariant OCCURRED_BEFORE_PREVIOUS_STEP refuses every such objection: those states cannot be reached.
  it('four-card: an objection made on the notice board, entered after the completion, pulls the designation back', async () => {
    const [id] = (await F.chain(t, 'inNotice', 1)).ids as [string];
    F.advanceTo(t, '2026-04-11T01:00:00.000Z');
    expect(await t.app.noticeTimer.runDue()).toBe(1);
    const res = await F.http(t).post(F.P.clerk, `/designations/${id}/objections`, { summary: '村民公示期间书面反映该户有稳定收入', occurredAt: '2026-04-06T02:00:00.000Z' });
    // actually: 422 OCCURRED_BEFORE_PREVIOUS_STEP
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().state).toBe('objectionAfterCompletion');
  });

  it('monitoring: an objection made during the notice, entered after it ended, holds the case', async () => {
    const c = await M.drive(t, 'awaitingReport', 84);
    const res = await M.http(t).post(M.P.clerk, `/monitoring-cases/${c.id}/objections`, { summary: '公示期间村民反映该户有车辆', occurredAt: '2026-06-12T02:00:00.000Z' });
    // actually: 422 OCCURRED_BEFORE_PREVIOUS_STEP
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().state).toBe('objectionAfterNotice');
  });
});

describe('B5: a refused round closure has already passed the unsampled households', () => {
  // POST /spot-check-rounds/:id/closure first appends SpotCheckPassed to every unsampled designation, then
  // SpotCheckRoundClosed to the round (src/lists/rounds.ts). When the round's own step is refused (here: dated before
  // the round was opened, OCCURRED_BEFORE_PREVIOUS_STEP) the answer is a 422, yet the households have passed to the
  // notice and the round stays open; the refusal misreports what happened (a retry with a right date heals it).
  it('a closure dated before its round was opened is refused and changes nothing', async () => {
    const { ids } = await F.chain(t, 'awaitingSpotCheck', 4);
    const round = await F.openRound(t);
    t.clock.advance(3 * 3_600_000);
    const before = await t.store.headPosition();
    const res = await F.http(t).post(F.P.countyOffice, `/spot-check-rounds/${round.id}/closure`, { occurredAt: iso(t.clock.now().getTime() - 4 * 3_600_000) });
    expect(res.statusCode).toBe(422);
    // actually: the unsampled households are awaitingNotice (a SpotCheckPassed each was written)
    const unsampled = ids.filter((id) => !(round.sample as string[]).includes(id));
    for (const id of unsampled) expect((await F.designation(t, id)).state).toBe('awaitingSpotCheck');
    expect(await t.store.headPosition()).toBe(before);
  });
});

describe('B6: a registration refused for its date leaves its resident-ID claim written', () => {
  // POST /households claims the head's resident ID (a ResidentClaimed event) before the engine judges the
  // registration; src/households/routes.ts says "everything that can refuse the registration is checked before the
  // claim", but the engine's time invariants are not: a registration dated beyond the late-entry window (which, B2,
  // cannot carry a reason) is refused 422 after the claim was appended. A retry reuses the claim, so nothing breaks
  // beyond a refusal that wrote an event.
  it('a registration dated ten days back is refused and writes nothing', async () => {
    t.clock.advance(20 * DAY);
    const before = await t.store.headPosition();
    const res = await F.http(t).post(F.P.investigator, '/households', { household: yellowHousehold(85), occurredAt: iso(t.clock.now().getTime() - 10 * DAY) });
    expect(res.statusCode).toBe(422);
    // actually: one ResidentClaimed event
    expect(await t.store.headPosition()).toBe(before);
  });
});
