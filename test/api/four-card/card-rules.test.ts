import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HouseholdInput } from '../../../src/domain/household.ts';
import { startApp } from '../../support/app.ts';
import type { TestApp } from '../../support/app.ts';
import { VILLAGE, residentId, yellowHousehold } from '../../support/fixtures.ts';
import { P, appraise, history, http, nextSeq, ok, openRound, registerHousehold, review, signSpotCheck } from './helpers.ts';

let t: TestApp;
beforeEach(async () => { t = await startApp(); });
afterEach(async () => { await t.close(); });

const propose = (householdId: string, proposedCard: string, year = 2026) =>
  http(t).post(P.investigator, '/designations', { householdId, year, proposedCard, opinion: '入户核查' });
const household = (over: Partial<HouseholdInput>) => ({ ...yellowHousehold(nextSeq(t)), ...over });
/** a household outside the registered poor (一般农户), 4000 a head, with an illness risk */
const ordinary = (over: Partial<HouseholdInput> = {}) => household({ registration: 'ordinary', povertyStatus: null, mainCauseOfPoverty: null, ...over });
const exclusions = (x: Record<string, boolean>) => ({ exclusions: { consumerCar: false, commercialHousing: false, luxuriousDecoration: false, publicFundsMember: false, enterpriseExecutive: false, parentsApartFromAbleChildren: false, childrenHouseholds: { consumerCar: false, publicFundsMember: false, enterpriseExecutive: false, wellOff: false }, ...x } });
const codes = (rules: { code: string }[]) => rules.map((r) => r.code);
const designationsOf = async (householdId: string) =>
  ok(await http(t).get(P.investigator, `/designations?regionCode=${VILLAGE}`)).items.filter((d: { householdId: string }) => d.householdId === householdId);

describe('proposals that break a "never yellow or blue" rule are refused with the rule named', () => {
  it('a consumer car (消费型汽车): yellow and blue are refused, nothing is recorded; green is not affected', async () => {
    const registered = await registerHousehold(t, household(exclusions({ consumerCar: true })));
    const yellow = ok(await propose(registered, 'yellow'), 422);
    expect(yellow).toMatchObject({ code: 'CARD_RULE_REFUSED', message_zh: expect.stringContaining('消费型汽车') });
    expect(codes(yellow.rules)).toEqual(['NEVER_YELLOW_BLUE_CONSUMER_CAR']);
    expect(await designationsOf(registered)).toEqual([]);

    const notRegistered = await registerHousehold(t, ordinary(exclusions({ consumerCar: true })));
    const blue = ok(await propose(notRegistered, 'blue'), 422);
    expect(codes(blue.rules)).toContain('NEVER_YELLOW_BLUE_CONSUMER_CAR');
    expect(await designationsOf(notRegistered)).toEqual([]);

    // the rule is about yellow and blue only: an escaped registered household may still be green
    expect(ok(await propose(registered, 'green'), 201)).toMatchObject({ state: 'awaitingAppraisal', card: 'green' });
  });

  it('every broken rule is named at once, so the investigator can fix them in one pass', async () => {
    const id = await registerHousehold(t, household(exclusions({ luxuriousDecoration: true, commercialHousing: true, parentsApartFromAbleChildren: true })));
    const res = ok(await propose(id, 'yellow'), 422);
    // 华容县 (430623) follows seed 000, whose list includes commercial housing
    expect(codes(res.rules)).toEqual(['NEVER_YELLOW_BLUE_LUXURIOUS_DECORATION', 'NEVER_YELLOW_BLUE_COMMERCIAL_HOUSING', 'NEVER_YELLOW_BLUE_PARENTS_APART_FROM_ABLE_CHILDREN']);
  });

  it('a single-person household under 60, neither disabled nor seriously ill', async () => {
    const seq = nextSeq(t);
    const id = residentId('1980-02-02', seq);
    // 2000 + 1500 + 1200 − 700 = 4000 for one person: under the line, so only the "never" rule stands in the way
    const incomes = { '2025': { wage: 2000, business: 1500, property: 0, transfer: 1200, productionCosts: 700 } };
    const single = { ...yellowHousehold(seq), residentId: id, incomes, members: [{ name: `户主${seq}`, relation: 'head' as const, residentId: id, studentStatus: 'none' as const, health: { status: 'chronic-illness' as const }, labour: 'weak' as const, employment: { place: 'none' as const } }] };
    const res = ok(await propose(await registerHousehold(t, single), 'yellow'), 422);
    expect(codes(res.rules)).toEqual(['NEVER_YELLOW_BLUE_SINGLE_PERSON_UNDER_AGE_LIMIT']);
  });

  it('a card whose own condition fails: an escaped household at or above the 5000 line cannot be yellow', async () => {
    // 8000 + 1500 + 1200 − 700 = 10000 for two people: 5000 a head
    const id = await registerHousehold(t, household({ incomes: { '2025': { wage: 8000, business: 1500, property: 0, transfer: 1200, productionCosts: 700 } } }));
    const res = ok(await propose(id, 'yellow'), 422);
    expect(res.rules).toEqual([expect.objectContaining({ code: 'YELLOW_INCOME_AT_OR_ABOVE_LINE', facts: { incomeLine: 5000, perCapitaIncome: 5000 } })]);
  });
});

describe('a year without income cannot be assessed', () => {
  it('422 INCOME_MISSING, and nothing is recorded', async () => {
    const id = await registerHousehold(t, household({}));
    // a 2025 designation judges 2024's income here (华容: the year before), which the household does not have
    const res = ok(await propose(id, 'yellow', 2025), 422);
    expect(res).toMatchObject({ code: 'INCOME_MISSING', incomeYear: 2024, message_zh: expect.stringContaining('2024') });
    expect(await designationsOf(id)).toEqual([]);
  });
});

describe('doubtful proposals carry warnings that every later signer sees', () => {
  it('warnings travel with the designation through appraisal, township review and spot check', async () => {
    // 7200 + 1500 + 1200 − 700 = 9200 for two: 4600 a head, within 10% of the line; the spouse is seriously ill
    const base = household({ incomes: { '2025': { wage: 7200, business: 1500, property: 0, transfer: 1200, productionCosts: 700 } } });
    const [head, spouse] = base.members as [HouseholdInput['members'][number], HouseholdInput['members'][number]];
    const id = await registerHousehold(t, { ...base, members: [head, { ...spouse, health: { status: 'serious-illness' } }] });
    const declared = ok(await propose(id, 'yellow'), 201);
    expect(codes(declared.warnings)).toEqual(['INCOME_NEAR_LINE', 'PRIORITY_SERIOUS_ILLNESS']);
    expect(declared.warnings[0]).toMatchObject({ zh: expect.any(String), en: expect.any(String), facts: { incomeLine: 5000, perCapitaIncome: 4600, margin: 0.1 } });

    await appraise(t, [{ designationId: declared.id }]);
    for (const signer of [P.firstSecretary, P.reviewer]) {
      expect(codes(ok(await http(t).get(signer, `/designations/${declared.id}`)).warnings)).toEqual(['INCOME_NEAR_LINE', 'PRIORITY_SERIOUS_ILLNESS']);
    }
    ok(await review(t, declared.id));
    const round = await openRound(t);
    expect(codes(ok(await http(t).get(P.inspector1, `/designations/${declared.id}`)).warnings)).toEqual(['INCOME_NEAR_LINE', 'PRIORITY_SERIOUS_ILLNESS']);
    ok(await signSpotCheck(t, round.id, declared.id, P.inspector1));
    const trail = await history(t, declared.id, P.supervisor);
    expect(codes(trail[0].warnings)).toEqual(['INCOME_NEAR_LINE', 'PRIORITY_SERIOUS_ILLNESS']);
    expect(trail[0].perCapitaIncome).toBe(4600);
  });

  it('a card other than the one the criteria suggest is accepted with a warning naming the suggestion', async () => {
    const declared = ok(await propose(await registerHousehold(t, household({})), 'green'), 201);
    expect(declared.warnings).toEqual([expect.objectContaining({ code: 'DIFFERS_FROM_SUGGESTION', facts: expect.objectContaining({ proposed: 'green', suggested: 'yellow' }) })]);
  });

  it('华容县 keeps blue for special hardship: an ordinary household proposed blue carries a warning', async () => {
    const declared = ok(await propose(await registerHousehold(t, ordinary()), 'blue'), 201);
    expect(codes(declared.warnings)).toContain('BLUE_ORDINARY_HOUSEHOLD');
  });
});
