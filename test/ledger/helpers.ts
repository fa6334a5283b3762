import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { Role } from '../../src/auth/roles.ts';
import type { ProblemView } from '../../src/ledger/present.ts';
import type { Person, TestApp } from '../support/app.ts';
import { COUNTY, TOWNSHIP, VILLAGE } from '../support/fixtures.ts';
import { at, evidence, http } from '../api/monitoring/helpers.ts';

export { at, evidence, http };

const person = (id: string, roles: Role[], jurisdiction: string, name?: string): Person => ({ id, roles, jurisdiction, ...(name ? { name } : {}) });

/** the cast: a survey team member, the two leaders who sign, the township and county offices, a department */
export const L = {
  surveyor: person('l-inv-1', ['investigator'], VILLAGE),
  clerk: person('l-clerk-1', ['villageClerk'], VILLAGE),
  firstSecretary: person('l-fs-1', ['firstSecretary'], VILLAGE),
  townshipLeader: person('l-ta-1', ['townshipApprover'], TOWNSHIP), // 乡镇工作组组长
  townshipReviewer: person('l-tr-1', ['townshipReviewer'], TOWNSHIP),
  townshipReviewer2: person('l-tr-2', ['townshipReviewer'], TOWNSHIP),
  countyLeader: person('l-co-1', ['countyOffice'], COUNTY), // 县指导组组长
  countyInspector: person('l-ci-1', ['countyInspector'], COUNTY),
  waterBureau: person('l-dept-sl', ['departmentScreener'], COUNTY),
} as const;

export const ok = <T = ProblemView>(res: LightMyRequestResponse, status = 200): T => {
  expect(res.statusCode, res.body).toBe(status);
  return res.json<T>();
};

export const refused = (res: LightMyRequestResponse, status: number, code: string) => {
  expect(res.statusCode, res.body).toBe(status);
  expect(res.json<{ code: string }>().code).toBe(code);
  return res.json<{ code: string; currentState?: string; rule?: string }>();
};

export const lists = (deadline: string, personId = 'p-rect-1', unit = '镇人社所') => ({
  measure: '补发公益岗补助，建立按月发放台账', responsible: { personId, name: '李责任', unit }, deadline,
});

export const householdProblem = (householdId: string, more: object = {}) => ({
  level: 'household', householdId, householdType: 'edgeProne', typeCode: 'employment', itemCode: 'employment.2',
  description: '有劳动能力，就业帮扶措施未落实，一季度务工补贴未发放', evidence: [evidence('survey-form-1')], ...more,
});

/** records a problem and has both leaders sign it: it is in the ledger */
export const recordAndSign = async (t: TestApp, body: object, by: Person = L.surveyor): Promise<ProblemView> => {
  const found = ok(await http(t).post(by, '/problems', body), 201);
  ok(await http(t).post(L.townshipLeader, `/problems/${found.id}/signatures`, { as: 'townshipWorkLeader', opinion: '情况属实' }));
  return ok(await http(t).post(L.countyLeader, `/problems/${found.id}/signatures`, { as: 'countyGuidanceLeader', opinion: '同意纳入台账' }));
};

export { COUNTY, TOWNSHIP, VILLAGE };
