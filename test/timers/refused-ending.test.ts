import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { designationChain } from '../../src/designations/chain.ts';
import { NoticeTimer } from '../../src/timers/notice-timer.ts';
import type { DueSource, RefusedEnding } from '../../src/timers/notice-timer.ts';
import { startApp, tokenFor } from '../support/app.ts';
import type { TestApp } from '../support/app.ts';
import { call } from '../support/drive.ts';
import { VILLAGE, yellowHousehold } from '../support/fixtures.ts';

describe('a notice ending the chain refuses', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp();
  });
  afterAll(() => t.close());

  it('is reported (stream and code) and counted on /metrics, not swallowed; the record stays as it was', async () => {
    t.clock.set('2026-03-18T01:00:00Z');
    const inv = { id: 'inv-1', role: 'investigator' as const, region: VILLAGE };
    const household = (await call(t, inv, 'POST', '/households', { household: yellowHousehold(1) })).json<{ id: string }>();
    const declared = (await call(t, inv, 'POST', '/designations', { householdId: household.id, year: 2026, proposedCard: 'yellow', opinion: '入户核实' })).json<{ id: string; revision: number }>();
    // a due source that would complete a designation still waiting for its meeting: the machine refuses
    const wrongEnd: DueSource = () => [{ chain: designationChain, id: declared.id, at: '2026-03-18T01:00:00.000Z', decisions: [{ type: 'DesignationCompleted', data: { card: 'yellow', at: '2026-03-18T01:00:00.000Z', reportedTo: '430623' } }] }];
    const refusals: RefusedEnding[] = [];
    const timer = new NoticeTimer(t.app.services, 0, [wrongEnd], (r) => refusals.push(r));
    expect(await timer.runDue()).toBe(0);
    expect(refusals).toEqual([{ chain: 'designation', id: declared.id, code: 'STEP_NOT_ALLOWED' }]);
    expect(timer.refusedEndings).toBe(1);
    const state = (await call(t, inv, 'GET', `/designations/${declared.id}`)).json<{ state: string; revision: number }>();
    expect(state).toMatchObject({ state: 'awaitingAppraisal', revision: declared.revision });
    // the app's own timer counts its refusals as a metric
    const metrics = await t.app.inject({ url: '/metrics', headers: { authorization: `Bearer ${tokenFor({ id: 'ops', roles: ['admin'], jurisdiction: '430623' }, t.clock)}` } });
    expect(metrics.body).toMatch(/^notice_timer_refused_endings 0$/m);
  });
});
