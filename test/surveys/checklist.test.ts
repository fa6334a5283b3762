import { describe, expect, it } from 'vitest';
import { HouseholdSchema, type Household, type HouseholdInput } from '../../src/domain/household.ts';
import type { Member } from '../../src/domain/member.ts';
import { CHECKLIST, runChecklist } from '../../src/households/checklist.ts';
import { checkHouseholdData } from '../../src/domain/rules.ts';
import { residentId, VILLAGE } from '../support/fixtures.ts';

const ASOF = '2026-04-15';
const HEAD_ID = residentId('1968-03-02', 901);

/** a registered, escaped household with every field the 26 checks read filled in and nothing wrong */
const clean = (): HouseholdInput => ({
  head: '户主甲', residentId: HEAD_ID, villageCode: VILLAGE, group: '1组',
  members: [
    { name: '户主甲', relation: 'head', residentId: HEAD_ID, register: { name: '户主甲', residentId: HEAD_ID }, studentStatus: 'none', educationLevel: 'junior-high', health: { status: 'healthy' }, labour: 'normal', labourSkill: 'ordinary', employment: { place: 'outside-province', monthsPerYear: 10 }, workPlace: '广东省东莞市', phone: '13800000001', medicalInsurance: 'residents', livesInHousehold: true, hasHouseholdRegistration: true },
    { name: '配偶甲', relation: 'spouse', birthDate: '1970-05-01', studentStatus: 'none', educationLevel: 'primary', health: { status: 'chronic-illness' }, labour: 'weak', labourSkill: 'weak', employment: { place: 'none' }, medicalInsurance: 'residents' },
    { name: '子女甲', relation: 'child', birthDate: '2014-09-01', studentStatus: 'compulsory', health: { status: 'healthy' }, labour: 'none', labourSkill: 'none', employment: { place: 'none' }, medicalInsurance: 'residents' },
  ],
  registration: 'registered', povertyStatus: 'escaped', mainCauseOfPoverty: 'illness', policiesEnjoyed: ['health', 'education'],
  incomes: { '2025': { wage: 30000, business: 2000, property: 0, transfer: 800, productionCosts: 500 } },
  attribute: 'ordinary', housing: { status: 'safe' }, drinkingWater: { safe: true, source: 'tap' },
  contactPerson: { name: '帮扶干部乙', phone: '13900000002' }, escapeYear: 2018, relocation: { movedInOn: '2018-06-30' },
});

const household = (change: (h: HouseholdInput) => void = () => {}): Household => {
  const h = structuredClone(clean());
  change(h);
  return HouseholdSchema.parse(h);
};
const member = (h: HouseholdInput, i: number) => h.members[i] as Member;
const hits = (h: Household) => runChecklist(h, ASOF).map((x) => `${x.no}:${x.strength}${x.member === undefined ? '' : `:m${x.member}`}`);

describe("seed 002's 建档立卡户信息核查清单: 26 checks", () => {
  it('lists all 26 items in the seed\'s order', () => {
    expect(CHECKLIST.map((i) => i.no)).toEqual(Array.from({ length: 26 }, (_, i) => i + 1));
  });
  it('finds nothing on a complete, consistent household', () => {
    expect(hits(household())).toEqual([]);
  });
  it('is for registered households only', () => {
    expect(runChecklist(household((h) => { h.registration = 'ordinary'; h.povertyStatus = null; delete h.contactPerson; }), ASOF)).toEqual([]);
  });

  const cases: [number, string, (h: HouseholdInput) => void, string[]][] = [
    [1, 'a member no longer living in the household', (h) => { member(h, 1).livesInHousehold = false; }, ['1:warning:m1']],
    [2, 'a member without household registration', (h) => { member(h, 2).hasHouseholdRegistration = false; }, ['2:warning:m2']],
    [3, "a name differing from the 户口簿's", (h) => { member(h, 0).register = { name: '户主甲甲' }; }, ['3:blocking:m0']],
    [4, 'a skilled labourer recorded without labour capacity', (h) => { member(h, 1).labourSkill = 'skilled'; member(h, 1).labour = 'none'; }, ['4:blocking:m1']],
    [5, 'no migrant work, yet a work place', (h) => { member(h, 1).workPlace = '县城'; }, ['5:warning:m1']],
    [6, 'a not-escaped household without a cause', (h) => { h.povertyStatus = 'not-escaped'; h.mainCauseOfPoverty = null; }, ['6:blocking']],
    [7, 'a disabled member without the kind of disability', (h) => { member(h, 2).health = { status: 'disabled', grade: 3 }; }, ['7:warning:m2']],
    [8, 'a 低保 household without the allowance', (h) => { h.attribute = 'subsistence'; }, ['8:warning']],
    [9, 'a child of 11 recorded as not in school', (h) => { member(h, 2).studentStatus = 'none'; }, ['9:blocking:m2']],
    [10, "a member outside residents' medical insurance", (h) => { member(h, 1).medicalInsurance = 'none'; }, ['10:blocking:m1']],
    [11, 'an escaped household in a D-level dangerous house', (h) => { h.housing = { status: 'dangerous-d' }; }, ['11:blocking']],
    [12, 'an escaped household without safe water', (h) => { h.drinkingWater = { safe: false, source: 'well' }; }, ['12:blocking']],
    [13, 'no paired contact person', (h) => { delete h.contactPerson; }, ['13:blocking']],
    [14, 'a contact person without a phone', (h) => { h.contactPerson = { name: '帮扶干部乙' }; }, ['14:blocking']],
    [15, 'a migrant worker without the work time', (h) => { member(h, 0).employment = { place: 'outside-province' }; }, ['15:blocking:m0']],
    [16, 'a migrant worker without a phone', (h) => { delete member(h, 0).phone; }, ['16:blocking:m0']],
    [17, 'a labour skill missing', (h) => { delete member(h, 1).labourSkill; }, ['17:blocking:m1']],
    [18, 'no labour in the household, yet industry aid', (h) => { h.members.forEach((m) => { m.labour = 'none'; m.labourSkill = 'none'; m.employment = { place: 'none' }; delete m.workPlace; delete m.phone; }); h.policiesEnjoyed = ['health', 'industry']; }, ['18:blocking']],
    [19, 'cause "lack of funds"', (h) => { h.otherCausesOfPoverty = ['lack-of-funds']; }, ['19:blocking']],
    [20, 'no labour capacity, cause "lack of motivation"', (h) => { h.members.forEach((m) => { m.labour = 'none'; m.labourSkill = 'none'; m.employment = { place: 'none' }; delete m.workPlace; delete m.phone; }); h.otherCausesOfPoverty = ['lack-of-motivation']; }, ['20:blocking']],
    [21, 'cause "illness" with nobody ill (escaped: a warning)', (h) => { member(h, 1).health = { status: 'healthy' }; }, ['21:warning']],
    [22, 'cause "disability" with nobody disabled (not escaped: blocking)', (h) => { h.povertyStatus = 'not-escaped'; h.otherCausesOfPoverty = ['disability']; }, ['22:blocking']],
    [23, 'cause "schooling" with no student', (h) => { h.povertyStatus = 'not-escaped'; h.otherCausesOfPoverty = ['schooling']; member(h, 2).studentStatus = 'dropout'; }, ['23:blocking']],
    [24, 'moved into the relocation home after the year of escape', (h) => { h.relocation = { movedInOn: '2019-03-01' }; }, ['24:blocking']],
    [25, 'a student working more than half a year', (h) => { member(h, 2).employment = { place: 'within-county', monthsPerYear: 8 }; member(h, 2).workPlace = '县城'; }, ['25:blocking:m2']],
    [26, 'a grade-2 limb-disabled member as a normal labourer', (h) => { member(h, 0).health = { status: 'disabled', grade: 2 }; member(h, 0).disabilityKind = 'limb'; }, ['26:blocking:m0']],
  ];
  it.each(cases)('item %i: %s', (_no, _what, change, expected) => {
    expect(hits(household(change))).toEqual(expected);
  });

  it('item 26: warns where the kind of disability is not recorded, and is silent for another kind', () => {
    expect(hits(household((h) => { member(h, 0).health = { status: 'disabled', grade: 1 }; }))).toEqual(['7:warning:m0', '26:warning:m0']);
    expect(hits(household((h) => { member(h, 0).health = { status: 'disabled', grade: 1 }; member(h, 0).disabilityKind = 'visual'; }))).toEqual([]);
  });

  it('the contradictions in entered fields are refused at entry (items 3, 4, 7, 14, 24, 26)', () => {
    const refused = (change: (h: HouseholdInput) => void) => checkHouseholdData(household(change)).refusals.map((r) => r.code);
    expect(refused((h) => { member(h, 0).register = { residentId: residentId('1968-03-02', 902) }; })).toEqual(['MEMBER_DIFFERS_FROM_REGISTER']);
    expect(refused((h) => { member(h, 0).labourSkill = 'lost'; })).toEqual(['LABOUR_SKILL_CONTRADICTS_CAPACITY']);
    expect(refused((h) => { member(h, 0).disabilityKind = 'limb'; })).toEqual(['DISABILITY_KIND_WITHOUT_DISABILITY']);
    expect(refused((h) => { h.contactPerson = { name: '乙' }; })).toEqual(['CONTACT_PERSON_WITHOUT_PHONE']);
    expect(refused((h) => { h.relocation = { movedInOn: '2020-01-01' }; })).toEqual(['RELOCATION_AFTER_ESCAPE']);
    expect(refused((h) => { member(h, 0).health = { status: 'disabled', grade: 2 }; member(h, 0).disabilityKind = 'limb'; })).toEqual(['SEVERE_DISABILITY_WITH_NORMAL_LABOUR']);
    // the completeness items are reported, not refused: paper records are entered as they come
    expect(refused((h) => { delete h.contactPerson; delete member(h, 1).labourSkill; })).toEqual([]);
  });
});
