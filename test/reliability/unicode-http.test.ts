import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/shared/clock.ts';
import { startApp } from '../support/app.ts';
import type { TestApp } from '../support/app.ts';
import { yellowHousehold } from '../support/fixtures.ts';
import { expectProblem, INVESTIGATOR, post } from './chain.ts';
import { EDGE_TEXT, UNSTORABLE_TEXT } from './nasty.ts';
import { storeTargets } from './targets.ts';

const targets = await storeTargets('unicode-http');

/** the same text through the API: PostgreSQL's jsonb cannot hold NUL or unpaired surrogates, and must not have to */
describe.each(targets)('unusual text in a command ($name)', (target) => {
  const run = it.skipIf(Boolean(target.skip));
  let t: TestApp;
  let seq = 700;
  beforeAll(async () => {
    if (!target.skip) t = await startApp({ clock: new ManualClock('2026-03-18T01:00:00Z'), openStore: target.openStore, idPrefix: 601 });
  });
  afterAll(async () => {
    await t?.close();
  });
  const named = (head: string) => ({ household: { ...yellowHousehold(++seq), group: head } });

  run('NUL and unpaired surrogates are refused with 400 problem+json, and a registration committed alongside is not harmed', async () => {
    for (const bad of UNSTORABLE_TEXT) {
      const head = await t.store.headPosition();
      const [refused, fine] = await Promise.all([
        post(t, INVESTIGATOR, '/households', named(`3组${bad}`)),
        post(t, INVESTIGATOR, '/households', named('3组')),
      ]);
      expect(refused.statusCode, `${JSON.stringify(bad)}: ${refused.body}`).toBe(400);
      expect(expectProblem(refused).code).toMatch(/^(INVALID_EVENT|VALIDATION_FAILED)$/);
      expect(fine.statusCode, fine.body).toBe(201);
      expect(await t.store.headPosition()).toBe(head + 2); // the fine one's resident claim and registration; nothing of the refused one
    }
  });

  run('valid text at the edges of Unicode is stored and read back exactly', async () => {
    for (const text of EDGE_TEXT) {
      const res = await post(t, INVESTIGATOR, '/households', named(text));
      expect(res.statusCode, `${JSON.stringify(text)}: ${res.body}`).toBe(201);
      const [stored] = await t.store.readStream(`household-${res.json<{ id: string }>().id}`);
      expect((stored?.data.household as { group: string }).group).toBe(text);
    }
  });
});
