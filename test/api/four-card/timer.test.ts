import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startApp } from '../../support/app.ts';
import type { TestApp } from '../../support/app.ts';
import { DATES, P, chain, designation, history, http, ok, postNotice } from './helpers.ts';

let t: TestApp;
beforeEach(async () => { t = await startApp(); });
afterEach(async () => { await t.close(); });

const DAY = 24 * 3600_000;
const completions = async (id: string) => (await history(t, id)).filter((s) => s.step === 'DesignationCompleted');

describe('seven days of public notice on the injected clock', () => {
  it('nothing completes before the end; at 24:00 China time of the 7th day after posting, it completes by itself', async () => {
    const { ids: [id] } = await chain(t, 'awaitingNotice');
    // posted on 4/3 at 09:00 China time: 4/3 itself is not counted, 4/4 … 4/10 are the seven days
    const notice = await postNotice(t, [id as string], DATES.noticeStart);
    expect(notice).toMatchObject({ startsAt: DATES.noticeStart, endsAt: DATES.noticeEnd, period: { days: 7, unit: 'calendar' } });
    expect(ok(await http(t).get(P.approver, `/notices/${notice.id}`))).toMatchObject({ endsAt: DATES.noticeEnd, designations: [{ id, state: 'inNotice' }] });
    expect((await designation(t, id as string)).notice).toMatchObject({ id: notice.id, endsAt: DATES.noticeEnd });

    // midnight China time after each of the first six days, and the last millisecond of the seventh
    for (let day = 0; day < 7; day++) {
      t.clock.set(new Date(Date.parse('2026-04-03T16:00:00.000Z') + day * DAY));
      expect(await t.app.noticeTimer.runDue(), t.clock.now().toISOString()).toBe(0);
    }
    t.clock.set(new Date(Date.parse(DATES.noticeEnd) - 1));
    expect(await t.app.noticeTimer.runDue()).toBe(0);
    expect((await designation(t, id as string)).state).toBe('inNotice');

    t.clock.set(DATES.noticeEnd);
    expect(await t.app.noticeTimer.runDue()).toBe(1);
    expect(await designation(t, id as string)).toMatchObject({ state: 'designated', completedAt: DATES.noticeEnd });
    expect(await completions(id as string)).toEqual([expect.objectContaining({ actor: expect.objectContaining({ id: 'system', capacity: 'system' }), occurredAt: DATES.noticeEnd })]);
  });

  it('the days are counted on the China calendar: a list posted at 23:30 China time starts counting the next day', async () => {
    const { ids: [lateEvening, pastMidnight] } = await chain(t, 'awaitingNotice', 2);
    // 4/2 23:30 China time = 4/2 15:30 UTC → last day 4/9; 4/3 01:30 China time = 4/2 17:30 UTC → last day 4/10
    const a = await postNotice(t, [lateEvening as string], '2026-04-02T15:30:00.000Z');
    const b = await postNotice(t, [pastMidnight as string], '2026-04-02T17:30:00.000Z');
    expect(a.endsAt).toBe('2026-04-09T16:00:00.000Z');
    expect(b.endsAt).toBe('2026-04-10T16:00:00.000Z');
    t.clock.set('2026-04-09T16:00:00.000Z');
    expect(await t.app.noticeTimer.runDue()).toBe(1);
    expect((await designation(t, lateEvening as string)).state).toBe('designated');
    expect((await designation(t, pastMidnight as string)).state).toBe('inNotice');
  });
});

describe('the timer after a restart', () => {
  const downAndUp = async (to: string) => {
    const { path, clock } = t;
    await t.close();
    clock.set(to);
    t = await startApp({ path, clock });
  };

  it('a notice that ended while the service was down completes on the first run after the restart, exactly once', async () => {
    const { ids } = await chain(t, 'inNotice', 2);
    t.clock.set('2026-04-08T00:00:00.000Z');
    expect(await t.app.noticeTimer.runDue()).toBe(0);
    await downAndUp('2026-04-15T08:00:00.000Z');
    // read models are rebuilt from the store before the first request: the due designations are found again
    const [first, second] = await Promise.all([t.app.noticeTimer.runDue(), t.app.noticeTimer.runDue()]);
    expect(first).toBe(2);
    expect(second).toBe(2); // one run: the concurrent call shares it
    expect(await t.app.noticeTimer.runDue()).toBe(0);
    for (const id of ids) {
      // completed at the notice's end, not at the time the service came back
      expect(await designation(t, id)).toMatchObject({ state: 'designated', completedAt: DATES.noticeEnd });
      expect(await completions(id)).toHaveLength(1);
    }
    await downAndUp('2026-04-16T08:00:00.000Z');
    expect(await t.app.noticeTimer.runDue()).toBe(0);
    for (const id of ids) expect(await completions(id)).toHaveLength(1);
  });

  it('restarted before the end, it waits for the end', async () => {
    const { ids: [id] } = await chain(t, 'inNotice');
    await downAndUp('2026-04-09T00:00:00.000Z');
    expect(await t.app.noticeTimer.runDue()).toBe(0);
    t.clock.set(DATES.noticeEnd);
    expect(await t.app.noticeTimer.runDue()).toBe(1);
    expect((await designation(t, id as string)).state).toBe('designated');
  });

  it('an objection raised before the restart still blocks completion after it', async () => {
    const { ids: [id] } = await chain(t, 'inNotice');
    t.clock.set('2026-04-05T00:00:00.000Z');
    ok(await http(t).post(P.clerk, `/designations/${id}/objections`, { summary: '群众反映家庭收入不实' }));
    await downAndUp('2026-04-20T00:00:00.000Z');
    expect(await t.app.noticeTimer.runDue()).toBe(0);
    expect(await designation(t, id as string)).toMatchObject({ state: 'inNotice', openObjections: [expect.any(String)] });
  });
});
