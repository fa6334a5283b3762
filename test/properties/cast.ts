import type { Role } from '../../src/auth/roles.ts';
import type { Person } from '../support/app.ts';

/**
 * The places and people of the procedure property test: one county (华容县 430623) with a township and two of its
 * villages where the work happens, and a township, village and county elsewhere whose people must not reach in.
 */
export const PLACE = {
  county: '430623',
  township: '430623101',
  village: '430623101201',
  otherVillage: '430623101202',
  /** another township of the county, its village, and another county: "another jurisdiction" */
  foreignTownship: '430623102',
  foreignVillage: '430623102201',
  foreignCounty: '430624',
} as const;

export const VILLAGES = [PLACE.village, PLACE.otherVillage] as const;

const person = (id: string, role: Role, jurisdiction: string): Person => ({ id, roles: [role], jurisdiction });

/** a village's cadres: ids carry the village's last three digits, so two villages never share a person */
export const villageCast = (village: string) => {
  const v = village.slice(-3);
  return {
    investigator: person(`inv-${v}`, 'investigator', village),
    investigator2: person(`inv2-${v}`, 'investigator', village),
    clerk: person(`clerk-${v}`, 'villageClerk', village),
    firstSecretary: person(`fs-${v}`, 'firstSecretary', village),
    partySecretary: person(`ps-${v}`, 'partySecretary', village),
    villageDirector: person(`vd-${v}`, 'villageDirector', village),
  };
};

export const TOWN = {
  reviewer: person('tr-101', 'townshipReviewer', PLACE.township),
  approver: person('ta-101', 'townshipApprover', PLACE.township),
};

export const COUNTY = {
  office: person('co-1', 'countyOffice', PLACE.county),
  inspectors: [person('ci-1', 'countyInspector', PLACE.county), person('ci-2', 'countyInspector', PLACE.county), person('ci-3', 'countyInspector', PLACE.county)],
  department: person('dept-yb', 'departmentScreener', PLACE.county),
  supervisor: person('sv-1', 'supervisor', PLACE.county),
};

/** the same roles, elsewhere */
export const FOREIGN = {
  village: villageCast(PLACE.foreignVillage),
  reviewer: person('tr-102', 'townshipReviewer', PLACE.foreignTownship),
  approver: person('ta-102', 'townshipApprover', PLACE.foreignTownship),
  office: person('co-9', 'countyOffice', PLACE.foreignCounty),
  inspector: person('ci-9', 'countyInspector', PLACE.foreignCounty),
};

/** someone who already acted on a case, now in the capacity that must check it (谁调查谁不复核) */
export const sameIdAs = (id: string, role: Role, jurisdiction: string): Person => person(id, role, jurisdiction);
