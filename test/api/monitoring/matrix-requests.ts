import { expect } from 'vitest';
import type { CommandName } from '../../../src/auth/permissions.ts';
import type { TestApp } from '../../support/app.ts';
import { call } from '../../support/drive.ts';
import { VILLAGE } from '../../support/fixtures.ts';
import { edgeHousehold, signedLetter, villageMeeting } from './helpers.ts';

export interface MonitoringMatrixIds {
  householdId: string;
  caseId: string;
}

/** one household of VILLAGE with a monitoring case, for the authorization matrix (test/auth/matrix.test.ts) */
export const monitoringMatrix = async (t: Pick<TestApp, 'app' | 'clock'>): Promise<MonitoringMatrixIds> => {
  const inv = { id: 'inv-1', role: 'investigator' as const, region: VILLAGE };
  const household = await call(t, inv, 'POST', '/households', { household: edgeHousehold(399) });
  expect(household.statusCode, household.body).toBe(201);
  const householdId = household.json<{ id: string }>().id;
  const opened = await call(t, inv, 'POST', '/monitoring-cases', { householdId, year: 2025, source: 'householdApplication', proposedType: 'edgeProne', risk: '重病', commitment: signedLetter('2026-01-02') });
  expect(opened.statusCode, opened.body).toBe(201);
  return { householdId, caseId: opened.json<{ id: string }>().id };
};

/** one valid request per monitoring command, aimed at that case (a step its state refuses answers 409/422, never 403/404) */
export const monitoringRequests = (ids: () => MonitoringMatrixIds): Partial<Record<CommandName, () => [string, object]>> => {
  const c = (path: string) => `/monitoring-cases/${ids().caseId}/${path}`;
  return {
    'monitoring.apply': () => ['/monitoring-cases', { householdId: ids().householdId, year: 2025, source: 'cadreScreening', proposedType: 'edgeProne', risk: '重病' }],
    'monitoring.alert': () => ['/monitoring-alerts', { householdId: ids().householdId, year: 2025, department: 'medicalInsurance', alert: { kind: 'medicalExpense', summary: '大额自付' } }],
    'monitoring.verifyAlert': () => [c('alert-verification'), { outcome: 'dismissed', opinion: '核实' }],
    'monitoring.commitment': () => [c('commitment'), { commitment: signedLetter('2026-01-02') }],
    'monitoring.groupAppraise': () => [c('group-appraisal'), { outcome: 'recommended', opinion: '同意', attendance: 5 }],
    'monitoring.villageAppraise': () => [c('village-appraisal'), { decision: 'included', monitoringType: 'edgeProne', opinion: '同意', attendance: villageMeeting }],
    'monitoring.notice': () => [c('notice'), { startsAt: '2026-06-08T02:00:00Z' }],
    'monitoring.compare': () => [c('data-comparison'), { result: 'clear', departments: ['publicSecurity'], opinion: '无问题' }],
    'monitoring.objection.raise': () => [c('objections'), { summary: '有群众反映' }],
    'monitoring.objection.resolve': () => [c('objection-resolutions'), { objectionId: '00000000-0000-4000-8000-0000000000ab', outcome: 'dismissed', opinion: '不属实' }],
    'monitoring.report': () => [c('report'), { opinion: '上报' }],
    'monitoring.townshipReview': () => [c('township-review'), { outcome: 'approved', opinion: '同意' }],
    'monitoring.districtFile': () => [c('district-filing'), { outcome: 'sentBack', reason: '补充材料' }],
    'monitoring.withdraw': () => [c('withdrawal'), { reason: '撤回' }],
    'monitoring.assist': () => [c('contact'), { contact: { name: '李干部' }, reason: '调整' }],
    'monitoring.visit': () => [c('visits'), { notes: '走访' }],
    'monitoring.proposeElimination': () => [c('elimination-proposal'), { year: 2025, opinion: '提出' }],
    'monitoring.appraiseElimination': () => [c('elimination-appraisal'), { outcome: 'agreed', opinion: '同意', attendance: villageMeeting }],
    'monitoring.reflag': () => [c('reflag'), { year: 2025, monitoringType: 'edgeProne', reason: '风险再现', risks: [{ kind: 'illness' }] }],
  };
};
