import { registerMaybeEdge } from '../support/edge-household.ts';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startApp } from '../support/app.ts';
import type { TestApp } from '../support/app.ts';
import { OTHER_VILLAGE } from '../support/fixtures.ts';
import { edgeHousehold, registerHousehold } from '../api/monitoring/helpers.ts';
import { L, TOWNSHIP, VILLAGE, at, householdProblem, http, ok, refused } from './helpers.ts';

let t: TestApp;
beforeEach(async () => { t = await startApp(); });
afterEach(async () => { await t.close(); });

interface Campaign { id: string; state: string; preset: string; teams: { teamId: string }[]; pairs: { townshipCode: string; unit: string }[] }
interface Progress {
  stage: { code: string } | null;
  households: { due: number; covered: number; problems: number };
  villages: { due: number; covered: number };
  byVillage: { villageCode: string; due: number; covered: number; problems: number; complete: boolean }[];
  byTeam: { teamId: string; due: number; covered: number }[];
}

const plan = {
  level: 'township', regionCode: TOWNSHIP, name: '巩固拓展脱贫攻坚成果集中排查', preset: 'jizhong-2021',
  scope: { townships: [], villages: [VILLAGE, OTHER_VILLAGE], householdTypes: [] },
  stages: [
    { code: 'mobilise', zh: '动员部署', from: '2026-06-08', to: '2026-06-10' },
    { code: 'survey', zh: '实地排查', from: '2026-06-10', to: '2026-06-15' },
    { code: 'rectify', zh: '问题整改及动态管理', from: '2026-06-15', to: '2026-06-25' },
  ],
  reportDue: '2026-06-25',
};
const member = (personId: string) => ({ personId, name: `队员${personId}` });

describe('an inspection campaign (集中排查)', () => {
  it('is planned with stages, teams of two and paired units; its progress counts households covered against those due, per village and team', async () => {
    const [h1, h2, h3] = [await registerHousehold(t, edgeHousehold(1)), await registerHousehold(t, edgeHousehold(2)), await registerHousehold(t, edgeHousehold(3))];
    await registerMaybeEdge(t, edgeHousehold(4, { villageCode: OTHER_VILLAGE }), async (household) => ok<{ id: string }>(await http(t).post({ id: 'l-inv-9', roles: ['investigator'], jurisdiction: OTHER_VILLAGE }, '/households', { household }), 201).id);
    at(t, '2026-06-08T02:00:00.000Z');
    refused(await http(t).post(L.townshipLeader, '/campaigns', { ...plan, stages: [...plan.stages].reverse() }), 422, 'STAGES_OUT_OF_ORDER');
    refused(await http(t).post(L.townshipLeader, '/campaigns', { ...plan, scope: { ...plan.scope, villages: ['430623102201'] } }), 422, 'OUTSIDE_CAMPAIGN_SCOPE');
    const campaign = ok<Campaign>(await http(t).post(L.townshipLeader, '/campaigns', plan), 201);
    expect(campaign).toMatchObject({ state: 'running', preset: 'jizhong-2021' });

    refused(await http(t).post(L.townshipLeader, `/campaigns/${campaign.id}/teams`, { teams: [{ teamId: 'A', members: [member('a'), member('b'), member('c')], villages: [VILLAGE] }] }), 422, 'TEAM_OF_TWO');
    ok(await http(t).post(L.townshipLeader, `/campaigns/${campaign.id}/teams`, {
      teams: [{ teamId: 'A', members: [member('a'), member('b')], villages: [VILLAGE] }, { teamId: 'B', members: [member('c'), member('d')], villages: [OTHER_VILLAGE] }],
    }));
    const paired = ok<Campaign>(await http(t).post(L.townshipLeader, `/campaigns/${campaign.id}/pairings`, { pairs: [{ townshipCode: TOWNSHIP, unit: '县财政局' }] }));
    expect(paired.pairs).toEqual([{ townshipCode: TOWNSHIP, unit: '县财政局' }]);

    at(t, '2026-06-11T02:00:00.000Z');
    ok(await http(t).post(L.surveyor, `/campaigns/${campaign.id}/visits`, { teamId: 'A', villageCode: VILLAGE, householdIds: [h1, h2] }));
    // a team of the campaign only
    refused(await http(t).post(L.surveyor, `/campaigns/${campaign.id}/visits`, { teamId: 'Z', villageCode: VILLAGE, householdIds: [h1] }), 409, 'STEP_NOT_ALLOWED');
    // a problem found on the third household covers it too, and takes the campaign's preset
    const found = ok(await http(t).post(L.surveyor, '/problems', householdProblem(h3, { campaignId: campaign.id })), 201);
    expect(found).toMatchObject({ campaignId: campaign.id, preset: 'jizhong-2021' });

    const progress = ok<Progress>(await http(t).get(L.townshipLeader, `/campaigns/${campaign.id}/progress`));
    expect(progress.stage).toMatchObject({ code: 'survey' });
    expect(progress.households).toEqual({ due: 4, covered: 3, problems: 1 });
    expect(progress.villages).toEqual({ due: 2, covered: 1 });
    expect(progress.byVillage).toEqual([
      { villageCode: VILLAGE, villageName: null, due: 3, covered: 3, problems: 1, complete: true },
      { villageCode: OTHER_VILLAGE, villageName: null, due: 1, covered: 0, problems: 0, complete: false },
    ]);
    expect(progress.byTeam).toEqual([
      { teamId: 'A', villages: [VILLAGE], due: 3, covered: 2 },
      { teamId: 'B', villages: [OTHER_VILLAGE], due: 1, covered: 0 },
    ]);
    expect(ok<{ total: number }>(await http(t).get(L.townshipLeader, `/problems?campaignId=${campaign.id}`)).total).toBe(1);
  });
});
