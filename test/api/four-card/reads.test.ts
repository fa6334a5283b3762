import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startApp } from '../../support/app.ts';
import type { Person, TestApp } from '../../support/app.ts';
import { COUNTY, OTHER_VILLAGE, TOWNSHIP, VILLAGE, yellowHousehold } from '../../support/fixtures.ts';
import { P, appraise, chain, declare, http, nextSeq, ok, openRound, postNotice, registerHousehold, review, signSpotCheck } from './helpers.ts';

let t: TestApp;
beforeEach(async () => { t = await startApp(); });
afterEach(async () => { await t.close(); });

const otherInvestigator: Person = { id: 'inv-9', roles: ['investigator'], jurisdiction: OTHER_VILLAGE };
const ids = (list: { items: { id: string }[] }) => list.items.map((i) => i.id).sort();
const worklist = async (p: Person, role: string, regionCode: string) => ok(await http(t).get(p, `/worklists/${role}?regionCode=${regionCode}`));

describe('households', () => {
  it('the list and detail of a village, with resident IDs masked for those who do not need them', async () => {
    const seq = nextSeq(t);
    const input = yellowHousehold(seq);
    const id = await registerHousehold(t, input);
    const otherId = await registerHousehold(t, yellowHousehold(nextSeq(t), OTHER_VILLAGE), otherInvestigator);

    const village = ok(await http(t).get(P.investigator, `/households?villageCode=${VILLAGE}`));
    expect(village).toMatchObject({ total: 1, items: [{ id, household: { head: input.head, villageCode: VILLAGE, residentId: input.residentId } }] });
    // the investigator's jurisdiction is the village: the neighbouring village is not there, even when asked for
    expect(ok(await http(t).get(P.investigator, `/households?villageCode=${OTHER_VILLAGE}`)).total).toBe(0);
    expect(ids(ok(await http(t).get(P.reviewer, `/households?villageCode=${TOWNSHIP}`)))).toEqual([id, otherId].sort());

    const detail = await http(t).get(P.investigator, `/households/${id}`);
    expect(ok(detail)).toMatchObject({ id, revision: 0, household: { residentId: input.residentId, members: [{ residentId: input.residentId }, {}] } });
    expect(detail.headers.etag).toBe('"0"');
    const masked = ok(await http(t).get(P.firstSecretary, `/households/${id}`));
    expect(masked.household.residentId).toBe(`${input.residentId.slice(0, 10)}******${input.residentId.slice(16)}`);
    expect(JSON.stringify(masked)).not.toContain(input.residentId);
  });
});

describe('designations and worklists', () => {
  it('the list filtered by state, and worklists that show exactly what waits for a role', async () => {
    const { ids: [inNotice, objected] } = await chain(t, 'inNotice', 2);
    const { ids: [reviewing] } = await chain(t, 'awaitingTownshipReview');
    const { ids: [sampled] } = await chain(t, 'awaitingSpotCheck');
    const { ids: [declared] } = await chain(t, 'awaitingAppraisal');
    const round = await openRound(t);
    expect(round.sample).toEqual([sampled]);
    ok(await http(t).post(P.clerk, `/designations/${objected}/objections`, { summary: '有群众提出异议' }));

    const byState = async (state: string) => ids(ok(await http(t).get(P.countyOffice, `/designations?regionCode=${COUNTY}&state=${state}`)));
    expect(await byState('inNotice')).toEqual([inNotice, objected].sort());
    expect(await byState('awaitingTownshipReview')).toEqual([reviewing]);
    expect(await byState('spotCheck')).toEqual([sampled]);
    expect(await byState('awaitingAppraisal')).toEqual([declared]);
    expect(ok(await http(t).get(P.countyOffice, `/designations?regionCode=${COUNTY}`)).total).toBe(5);
    const page = ok(await http(t).get(P.countyOffice, `/designations?regionCode=${COUNTY}&offset=1&limit=2`));
    expect(page).toMatchObject({ total: 5, items: [{}, {}] });

    // the township reviewer: the household to review and the one with an open objection, not the quiet notice
    expect(ids(await worklist(P.reviewer, 'townshipReviewer', TOWNSHIP))).toEqual([reviewing, objected].sort());
    expect(ids(await worklist(P.inspector1, 'countyInspector', TOWNSHIP))).toEqual([sampled]);
    expect(ids(await worklist(P.clerk, 'villageClerk', VILLAGE))).toEqual([declared]);
    expect(ok(await http(t).get(P.reviewer, '/worklists/nobody'), 400).code).toBe('UNKNOWN_ROLE');
    // outside one's jurisdiction a worklist is empty
    expect((await worklist(P.investigator, 'townshipReviewer', '430624')).total).toBe(0);
  });

  it('a read right after a write sees the write', async () => {
    const api = http(t);
    const householdId = await registerHousehold(t, yellowHousehold(nextSeq(t)));
    expect(ok(await api.get(P.investigator, `/households/${householdId}`)).id).toBe(householdId);

    const { id } = await declare(t, householdId);
    expect(ids(ok(await api.get(P.clerk, `/designations?regionCode=${VILLAGE}&state=awaitingAppraisal`)))).toEqual([id]);
    expect(ids(await worklist(P.clerk, 'villageClerk', VILLAGE))).toEqual([id]);

    await appraise(t, [{ designationId: id }]);
    expect(ids(await worklist(P.reviewer, 'townshipReviewer', TOWNSHIP))).toEqual([id]);

    const reviewed = await review(t, id);
    expect(reviewed.headers.etag).toBe('"2"');
    const after = await api.get(P.reviewer, `/designations/${id}`);
    expect(after.headers.etag).toBe('"2"');
    expect(after.json()).toEqual(reviewed.json());
    expect((await worklist(P.reviewer, 'townshipReviewer', TOWNSHIP)).total).toBe(0);
    expect(ids(await worklist(P.inspector1, 'countyInspector', TOWNSHIP))).toEqual([id]);

    const round = await openRound(t);
    ok(await signSpotCheck(t, round.id, id, P.inspector1));
    expect(ok(await api.get(P.inspector2, `/designations/${id}`)).spotCheck).toMatchObject({ signers: ['ci-1'] });
    ok(await signSpotCheck(t, round.id, id, P.inspector2));
    expect(ok(await api.get(P.inspector2, `/designations/${id}`)).state).toBe('awaitingNotice');
    const notice = await postNotice(t, [id]);
    expect(ok(await api.get(P.approver, `/notices/${notice.id}`)).designations).toEqual([{ id, state: 'inNotice', openObjections: 0 }]);
  });
});
