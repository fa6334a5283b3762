import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/auth/roles.ts';
import { startApp } from '../support/app.ts';
import type { TestApp } from '../support/app.ts';
import { call, driveThroughLists } from '../support/drive.ts';
import { COUNTY, VILLAGE } from '../support/fixtures.ts';

let t: TestApp;
let id: string;
beforeAll(async () => {
  t = await startApp();
  [id] = (await driveThroughLists(t, 1)).designationIds as [string];
});
afterAll(async () => t.close());

const supervisor = { id: 'sv-1', role: 'supervisor' as Role, region: COUNTY };
const get = (url: string, who: { id: string; role: Role; region: string } = supervisor) => call(t, who, 'GET', url);

describe('time travel: GET /designations/:id/state', () => {
  it('rebuilds the state after each revision by replay', async () => {
    const steps = (await get(`/designations/${id}/history`)).json().steps as Array<{ revision: number; step: string; hash: string }>;
    expect(steps.map((s) => s.step)).toEqual(['InitialCheckDeclared', 'AppraisalDecided', 'TownshipReviewed', 'SampledForSpotCheck', 'SpotCheckSigned', 'SpotCheckSigned', 'NoticePosted', 'NoticePosted']);
    const states = [];
    for (const s of steps) {
      const res = await get(`/designations/${id}/state?revision=${s.revision}`);
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json();
      expect(body).toMatchObject({ id, revision: s.revision, asOf: { revision: s.revision, at: null }, lastStep: { revision: s.revision, step: s.step, hash: s.hash } });
      states.push(body.state);
    }
    expect(states).toEqual(['awaitingAppraisal', 'awaitingTownshipReview', 'awaitingSpotCheck', 'spotCheck', 'spotCheck', 'awaitingNotice', 'inNotice', 'inNotice']);
    const sampled = (await get(`/designations/${id}/state?revision=4`)).json();
    expect(sampled.spotCheck).toMatchObject({ outcome: 'confirmed', signers: ['ci-1'] });
    // the last revision is the present, as the read model has it
    const now = (await get(`/designations/${id}`)).json();
    const last = (await get(`/designations/${id}/state?revision=7`)).json();
    for (const key of ['state', 'card', 'notice', 'spotCheck', 'revision', 'declaredBy', 'reportedTo']) expect(last[key], key).toEqual(now[key]);
  });

  it('answers as of an instant: what had been recorded by then', async () => {
    const at = async (instant: string) => get(`/designations/${id}/state?at=${encodeURIComponent(instant)}`);
    expect((await at('2026-03-25T00:00:00+08:00')).json()).toMatchObject({ state: 'awaitingTownshipReview', revision: 1, asOf: { at: '2026-03-24T16:00:00.000Z' } });
    expect((await at('2026-03-27T08:00:00Z')).json()).toMatchObject({ state: 'awaitingSpotCheck', revision: 2 });
    expect((await get(`/designations/${id}/state?at=${encodeURIComponent('2026-03-31T08:00:00Z')}&revision=3`)).json()).toMatchObject({ state: 'spotCheck', revision: 3 });
    const before = await at('2026-03-18T00:59:59Z');
    expect(before.statusCode).toBe(404);
    expect(before.json().code).toBe('NOT_YET_RECORDED');
    expect((await at('2026-03-25')).statusCode).toBe(400);
  });

  it('stays in the jurisdiction: 404 outside, 403 for integrators, any reading role inside', async () => {
    expect((await get(`/designations/${id}/state?revision=0`, { id: 'x', role: 'supervisor', region: '430624' })).statusCode).toBe(404);
    expect((await get('/designations/00000000-0000-4000-8000-0000000000ff/state')).statusCode).toBe(404);
    expect((await get(`/designations/${id}/state`, { id: 'i', role: 'integrator', region: '' })).statusCode).toBe(403);
    expect((await get(`/designations/${id}/state?revision=0`, { id: 'inv-1', role: 'investigator', region: VILLAGE })).statusCode).toBe(200);
  });

  it('history shows each step with its evidence and its verified hash link', async () => {
    const steps = (await get(`/designations/${id}/history`)).json().steps as Array<Record<string, unknown>>;
    expect(steps.every((s) => s.linkVerified === true && s.schemaVersion === 1)).toBe(true);
    steps.forEach((s, i) => { if (i > 0) expect(s.prevHash).toBe(steps[i - 1]?.hash); });
    expect(steps[0]).toMatchObject({ evidence: { householdRevision: 0, suggestion: { card: 'yellow' } } });
    expect(steps[0]?.evidence).toHaveProperty('householdId');
    expect(steps[1]?.evidence).toHaveProperty('meetingId');
    expect(steps[3]?.evidence).toHaveProperty('roundId');
    expect(steps[6]?.evidence).toHaveProperty('noticeId');
    expect(JSON.stringify(steps)).not.toContain('residentId');
  });
});
