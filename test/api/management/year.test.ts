import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startApp } from '../../support/app.ts';
import type { TestApp } from '../../support/app.ts';
import { call } from '../../support/drive.ts';
import { COUNTY, TOWNSHIP } from '../../support/fixtures.ts';
import { W, designate, duties, ok, problem } from './helpers.ts';
import type { Who } from './helpers.ts';
import { householdProblem, recordAndSign } from '../../ledger/helpers.ts';

let t: TestApp;
beforeEach(async () => { t = await startApp(); });
afterEach(async () => { await t.close(); });

/** both households carded and under management: red paired with a county cadre, yellow with a township cadre */
const underManagement = async () => {
  const { householdIds, designationIds } = await designate(t, ['red', 'yellow']);
  t.clock.set('2026-04-12T02:00:00Z');
  const red = ok(await call(t, W.reviewer, 'POST', '/management-records', { designationId: designationIds[0], cadre: { id: W.redCadre.id, name: '李四', unitLevel: 'county' } }), 201);
  const yellow = ok(await call(t, W.reviewer, 'POST', '/management-records', { designationId: designationIds[1], cadre: { id: W.yellowCadre.id, name: '王五', unitLevel: 'township' } }), 201);
  return { red: red.id, yellow: yellow.id, householdIds, redRecord: red, yellowRecord: yellow };
};

const contact = (who: Who, id: string, mode: 'visit' | 'phone' | 'wechat', occurredAt: string, extra: object = {}) =>
  call(t, who, 'POST', `/management-records/${id}/contacts`, { mode, findings: '电话联络，生活正常', occurredAt, ...extra });

const keys = (items: { key: string }[]) => items.map((d) => d.key);

describe('after the card: a carded household under management walks a year', () => {
  it('starts from the designation\'s completion with its card, and only once', async () => {
    const { redRecord, red, householdIds } = await underManagement();
    expect(redRecord).toMatchObject({ card: 'red', state: 'managed', cadre: { id: W.redCadre.id, unitLevel: 'county' }, householdId: householdIds[0] });
    expect(Date.parse(String(redRecord.cardSince))).toBeLessThanOrEqual(Date.parse('2026-04-11T00:00:00Z'));
    const again = problem(await call(t, W.reviewer, 'POST', '/management-records', { designationId: redRecord.designationId }), 409);
    expect(again.code).toBe('MANAGEMENT_RECORD_EXISTS');
    // the department screener reads the card list of its jurisdiction (数据共享)
    const list = ok(await call(t, W.screener, 'GET', `/management-records?regionCode=${COUNTY}&card=red`));
    expect((list.items as { id: string }[]).map((r) => r.id)).toEqual([red]);
  });

  it("a red card's monthly calls: two a month, a short month stays overdue until a late call is entered", async () => {
    const { red } = await underManagement();
    t.clock.set('2026-05-05T02:00:00Z');
    ok(await contact(W.redCadre, red, 'phone', '2026-05-05T10:00:00+08:00'));
    t.clock.set('2026-05-20T02:00:00Z');
    ok(await contact(W.redCadre, red, 'wechat', '2026-05-20T10:00:00+08:00'));
    t.clock.set('2026-06-15T02:00:00Z');
    ok(await contact(W.redCadre, red, 'phone', '2026-06-15T10:00:00+08:00'));

    t.clock.set('2026-07-01T02:00:00Z');
    const overdue = await duties(t, W.redCadre);
    // May's two calls fulfilled May; June had one of two
    expect(keys(overdue)).not.toContain(`management:call:${red}:2026-05`);
    const june = overdue.find((d) => d.key === `management:call:${red}:2026-06`);
    expect(june).toMatchObject({ kind: 'contact', owner: { personId: W.redCadre.id }, detail: { done: 1, required: 2 } });
    // July's calls exist already, not yet overdue
    const open = await duties(t, W.redCadre, 'mine=true&state=open');
    expect(keys(open)).toContain(`management:call:${red}:2026-07`);

    // entered late from paper, after a July call was already logged: the call of 25 June counts in June
    ok(await contact(W.redCadre, red, 'phone', '2026-07-01T09:00:00+08:00'));
    ok(await contact(W.redCadre, red, 'phone', '2026-06-25T10:00:00+08:00'));
    expect(keys(await duties(t, W.redCadre))).not.toContain(`management:call:${red}:2026-06`);
  });

  it('a missed visit is overdue on the paired cadre\'s worklist (and the township\'s), and leaves it when the visit is logged', async () => {
    const { red, yellow } = await underManagement();
    // calls kept, no visit: 000 asks 8 a year of a not-escaped household, paced from May (6 for the rest of 2026)
    t.clock.set('2026-07-03T02:00:00Z');
    const mine = await duties(t, W.redCadre, 'mine=true&kind=visit');
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ key: `management:visit:${red}:2026`, detail: { done: 0, required: 6 }, overdueDays: 2 });
    // not on the other cadre's list; on the township's as supervisor
    expect(keys(await duties(t, W.yellowCadre, 'mine=true&kind=visit'))).not.toContain(`management:visit:${red}:2026`);
    expect(keys(await duties(t, W.reviewer, `mine=true&kind=visit&regionCode=${TOWNSHIP}`))).toContain(`management:visit:${red}:2026`);

    ok(await contact(W.redCadre, red, 'visit', '2026-07-02T15:00:00+08:00', { findings: '上户走访，家中生活正常' }));
    expect(await duties(t, W.redCadre, 'mine=true&kind=visit')).toEqual([]);
    // the next visit of the pace is still owed, by the start of August
    const open = await duties(t, W.redCadre, 'mine=true&kind=visit&state=open');
    expect(open[0]).toMatchObject({ key: `management:visit:${red}:2026`, detail: { done: 1, required: 6 } });
    expect(yellow).toBeTruthy();
  });

  it("a red card's half-yearly review: overdue after six months, done through the three steps, the card kept", async () => {
    const { red } = await underManagement();
    t.clock.set('2026-10-12T02:00:00Z');
    const review = (await duties(t, W.reviewer, `mine=true&kind=review&regionCode=${TOWNSHIP}`)).find((d) => d.subject.id === red);
    expect(review).toMatchObject({ kind: 'review', detail: { intervalMonths: 6, step: 'toDeclare' } });

    ok(await call(t, W.clerk, 'POST', `/management-records/${red}/reclassification`, { year: 2026, proposedCard: 'red', reason: '仍未脱贫' }));
    ok(await call(t, W.reviewer, 'POST', `/management-records/${red}/reclassification/check`, { outcome: 'agreed', opinion: '核查属实' }));
    const kept = ok(await call(t, W.county, 'POST', `/management-records/${red}/reclassification/confirm`, { opinion: '核定保持红卡' }));
    expect(kept).toMatchObject({ card: 'red', state: 'managed', pending: null });
    expect((await duties(t, W.reviewer, `mine=true&kind=review&regionCode=${TOWNSHIP}`)).map((d) => d.subject.id)).not.toContain(red);
    const round = ok(await call(t, W.county, 'GET', `/management/adjustment-rounds/2026H2?regionCode=${COUNTY}`));
    expect((round.items as { id: string; outcome: string | null }[]).find((i) => i.id === red)).toMatchObject({ outcome: 'kept' });

    const timeline = ok(await call(t, W.county, 'GET', `/management-records/${red}/timeline`));
    const steps = (timeline.entries as { step: string; actor: { id: string } }[]);
    expect(steps.map((s) => s.step)).toEqual(expect.arrayContaining(['InitialCheckDeclared', 'DesignationCompleted', 'ManagementStarted', 'ReclassificationDeclared', 'ReclassificationChecked', 'ReclassificationConfirmed']));
    expect(steps.find((s) => s.step === 'ReclassificationConfirmed')?.actor.id).toBe(W.county.id);
  });

  it('a problem the rectification ledger finds on a carded household is on its management timeline', async () => {
    const { red, householdIds } = await underManagement();
    t.clock.set('2026-06-12T02:00:00Z');
    const found = await recordAndSign(t, householdProblem(householdIds[0] ?? ''));
    const other = await recordAndSign(t, householdProblem(householdIds[1] ?? '', { description: '另一户的问题' }));
    const timeline = ok(await call(t, W.county, 'GET', `/management-records/${red}/timeline`));
    const ledger = (timeline.entries as { source: string; problemId: string | null; step: string; opinion: string | null }[]).filter((e) => e.source === 'ledger');
    expect(ledger.map((e) => e.problemId)).toEqual([found.id, found.id, found.id]);
    expect(ledger.map((e) => e.problemId)).not.toContain(other.id);
    expect(ledger[0]).toMatchObject({ step: 'ProblemFound', opinion: householdProblem('').description });
  });

  it("a yellow card's quarterly review changes it to green: village declaration, township check, county confirmation", async () => {
    const { yellow } = await underManagement();
    t.clock.set('2026-07-12T02:00:00Z');
    expect((await duties(t, W.yellowCadre, 'mine=true&kind=review')).map((d) => d.subject.id)).toEqual([yellow]);

    ok(await call(t, W.clerk, 'POST', `/management-records/${yellow}/reclassification`, { year: 2026, proposedCard: 'green', reason: '务工收入稳定，已稳定脱贫' }));
    // nobody checks their own declaration
    expect(problem(await call(t, { ...W.clerk, role: 'townshipReviewer', region: TOWNSHIP }, 'POST', `/management-records/${yellow}/reclassification/check`, { outcome: 'agreed', opinion: '同意' }), 403).code).toBe('SEPARATION_OF_DUTIES');
    // the county confirms only what the township checked
    expect(problem(await call(t, W.county, 'POST', `/management-records/${yellow}/reclassification/confirm`, { opinion: '核定' }), 409).code).toBe('STEP_NOT_ALLOWED');
    ok(await call(t, W.reviewer, 'POST', `/management-records/${yellow}/reclassification/check`, { outcome: 'agreed', card: 'green', opinion: '逐户核实属实' }));
    const green = ok(await call(t, W.county, 'POST', `/management-records/${yellow}/reclassification/confirm`, { opinion: '核定为绿卡' }));
    expect(green).toMatchObject({ card: 'green', cardZh: '绿卡', state: 'managed' });
    expect(Date.parse(String(green.cardSince))).toBe(Date.parse('2026-07-12T02:00:00Z'));

    const counts = ok(await call(t, W.county, 'GET', `/management/card-counts?regionCode=${COUNTY}&round=2026H2`));
    expect(counts).toMatchObject({ total: 2, cards: { red: 1, yellow: 0, green: 1, blue: 0 }, changed: 1, removed: 0 });
    // the next review of a green card is a quarter on
    const next = (await duties(t, W.yellowCadre, 'mine=true&kind=review&state=open'))[0];
    expect((next as unknown as { dueAt: string } | undefined)?.dueAt).toBe('2026-10-12T02:00:00.000Z');
  });

  it('an assistance measure is refused by a card rule of the region', async () => {
    const { red } = await underManagement();
    t.clock.set('2026-12-20T02:00:00Z');
    const low = problem(await call(t, W.clerk, 'POST', `/management-records/${red}/assistance`, { kind: 'industryDividend', year: 2026, amount: 150, dividendRatio: 0.05, description: '产业分红' }), 422);
    expect(low).toMatchObject({ code: 'ASSISTANCE_RULE_REFUSED', rule: 'ASSISTANCE_RULE_REFUSED' });
    expect(low.rules?.map((r) => r.code)).toEqual(['DIVIDEND_BELOW_CARD_MINIMUM']);
    ok(await call(t, W.clerk, 'POST', `/management-records/${red}/assistance`, { kind: 'industryDividend', year: 2026, amount: 300, dividendRatio: 0.12, description: '产业分红' }));
    ok(await call(t, W.clerk, 'POST', `/management-records/${red}/assistance`, { kind: 'temporaryRelief', year: 2026, amount: 4000, description: '大病临时救助' }));
    const over = problem(await call(t, W.clerk, 'POST', `/management-records/${red}/assistance`, { kind: 'temporaryRelief', year: 2026, amount: 2000, description: '再次救助' }), 422);
    expect(over.rules?.map((r) => r.code)).toEqual(['RELIEF_ABOVE_YEARLY_MAXIMUM']);
    const summary = ok(await call(t, W.county, 'GET', `/management/assistance?regionCode=${COUNTY}&year=2026`));
    expect((summary.byCard as { card: string; measures: Record<string, unknown> }[]).find((c) => c.card === 'red')?.measures).toEqual({
      industryDividend: { count: 1, amount: 300 }, temporaryRelief: { count: 1, amount: 4000 },
    });
  });

  it('a re-classification is refused by a never-rule (a consumer car is never yellow)', async () => {
    const { red, householdIds } = await underManagement();
    t.clock.set('2026-09-01T02:00:00Z');
    ok(await call(t, W.inv, 'POST', `/households/${householdIds[0]}/changes`, { changes: { povertyStatus: 'escaped', exclusions: { consumerCar: true } }, reason: '走访发现购车并已脱贫' }));
    const refused = problem(await call(t, W.clerk, 'POST', `/management-records/${red}/reclassification`, { year: 2026, proposedCard: 'yellow', reason: '已脱贫但有返贫风险' }), 422);
    expect(refused.code).toBe('CARD_RULE_REFUSED');
    expect(refused.rules?.map((r) => r.code)).toContain('NEVER_YELLOW_BLUE_CONSUMER_CAR');
    expect(ok(await call(t, W.county, 'GET', `/management-records/${red}`))).toMatchObject({ state: 'managed', pending: null });
  });

  it("a visit finding a new risk opens the monitoring chain's alert, linked both ways", async () => {
    const { yellow, householdIds } = await underManagement();
    t.clock.set('2026-08-03T02:00:00Z');
    const after = ok(await contact(W.yellowCadre, yellow, 'visit', '2026-08-03T09:00:00+08:00', { findings: '户主住院', newRisk: { kind: 'medicalExpense', summary: '户主突发重病住院，自付费用高' } }));
    const [caseId] = after.monitoringCaseIds as string[];
    expect(caseId).toBeTruthy();
    const monitoring = ok(await call(t, W.county, 'GET', `/monitoring-cases/${caseId}`));
    expect(monitoring).toMatchObject({ householdId: householdIds[1], state: 'awaitingAlertVerification' });
    // from the case back: its household's management record lists the case; the stored alert names the record
    const records = ok(await call(t, W.county, 'GET', `/management-records?householdId=${String(monitoring.householdId)}`));
    expect((records.items as { id: string; monitoringCaseIds: string[] }[])).toMatchObject([{ id: yellow, monitoringCaseIds: [caseId] }]);
    const [alert] = await t.store.readStream(`monitoring-${caseId}`);
    expect(alert).toMatchObject({ type: 'DepartmentAlertRaised', data: { alert: { kind: 'medicalExpense' } } });
    expect(JSON.stringify(alert?.data)).toContain(yellow);
  });

  it("a department's alert on a managed household is linked from its record", async () => {
    const { red, householdIds } = await underManagement();
    t.clock.set('2026-08-03T02:00:00Z');
    const alert = ok(await call(t, W.screener, 'POST', '/monitoring-alerts', { householdId: householdIds[0], year: 2026, department: 'medicalInsurance', alert: { kind: 'medicalExpense', summary: '年内自付医疗费用超过 3 万元' } }), 201);
    const record = ok(await call(t, W.county, 'GET', `/management-records/${red}`));
    expect(record).toMatchObject({ departmentAlertCaseIds: [alert.id], monitoringCaseIds: [] });
  });
});
