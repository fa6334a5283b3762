import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startApp } from '../../support/app.ts';
import type { TestApp } from '../../support/app.ts';
import { TOWNSHIP } from '../../support/fixtures.ts';
import { DATES, P, chain, designation, history, http, ok, steps } from './helpers.ts';

let t: TestApp;
beforeEach(async () => { t = await startApp(); });
afterEach(async () => { await t.close(); });

const raise = async (id: string, occurredAt?: string): Promise<string> => {
  const res = ok(await http(t).post(P.clerk, `/designations/${id}/objections`, { summary: '村民反映该户有稳定务工收入', ...(occurredAt ? { occurredAt } : {}) }));
  return res.openObjections.at(-1) as string;
};
const resolve = (id: string, objectionId: string, outcome: 'upheld' | 'dismissed', occurredAt?: string) =>
  http(t).post(P.approver, `/designations/${id}/objection-resolutions`, { objectionId, outcome, opinion: '经核实处理', ...(occurredAt ? { occurredAt } : {}) });

describe('objections during the public notice (公示异议)', () => {
  it('an open objection stops completion after the end date; the others complete', async () => {
    const { ids: [objected, clear] } = await chain(t, 'inNotice', 2);
    t.clock.set('2026-04-06T03:00:00.000Z');
    const objectionId = await raise(objected as string);
    expect((await designation(t, objected as string)).openObjections).toEqual([objectionId]);

    t.clock.set('2026-04-12T00:00:00.000Z');
    expect(await t.app.noticeTimer.runDue()).toBe(1);
    expect(await designation(t, clear as string)).toMatchObject({ state: 'designated' });
    expect(await designation(t, objected as string)).toMatchObject({ state: 'inNotice', completedAt: null });
    expect(await steps(t, objected as string)).not.toContain('DesignationCompleted');
    // it is on the township's desk
    const work = ok(await http(t).get(P.reviewer, `/worklists/townshipReviewer?regionCode=${TOWNSHIP}`));
    expect(work.items.map((i: { id: string }) => i.id)).toEqual([objected]);
    t.clock.set('2026-05-01T00:00:00.000Z');
    expect(await t.app.noticeTimer.runDue()).toBe(0);
  });

  it('an upheld objection sends the household back to township review, off the notice', async () => {
    const { ids: [id] } = await chain(t, 'inNotice');
    t.clock.set('2026-04-06T03:00:00.000Z');
    const objectionId = await raise(id as string);
    const upheld = ok(await resolve(id as string, objectionId, 'upheld'));
    expect(upheld).toMatchObject({ state: 'awaitingTownshipReview', notice: null, openObjections: [], spotCheck: null });
    expect((await history(t, id as string)).at(-1)).toMatchObject({ step: 'ObjectionResolved', opinion: '经核实处理', actor: { capacity: 'townshipApprover' } });
    t.clock.set('2026-04-12T00:00:00.000Z');
    expect(await t.app.noticeTimer.runDue()).toBe(0);
    expect((await designation(t, id as string)).state).toBe('awaitingTownshipReview');
  });

  it('dismissed after the notice end: completes at the next timer run, at the time it was resolved', async () => {
    const { ids: [id] } = await chain(t, 'inNotice');
    t.clock.set('2026-04-08T03:00:00.000Z');
    const objectionId = await raise(id as string);
    t.clock.set('2026-04-13T02:00:00.000Z');
    expect(await t.app.noticeTimer.runDue()).toBe(0);
    const dismissed = ok(await resolve(id as string, objectionId, 'dismissed'));
    expect(dismissed).toMatchObject({ state: 'inNotice', openObjections: [] });
    t.clock.set('2026-04-13T02:05:00.000Z');
    expect(await t.app.noticeTimer.runDue()).toBe(1);
    expect(await designation(t, id as string)).toMatchObject({ state: 'designated', completedAt: '2026-04-13T02:00:00.000Z' });
  });

  it('dismissed before the end: completes at the end, whatever offset the resolution time was written in', async () => {
    const { ids: [early, late] } = await chain(t, 'inNotice', 2);
    t.clock.set('2026-04-09T03:00:00.000Z');
    const a = await raise(early as string);
    const b = await raise(late as string);
    t.clock.set('2026-04-10T15:45:00.000Z');
    // 23:30 China time on 4/10 is 15:30 UTC, half an hour before the notice ends
    ok(await resolve(early as string, a, 'dismissed', '2026-04-10T23:30:00+08:00'));
    t.clock.set('2026-04-11T02:30:00.000Z');
    // 10:00 China time on 4/11 is 02:00 UTC, after the end
    ok(await resolve(late as string, b, 'dismissed', '2026-04-11T10:00:00+08:00'));
    expect(await t.app.noticeTimer.runDue()).toBe(2);
    expect((await designation(t, early as string)).completedAt).toBe(DATES.noticeEnd);
    expect((await designation(t, late as string)).completedAt).toBe('2026-04-11T02:00:00.000Z');
  });

  it('only an open objection of this designation can be resolved, and only a designation on notice can get one', async () => {
    const { ids: [id, other] } = await chain(t, 'inNotice', 2);
    const objectionId = await raise(id as string);
    const wrong = await resolve(other as string, objectionId, 'dismissed');
    expect(ok(wrong, 409)).toMatchObject({ code: 'STEP_NOT_ALLOWED', currentState: 'inNotice' });
    ok(await resolve(id as string, objectionId, 'dismissed'));
    expect(ok(await resolve(id as string, objectionId, 'upheld'), 409).code).toBe('STEP_NOT_ALLOWED');
    const { ids: [reviewing] } = await chain(t, 'awaitingTownshipReview');
    const res = await http(t).post(P.clerk, `/designations/${reviewing}/objections`, { summary: '异议' });
    expect(ok(res, 409)).toMatchObject({ code: 'STEP_NOT_ALLOWED', currentState: 'awaitingTownshipReview' });
  });
});
