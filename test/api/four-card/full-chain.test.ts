import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { drawSample } from '../../../src/lists/sample.ts';
import { startApp } from '../../support/app.ts';
import type { TestApp } from '../../support/app.ts';
import { COUNTY, TOWNSHIP, VILLAGE } from '../../support/fixtures.ts';
import { DATES, P, appraise, closeRound, declareMany, designation, history, http, ok, openRound, postNotice, review, signSpotCheck, steps } from './helpers.ts';

let t: TestApp;
beforeEach(async () => { t = await startApp(); });
afterEach(async () => { await t.close(); });

describe('the whole four-card chain for a village list: one meeting, one spot-check round, one notice', () => {
  it('designates seven households, with the county sample drawn reproducibly and the rest passed at closure', async () => {
    const api = http(t);
    const ids = await declareMany(t, 7);

    // 民主评议: one meeting decides all seven; it lists the last one as green
    const meeting = await appraise(t, ids.map((designationId, i) => ({ designationId, card: i === 6 ? 'green' : 'yellow' })));
    expect(meeting).toMatchObject({ villageCode: VILLAGE, applied: true, missingSignatures: [] });
    expect(meeting.signatures.map((s: { capacity: string }) => s.capacity)).toEqual(['firstSecretary', 'partySecretary', 'villageDirector']);
    expect(meeting.results).toHaveLength(7);
    expect(meeting.results.every((r: { ok: boolean; state: string }) => r.ok && r.state === 'awaitingTownshipReview')).toBe(true);

    expect((await designation(t, ids[6] as string)).card).toBe('green');
    // 乡镇复核: the reviewer confirms six and adjusts the seventh back to yellow after consultation
    for (const id of ids.slice(0, 6)) ok(await review(t, id));
    ok(await review(t, ids[6] as string, { outcome: 'adjusted', card: 'yellow', opinion: '协商调整为黄卡' }));

    // 县级抽查: 30% of the township's list of seven (2.1), rounded up, is three
    const opened = await openRound(t, 'county-2026-spring');
    expect(opened).toMatchObject({ townshipCode: TOWNSHIP, ratio: 0.3, minInspectors: 2, seed: 'county-2026-spring', sampleReproduces: true, closed: false });
    expect([...opened.population].sort()).toEqual([...ids].sort());
    expect(opened.sample).toHaveLength(3);
    expect(opened.sample).toEqual(drawSample(ids, 0.3, 'county-2026-spring'));
    expect(opened.sampling.every((r: { ok: boolean; state: string }) => r.ok && r.state === 'spotCheck')).toBe(true);
    const sampled = opened.sample as string[];
    const unsampled = ids.filter((id) => !sampled.includes(id));

    const round = ok(await api.get(P.inspector1, `/spot-check-rounds/${opened.id}`));
    expect(round).toMatchObject({ sampleReproduces: true, sample: sampled, seed: 'county-2026-spring', drawMethod: opened.drawMethod });
    expect(drawSample(round.population, round.ratio, round.seed)).toEqual(round.sample);

    // a sampled result takes effect only with the second inspector's matching signature
    for (const id of sampled) {
      const first = ok(await signSpotCheck(t, opened.id, id, P.inspector1));
      expect(first.state).toBe('spotCheck');
      const second = ok(await signSpotCheck(t, opened.id, id, P.inspector2));
      expect(second.state).toBe('awaitingNotice');
      expect(second.designation).toMatchObject({ outcome: 'confirmed', signers: ['ci-1', 'ci-2'] });
    }
    for (const id of unsampled) expect((await designation(t, id)).state).toBe('awaitingSpotCheck');
    const closed = await closeRound(t, opened.id);
    expect(closed.closed).toBe(true);
    for (const id of unsampled) {
      expect((await designation(t, id)).state).toBe('awaitingNotice');
      expect(await steps(t, id)).toContain('SpotCheckPassed');
    }

    // 公示 for seven days, then completion by the timer and the report to the county
    const notice = await postNotice(t, ids);
    expect(notice).toMatchObject({ scopeCode: VILLAGE, startsAt: DATES.noticeStart, endsAt: DATES.noticeEnd, period: { days: 7, unit: 'calendar' } });
    expect(notice.results.every((r: { ok: boolean; state: string }) => r.ok && r.state === 'inNotice')).toBe(true);
    t.clock.set('2026-04-11T01:00:00.000Z');
    expect(await t.app.noticeTimer.runDue()).toBe(7);

    for (const id of ids) {
      const d = await designation(t, id);
      expect(d).toMatchObject({ state: 'designated', stepZh: '已认定并上报县扶贫办', card: 'yellow', completedAt: DATES.noticeEnd });
      const trail = await history(t, id);
      const completed = trail.at(-1);
      expect(completed).toMatchObject({ step: 'DesignationCompleted', card: 'yellow', occurredAt: DATES.noticeEnd, actor: { id: 'system' } });
      const stored = await t.store.readStream(`designation-${id}`);
      expect(stored.at(-1)?.data).toMatchObject({ reportedTo: COUNTY, at: DATES.noticeEnd });
    }
    // every step of the trail records who signed and in which capacity
    const trail = await history(t, sampled[0] as string);
    expect(trail.map((s) => [s.step, s.actor.capacity])).toEqual([
      ['InitialCheckDeclared', 'investigator'],
      ['AppraisalDecided', 'villageDirector'], // applied by the third signature; all three are in `signatures`
      ['TownshipReviewed', 'townshipReviewer'],
      ['SampledForSpotCheck', 'countyOffice'],
      ['SpotCheckSigned', 'countyInspector'],
      ['SpotCheckSigned', 'countyInspector'],
      ['NoticePosted', 'townshipApprover'], // the village's board
      ['NoticePosted', 'townshipApprover'], // and the township's (乡、村两级张榜公示)
      ['DesignationCompleted', 'system'],
    ]);
    expect(trail[1].signatures.map((s: { capacity: string }) => s.capacity)).toEqual(['firstSecretary', 'partySecretary', 'villageDirector']);

    // the county's list of designated households
    const list = ok(await api.get(P.countyOffice, `/designations?regionCode=${COUNTY}&state=designated`));
    expect(list.total).toBe(7);
    expect(await t.app.noticeTimer.runDue()).toBe(0);
  });

  it('a household adjusted by the township keeps the adjusted card to the end', async () => {
    const [id] = (await declareMany(t, 1)) as [string];
    await appraise(t, [{ designationId: id }]);
    const adjusted = ok(await review(t, id, { outcome: 'adjusted', card: 'green', opinion: '协商调整为绿卡' }));
    expect(adjusted).toMatchObject({ state: 'awaitingSpotCheck', card: 'green' });
    const round = await openRound(t);
    expect(round.sample).toEqual([id]); // ceil(0.3 × 1) = 1
    for (const p of [P.inspector1, P.inspector2]) ok(await signSpotCheck(t, round.id, id, p));
    await postNotice(t, [id]);
    t.clock.set(DATES.noticeEnd);
    expect(await t.app.noticeTimer.runDue()).toBe(1);
    expect(await designation(t, id)).toMatchObject({ state: 'designated', card: 'green' });
  });
});
