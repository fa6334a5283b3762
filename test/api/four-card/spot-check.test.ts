import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startApp } from '../../support/app.ts';
import type { TestApp } from '../../support/app.ts';
import { TOWNSHIP } from '../../support/fixtures.ts';
import { P, chain, closeRound, designation, http, ok, openRound, review, signSpotCheck, steps } from './helpers.ts';

let t: TestApp;
beforeEach(async () => { t = await startApp(); });
afterEach(async () => { await t.close(); });

/** one household reviewed by the township and drawn (a list of one: ceil(30% × 1) = 1 is sampled) */
const sampledOne = async () => {
  const { ids: [id] } = await chain(t, 'awaitingSpotCheck');
  const round = await openRound(t);
  expect(round.sample).toEqual([id]);
  expect((await designation(t, id as string)).state).toBe('spotCheck');
  return { id: id as string, roundId: round.id as string };
};

describe('county spot check (县级抽查) of a sampled household', () => {
  it('adjusted: takes effect with the second inspector signing the same card', async () => {
    const { id, roundId } = await sampledOne();
    const noCard = await signSpotCheck(t, roundId, id, P.inspector1, { outcome: 'adjusted' });
    expect(ok(noCard, 400).code).toBe('CARD_REQUIRED');
    const first = ok(await signSpotCheck(t, roundId, id, P.inspector1, { outcome: 'adjusted', card: 'green' }));
    expect(first).toMatchObject({ state: 'spotCheck', designation: { outcome: 'adjusted', card: 'green', signers: ['ci-1'] } });
    expect((await designation(t, id)).card).toBe('yellow'); // one signature changes nothing yet
    ok(await signSpotCheck(t, roundId, id, P.inspector2, { outcome: 'adjusted', card: 'green' }));
    expect(await designation(t, id)).toMatchObject({ state: 'awaitingNotice', card: 'green' });
  });

  it('sent back: returns to township review, and the next round can draw it again', async () => {
    const { id, roundId } = await sampledOne();
    for (const p of [P.inspector1, P.inspector2]) ok(await signSpotCheck(t, roundId, id, p, { outcome: 'sentBack', opinion: '收入核算与走访不符' }));
    expect(await designation(t, id)).toMatchObject({ state: 'awaitingTownshipReview', spotCheck: null });
    const work = ok(await http(t).get(P.reviewer, `/worklists/townshipReviewer?regionCode=${TOWNSHIP}`));
    expect(work.items.map((i: { id: string }) => i.id)).toEqual([id]);

    ok(await review(t, id, { outcome: 'adjusted', card: 'green', opinion: '重新复核，调整为绿卡' }));
    const next = await openRound(t, 'second-round-seed');
    expect(next.sample).toEqual([id]);
    for (const p of [P.inspector1, P.inspector3]) ok(await signSpotCheck(t, next.id, id, p));
    expect(await designation(t, id)).toMatchObject({ state: 'awaitingNotice', card: 'green' });
  });

  it('refused by both inspectors: final', async () => {
    const { id, roundId } = await sampledOne();
    for (const p of [P.inspector1, P.inspector2]) ok(await signSpotCheck(t, roundId, id, p, { outcome: 'refused', opinion: '家中有消费型汽车' }));
    expect(await designation(t, id)).toMatchObject({ state: 'refused' });
  });

  it('a second inspector who disagrees is refused and nothing is recorded; an agreeing one completes the check', async () => {
    const { id, roundId } = await sampledOne();
    ok(await signSpotCheck(t, roundId, id, P.inspector1, { outcome: 'confirmed' }));
    const before = await steps(t, id);
    for (const disagreeing of [{ outcome: 'sentBack' }, { outcome: 'adjusted', card: 'green' }]) {
      const res = await signSpotCheck(t, roundId, id, P.inspector2, disagreeing);
      expect(ok(res, 409)).toMatchObject({ code: 'STEP_NOT_ALLOWED', currentState: 'spotCheck', refusedStep: 'SpotCheckSigned' });
    }
    expect(await steps(t, id)).toEqual(before);
    expect((await designation(t, id)).spotCheck).toMatchObject({ outcome: 'confirmed', signers: ['ci-1'] });
    ok(await signSpotCheck(t, roundId, id, P.inspector3, { outcome: 'confirmed' }));
    expect(await designation(t, id)).toMatchObject({ state: 'awaitingNotice', spotCheck: { signers: ['ci-1', 'ci-3'] } });
  });

  it('a result signed after the check took effect is refused, naming the state the household is in', async () => {
    const { id, roundId } = await sampledOne();
    for (const p of [P.inspector1, P.inspector2]) ok(await signSpotCheck(t, roundId, id, p));
    const late = await signSpotCheck(t, roundId, id, P.inspector3, { outcome: 'sentBack' });
    expect(ok(late, 409)).toMatchObject({ code: 'STEP_NOT_ALLOWED', currentState: 'awaitingNotice' });
  });
});

describe('the round', () => {
  it('signatures are only for the sampled households; closure passes the others', async () => {
    const { ids } = await chain(t, 'awaitingSpotCheck', 4);
    const round = await openRound(t, 'seed-for-four');
    expect(round.sample).toHaveLength(2); // ceil(30% × 4) = ceil(1.2)
    const unsampled = ids.filter((id) => !round.sample.includes(id));
    const res = await signSpotCheck(t, round.id, unsampled[0] as string, P.inspector1);
    expect(ok(res, 422).code).toBe('NOT_SAMPLED');
    const closed = await closeRound(t, round.id);
    expect(closed).toMatchObject({ closed: true, closedAt: expect.any(String) });
    for (const id of unsampled) expect((await designation(t, id)).state).toBe('awaitingNotice');
    for (const id of round.sample) expect((await designation(t, id)).state).toBe('spotCheck');
  });

  it('of ten households, exactly three are drawn (30%, not rounded up by floating point)', async () => {
    await chain(t, 'awaitingSpotCheck', 10);
    const round = await openRound(t);
    expect(round.population).toHaveLength(10);
    expect(round.sample).toHaveLength(3);
  });

  it('a township with nothing reviewed has nothing to check', async () => {
    await chain(t, 'awaitingTownshipReview');
    const res = await http(t).post(P.countyOffice, '/spot-check-rounds', { townshipCode: TOWNSHIP });
    expect(ok(res, 422).code).toBe('NOTHING_TO_CHECK');
  });
});
