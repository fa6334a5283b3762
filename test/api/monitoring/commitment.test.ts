import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startApp } from '../../support/app.ts';
import type { TestApp } from '../../support/app.ts';
import { D, P, apply, at, edgeHousehold, evidence, groupAppraise, history, http, ok, proxyLetter, refused, registerHousehold, signedLetter, villageAppraise } from './helpers.ts';

let t: TestApp;
beforeEach(async () => { t = await startApp(); });
afterEach(async () => { await t.close(); });

describe('农户承诺和授权查询书 (commitment and authorisation letter)', () => {
  it('an applicant who cannot write: a group leader fills it in, the applicant presses a thumbprint', async () => {
    const householdId = await registerHousehold(t, edgeHousehold(21));
    const c = ok(await apply(t, householdId, { commitment: proxyLetter(true) }), 201);
    expect(c.commitment).toEqual({ by: 'proxy', thumbprint: true, signedOn: '2026-06-01' });
    expect(c.warnings.map((w) => w.code)).not.toContain('COMMITMENT_THUMBPRINT_MISSING');
    const [applied] = await t.store.readStream(`monitoring-${c.id}`);
    expect(applied?.data.commitment).toMatchObject({ signature: { by: 'proxy', name: '王组长', relation: 'groupLeader' }, thumbprint: true, letter: { kind: 'scan', mediaType: 'application/pdf' } });
    expect((await history(t, c.id))[0]?.evidence.map((e) => e.id)).toEqual(['application-form', 'letter-proxy-2026-06-01']);
  });

  it("a proxy's letter without the applicant's thumbprint is refused, naming the rule", async () => {
    const householdId = await registerHousehold(t, edgeHousehold(22));
    expect(refused(await apply(t, householdId, { commitment: proxyLetter(false) }))).toMatchObject({
      code: 'MONITORING_RULE_REFUSED', rule: 'COMMITMENT_PROXY_WITHOUT_THUMBPRINT', rules: [expect.objectContaining({ facts: { relation: 'groupLeader' } })],
    });
    // only a village cadre, a group leader or a close relative may fill it in
    const neighbour = { ...proxyLetter(true), signature: { by: 'proxy', name: '邻居', relation: 'neighbour' } };
    expect(refused(await apply(t, householdId, { commitment: neighbour }), 400).code).toBe('VALIDATION_FAILED');
  });

  it("a household's application needs the letter, with both promises; an applicant's missing thumbprint only warns", async () => {
    const householdId = await registerHousehold(t, edgeHousehold(23));
    expect(refused(await apply(t, householdId, { commitment: undefined })).rule).toBe('MONITORING_COMMITMENT_REQUIRED');
    expect(refused(await apply(t, householdId, { commitment: { ...signedLetter(), authorisesAssetQuery: false } })).rule).toBe('COMMITMENT_INCOMPLETE');
    expect(refused(await apply(t, householdId, { commitment: signedLetter('2026-07-01') })).rule).toBe('COMMITMENT_DATED_AFTER_STEP');
    const c = ok(await apply(t, householdId, { commitment: { ...signedLetter(), thumbprint: false } }), 201);
    expect(c.warnings.map((w) => w.code)).toContain('COMMITMENT_THUMBPRINT_MISSING');
  });

  it("a cadre's finding gets the letter later: no notice (and no asset query) before it is on file", async () => {
    const householdId = await registerHousehold(t, edgeHousehold(24));
    const c = ok(await apply(t, householdId, { source: 'cadreScreening', channel: undefined, commitment: undefined }), 201);
    expect(c).toMatchObject({ source: 'cadreScreening', channel: null, commitment: null });
    await groupAppraise(t, c.id);
    await villageAppraise(t, c.id);
    at(t, D.noticeStart);
    const early = await http(t).post(P.clerk, `/monitoring-cases/${c.id}/notice`, { startsAt: D.noticeStart });
    expect(refused(early)).toMatchObject({ rule: 'MONITORING_COMMITMENT_MISSING' });
    ok(await http(t).post(P.investigator, `/monitoring-cases/${c.id}/commitment`, { commitment: signedLetter('2026-06-07') }));
    expect(ok(await http(t).post(P.clerk, `/monitoring-cases/${c.id}/notice`, { startsAt: D.noticeStart }))).toMatchObject({ state: 'inNotice', commitment: { by: 'applicant' } });
  });

  it('evidence is a reference (id, sha256, media type), never the file itself', async () => {
    const householdId = await registerHousehold(t, edgeHousehold(25));
    const blob = { ...evidence('scan-1'), content: 'JVBERi0xLjQKJcfs...' };
    expect(refused(await apply(t, householdId, { evidence: [blob] }), 400).code).toBe('VALIDATION_FAILED');
    expect(refused(await apply(t, householdId, { evidence: [{ ...evidence('scan-1'), sha256: 'abc' }] }), 400).code).toBe('VALIDATION_FAILED');
    expect(refused(await apply(t, householdId, { evidence: [{ ...evidence('scan-1'), mediaType: 'application/x-msdownload' }] }), 400).code).toBe('VALIDATION_FAILED');
    ok(await apply(t, householdId, { evidence: [evidence('scan-1'), evidence('photo-1', 'photo')] }), 201);
  });
});
