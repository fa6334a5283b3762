import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERMISSIONS } from '../../src/auth/permissions.ts';
import type { CommandName } from '../../src/auth/permissions.ts';
import { ROLES } from '../../src/auth/roles.ts';
import type { Role } from '../../src/auth/roles.ts';
import { startApp } from '../support/app.ts';
import type { TestApp } from '../support/app.ts';
import { call, driveThroughLists } from '../support/drive.ts';
import { TOWNSHIP, VILLAGE, yellowHousehold } from '../support/fixtures.ts';
import { YEAR_2027 } from '../support/calendar-2027.ts';
import { monitoringMatrix, monitoringRequests } from '../api/monitoring/matrix-requests.ts';
import type { MonitoringMatrixIds } from '../api/monitoring/matrix-requests.ts';

let t: TestApp;
let ids: Awaited<ReturnType<typeof driveThroughLists>>;
let monitoring: MonitoringMatrixIds;
beforeAll(async () => {
  t = await startApp();
  ids = await driveThroughLists(t, 1);
  monitoring = await monitoringMatrix(t);
});
afterAll(async () => t.close());

const d = () => ids.designationIds[0] as string;
let seq = 500;
/** one request per command, aimed at a household inside VILLAGE */
const requests: Partial<Record<CommandName, () => [string, object]>> = {
  'household.register': () => ['/households', { household: yellowHousehold(++seq) }],
  'household.change': () => [`/households/${ids.householdIds[0]}/changes`, { changes: { group: '4组' }, reason: '分组调整' }],
  'household.review': () => [`/households/${ids.householdIds[0]}/reviews`, { opinion: '已核对' }],
  'household.supervise': () => [`/households/${ids.householdIds[0]}/supervisions`, { opinion: '已监督' }],
  'designation.declare': () => ['/designations', { householdId: ids.householdIds[0], year: 2026, proposedCard: 'yellow', opinion: '核实' }],
  'designation.revise': () => [`/designations/${d()}/revision`, { proposedCard: 'yellow', opinion: '复查' }],
  'designation.withdraw': () => [`/designations/${d()}/withdrawal`, { reason: '撤回' }],
  'appraisal.record': () => ['/appraisal-meetings', { villageCode: VILLAGE, occurredAt: '2026-04-03T00:00:00Z', attendance: { partyMembers: 1, groupLeaders: 1, poorHouseholdRepresentatives: 1, publicRepresentatives: 1 }, decisions: [{ designationId: d(), decision: 'approved', card: 'yellow', opinion: '同意' }] }],
  'appraisal.sign': () => [`/appraisal-meetings/${ids.meetingId}/signatures`, {}],
  'appraisal.withdraw': () => [`/designations/${d()}/appraisal-withdrawal`, { reason: '撤回' }],
  'township.review': () => [`/designations/${d()}/township-review`, { outcome: 'confirmed', opinion: '属实' }],
  'township.withdraw': () => [`/designations/${d()}/township-review-withdrawal`, { reason: '撤回' }],
  'spotCheck.round': () => ['/spot-check-rounds', { townshipCode: TOWNSHIP }],
  'spotCheck.sign': () => [`/spot-check-rounds/${ids.roundId}/signatures`, { designationId: d(), outcome: 'confirmed', opinion: '属实' }],
  'notice.post': () => ['/notices', { scopeCode: VILLAGE, designationIds: [d()], startsAt: '2026-04-03T01:00:00Z' }],
  'objection.raise': () => [`/designations/${d()}/objections`, { summary: '有群众反映' }],
  'objection.resolve': () => [`/designations/${d()}/objection-resolutions`, { objectionId: '00000000-0000-4000-8000-0000000000aa', outcome: 'dismissed', opinion: '不属实' }],
  ...monitoringRequests(() => monitoring),
  // every admin request after the first corrects the year, so each carries a reason
  'calendar.publish': () => ['/calendar/years', { ...YEAR_2027, reason: '核对国务院通知' }],
};
/** commands no HTTP request can issue: the system's own */
const SYSTEM_ONLY: CommandName[] = ['designation.complete'];
/** commands on what the whole deployment shares (the working-day calendar): no jurisdiction to be outside of */
const NATIONAL: CommandName[] = ['calendar.publish'];

describe('authorization matrix: every command × every role × inside/outside the jurisdiction', () => {
  it('every command in the permission table has a request in this matrix', () => {
    const missing = (Object.keys(PERMISSIONS) as CommandName[]).filter((c) => !requests[c] && !SYSTEM_ONLY.includes(c));
    expect(missing).toEqual([]);
  });

  for (const command of Object.keys(PERMISSIONS) as CommandName[]) {
    const build = requests[command];
    if (!build) continue;
    it(`${command}: allowed roles act inside, are 404 outside; every other role is 403`, async () => {
      const allowed = PERMISSIONS[command] as readonly Role[];
      const seen: string[] = [];
      for (const role of ROLES) {
        const [url, body] = build();
        const inside = await call(t, { id: `${role}-in`, role, region: role.startsWith('county') ? '430623' : role.startsWith('township') ? TOWNSHIP : VILLAGE }, 'POST', url, body);
        const outside = await call(t, { id: `${role}-out`, role, region: '430624' }, 'POST', url, body);
        if (allowed.includes(role)) {
          expect([401, 404], `${role} inside: ${inside.body}`).not.toContain(inside.statusCode);
          // an allowed role is never refused for its role; it may be refused as the same person as an earlier step
          if (inside.statusCode === 403) expect(['SEPARATION_OF_DUTIES', 'NOT_THE_DECLARER'], `${role} inside`).toContain(inside.json().code);
          if (NATIONAL.includes(command)) expect(outside.statusCode, `${role} outside: ${outside.body}`).toBeLessThan(300);
          else expect(outside.statusCode, `${role} outside`).toBe(404);
        } else {
          expect([403, 404], `${role} inside: ${inside.body}`).toContain(inside.statusCode);
          if (inside.statusCode === 403) expect(inside.json().code).toBe('FORBIDDEN_ROLE');
          expect([403, 404]).toContain(outside.statusCode);
        }
        seen.push(role);
      }
      expect(seen).toEqual([...ROLES]);
    });
  }

  it('reads: every reading role sees inside and gets 404 outside; integrators read nothing here', async () => {
    for (const role of ROLES) {
      const inside = await call(t, { id: `${role}-r`, role, region: VILLAGE }, 'GET', `/designations/${d()}`);
      const outside = await call(t, { id: `${role}-r`, role, region: '430624' }, 'GET', `/designations/${d()}`);
      if (role === 'integrator') {
        expect(inside.statusCode).toBe(403);
      } else {
        expect(inside.statusCode, role).toBe(200);
        expect(outside.statusCode, role).toBe(404);
      }
    }
  });
});
