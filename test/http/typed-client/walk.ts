import createClient from 'openapi-fetch';
import type { paths } from './api.d.ts';

/**
 * What a front-end team writes with nothing but openapi.yaml: a client typed by the generated `paths`
 * (openapi-typescript) walks one household through the four-card chain — register, declare, the village's
 * appraisal meeting and its three signatures, the township review, the county spot check, and the notices at
 * village and township level. Every request body, path parameter and answer field below is checked by tsc against
 * the document; the test runs it against a live app as well.
 */

type Role = 'investigator' | 'villageClerk' | 'firstSecretary' | 'partySecretary' | 'villageDirector' | 'townshipReviewer' | 'countyOffice' | 'countyInspector' | 'townshipApprover';

export interface WalkOptions {
  baseUrl: string;
  /** a bearer token for a person in a role, inside their jurisdiction (a second one: `index` 1) */
  token: (role: Role, index?: number) => string;
  /** the dates of the campaign: the test moves its clock, a real office just works on those days */
  advanceTo: (instant: string) => void;
  /** the household to register */
  household: paths['/households']['post']['requestBody']['content']['application/json']['household'];
}

export interface Walked {
  householdId: string;
  designationId: string;
  states: string[];
  noticeLevels: string[];
  etag: string | null;
}

const VILLAGE = '430623101201';
const TOWNSHIP = '430623101';

export const walkDesignation = async (o: WalkOptions): Promise<Walked> => {
  const client = createClient<paths>({ baseUrl: o.baseUrl });
  const as = (role: Role, index = 0) => ({ authorization: `Bearer ${o.token(role, index)}` });
  const must = <T>(r: { data?: T; error?: unknown; response: Response }, what: string): T => {
    if (r.data === undefined) throw new Error(`${what}: ${r.response.status} ${JSON.stringify(r.error)}`);
    return r.data;
  };
  const states: string[] = [];

  o.advanceTo('2026-03-18T01:00:00Z');
  const household = must(await client.POST('/households', { headers: as('investigator'), body: { household: o.household } }), 'register');
  const declared = await client.POST('/designations', {
    headers: { ...as('investigator'), 'idempotency-key': `declare-${household.id}` },
    body: { householdId: household.id, year: 2026, proposedCard: 'yellow', opinion: '入户核实，户主慢性病，建议黄卡' },
  });
  const designation = must(declared, 'declare');
  states.push(designation.state);

  o.advanceTo('2026-03-23T08:00:00Z');
  const meeting = must(await client.POST('/appraisal-meetings', {
    headers: as('villageClerk'),
    body: {
      villageCode: VILLAGE,
      occurredAt: '2026-03-23T10:00:00+08:00',
      attendance: { partyMembers: 12, groupLeaders: 6, poorHouseholdRepresentatives: 4, publicRepresentatives: 8 },
      decisions: [{ designationId: designation.id, decision: 'approved', card: 'yellow', opinion: '评议同意' }],
    },
  }), 'record the meeting');
  let signed = meeting;
  for (const role of ['firstSecretary', 'partySecretary', 'villageDirector'] as const) {
    signed = must(await client.POST('/appraisal-meetings/{id}/signatures', { params: { path: { id: meeting.id } }, headers: as(role), body: {} }), `sign as ${role}`);
  }
  if (!signed.applied || signed.missingSignatures.length > 0) throw new Error('the meeting did not take effect');

  o.advanceTo('2026-03-27T08:00:00Z');
  const before = must(await client.GET('/designations/{id}', { params: { path: { id: designation.id } }, headers: as('townshipReviewer') }), 'read before the review');
  states.push(before.state);
  const reviewed = await client.POST('/designations/{id}/township-review', {
    params: { path: { id: designation.id } },
    headers: { ...as('townshipReviewer'), 'if-match': `"${before.revision}"` },
    body: { outcome: 'confirmed', opinion: '经入户复核，情况属实' },
  });
  states.push(must(reviewed, 'township review').state);

  o.advanceTo('2026-03-31T08:00:00Z');
  const round = must(await client.POST('/spot-check-rounds', { headers: as('countyOffice'), body: { townshipCode: TOWNSHIP, seed: 'typed-client-2026' } }), 'open the round');
  for (const sampled of round.sample) {
    for (const inspector of [0, 1]) {
      must(await client.POST('/spot-check-rounds/{id}/signatures', {
        params: { path: { id: round.id } },
        headers: as('countyInspector', inspector),
        body: { designationId: sampled, outcome: 'confirmed', opinion: '抽查属实' },
      }), 'sign the sampled result');
    }
  }
  const closed = must(await client.POST('/spot-check-rounds/{id}/closure', { params: { path: { id: round.id } }, headers: as('countyOffice'), body: {} }), 'close the round');
  if (!closed.closed) throw new Error('the round did not close');

  o.advanceTo('2026-04-03T01:00:00Z');
  const noticeLevels: string[] = [];
  for (const scopeCode of [VILLAGE, TOWNSHIP]) {
    const notice = must(await client.POST('/notices', { headers: as('townshipApprover'), body: { scopeCode, designationIds: [designation.id], startsAt: '2026-04-03T09:00:00+08:00' } }), `post the ${scopeCode} notice`);
    noticeLevels.push(notice.level);
  }
  const now = await client.GET('/designations/{id}', { params: { path: { id: designation.id } }, headers: as('investigator') });
  states.push(must(now, 'read it on notice').state);
  return { householdId: household.id, designationId: designation.id, states, noticeLevels, etag: now.response.headers.get('etag') };
};
