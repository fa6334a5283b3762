import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startApp } from '../../support/app.ts';
import type { TestApp } from '../../support/app.ts';
import { D, P, at, caseOf, compareClear, drive, history, http, ok, postNotice, villageAppraise } from './helpers.ts';

let t: TestApp;
beforeEach(async () => { t = await startApp(); });
afterEach(async () => { await t.close(); });

const raise = (id: string, when = '2026-06-11T02:00:00.000Z') => {
  at(t, when);
  return http(t).post(P.clerk, `/monitoring-cases/${id}/objections`, { summary: '有村民反映该户子女在外经商，收入较高', occurredAt: when });
};
const resolve = (id: string, objectionId: string, outcome: 'upheld' | 'dismissed', when: string) => {
  at(t, when);
  return http(t).post(P.reviewer, `/monitoring-cases/${id}/objection-resolutions`, { objectionId, outcome, opinion: outcome === 'upheld' ? '经核实属实' : '经核实，子女务工收入一般', occurredAt: when });
};
const objectionId = async (id: string) => {
  const steps = await t.store.readStream(`monitoring-${id}`);
  return String(steps.find((e) => e.type === 'MonitoringObjectionRaised')?.data.objectionId);
};

describe('objections during the inclusion notice (异议)', () => {
  it('an open objection holds the notice past its end; dismissed, the notice ends at the resolution', async () => {
    const c = await drive(t, 'inNotice', 41);
    expect(ok(await raise(c.id))).toMatchObject({ state: 'inNotice', openObjections: [expect.any(String)] });
    await compareClear(t, c.id);
    at(t, D.afterNotice);
    expect(await t.app.noticeTimer.runDue()).toBe(0);
    const list = ok<{ items: { id: string; waitingFor: { item: string }[] }[] }>(await http(t).get(P.reviewer, '/monitoring-worklists/townshipReviewer'));
    expect(list.items).toEqual([expect.objectContaining({ id: c.id, waitingFor: [expect.objectContaining({ item: 'objection' })] })]);

    ok(await resolve(c.id, await objectionId(c.id), 'dismissed', '2026-06-17T03:00:00.000Z'));
    expect(await t.app.noticeTimer.runDue()).toBe(1);
    expect(await caseOf(t, c.id)).toMatchObject({ state: 'awaitingReport', openObjections: [], notice: { endedAt: '2026-06-17T03:00:00.000Z' } });
  });

  it('upheld, the household goes back to the village committees; a new notice and comparison are needed', async () => {
    const c = await drive(t, 'inNotice', 42);
    ok(await raise(c.id));
    const back = ok(await resolve(c.id, await objectionId(c.id), 'upheld', '2026-06-12T02:00:00.000Z'));
    expect(back).toMatchObject({ state: 'awaitingVillageAppraisal', notice: null, comparison: null, openObjections: [] });
    at(t, D.afterNotice);
    expect(await t.app.noticeTimer.runDue()).toBe(0);
    await villageAppraise(t, c.id);
    const again = await postNotice(t, c.id, '2026-06-22T02:00:00.000Z');
    // 6/23, 6/24, 6/25, 6/26, 6/29
    expect(again).toMatchObject({ state: 'inNotice', notice: { endsAt: '2026-06-29T16:00:00.000Z' }, comparison: { status: 'pending' } });
    expect((await history(t, c.id)).filter((s) => s.step === 'MonitoringNoticePosted')).toHaveLength(2);
  });

  it('an objection after the notice ended is not one of the notice, even before the timer ran', async () => {
    const c = await drive(t, 'inNotice', 43);
    const late = await raise(c.id, '2026-06-16T00:30:00.000Z');
    expect(ok(late, 409)).toMatchObject({ code: 'STEP_NOT_ALLOWED' });
    // an unknown objection cannot be resolved
    expect(ok(await resolve(c.id, '00000000-0000-4000-8000-0000000000ff', 'dismissed', '2026-06-16T01:00:00.000Z'), 409)).toMatchObject({ code: 'STEP_NOT_ALLOWED' });
  });
});
