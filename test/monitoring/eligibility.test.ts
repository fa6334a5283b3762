import { describe, expect, it } from 'vitest';
import { HouseholdSchema } from '../../src/domain/household.ts';
import type { HouseholdInput } from '../../src/domain/household.ts';
import { createPolicyBook, seedPolicyBook } from '../../src/domain/policy.ts';
import {
  checkApplication, checkApplicationCommitment, checkCommitment, checkCommitmentOnFile, checkComparison, checkContactChange, checkElimination, checkPlan,
  checkVillageDecision, checkVillageMeeting,
} from '../../src/monitoring/eligibility.ts';
import type { CommitmentInput } from '../../src/monitoring/evidence.ts';
import { edgeHousehold, noLabourHousehold, proxyLetter, recovered, signedLetter } from '../api/monitoring/helpers.ts';
import { yellowHousehold } from '../support/fixtures.ts';

const household = (input: HouseholdInput) => HouseholdSchema.parse(input);
const VILLAGE = '430623101201';
const policy = seedPolicyBook().resolve(VILLAGE, 2025);
const codes = (rules: readonly { code: string }[]) => rules.map((r) => r.code);
const noChildren = { consumerCar: false, publicFundsMember: false, enterpriseExecutive: false, wellOff: false };
const exclusions = (x: object) => ({ exclusions: { consumerCar: false, commercialHousing: false, luxuriousDecoration: false, publicFundsMember: false, enterpriseExecutive: false, parentsApartFromAbleChildren: false, childrenHouseholds: noChildren, ...x } });

describe('the monitoring line is policy, per region and year (004: 6000 yuan for 2021)', () => {
  it('4000 a head is under the seeded line and "must include"; a city that sets 3500 makes the same household a judgement call', () => {
    const h = household(edgeHousehold(1));
    expect(checkApplication(h, 2025, policy, 'edgeProne')).toMatchObject({ verdict: 'must-include', perCapitaIncome: 4000, incomeLine: 6000, refusals: [] });
    const book = createPolicyBook({ policies: [{ region: '4306', fromYear: 2025, set: { monitoring: { incomeLine: 3500 } } }] });
    if (!book.ok) throw new Error('policy');
    const lower = book.value.resolve(VILLAGE, 2025);
    const judged = checkApplication(h, 2025, lower, 'edgeProne');
    expect([judged.verdict, judged.incomeLine, codes(judged.warnings)]).toEqual(['may-include', 3500, ['MONITORING_ABOVE_LINE_WITH_RISK']]);
    // the year before the city's entry keeps the default
    expect(book.value.resolve(VILLAGE, 2024).monitoring.incomeLine).toBe(6000);
  });
});

describe('application and village decision rules', () => {
  it('"never": a car, a public-funds member or an executive — in the household or a separately registered child\'s — refuse', () => {
    const car = household(edgeHousehold(2, exclusions({ consumerCar: true })));
    expect(codes(checkApplication(car, 2025, policy, 'edgeProne').refusals)).toEqual(['MONITORING_EXCLUDED_CONSUMER_CAR']);
    const child = household(edgeHousehold(3, exclusions({ childrenHouseholds: { ...noChildren, publicFundsMember: true, enterpriseExecutive: true } })));
    expect(codes(checkVillageDecision(child, 2025, policy, 'included', 'edgeProne').refusals)).toEqual(['MONITORING_EXCLUDED_PUBLIC_FUNDS_MEMBER', 'MONITORING_EXCLUDED_ENTERPRISE_EXECUTIVE']);
    // leaving an excluded household out is right
    expect(checkVillageDecision(child, 2025, policy, 'notIncluded', null).refusals).toEqual([]);
  });

  it('"not included" (stable, secure, children well-off) warns at application and refuses inclusion; "must include" refuses leaving out', () => {
    const stable = household(edgeHousehold(4, { ...exclusions({ childrenHouseholds: { ...noChildren, wellOff: true } }), livelihood: { incomeStable: true, basicNeedsAndWaterSecure: true } }));
    expect(codes(checkApplication(stable, 2025, policy, 'edgeProne').warnings)).toEqual(['MONITORING_BELOW_LINE_STABLE']);
    expect(codes(checkVillageDecision(stable, 2025, policy, 'included', 'edgeProne').refusals)).toEqual(['MONITORING_BELOW_LINE_STABLE']);
    expect(checkVillageDecision(stable, 2025, policy, 'notIncluded', null).refusals).toEqual([]);
    // not well-off children: the exception does not hold, it must be included
    const poorChildren = household(edgeHousehold(5, { livelihood: { incomeStable: true, basicNeedsAndWaterSecure: true } }));
    expect(codes(checkVillageDecision(poorChildren, 2025, policy, 'notIncluded', null).refusals)).toEqual(['MONITORING_MUST_INCLUDE']);
    const noRisk = household(edgeHousehold(6, { risks: [] }));
    expect(codes(checkVillageDecision(noRisk, 2025, policy, 'included', 'edgeProne').refusals)).toEqual(['MONITORING_NO_RISK']);
  });

  it('types fit households; a sudden hardship without one recorded warns', () => {
    const escaped = household(yellowHousehold(7));
    expect(codes(checkApplication(escaped, 2025, policy, 'edgeProne').refusals)).toEqual(['MONITORING_TYPE_EDGE_REQUIRES_NOT_REGISTERED']);
    expect(checkApplication(escaped, 2025, policy, 'unstableEscaped').refusals).toEqual([]);
    expect(codes(checkApplication(household(edgeHousehold(8)), 2025, policy, 'unstableEscaped').refusals)).toEqual(['MONITORING_TYPE_UNSTABLE_REQUIRES_ESCAPED']);
    const schooling = household(edgeHousehold(9, { risks: [{ kind: 'schooling' }] }));
    expect(codes(checkApplication(schooling, 2025, policy, 'suddenHardship').warnings)).toContain('MONITORING_TYPE_SUDDEN_WITHOUT_HARDSHIP');
  });

  it('an income not recorded for the year refuses', () => {
    expect(codes(checkApplication(household(edgeHousehold(10)), 2023, policy, 'edgeProne').refusals)).toEqual(['MONITORING_INCOME_NOT_RECORDED']);
  });

  it('the village meeting has all four groups', () => {
    expect(checkVillageMeeting({ committeeMembers: 5, workTeamMembers: 2, supervisoryCommitteeMembers: 3, villagerRepresentatives: 6 }).refusals).toEqual([]);
    expect(checkVillageMeeting({ committeeMembers: 5, workTeamMembers: 0, supervisoryCommitteeMembers: 3, villagerRepresentatives: 0 }).refusals[0]?.facts).toEqual({ missing: ['workTeamMembers', 'villagerRepresentatives'] });
  });
});

describe('the commitment and authorisation letter', () => {
  const letter = (x: object): CommitmentInput => ({ ...signedLetter(), ...x }) as CommitmentInput;
  it('a proxy (village cadre, group leader, close relative) needs the thumbprint; the applicant\'s own missing thumbprint warns', () => {
    expect(checkCommitment(proxyLetter(true) as CommitmentInput, '2026-06-01')).toEqual({ refusals: [], warnings: [] });
    expect(codes(checkCommitment(proxyLetter(false) as CommitmentInput, '2026-06-01').refusals)).toEqual(['COMMITMENT_PROXY_WITHOUT_THUMBPRINT']);
    expect(codes(checkCommitment(letter({ thumbprint: false }), '2026-06-01').warnings)).toEqual(['COMMITMENT_THUMBPRINT_MISSING']);
    expect(codes(checkCommitment(letter({ factsTrue: false }), '2026-06-01').refusals)).toEqual(['COMMITMENT_INCOMPLETE']);
    expect(codes(checkCommitment(letter({}), '2026-05-31').refusals)).toEqual(['COMMITMENT_DATED_AFTER_STEP']);
  });
  it('a household application carries it; a cadre\'s finding gets it before the notice', () => {
    expect(codes(checkApplicationCommitment('householdApplication', undefined, '2026-06-01').refusals)).toEqual(['MONITORING_COMMITMENT_REQUIRED']);
    expect(checkApplicationCommitment('cadreScreening', undefined, '2026-06-01').refusals).toEqual([]);
    expect(codes(checkCommitmentOnFile(false).refusals)).toEqual(['MONITORING_COMMITMENT_MISSING']);
  });
});

describe('data comparison', () => {
  const none = { consumerCar: false, publicFundsMember: false, enterpriseExecutive: false, childrenHouseholds: { consumerCar: false, publicFundsMember: false, enterpriseExecutive: false } };
  it('names the rule and where the fact was found; the result must agree with the facts', () => {
    const found = checkComparison('exclusionFound', { ...none, childrenHouseholds: { ...none.childrenHouseholds, enterpriseExecutive: true } });
    expect(found.rules).toEqual([expect.objectContaining({ code: 'MONITORING_EXCLUDED_ENTERPRISE_EXECUTIVE', facts: { inHousehold: false, inChildrenHouseholds: true } })]);
    expect(found.refusals).toEqual([]);
    expect(codes(checkComparison('exclusionFound', none).refusals)).toEqual(['COMPARISON_EXCLUSION_WITHOUT_FACT']);
    expect(codes(checkComparison('clear', { ...none, consumerCar: true }).refusals)).toEqual(['COMPARISON_CLEAR_WITH_EXCLUSION_FACT']);
    expect(checkComparison('clear', none)).toEqual({ rules: [], refusals: [], warnings: [] });
  });
});

describe('risk elimination and assistance', () => {
  it('no labour capacity: never eliminated, whatever the income and stability', () => {
    const frail = household({ ...noLabourHousehold(11), livelihood: { incomeStable: true, basicNeedsAndWaterSecure: true }, risks: [] });
    expect(codes(checkElimination(frail, 2025, policy).refusals)).toEqual(['RISK_ELIMINATION_NO_LABOUR']);
  });
  it('stable income and secure basic needs are required; income still under the line warns', () => {
    const ok = household({ ...edgeHousehold(12), ...recovered });
    expect(checkElimination(ok, 2026, policy)).toMatchObject({ refusals: [], warnings: [], perCapitaIncome: 9600 });
    expect(codes(checkElimination(ok, 2025, policy).warnings)).toEqual(['ELIMINATION_INCOME_BELOW_LINE']);
    const shaky = household({ ...edgeHousehold(13), ...recovered, livelihood: { incomeStable: false, basicNeedsAndWaterSecure: false } });
    expect(codes(checkElimination(shaky, 2026, policy).refusals)).toEqual(['ELIMINATION_INCOME_UNSTABLE', 'ELIMINATION_BASIC_NEEDS_NOT_SECURE']);
    expect(codes(checkElimination(household(edgeHousehold(14)), 2025, policy).refusals)).toEqual(['ELIMINATION_LIVELIHOOD_NOT_ASSESSED']);
  });
  it('one measure per person; those who cannot work get social security', () => {
    const h = household(noLabourHousehold(15));
    expect(codes(checkPlan(h, [{ member: 0, kind: 'subsistenceAllowance', description: '低保' }]).refusals)).toEqual(['PLAN_MEMBER_WITHOUT_MEASURE']);
    const developed = checkPlan(h, [{ member: 0, kind: 'employment', description: '务工' }, { member: 1, kind: 'health', description: '医疗' }]);
    expect([developed.refusals, codes(developed.warnings)]).toEqual([[], ['PLAN_NO_LABOUR_WITHOUT_SOCIAL_SECURITY', 'PLAN_DEVELOPMENT_MEASURE_WITHOUT_LABOUR']]);
    expect(checkContactChange(true, ' ').refusals.map((r) => r.code)).toEqual(['CONTACT_REPLACEMENT_REASON_REQUIRED']);
    expect(checkContactChange(false, undefined).refusals).toEqual([]);
  });
});
