import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startApp } from '../../support/app.ts';
import type { TestApp } from '../../support/app.ts';
import { call } from '../../support/drive.ts';
import { COUNTY, TOWNSHIP } from '../../support/fixtures.ts';
import { W, designate, ok, problem } from './helpers.ts';

let t: TestApp;
beforeEach(async () => { t = await startApp(); });
afterEach(async () => { await t.close(); });

/** a red and a yellow card under management from April 2026 */
const underManagement = async () => {
  const { designationIds } = await designate(t, ['red', 'yellow']);
  t.clock.set('2026-04-12T02:00:00Z');
  const red = ok(await call(t, W.reviewer, 'POST', '/management-records', { designationId: designationIds[0], cadre: { id: W.redCadre.id, name: '李四', unitLevel: 'county' } }), 201).id;
  const yellow = ok(await call(t, W.reviewer, 'POST', '/management-records', { designationId: designationIds[1], cadre: { id: W.yellowCadre.id, name: '王五', unitLevel: 'township' } }), 201).id;
  return { red, yellow };
};

/** 村级申报 → 乡镇核查 → 县扶贫办核定 of one household, the card found by the village */
const review = async (id: string, card: 'red' | 'yellow' | 'green', reason: string) => {
  ok(await call(t, W.clerk, 'POST', `/management-records/${id}/reclassification`, { year: 2026, proposedCard: card, reason }));
  ok(await call(t, W.reviewer, 'POST', `/management-records/${id}/reclassification/check`, { outcome: 'agreed', opinion: '逐户核实属实' }));
  return ok(await call(t, W.county, 'POST', `/management-records/${id}/reclassification/confirm`, { opinion: '核定' }));
};

interface Round { id: string; state: string; progress: { total: number; done: number; underWay: number; byTownship: { townshipCode: string; total: number; done: number; underWay: number }[] }; closure: { withoutOutcome: string[]; reason: string | null; total: number; withOutcome: number } | null }

const openRound = async () => ok(await call(t, W.county, 'POST', '/adjustment-rounds', { countyCode: COUNTY, round: '2026H2' }), 201) as unknown as Round;

describe("the county's half-yearly adjustment round (半年动态调整)", () => {
  it('is opened once per county and half year by the county office, for a half year that has begun', async () => {
    await underManagement();
    t.clock.set('2026-07-06T02:00:00Z');
    expect(problem(await call(t, W.screener, 'POST', '/adjustment-rounds', { countyCode: COUNTY, round: '2026H2' }), 403).code).toBe('FORBIDDEN_ROLE');
    // a township is not the county: the round is outside its jurisdiction
    expect(problem(await call(t, W.reviewer, 'POST', '/adjustment-rounds', { countyCode: COUNTY, round: '2026H2' }), 404).code).toBe('NOT_FOUND');
    expect(problem(await call(t, W.county, 'POST', '/adjustment-rounds', { countyCode: COUNTY, round: '2027H1' }), 422).code).toBe('ADJUSTMENT_ROUND_INVALID');
    const round = await openRound();
    expect(round).toMatchObject({ state: 'open', progress: { total: 2, done: 0, underWay: 0, byTownship: [{ townshipCode: TOWNSHIP, total: 2, done: 0 }] } });
    const again = problem(await call(t, W.county, 'POST', '/adjustment-rounds', { countyCode: COUNTY, round: '2026H2' }), 409);
    expect(again).toMatchObject({ code: 'ADJUSTMENT_ROUND_EXISTS', roundId: round.id });
    // a township reads its county's round and its own progress in it; another township of the county has none there
    expect(ok(await call(t, W.reviewer, 'GET', `/adjustment-rounds/${round.id}`))).toMatchObject({ id: round.id, progress: { total: 2, byTownship: [{ townshipCode: TOWNSHIP }] } });
    const other = `${COUNTY}999`;
    expect(ok(await call(t, { ...W.reviewer, id: 'tr-other', region: other }, 'GET', `/adjustment-rounds/${round.id}`))).toMatchObject({ id: round.id, progress: { total: 0, byTownship: [] } });
    expect((ok(await call(t, W.reviewer, 'GET', '/adjustment-rounds')).items as { id: string }[]).map((r) => r.id)).toEqual([round.id]);
  });

  it('shows each outcome as progress, and refuses to close while a household has none unless a reason names it', async () => {
    const { red, yellow } = await underManagement();
    t.clock.set('2026-07-06T02:00:00Z');
    const round = await openRound();

    // the yellow card escaped stably: changed to green through the three steps; the red card's review is declared only
    t.clock.set('2026-07-20T02:00:00Z');
    await review(yellow, 'green', '务工收入稳定，已稳定脱贫');
    ok(await call(t, W.clerk, 'POST', `/management-records/${red}/reclassification`, { year: 2026, proposedCard: 'red', reason: '仍未脱贫' }));
    const progress = ok(await call(t, W.county, 'GET', `/adjustment-rounds/${round.id}`)) as unknown as Round;
    expect(progress.progress).toMatchObject({ total: 2, done: 1, underWay: 1, byTownship: [{ townshipCode: TOWNSHIP, total: 2, done: 1, underWay: 1 }] });
    const listing = ok(await call(t, W.county, 'GET', `/management/adjustment-rounds/2026H2?regionCode=${COUNTY}`));
    expect((listing.items as { id: string; outcome: string | null }[]).map((i) => [i.id, i.outcome]).sort()).toEqual([[red, null], [yellow, 'changed']].sort());

    t.clock.set('2026-12-28T09:00:00Z');
    const bare = problem(await call(t, W.county, 'POST', `/adjustment-rounds/${round.id}/closure`, {}), 422) as unknown as { code: string; judgedOn: { withoutOutcome: number; notNamed: string[] } };
    expect(bare).toMatchObject({ code: 'ADJUSTMENT_ROUND_INCOMPLETE', judgedOn: { withoutOutcome: 1, notNamed: [red] } });
    // a reason that names nobody, or names the wrong household, does not close it either
    expect(problem(await call(t, W.county, 'POST', `/adjustment-rounds/${round.id}/closure`, { reason: '转下一轮' }), 422).code).toBe('ADJUSTMENT_ROUND_INCOMPLETE');
    expect(problem(await call(t, W.county, 'POST', `/adjustment-rounds/${round.id}/closure`, { reason: '转下一轮', withoutOutcome: [yellow] }), 422).code).toBe('ADJUSTMENT_ROUND_INCOMPLETE');
    // naming it without a reason does not either
    expect(problem(await call(t, W.county, 'POST', `/adjustment-rounds/${round.id}/closure`, { withoutOutcome: [red] }), 422).code).toBe('ADJUSTMENT_ROUND_INCOMPLETE');

    const closed = ok(await call(t, W.county, 'POST', `/adjustment-rounds/${round.id}/closure`, { reason: '户主外出务工，乡镇核查未完成，转下一轮', withoutOutcome: [red] })) as unknown as Round;
    expect(closed).toMatchObject({ state: 'closed', closure: { total: 2, withOutcome: 1, withoutOutcome: [red], reason: '户主外出务工，乡镇核查未完成，转下一轮' } });
    expect(problem(await call(t, W.county, 'POST', `/adjustment-rounds/${round.id}/closure`, { reason: '再次结束' }), 409).code).toBe('STEP_NOT_ALLOWED');
  });

  it('closes without a reason once every household has its outcome: kept, changed or removed', async () => {
    const { red, yellow } = await underManagement();
    t.clock.set('2026-07-06T02:00:00Z');
    const round = await openRound();
    t.clock.set('2026-08-03T02:00:00Z');
    expect(await review(red, 'red', '仍未脱贫')).toMatchObject({ card: 'red' });
    expect(await review(yellow, 'green', '务工收入稳定，已稳定脱贫')).toMatchObject({ card: 'green' });
    expect(problem(await call(t, W.screener, 'POST', `/adjustment-rounds/${round.id}/closure`, {}), 403).code).toBe('FORBIDDEN_ROLE');
    const closed = ok(await call(t, W.county, 'POST', `/adjustment-rounds/${round.id}/closure`, {})) as unknown as Round;
    expect(closed).toMatchObject({ state: 'closed', progress: { total: 2, done: 2 }, closure: { total: 2, withOutcome: 2, withoutOutcome: [], reason: null } });
  });
});
