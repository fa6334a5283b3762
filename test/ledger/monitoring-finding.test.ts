import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startApp } from '../support/app.ts';
import type { TestApp } from '../support/app.ts';
import { edgeHousehold, registerHousehold } from '../api/monitoring/helpers.ts';
import { L, at, evidence, http, ok } from './helpers.ts';

let t: TestApp;
beforeEach(async () => { t = await startApp(); });
afterEach(async () => { await t.close(); });

describe('a finding that leads on (004 附件2 13②: 是否要纳入监测对象进行评议)', () => {
  it('opens a monitoring case for the household as a cadre\'s screening, linked both ways', async () => {
    const householdId = await registerHousehold(t, edgeHousehold(1));
    at(t, '2026-06-12T02:00:00.000Z');
    const found = ok<{ id: string; monitoringCaseId: string | null; followUp: { opened: boolean; caseId?: string } }>(await http(t).post(L.clerk, '/problems', {
      level: 'household', householdId, householdType: 'edgeProne', typeCode: 'overall', itemCode: 'overall.2',
      description: '配偶重病，医疗支出大，收入低于监测范围，建议纳入监测对象评议', monitoring: { year: 2025, proposedType: 'edgeProne' }, evidence: [evidence('survey-13')],
    }), 201);
    expect(found.followUp).toMatchObject({ kind: 'monitoringCase', opened: true, existing: false });
    const caseId = found.followUp.caseId ?? '';
    expect(found.monitoringCaseId).toBe(caseId);

    const monitoringCase = ok<{ source: string; state: string; householdId: string }>(await http(t).get(L.clerk, `/monitoring-cases/${caseId}`));
    expect(monitoringCase).toMatchObject({ source: 'cadreScreening', state: 'awaitingGroupAppraisal', householdId });
    const history = ok<{ steps: { step: string; problemId: unknown }[] }>(await http(t).get(L.clerk, `/monitoring-cases/${caseId}/history`));
    expect(history.steps[0]).toMatchObject({ step: 'MonitoringApplied', problemId: found.id });

    // a second finding on the same household links the case already open
    const again = ok<{ followUp: { opened: boolean; caseId?: string; existing?: boolean } }>(await http(t).post(L.clerk, '/problems', {
      level: 'household', householdId, householdType: 'edgeProne', typeCode: 'overall', itemCode: 'overall.2', description: '复查仍建议纳入', monitoring: { year: 2025, proposedType: 'edgeProne' },
    }), 201);
    expect(again.followUp).toMatchObject({ opened: true, caseId, existing: true });
  });
});
