import { residentIdCheckChar } from '../../src/domain/resident-id.ts';
import type { HouseholdInput } from '../../src/domain/household.ts';

export const VILLAGE = '430623101201'; // 华容县 · a township 101 · village 201
export const OTHER_VILLAGE = '430623101202';
export const TOWNSHIP = '430623101';
export const COUNTY = '430623';

/** a valid 18-digit resident ID for a birth date and sequence (check digit computed) */
export const residentId = (birth: string, seq: number, region = '430623'): string => {
  const first17 = `${region}${birth.replaceAll('-', '')}${String(seq).padStart(3, '0')}`;
  return `${first17}${residentIdCheckChar(first17)}`;
};

/** a registered household that escaped poverty but earns under the line with an illness risk: a yellow card */
export const yellowHousehold = (seq: number, village = VILLAGE): HouseholdInput => {
  const id = residentId('1965-04-12', seq);
  return {
    head: `户主${seq}`,
    residentId: id,
    villageCode: village,
    group: '3组',
    members: [
      { name: `户主${seq}`, relation: 'head', residentId: id, studentStatus: 'none', health: { status: 'chronic-illness' }, labour: 'weak', employment: { place: 'none' } },
      { name: `配偶${seq}`, relation: 'spouse', birthDate: '1967-08-01', studentStatus: 'none', health: { status: 'healthy' }, labour: 'normal', employment: { place: 'within-county', monthsPerYear: 6 } },
    ],
    registration: 'registered',
    povertyStatus: 'escaped',
    mainCauseOfPoverty: 'illness',
    incomes: { '2025': { wage: 6000, business: 1500, property: 0, transfer: 1200, productionCosts: 700 } },
    risks: [{ kind: 'illness' }],
  };
};
