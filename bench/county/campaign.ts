import type { FastifyInstance } from 'fastify';
import { proposeCard } from '../../src/domain/card-suggestion.ts';
import type { ManualClock } from '../../src/shared/clock.ts';
import { cast } from './cast.ts';
import type { Post } from './cast.ts';
import { Draw } from './draw.ts';
import { COUNTY_CODE, townships } from './geography.ts';
import { chunks, forEachConcurrently } from './pool.ts';

export interface CampaignOptions {
  seed: string;
  concurrency: number;
  /** stop with the notices posted (the timer benchmark ends them) or let the timer complete them */
  until: 'notice' | 'completed';
  /** share of designations in notice that get an objection (raised, then resolved: 1 in 5 upheld) */
  objectionRate: number;
  /** every decision positive (no rejection, refusal or adjustment): the timer benchmark wants every notice to end */
  clean?: boolean;
  progress?: (message: string) => void;
}

/**
 * The 2026 four-card campaign over the county, step by step on seed 003's dates, every step a request to the
 * app's routes: 初核申报 of every household the criteria give a card (the investigator proposes the suggested
 * card), 民主评议 per village (≈ 1 % rejected) with its three signatures, 乡镇复核 (≈ 1 % of yellow cards adjusted to
 * green, 0.3 % refused), 县级抽查 per township (the 30 % sample confirmed by two inspectors, the rest passed),
 * 公示 per village, objections, and — unless stopped before — the timer completing every clear notice.
 * Choices are drawn per designation from the seed, so they do not depend on the order requests finish in.
 */
export const runCampaign = async (app: FastifyInstance, clock: ManualClock, post: Post, householdIds: readonly string[], options: CampaignOptions) => {
  const { households, designations, policies } = app.services;
  const share = (key: string) => (options.clean ? 1 : new Draw(`${options.seed}/${key}`).next());
  const villages = townships().flatMap((t) => t.villages);
  const say = options.progress ?? (() => undefined);

  clock.set('2026-03-20T02:00:00.000Z');
  const declared = householdIds.flatMap((id, index) => {
    const row = households.get(id);
    if (!row) return [];
    const card = proposeCard(row.household, 2025, policies.resolve(row.household.villageCode, 2025)).card;
    return card ? [{ id, index, card, village: row.household.villageCode }] : [];
  });
  say(`declaring ${declared.length} designations`);
  await forEachConcurrently(declared, options.concurrency, async (d) => {
    await post(cast.investigator(d.village, 1 + (d.index % 3)), '/designations', {
      householdId: d.id, year: 2026, proposedCard: d.card, opinion: '入户核查，收入核算属实', occurredAt: '2026-03-19T03:00:00.000Z',
    }, `county-${options.seed}-declare-${d.index}`);
  });

  clock.set('2026-03-24T02:00:00.000Z');
  say('appraisal meetings');
  await forEachConcurrently(villages, options.concurrency, async (village) => {
    for (const [n, rows] of chunks(designations.list(village, ['awaitingAppraisal']), 500).entries()) {
      const draw = new Draw(`${options.seed}/meeting/${village}/${n}`);
      const meeting = await post<{ id: string }>(cast.clerk(village), '/appraisal-meetings', {
        villageCode: village,
        occurredAt: '2026-03-23T11:00:00.000Z',
        attendance: { partyMembers: draw.int(8, 30), groupLeaders: draw.int(5, 12), poorHouseholdRepresentatives: draw.int(3, 10), publicRepresentatives: draw.int(5, 20) },
        decisions: rows.map((r) => ({
          designationId: r.id,
          decision: share(`appraisal/${r.id}`) < 0.01 ? 'rejected' : 'approved',
          card: r.context.card,
          opinion: '经民主评议，同意',
        })),
      }, `county-${options.seed}-meeting-${village}-${n}`);
      for (const signer of [cast.firstSecretary(village), cast.partySecretary(village), cast.villageDirector(village)]) {
        await post(signer, `/appraisal-meetings/${meeting.id}/signatures`, { occurredAt: '2026-03-23T12:00:00.000Z' });
      }
    }
  });

  clock.set('2026-03-28T02:00:00.000Z');
  say('township reviews');
  await forEachConcurrently(designations.list(COUNTY_CODE, ['awaitingTownshipReview']), options.concurrency, async (r) => {
    const x = share(`review/${r.id}`);
    const body = x < 0.003 ? { outcome: 'refused', reason: '入户复核：家庭实际收入明显高于申报' }
      : x < 0.015 && r.context.card === 'yellow' ? { outcome: 'adjusted', card: 'green', opinion: '入户复核：务工收入稳定，协商调整为绿卡' }
      : { outcome: 'confirmed', opinion: '入户复核属实' };
    await post(cast.reviewer(r.context.villageCode), `/designations/${r.id}/township-review`, { ...body, occurredAt: '2026-03-27T03:00:00.000Z' });
  });

  clock.set('2026-04-01T02:00:00.000Z');
  say('spot-check rounds');
  await forEachConcurrently(townships(), options.concurrency, async (t) => {
    if (designations.list(t.code, ['awaitingSpotCheck']).length === 0) return;
    const round = await post<{ id: string; sample: string[] }>(cast.countyOffice, '/spot-check-rounds',
      { townshipCode: t.code, seed: `${options.seed}-${t.code}-2026`, occurredAt: '2026-03-31T01:00:00.000Z' }, `county-${options.seed}-round-${t.code}`);
    for (const designationId of round.sample) {
      for (const inspector of cast.inspectors) {
        await post(inspector, `/spot-check-rounds/${round.id}/signatures`, { designationId, outcome: 'confirmed', opinion: '县级抽查属实', occurredAt: '2026-03-31T06:00:00.000Z' });
      }
    }
    await post(cast.countyOffice, `/spot-check-rounds/${round.id}/closure`, { occurredAt: '2026-04-01T01:00:00.000Z' });
  });

  clock.set('2026-04-03T01:00:00.000Z');
  say('notices');
  // 乡、村两级张榜公示: each village's list on its board, the same list on its township's board
  await forEachConcurrently(villages, options.concurrency, async (village) => {
    for (const [n, rows] of chunks(designations.list(village, ['awaitingNotice']), 2000).entries()) {
      const designationIds = rows.map((r) => r.id);
      await post(cast.approver(village.slice(0, 9)), '/notices', { scopeCode: village, designationIds, startsAt: '2026-04-03T01:00:00.000Z' },
        `county-${options.seed}-notice-${village}-${n}`);
      await post(cast.approver(village.slice(0, 9)), '/notices', { scopeCode: village.slice(0, 9), designationIds, startsAt: '2026-04-03T01:00:00.000Z' },
        `county-${options.seed}-township-notice-${village}-${n}`);
    }
  });

  clock.set('2026-04-06T02:00:00.000Z');
  const objected = designations.list(COUNTY_CODE, ['inNotice']).filter((r) => share(`objection/${r.id}`) < options.objectionRate);
  say(`${objected.length} objections`);
  // one at a time: an objection's id comes from the app's id generator, so the order of the calls must not vary
  await forEachConcurrently(objected, 1, async (r) => {
    const raised = await post<{ openObjections: string[] }>(cast.clerk(r.context.villageCode), `/designations/${r.id}/objections`, { summary: '村民反映该户收入核算偏低，请核实', occurredAt: '2026-04-05T08:00:00.000Z' });
    const objectionId = raised.openObjections.at(-1);
    const upheld = share(`objection-outcome/${r.id}`) < 0.2;
    await post(cast.reviewer(r.context.villageCode), `/designations/${r.id}/objection-resolutions`, {
      objectionId, outcome: upheld ? 'upheld' : 'dismissed', opinion: upheld ? '异议属实，退回乡镇重新核实' : '经核实，异议不成立', occurredAt: '2026-04-06T01:00:00.000Z',
    });
  });

  if (options.until === 'completed') {
    clock.set('2026-04-11T01:00:00.000Z'); // the notices of 4/3 end at 24:00 China time on 4/10
    say(`notice timer completed ${await app.noticeTimer.runDue()} designations`);
  }
  const byState: Record<string, number> = {};
  for (const r of designations.list(COUNTY_CODE)) byState[r.state] = (byState[r.state] ?? 0) + 1;
  return { declared: declared.length, byState };
};
