import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { ManualClock } from '../../src/shared/clock.ts';
import { startApp } from '../support/app.ts';
import type { TestApp } from '../support/app.ts';
import { awaitingTownshipReview, declared, expectOneWinner, INVESTIGATOR, post, reviewer } from './chain.ts';
import { storeTargets } from './targets.ts';

const RACERS = 20;
const targets = await storeTargets('concurrency');
const REVIEWS = [
  { outcome: 'confirmed', opinion: '复核属实' },
  { outcome: 'adjusted', card: 'green', opinion: '调整为绿卡' },
  { outcome: 'sentBack', reason: '收入核算有误' },
  { outcome: 'refused', reason: '不符合条件' },
];
const REVIEW_EVENTS = ['TownshipReviewed', 'TownshipSentBack', 'TownshipRefused'];

describe.each(targets)('concurrent commands on one designation ($name)', (target) => {
  const run = it.skipIf(Boolean(target.skip));
  let t: TestApp;
  let other: TestApp | undefined;
  let waiting: string[] = [];
  let fresh: string[] = [];
  beforeAll(async () => {
    if (target.skip) return;
    const clock = new ManualClock();
    t = await startApp({ clock, openStore: target.openStore, idPrefix: 401 });
    // PostgreSQL: a second instance on the same database, with its own engine cache; it learns of writes by the feed
    if (target.openStore) other = await startApp({ clock, openStore: target.openStore, idPrefix: 402 });
    fresh = await declared(t, 2, 1);
    waiting = await awaitingTownshipReview(t, 5, 11);
    await other?.app.services.projector.waitFor(await t.store.headPosition());
  });
  afterAll(async () => {
    await other?.close();
    await t?.close();
  });

  /** the race, then the stream: exactly one new event, of one of the step's types, and an intact hash chain */
  const race = async (id: string, send: (i: number) => Promise<LightMyRequestResponse>, stepTypes: readonly string[]) => {
    const stream = `designation-${id}`;
    const before = await t.store.readStream(stream);
    const head = await t.store.headPosition();
    // half start together (they all read the same revision), half trickle in while the winner commits
    const responses = await Promise.all(Array.from({ length: RACERS }, async (_, i) => {
      if (i % 2 === 1) await new Promise((resolve) => setTimeout(resolve, i));
      return send(i);
    }));
    const added = (await t.store.readStream(stream)).slice(before.length);
    expect(added).toHaveLength(1);
    expect(stepTypes).toContain(added[0]?.type);
    expect(await t.store.headPosition()).toBe(head + 1);
    expect(await t.store.verify(stream)).toMatchObject({ ok: true });
    return responses;
  };
  const revisionOf = async (id: string) => (await t.store.readStream(`designation-${id}`)).length - 1;
  /** alternate between the two instances when there are two */
  const via = (i: number): TestApp => (other && i % 2 === 1 ? other : t);

  run(`${RACERS} township reviewers at once: one review is recorded, the others get 409`, async () => {
    const id = waiting[0] ?? '';
    const responses = await race(id, (i) => post(via(i), reviewer(i), `/designations/${id}/township-review`, { outcome: 'confirmed', opinion: '复核属实' }), REVIEW_EVENTS);
    const { codes } = expectOneWinner(responses, [409]);
    expect(codes.filter((c) => c !== 'CONCURRENT_CHANGE' && c !== 'STEP_NOT_ALLOWED')).toEqual([]);
  });

  run('different decisions under the same If-Match: one wins, the rest get 409 or 412', async () => {
    const id = waiting[1] ?? '';
    const ifMatch = `"${await revisionOf(id)}"`;
    const responses = await race(id, (i) => post(via(i), reviewer(i), `/designations/${id}/township-review`, REVIEWS[i % REVIEWS.length] ?? {}, { 'if-match': ifMatch }), REVIEW_EVENTS);
    expectOneWinner(responses);
  });

  run(`${RACERS} withdrawals of one declaration with the same If-Match: one is recorded`, async () => {
    const id = fresh[0] ?? '';
    const ifMatch = `"${await revisionOf(id)}"`;
    const responses = await race(id, (i) => post(via(i), INVESTIGATOR, `/designations/${id}/withdrawal`, { reason: `撤回 ${i}` }, { 'if-match': ifMatch }), ['DeclarationWithdrawn']);
    expectOneWinner(responses);
  });

  run('a withdrawal racing township reviews: exactly one step is taken', async () => {
    const id = waiting[2] ?? '';
    // the declarer may not withdraw once the village appraised: its requests lose, but never with a 5xx
    const responses = await race(id, (i) => (i % 4 === 0
      ? post(via(i), { id: 'fs', role: 'firstSecretary', region: INVESTIGATOR.region }, `/designations/${id}/appraisal-withdrawal`, { reason: '评议有误' })
      : post(via(i), reviewer(i), `/designations/${id}/township-review`, REVIEWS[i % REVIEWS.length] ?? {})), [...REVIEW_EVENTS, 'AppraisalWithdrawn']);
    expectOneWinner(responses, [409]);
  });

  run(`one reviewer's retry sent ${RACERS} times at once (same Idempotency-Key): one event, every answer 200`, async () => {
    const id = waiting[3] ?? '';
    const key = `retry-${target.name}-0001`;
    const responses = await race(id, (i) => post(via(i), reviewer(1), `/designations/${id}/township-review`, { outcome: 'confirmed', opinion: '复核属实' }, { 'idempotency-key': key }), REVIEW_EVENTS);
    expect(responses.map((r) => r.statusCode)).toEqual(responses.map(() => 200));
    expect(responses.filter((r) => r.headers['idempotent-replayed'] !== 'true')).toHaveLength(1);
    expect(new Set(responses.map((r) => r.headers.etag))).toEqual(new Set([`"${await revisionOf(id)}"`]));
  });
});
