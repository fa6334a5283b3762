import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startApp } from '../support/app.ts';
import type { TestApp } from '../support/app.ts';
import { edgeHousehold, registerHousehold } from '../api/monitoring/helpers.ts';
import { L, at, householdProblem, http, lists, ok, recordAndSign, refused } from './helpers.ts';

let t: TestApp;
beforeEach(async () => { t = await startApp(); });
afterEach(async () => { await t.close(); });

interface Duties { total: number; items: { key: string; kind: string; owner: { personId: string | null }; overdueDays: number; supervisorRole: string | null }[] }

describe('a household problem through the ledger (问题整改台账)', () => {
  it('is signed by both leaders, gets its four lists, fails a verification, is reopened, rectified again and closed (销号)', async () => {
    const householdId = await registerHousehold(t, edgeHousehold(1));
    at(t, '2026-06-12T02:00:00.000Z');
    const found = ok(await http(t).post(L.surveyor, '/problems', householdProblem(householdId)), 201);
    expect(found).toMatchObject({
      state: 'awaitingSignatures', inLedger: false, level: 'household', householdType: 'edgeProne', householdTypeZh: '边缘易致贫户',
      preset: 'jizhong-2021', typeZh: '脱贫人口就业', itemZh: '就业帮扶未落实', foundBy: L.surveyor.id, followUp: null,
    });

    // not in the ledger until both leaders have signed (001)
    refused(await http(t).post(L.townshipReviewer, `/problems/${found.id}/lists`, { lists: lists('2026-06-25') }), 409, 'STEP_NOT_ALLOWED');
    refused(await http(t).post(L.townshipLeader, `/problems/${found.id}/signatures`, { as: 'countyGuidanceLeader', opinion: '代签' }), 422, 'LEDGER_SIGNER_CAPACITY');
    const one = ok(await http(t).post(L.townshipLeader, `/problems/${found.id}/signatures`, { as: 'townshipWorkLeader', opinion: '情况属实' }));
    expect(one).toMatchObject({ state: 'awaitingSignatures', inLedger: false, signatures: { townshipWorkLeader: { personId: L.townshipLeader.id }, countyGuidanceLeader: null } });
    refused(await http(t).post(L.townshipLeader, `/problems/${found.id}/signatures`, { as: 'townshipWorkLeader', opinion: '再签' }), 409, 'STEP_NOT_ALLOWED');
    const signed = ok(await http(t).post(L.countyLeader, `/problems/${found.id}/signatures`, { as: 'countyGuidanceLeader', opinion: '同意纳入台账' }));
    expect(signed).toMatchObject({ state: 'awaitingLists', inLedger: true });

    // the four lists: set, then changed only with a reason
    refused(await http(t).post(L.townshipReviewer, `/problems/${found.id}/lists`, { lists: lists('2026-06-01') }), 422, 'DEADLINE_BEFORE_FINDING');
    expect(ok(await http(t).post(L.townshipReviewer, `/problems/${found.id}/lists`, { lists: lists('2026-06-25') }))).toMatchObject({ state: 'rectifying', lists: { deadline: '2026-06-25' } });
    refused(await http(t).post(L.townshipReviewer, `/problems/${found.id}/list-changes`, { lists: lists('2026-06-28') }), 400, 'VALIDATION_FAILED');
    refused(await http(t).post(L.townshipReviewer, `/problems/${found.id}/list-changes`, { lists: lists('2026-06-25'), reason: '无变化' }), 422, 'NOTHING_CHANGED');
    expect(ok(await http(t).post(L.townshipReviewer, `/problems/${found.id}/list-changes`, { lists: lists('2026-06-28'), reason: '补助资金需县财政拨付，延期三天' })))
      .toMatchObject({ lists: { deadline: '2026-06-28' }, listChanges: 1 });

    // rectified by the township reviewer; the same person cannot verify it on site
    at(t, '2026-06-20T02:00:00.000Z');
    expect(ok(await http(t).post(L.townshipReviewer, `/problems/${found.id}/rectification`, { result: '已补发一季度补助 1500 元' })))
      .toMatchObject({ state: 'awaitingVerification', claim: { by: L.townshipReviewer.id, result: '已补发一季度补助 1500 元' } });
    refused(await http(t).post(L.townshipReviewer, `/problems/${found.id}/verification`, { outcome: 'passed', opinion: '已整改' }), 422, 'VERIFIER_IS_RECTIFIER');
    const failed = ok(await http(t).post(L.townshipLeader, `/problems/${found.id}/verification`, { outcome: 'failed', opinion: '入户核实，补助仍未到账' }));
    expect(failed).toMatchObject({ state: 'verificationFailed', failedVerifications: 1 });
    refused(await http(t).post(L.townshipLeader, `/problems/${found.id}/closure`, { opinion: '销号' }), 409, 'STEP_NOT_ALLOWED');

    expect(ok(await http(t).post(L.townshipLeader, `/problems/${found.id}/reopening`, { reason: '核验未通过，重新整改' }))).toMatchObject({ state: 'rectifying' });
    at(t, '2026-06-24T02:00:00.000Z');
    ok(await http(t).post(L.clerk, `/problems/${found.id}/rectification`, { result: '补助已到账，附银行流水' }));
    expect(ok(await http(t).post(L.townshipReviewer, `/problems/${found.id}/verification`, { outcome: 'passed', opinion: '入户核实，已到账' }))).toMatchObject({ state: 'verified' });
    const closed = ok(await http(t).post(L.townshipLeader, `/problems/${found.id}/closure`, { opinion: '整改到位，销号' }));
    expect(closed).toMatchObject({ state: 'closed', stateZh: '已销号', closedAt: '2026-06-24T02:00:00.000Z', overdue: false });

    const history = ok<{ steps: { step: string; actor: { id: string }; data: Record<string, unknown> }[] }>(await http(t).get(L.countyLeader, `/problems/${found.id}/history`));
    expect(history.steps.map((s) => s.step)).toEqual([
      'ProblemFound', 'ProblemSigned', 'ProblemSigned', 'ProblemListsSet', 'ProblemListsChanged', 'ProblemRectificationClaimed', 'ProblemVerified',
      'ProblemReopened', 'ProblemRectificationClaimed', 'ProblemVerified', 'ProblemClosed',
    ]);
    expect(history.steps[4]?.data).toMatchObject({ reason: '补助资金需县财政拨付，延期三天' });

    // the procedure audit runs the ledger's invariants over the stored trail: nothing breaks them
    const audit = ok<{ streamsChecked: number; findings: unknown[] }>(await http(t).get({ id: 'l-sv-1', roles: ['supervisor'], jurisdiction: '430623' }, '/audit/procedure'));
    expect(audit.findings).toEqual([]);
    expect(audit.streamsChecked).toBeGreaterThanOrEqual(1);

    // the rectification duty is gone once the problem is closed
    const duties = ok<Duties>(await http(t).get(L.countyLeader, '/duties?state=open&kind=rectification'));
    expect(duties.total).toBe(0);
  });

  it('refuses a household problem with an item the form leaves to departments (面上问题)', async () => {
    const householdId = await registerHousehold(t, edgeHousehold(2));
    at(t, '2026-06-12T02:00:00.000Z');
    refused(await http(t).post(L.surveyor, '/problems', householdProblem(householdId, { typeCode: 'water', itemCode: 'water.4' })), 422, 'PROBLEM_LEVEL_MISMATCH');
    refused(await http(t).post(L.surveyor, '/problems', householdProblem(householdId, { typeCode: 'roads' })), 422, 'PROBLEM_TYPE_UNKNOWN');
  });

  it('keeps one person from signing as both leaders', async () => {
    const both = { id: 'l-both', roles: ['countyOffice' as const, 'townshipApprover' as const], jurisdiction: '430623' };
    const householdId = await registerHousehold(t, edgeHousehold(3));
    at(t, '2026-06-12T02:00:00.000Z');
    const found = ok(await http(t).post(L.surveyor, '/problems', householdProblem(householdId)), 201);
    ok(await http(t).post(both, `/problems/${found.id}/signatures`, { as: 'countyGuidanceLeader', opinion: '同意' }));
    // a county jurisdiction cannot sign as the township's leader, nor the same person with a township token
    refused(await http(t).post(both, `/problems/${found.id}/signatures`, { as: 'townshipWorkLeader', opinion: '同意' }), 422, 'LEDGER_SIGNER_CAPACITY');
    refused(await http(t).post({ ...both, roles: ['townshipApprover'], jurisdiction: '430623101' }, `/problems/${found.id}/signatures`, { as: 'townshipWorkLeader', opinion: '同意' }), 422, 'LEADERS_ARE_TWO_PEOPLE');
    expect((await recordAndSign(t, householdProblem(householdId, { itemCode: 'employment.1' }))).inLedger).toBe(true);
  });
});
