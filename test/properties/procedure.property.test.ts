import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { startApp } from '../support/app.ts';
import { focused, sequenceArb } from './actions.ts';
import type { Action, Focus } from './actions.ts';
import { auditFindings, auditRouteFindings, checkConsistency } from './checks.ts';
import { PropertyBroken, Runner, Stats } from './runner.ts';

/**
 * The procedure holds whatever is sent (issue 12). Random sequences of commands — both chains (four-card
 * designations, monitoring cases) and the list operations (appraisal meetings and signatures, spot-check rounds,
 * signatures and closure, notices at village and township level, objections and resolutions), random field dates
 * (now, hours ago, beyond the late-entry window with and without a reason, a few minutes fast, in the future, out
 * of order) and random people (the right one, a wrong role, another jurisdiction, the declarer checking his own
 * case) — go over HTTP to the app on the embedded store while the clock moves forward and the notice timer runs.
 *
 * Whatever is accepted or refused:
 * 1. no answer is a 5xx (nor does the timer throw);
 * 2. every refusal is problem+json with a `code` (and never asks for a late-entry reason the request gave);
 * 3. the procedure audit over the whole store, built as the app builds it, finds nothing — every accepted trail
 *    keeps the procedure — and GET /audit/procedure says the same;
 * 4. what the API reports agrees with the trails (states, cards, both notice levels ended before a completion,
 *    a monitored household reported after its notice with a clear comparison, notices list only what accepted
 *    them) and nothing whose notice is over is left running once the timer has run.
 *
 * The bugs the first runs showed (B1–B6) are fixed; each stays pinned, cut down, in known-bugs.test.ts.
 *
 * Fixed seed: a failure prints the seed, the counterexample path and the request log of the failing run, and
 * reproduces with the same seed. PROPERTY_STATS=1 prints every answer by step and code, and the states reached.
 */
/** PROPERTY_SEED and PROPERTY_RUNS explore further (e.g. a night's run); the committed numbers stay under a minute */
const SEED = Number(process.env.PROPERTY_SEED ?? 20261206);
const RUNS = Number(process.env.PROPERTY_RUNS ?? 24);
/** PROPERTY_SHRINK=1 shrinks a failing sequence (minutes: every try starts an app); by default the first failure is reported as found */
const SHRINK = process.env.PROPERTY_SHRINK === '1';

const stats = new Stats();
const reached = { designated: 0, monitored: 0, eliminated: 0 };

const runSequence = async ({ focus, actions }: { focus: Focus; actions: Action[] }): Promise<void> => {
  const t = await startApp();
  const r = new Runner(t, stats);
  try {
    await r.setup();
    r.log.push(`-- focus: ${focus}`);
    for (const a of actions) await r.run(focused(focus, a));
    // every notice runs to its end, the timer ends what is due (twice: an ending may make another one due)
    t.clock.advance(20 * 86_400_000);
    await r.timer();
    await r.timer();
    const findings = await auditFindings(t);
    if (findings.length > 0) throw new PropertyBroken(`(3) the audit finds ${findings.length} accepted step(s) breaking the procedure: ${JSON.stringify(findings, null, 1)}`);
    const route = await auditRouteFindings(r);
    if (!route.ok || route.findings.length > 0) throw new PropertyBroken(`(3) GET /audit/procedure is not ok: ${JSON.stringify(route.findings)}`);
    const seen = await checkConsistency(r);
    reached.designated += seen.designated;
    reached.monitored += seen.monitored;
    reached.eliminated += seen.eliminated;
  } catch (error) {
    if (error instanceof PropertyBroken) throw new PropertyBroken(`${error.message}\n--- requests of this run ---\n${r.log.join('\n')}`);
    throw error;
  } finally {
    await t.close();
  }
};

describe(`the procedure holds under random commands (fast-check seed ${SEED}, ${RUNS} runs)`, () => {
  afterAll(() => {
    const known = [...stats.answers, ...stats.finalStates].filter(([k]) => k.startsWith('KNOWN BUG')).map(([k, n]) => `${k} ×${n}`);
    console.log(`procedure property, fast-check seed ${SEED}, ${RUNS} runs: reached ${JSON.stringify(reached)}${known.length > 0 ? `; ${known.join('; ')}` : ''}`);
    if (process.env.PROPERTY_STATS === '1') console.log(`answers by step\n${stats.table(stats.answers)}\nfinal states\n${stats.table(stats.finalStates)}`);
  });

  it(`seed ${SEED}: no 5xx, refusals are problem+json with a code, the audit finds nothing, the API agrees with the trails`, async () => {
    await fc.assert(fc.asyncProperty(sequenceArb, runSequence), { seed: SEED, numRuns: RUNS, verbose: true, endOnFailure: !SHRINK });
    // the runs went deep enough to mean something: households designated and cases monitored
    expect(reached.designated).toBeGreaterThan(0);
    expect(reached.monitored).toBeGreaterThan(0);
  }, SHRINK ? 3_600_000 : 240_000);
});
