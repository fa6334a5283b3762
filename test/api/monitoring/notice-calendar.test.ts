import { registerMaybeEdge } from '../../support/edge-household.ts';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startApp } from '../../support/app.ts';
import type { TestApp } from '../../support/app.ts';
import { P, caseOf, edgeHousehold, history, http, ok, refused, signedLetter, villageMeeting } from './helpers.ts';

let t: TestApp;
beforeEach(async () => { t = await startApp(); });
afterEach(async () => { await t.close(); });

/** a case on the initial list in a given season: the clock set to the week before, every step a few days apart */
const onInitialList = async (seq: number, applyOn: string) => {
  t.clock.set(`${applyOn}T01:00:00.000Z`);
  const api = http(t);
  const householdId = await registerMaybeEdge(t, edgeHousehold(seq), async (household) => ok<{ id: string }>(await api.post(P.investigator, '/households', { household }), 201).id);
  const c = ok(await api.post(P.clerk, '/monitoring-cases', {
    householdId, year: 2025, source: 'householdApplication', proposedType: 'edgeProne', risk: '重病', commitment: signedLetter(applyOn),
  }), 201);
  ok(await api.post(P.clerk, `/monitoring-cases/${c.id}/group-appraisal`, { outcome: 'recommended', opinion: '同意', attendance: 9 }));
  ok(await api.post(P.partySecretary, `/monitoring-cases/${c.id}/village-appraisal`, { decision: 'included', monitoringType: 'edgeProne', opinion: '同意', attendance: villageMeeting }));
  return c.id;
};
const post = (id: string, startsAt: string) => {
  t.clock.set(startsAt);
  return http(t).post(P.clerk, `/monitoring-cases/${id}/notice`, { startsAt });
};
const compare = (id: string) => http(t).post(P.district, `/monitoring-cases/${id}/data-comparison`, { result: 'clear', departments: ['publicSecurity'], opinion: '无问题' });

describe('the inclusion notice lasts 5 working days (policy.notice.monitoring), counted on the holiday calendar', () => {
  it('posted the day before National Day 2025: the 8 holidays do not count, the make-up Saturday 10/11 does; it ends 10/14 24:00', async () => {
    const id = await onInitialList(31, '2025-09-22');
    // Tuesday 30 September, 10:00 China time
    const c = ok(await post(id, '2025-09-30T02:00:00.000Z'));
    // working days after the posting day: 10/9, 10/10, 10/11 (调休), 10/13, 10/14
    expect(c.notice).toMatchObject({ phase: 'inclusion', endsAt: '2025-10-14T16:00:00.000Z' });
    ok(await compare(id));
    // a Monday–Friday count would have ended it on 10/7, in the middle of the holiday
    t.clock.set('2025-10-08T00:00:00.000Z');
    expect(await t.app.noticeTimer.runDue()).toBe(0);
    t.clock.set('2025-10-14T15:59:59.000Z');
    expect(await t.app.noticeTimer.runDue()).toBe(0);
    t.clock.set('2025-10-14T16:00:00.000Z');
    expect(await t.app.noticeTimer.runDue()).toBe(1);
    expect(await caseOf(t, id)).toMatchObject({ state: 'awaitingReport', notice: { endedAt: '2025-10-14T16:00:00.000Z' } });
    expect((await history(t, id)).at(-1)).toMatchObject({ step: 'MonitoringNoticeEnded', actor: { id: 'system', capacity: 'system' }, occurredAt: '2025-10-14T16:00:00.000Z' });
  });

  it('posted the Friday before Spring Festival 2026: Saturday 2/14 is worked, 2/15–2/23 are not; it ends 2/27 24:00', async () => {
    const id = await onInitialList(32, '2026-02-02');
    const c = ok(await post(id, '2026-02-13T02:00:00.000Z'));
    expect(c.notice?.endsAt).toBe('2026-02-27T16:00:00.000Z');
    ok(await compare(id));
    t.clock.set('2026-02-27T12:00:00.000Z');
    expect(await t.app.noticeTimer.runDue()).toBe(0);
    t.clock.set('2026-02-28T00:00:00.000Z');
    expect(await t.app.noticeTimer.runDue()).toBe(1);
  });

  it('a notice reaching into a year whose holidays are not published is refused, never guessed', async () => {
    const id = await onInitialList(33, '2026-12-21');
    const res = await post(id, '2026-12-28T02:00:00.000Z');
    expect(refused(res)).toMatchObject({ code: 'CALENDAR_YEAR_UNKNOWN' });
    expect((await caseOf(t, id)).state).toBe('awaitingNotice');
  });
});
