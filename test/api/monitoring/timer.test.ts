import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startApp } from '../../support/app.ts';
import type { TestApp } from '../../support/app.ts';
import { driveToNotice } from '../../support/drive.ts';
import { D, P, at, caseOf, compareClear, drive, http, ok, refused } from './helpers.ts';

let t: TestApp;
beforeEach(async () => { t = await startApp(); });
afterEach(async () => { await t.close(); });

describe('one notice timer for both chains', () => {
  it('the same run completes a four-card designation and ends a monitoring notice', async () => {
    const [designationId] = await driveToNotice(t, 1); // a 7-day notice from 4/3, in March–April 2026
    const c = await drive(t, 'inNotice', 131); // a 5-working-day notice from 6/8
    await compareClear(t, c.id);
    at(t, D.afterNotice);
    expect(await t.app.noticeTimer.runDue()).toBe(2);
    expect(await caseOf(t, c.id)).toMatchObject({ state: 'awaitingReport' });
    const designation = (await t.store.readStream(`designation-${designationId}`)).at(-1);
    expect(designation?.type).toBe('DesignationCompleted');
    // each ends once
    expect(await t.app.noticeTimer.runDue()).toBe(0);
  });

  it('a notice that ended while the service was down ends on the first run after a restart', async () => {
    const c = await drive(t, 'inNotice', 132);
    t = await t.restart();
    at(t, D.afterNotice);
    expect(await t.app.noticeTimer.runDue()).toBe(1);
    expect(await caseOf(t, c.id)).toMatchObject({ state: 'awaitingComparison', notice: { endedAt: D.noticeEnd } });
  });
});

describe('concurrency on a case', () => {
  it('If-Match with a stale revision is refused (412); the current one is accepted', async () => {
    const c = await drive(t, 'awaitingVillageAppraisal', 133);
    at(t, D.village);
    const body = { decision: 'included', monitoringType: 'edgeProne', opinion: '同意', attendance: { committeeMembers: 5, workTeamMembers: 2, supervisoryCommitteeMembers: 2, villagerRepresentatives: 6 } };
    const stale = await http(t).post(P.partySecretary, `/monitoring-cases/${c.id}/village-appraisal`, body, { 'if-match': `"${c.revision - 1}"` });
    expect(refused(stale, 412).code).toBe('PRECONDITION_FAILED');
    const fresh = await http(t).post(P.partySecretary, `/monitoring-cases/${c.id}/village-appraisal`, body, { 'if-match': `"${c.revision}"` });
    expect(ok(fresh).revision).toBe(c.revision + 1);
    expect(fresh.headers.etag).toBe(`"${c.revision + 1}"`);
  });
});
